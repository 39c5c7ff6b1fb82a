"""The shapes of the legal facts: statuses, deadlines, sources and the rungs of a ladder.

Every country module (`es.py`, `mx.py`…) builds one `Country` from these frozen
dataclasses; the checks that keep a fact publishable live here, in `__post_init__`, so no
module can build a fact that breaks the publishing rule:

- VERIFIED: official text seen (law or official agency page);
- SECONDARY: published «según <fuente>» next to the official portal;
- UNCERTAIN: never carries a number (no deadline, no limit, no digit in its notes).

`checked` (YYYY-MM) is the month someone last checked a fact against its sources; it is
not the source's own date (`Source.date`). A sentence that stops being true on a known day
is a `Dated`: it carries the wording to use afterwards, so the page switches by itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from ..dates import NO_HOLIDAYS, add_business_days
from ..texts import MONTHS

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class Status(StrEnum):
    VERIFIED = "VERIFIED"  # official text seen (law or official agency page)
    SECONDARY = "SECONDARY"  # press, law firm, NGO or company page
    UNCERTAIN = "UNCERTAIN"  # conflicting, old or not found: never shown as a number


class Unit(StrEnum):
    HOURS = "hours"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class Sector(StrEnum):
    GENERAL = "general"
    TELECOM = "telecom"
    BANKING = "banca"
    INSURANCE = "seguros"
    ENERGY = "energia"  # electricity, gas and, where the same rules apply, water
    AIR = "aereo"


class Level(IntEnum):
    COMPANY = 1
    AUTHORITY = 2
    REGULATOR = 3


SECTOR_NAMES: dict[Sector, str] = {
    Sector.GENERAL: "Cualquier compra o servicio",
    Sector.TELECOM: "Telefonía, internet y televisión",
    Sector.BANKING: "Bancos, tarjetas y pagos",
    Sector.INSURANCE: "Seguros",
    Sector.ENERGY: "Luz, gas y agua",
    Sector.AIR: "Vuelos",
}

# Sectors whose rungs are the same in a country share one heading on its page.
MERGED_SECTOR_NAMES: dict[tuple[Sector, ...], str] = {
    (Sector.BANKING, Sector.INSURANCE): "Bancos, tarjetas y seguros",
}


def month_year(iso: str) -> str:
    """ "2026-11" -> "noviembre de 2026"."""
    year, month = iso.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} de {year}"


def day_month_year(day: dt.date) -> str:
    """2026-12-28 -> "28 de diciembre de 2026"."""
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def check_month(owner: str, checked: str) -> None:
    if checked and not MONTH.match(checked):
        raise ValueError(f"{owner}: checked must be YYYY-MM, not {checked!r}")


@dataclass(frozen=True)
class Source:
    """Where a fact comes from. `date` is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or "" if undated."""

    publisher: str
    url: str
    date: str
    official: bool

    def date_text(self) -> str:
        if not self.date:
            return "sin fecha"
        parts = self.date.split("-")
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return month_year(self.date)
        return day_month_year(dt.date.fromisoformat(self.date))

    @property
    def short_name(self) -> str:
        """The publisher without its explanation: "El Mostrador (prensa), sobre…" -> "El Mostrador"."""
        return self.publisher.split(" (")[0].split(":")[0].split(", ")[0]


@dataclass(frozen=True)
class Dated:
    """A sentence true until a known day, with the sentence that replaces it afterwards.

    `before` is shown up to and including `until` (YYYY-MM-DD); from the next day on,
    `after`. Pages render both (the stale one hidden) so the reader's clock picks the right
    one; a unit test fails once `until` has passed, so an editor folds the change in.
    """

    before: str
    until: str
    after: str

    def __post_init__(self) -> None:
        dt.date.fromisoformat(self.until)  # ValueError unless YYYY-MM-DD
        if not self.before.strip():
            raise ValueError("a dated sentence needs its wording")
        if not self.after.strip():
            raise ValueError(f"a sentence valid until {self.until} needs the wording for after it")

    @property
    def until_date(self) -> dt.date:
        return dt.date.fromisoformat(self.until)

    def text(self, today: dt.date) -> str:
        return self.before if today <= self.until_date else self.after


@dataclass(frozen=True)
class Deadline:
    """A time limit: `amount` `unit`, counted `start`.

    `business` is True for business days (hábiles), False for calendar days (naturales,
    calendario, corridos) and None when the law says "días" without saying which: a tool
    should then count calendar days, which never promises the reader more time.
    """

    amount: int
    unit: Unit
    business: bool | None
    start: str

    def __post_init__(self) -> None:
        if self.amount <= 0:
            raise ValueError("a deadline needs a positive amount")
        if self.business is not None and self.unit is not Unit.DAYS:
            raise ValueError("only days are business or calendar days")

    def words(self, calendar_word: str = "naturales") -> str:
        """ "15 días hábiles", "90 días naturales", "15 días", "1 mes", "2 horas"."""
        one = self.amount == 1
        if self.unit is Unit.DAYS:
            noun = "día" if one else "días"
            if self.business is None:
                return f"{self.amount} {noun}"
            kind = "hábil" if one else "hábiles"
            if not self.business:
                kind = calendar_word
            return f"{self.amount} {noun} {kind}"
        nouns = {
            Unit.HOURS: ("hora", "horas"),
            Unit.MONTHS: ("mes", "meses"),
            Unit.YEARS: ("año", "años"),
        }[self.unit]
        return f"{self.amount} {nouns[0] if one else nouns[1]}"

    def sentence(self, calendar_word: str = "naturales") -> str:
        return f"{self.words(calendar_word)} {self.start}"

    def due(self, start: dt.date, holidays: frozenset[dt.date] = NO_HOLIDAYS) -> dt.date:
        """The last day of the period that starts on `start` (counting from the next day).

        Business days skip weekends and `holidays`; calendar days (and "días" the law does
        not qualify) count every day; months and years run "de fecha a fecha", landing on
        the month's last day when the date does not exist (31 -> 30, 29 Feb -> 28 Feb).
        Hours have no date of their own: they raise ValueError.
        """
        if self.unit is Unit.DAYS:
            if self.business:
                return add_business_days(start, self.amount, holidays)
            return start + dt.timedelta(days=self.amount)
        if self.unit is Unit.HOURS:
            raise ValueError("a deadline in hours has no due date")
        months = self.amount * (12 if self.unit is Unit.YEARS else 1)
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        day = min(start.day, days_in_month(year, month + 1))
        return dt.date(year, month + 1, day)


def days_in_month(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]`, without importing `calendar` (and `locale`,
    which it imports): 2-3 ms of the tools' first start in the browser."""
    leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _MONTH_DAYS[month - 1] + leap


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class Link:
    """An official portal: where the reader files the complaint or checks the fact."""

    name: str
    url: str


