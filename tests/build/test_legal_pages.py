"""The country pages as built: rendered from `followup.legal`, dated, sourced, never a wrong number.

A wrong legal deadline published to a consumer is worse than none, so these tests read the
built HTML, not only the data: an UNCERTAIN fact must not show a digit anywhere it is
rendered, every deadline in the data must appear on its page, SECONDARY facts say «según»,
and each country page shows «Revisado: <mes año>» and links an official page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from followup import legal

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SLUGS = sorted({c.slug for c in legal.COUNTRIES.values()})
PAGES_WITH_LADDERS = [*(f"paises/{slug}" for slug in SLUGS), "reclamacion-formal"]


def soup_of(site: Path, slug: str) -> BeautifulSoup:
    return BeautifulSoup((site / slug / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site: Path, slug: str) -> Tag:
    found = soup_of(site, slug).find("article")
    assert isinstance(found, Tag)
    return found


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("slug", SLUGS)
def test_country_page_shows_its_review_date(site_dir: Path, slug: str) -> None:
    text = flat(article(site_dir, f"paises/{slug}").get_text(" "))
    for country in (c for c in legal.COUNTRIES.values() if c.slug == slug):
        assert f"Revisado: {legal.month_year(country.reviewed)}" in text


@pytest.mark.parametrize("slug", SLUGS)
def test_country_page_links_an_official_source(site_dir: Path, slug: str) -> None:
    hrefs = {a["href"] for a in article(site_dir, f"paises/{slug}").find_all("a", href=True)}
    for country in (c for c in legal.COUNTRIES.values() if c.slug == slug):
        assert hrefs & set(country.official_links()), f"{country.code}: no official link"
        missing = set(country.links()) - hrefs
        assert not missing, f"{country.code}: sources not linked: {missing}"


DEADLINE_ROWS = ("Plazo para responder", "Tu plazo")
NUMBERLESS_ROWS = (*DEADLINE_ROWS, "A tener en cuenta")


@pytest.mark.parametrize("slug", PAGES_WITH_LADDERS)
def test_no_uncertain_fact_is_shown_as_a_number(site_dir: Path, slug: str) -> None:
    page = article(site_dir, slug)
    blocks = page.select('[data-status="UNCERTAIN"]')
    if slug.startswith("paises/"):
        expected = sum(
            1
            for c in legal.COUNTRIES.values()
            if c.slug == slug.removeprefix("paises/")
            for r in c.rungs
            if r.status is legal.Status.UNCERTAIN
        )
        assert len(blocks) == expected
    for block in blocks:
        if block.name == "span":  # a deadline cell of the comparison table
            texts = [block.get_text()]
        else:
            texts = [
                row.td.get_text()
                for row in block.find_all("tr")
                if row.th and row.td and row.th.get_text(strip=True) in NUMBERLESS_ROWS
            ]
            assert len(texts) >= len(DEADLINE_ROWS)
        for text in texts:
            assert not re.search(r"\d", text), text


@pytest.mark.parametrize("code", list(legal.COUNTRIES))
def test_every_published_deadline_is_on_its_page(site_dir: Path, code: str) -> None:
    country = legal.country(code)
    text = flat(article(site_dir, f"paises/{country.slug}").get_text(" "))
    for rung in country.rungs:
        for limit in (rung.deadline, rung.reader_limit):
            if limit is not None:
                words = limit.words(country.calendar_word)
                assert f"{words} {limit.start}" in text, f"{rung.key}: {words}"


@pytest.mark.parametrize("code", list(legal.COUNTRIES))
def test_secondary_facts_name_their_source(site_dir: Path, code: str) -> None:
    country = legal.country(code)
    page = article(site_dir, f"paises/{country.slug}")
    for rung in country.rungs:
        block = page.find(attrs={"data-rung": rung.key, "data-status": str(rung.status)})
        assert isinstance(block, Tag), rung.key
        sources = flat(block.get_text(" "))
        if rung.status is legal.Status.SECONDARY:
            assert "Según" in sources, rung.key


def test_comparison_table_covers_every_main_country(site_dir: Path) -> None:
    page = article(site_dir, "reclamacion-formal")
    rows = page.select("table.stc-compare tr[data-country]")
    assert [r["data-country"] for r in rows] == list(legal.MAIN_COUNTRIES)
    limits = page.select("table.stc-reader-limits tbody tr")
    expected = sum(
        1 for code in legal.MAIN_COUNTRIES for r in legal.country(code).rungs if r.reader_limit
    )
    assert len(limits) == expected


def front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert match, f"{path.relative_to(ROOT)}: no front matter"
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("page", sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")))
def test_every_page_has_a_description(site_dir: Path, page: str) -> None:
    description = front_matter(DOCS / page).get("description")
    assert isinstance(description, str) and 50 <= len(description) <= 300
    stem = page.removesuffix(".md")
    built = site_dir / ("" if stem == "index" else stem) / "index.html"
    meta = BeautifulSoup(built.read_text(encoding="utf-8"), "html.parser").find(
        "meta", attrs={"name": "description"}
    )
    assert isinstance(meta, Tag) and meta["content"] == description
