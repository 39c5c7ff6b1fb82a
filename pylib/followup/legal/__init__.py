"""What comes after the company's own support, country by country: the legal ladder as data.

One source of truth for the guide's country pages (rendered at build time by
`sitebuild.ladder_blocks`) and for the browser tools, which compute dates from the same
facts. The shapes live in `model`; each country is one small module (`es`, `mx`, `ar`,
`co`, `cl`, `pe`, then `us`, `pr` and the rest of the Spanish-speaking countries by
population) that a reviewer can read and fix on its own. Each
`Rung` is one step a reader can take:

- level 1: the formal complaint to the company (its instrument and the company's deadline);
- level 2: the general consumer authority or out-of-court body;
- level 3: a sector regulator.

Publishing rule (from the research, see `docs/acerca.md`): VERIFIED facts are stated with
their official source; SECONDARY ones are published "según <fuente>" next to the official
portal; UNCERTAIN ones never carry a number (`deadline` and `reader_limit` are None and the
notes hold no digits). `Rung.__post_init__` enforces the last part, so no caller can build
an UNCERTAIN rung that shows a number. Every fact carries the month it was `checked`.

Typical use::

    es = legal.country("ES")
    rung = es.company_rungs(legal.Sector.TELECOM)[0]
    rung.deadline       # Deadline(amount=1, unit=Unit.MONTHS, business=None, ...)
    es.authorities(legal.Sector.TELECOM)   # level 2 and 3 rungs that take telecom cases
"""

from __future__ import annotations

from . import ar, bo, cl, co, cr, do, ec, es, gt, hn, mx, ni, pa, pe, pr, py, sv, us, uy, ve
from .model import (
    AID_TITLES,
    ALL_SECTORS,
    MERGED_SECTOR_NAMES,
    NO_LIMIT,
    SECTOR_NAMES,
    Aid,
    AidKind,
    Change,
    Country,
    Dated,
    Deadline,
    Level,
    Link,
    PageChange,
    Rung,
    Sector,
    Source,
    Status,
    Unit,
    day_month_year,
    month_year,
    sector_group_name,
)

__all__ = [
    "AID_TITLES",
    "ALL_SECTORS",
    "COUNTRIES",
    "MAIN_COUNTRIES",
    "MERGED_SECTOR_NAMES",
    "NO_LIMIT",
    "OTHER_COUNTRIES",
    "SECTOR_NAMES",
    "Aid",
    "AidKind",
    "Change",
    "Country",
    "Dated",
    "Deadline",
    "Level",
    "Link",
    "PageChange",
    "Rung",
    "Sector",
    "Source",
    "Status",
    "Unit",
    "all_dated",
    "all_links",
    "country",
    "day_month_year",
    "ladder",
    "month_year",
    "sector_group_name",
]

COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        es.COUNTRY,
        mx.COUNTRY,
        ar.COUNTRY,
        co.COUNTRY,
        cl.COUNTRY,
        pe.COUNTRY,
        # Spanish speakers in the United States, Puerto Rico, then by population.
        us.COUNTRY,
        pr.COUNTRY,
        ve.COUNTRY,
        gt.COUNTRY,
        ec.COUNTRY,
        bo.COUNTRY,
        do.COUNTRY,
        hn.COUNTRY,
        py.COUNTRY,
        sv.COUNTRY,
        ni.COUNTRY,
        cr.COUNTRY,
        pa.COUNTRY,
        uy.COUNTRY,
    )
}
# The countries the guide covers in full: the whole ladder (a company rung, an authority
# with its portal, official sources, sectors with rules of their own) and situation rules.
# The others have a page each with what we could confirm; every country has its row in the
# comparison tables and its link on the home page and in the navigation.
MAIN_COUNTRIES: tuple[str, ...] = ("ES", "MX", "AR", "CO", "CL", "PE", "US", "PR")
OTHER_COUNTRIES: tuple[str, ...] = tuple(c for c in COUNTRIES if c not in MAIN_COUNTRIES)


def country(code: str) -> Country:
    """The country with this ISO 3166 code ("ES", "MX"…); KeyError if there is none."""
    return COUNTRIES[code.upper()]


def ladder(code: str, sector: Sector = Sector.GENERAL) -> tuple[tuple[Rung, ...], tuple[Rung, ...]]:
    """What a reader in this country and sector does after support: (company rungs, then
    where to go next), e.g. to compute the company's legal deadline and name the authority."""
    found = country(code)
    return found.company_rungs(sector), found.authorities(sector)


def all_links() -> frozenset[str]:
    """Every URL the guide may link to from its country pages."""
    return frozenset(url for c in COUNTRIES.values() for url in c.links())


def all_dated() -> tuple[Dated, ...]:
    """Every sentence of the data that expires on a known day."""
    return tuple(d for c in COUNTRIES.values() for r in c.rungs for d in r.dated)