def _no_digits(owner: str, texts: tuple[str, ...]) -> None:
    if any(c.isdigit() for text in texts for c in text):
        raise ValueError(f"{owner}: an UNCERTAIN note holds no number")


@dataclass(frozen=True, kw_only=True)
class Rung:
    """One step of the ladder. `deadline` is the time the body of this rung has to answer.

    `body` names the company or authority as a letter to a company can name it (no «tu»:
    words for the reader go in `scope`, `how` or `remarks`). `deadline_note` qualifies the
    deadline (exceptions, other units) and `dated` adds the sentences of that note that
    expire; `remarks` is what else the reader should know (binding or not, what happens
    next).
    """

    key: str
    level: Level
    sectors: tuple[Sector, ...]
    instrument: str
    body: str
    scope: str
    deadline: Deadline | None
    deadline_note: str = ""
    reader_limit: Deadline | None
    reader_note: str = ""
    how: str
    cost: str
    preconditions: str
    portal: Link | None
    status: Status
    sources: tuple[Source, ...]
    remarks: str = ""
    # How long after the formal complaint to the company this body takes the case, when it
    # asks for more than the company's own deadline (Spain: arbitration, the Banco de
    # España, the telecom office and AESA want one month). None: once the company's
    # deadline has passed, or as soon as it answered.
    waits: Deadline | None = None
    # Which companies a level-1 rung applies to when a country has one rule for large
    # companies and another for the rest ("grandes" / "resto"; "" for every company).
    for_companies: str = ""
    # The month (YYYY-MM) someone last checked this fact against its sources.
    checked: str = ""
    # Sentences of the deadline note that stop being true on a known day.
    dated: tuple[Dated, ...] = ()
    # A short label for comparison tables when a country has several rungs of one level
    # ("Grandes empresas y suministros", "Resto", "Hoja autonómica").
    short: str = ""
    # The body's phone for consumers, as it publishes it ("800 700 100").
    phone: str = ""
    # Only for purchases from a company in another country (the European Consumer Centres):
    # shown on the page, never offered by `Country.authorities` for a domestic case.
    cross_border: bool = False
    # A remedy against the company's answer (a «recurso», an appeal): a reader whose
    # company never answered cannot use it, and the tools never send them there.
    needs_answer: bool = False

    def __post_init__(self) -> None:
        if not self.sources:
            raise ValueError(f"{self.key}: a fact needs a source")
        check_month(self.key, self.checked)
        if self.status is Status.UNCERTAIN:
            if self.deadline is not None or self.reader_limit is not None:
                raise ValueError(f"{self.key}: an UNCERTAIN deadline is never a number")
            notes = (self.deadline_note, self.reader_note, self.remarks)
            _no_digits(self.key, notes + tuple(d.before + d.after for d in self.dated))

    def covers(self, sector: Sector) -> bool:
        return sector in self.sectors

    def deadline_text(self, today: dt.date) -> str:
        """The deadline note with its dated sentences as they read on `today`."""
        return " ".join(t for t in (self.deadline_note, *(d.text(today) for d in self.dated)) if t)


@dataclass(frozen=True)
class Change:
    """A change in the law (2025-2026) or a correction of what readers may have read."""

    text: str
    status: Status
    source: Source
    checked: str = ""

    def __post_init__(self) -> None:
        check_month("change", self.checked)


@dataclass(frozen=True)
class PageChange:
    """One entry of a page's own history: what changed on it, and when (YYYY-MM)."""

    month: str
    text: str

    def __post_init__(self) -> None:
        if not MONTH.match(self.month):
            raise ValueError(f"a page change needs its month as YYYY-MM, not {self.month!r}")


class AidKind(StrEnum):
    """What else consumer sites offer, beyond the ladder (review §4.3)."""

    OFFICES = "oficinas"  # where to file in person, region by region
    SMALL_CLAIMS = "juzgado"  # suing without a lawyer: the limit and the court
    GUARANTEE = "garantia"  # the legal guarantee
    ASSOCIATIONS = "asociaciones"  # consumer associations
    CROSS_BORDER = "extranjero"  # buying from another country
    WITHDRAWAL = "arrepentimiento"  # changing one's mind after buying at a distance


AID_TITLES: dict[AidKind, str] = {
    AidKind.OFFICES: "Dónde presentar la reclamación en tu comunidad o región",
    AidKind.SMALL_CLAIMS: "Ir al juzgado sin abogado",
    AidKind.GUARANTEE: "La garantía legal",
    AidKind.ASSOCIATIONS: "Asociaciones de consumidores",
    AidKind.CROSS_BORDER: "Si compraste a una empresa de otro país",
    AidKind.WITHDRAWAL: "Si te arrepientes de una compra a distancia",
}


@dataclass(frozen=True, kw_only=True)
class Aid:
    """A fact beside the ladder: a small-claims route, the legal guarantee, an association."""

    key: str
    kind: AidKind
    text: str
    status: Status
    sources: tuple[Source, ...]
    checked: str
    links: tuple[Link, ...] = ()

    def __post_init__(self) -> None:
        if not self.sources:
            raise ValueError(f"{self.key}: a fact needs a source")
        check_month(self.key, self.checked)
        if self.status is Status.UNCERTAIN:
            _no_digits(self.key, (self.text,))


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    slug: str
    calendar_word: str  # what its laws call calendar days
    complaint_word: str  # "reclamación" or "reclamo"
    summary: str
    rungs: tuple[Rung, ...]
    changes: tuple[Change, ...]
    # What changed on this country's page, newest first.
    page_changes: tuple[PageChange, ...] = ()
    aids: tuple[Aid, ...] = ()

    @property
    def updated(self) -> str:
        """The month (YYYY-MM) of the page's latest change, "" when it has none."""
        return max((c.month for c in self.page_changes), default="")

    def rung(self, key: str) -> Rung:
        for rung in self.rungs:
            if rung.key == key:
                return rung
        raise KeyError(key)

    def company_rungs(self, sector: Sector = Sector.GENERAL) -> tuple[Rung, ...]:
        """Level-1 rungs for this sector; the general ones when the sector has none of its own."""
        own = tuple(r for r in self.rungs if r.level is Level.COMPANY and r.covers(sector))
        if own or sector is Sector.GENERAL:
            return own
        return self.company_rungs(Sector.GENERAL)

    def authorities(self, sector: Sector = Sector.GENERAL) -> tuple[Rung, ...]:
        """Where to go next: the sector's regulators first, then the general authorities
        (never a body that only takes cases against companies abroad)."""
        regulators = tuple(
            r
            for r in self.rungs
            if r.level is Level.REGULATOR and r.covers(sector) and not r.cross_border
        )
        general = tuple(
            r
            for r in self.rungs
            if r.level is Level.AUTHORITY and r.covers(sector) and not r.cross_border
        )
        return regulators + general

    def sector_rungs(self, sector: Sector) -> tuple[Rung, ...]:
        """The rungs only this sector has: its own company rungs and its regulators."""
        return tuple(
            r
            for r in self.rungs
            if r.covers(sector)
            and (
                r.level is Level.REGULATOR
                or (r.level is Level.COMPANY and not r.covers(Sector.GENERAL))
            )
        )

    def sectors(self) -> tuple[Sector, ...]:
        """Sectors with a rung of their own, in `Sector` order."""
        return tuple(s for s in Sector if s is not Sector.GENERAL and self.sector_rungs(s))

    def sector_groups(self) -> tuple[tuple[Sector, ...], ...]:
        """`sectors()` with the sectors that share exactly the same rungs grouped together
        (banks and insurance, where one regulator takes both)."""
        groups: list[list[Sector]] = []
        for sector in self.sectors():
            for group in groups:
                if self.sector_rungs(group[0]) == self.sector_rungs(sector):
                    group.append(sector)
                    break
            else:
                groups.append([sector])
        return tuple(tuple(g) for g in groups)

    def sources(self) -> tuple[Source, ...]:
        """Every source of the page, official ones first, without repeats."""
        seen: dict[str, Source] = {}
        for rung in self.rungs:
            for source in rung.sources:
                seen.setdefault(source.url, source)
        for aid in self.aids:
            for source in aid.sources:
                seen.setdefault(source.url, source)
        for change in self.changes:
            seen.setdefault(change.source.url, change.source)
        return tuple(sorted(seen.values(), key=lambda s: not s.official))

    def official_links(self) -> tuple[str, ...]:
        """Official pages: sources seen on an official site, and every portal (all official)."""
        urls = [s.url for s in self.sources() if s.official]
        urls += [r.portal.url for r in self.rungs if r.portal]
        return tuple(dict.fromkeys(urls))

    def links(self) -> tuple[str, ...]:
        """Every URL the country's page may link to: its sources, portals and aids' links."""
        urls = [s.url for s in self.sources()]
        urls += [r.portal.url for r in self.rungs if r.portal]
        urls += [link.url for aid in self.aids for link in aid.links]
        return tuple(dict.fromkeys(urls))


def sector_group_name(group: tuple[Sector, ...]) -> str:
    """The heading of a group of sectors: "Bancos, tarjetas y seguros"."""
    if len(group) == 1:
        return SECTOR_NAMES[group[0]]
    return MERGED_SECTOR_NAMES.get(group, " y ".join(SECTOR_NAMES[s] for s in group))


ALL_SECTORS = tuple(Sector)
NO_LIMIT = ""
