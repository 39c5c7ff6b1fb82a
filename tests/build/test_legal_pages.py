"""The country pages as built: rendered from `followup.legal`, dated, sourced, never a wrong number.

A wrong legal deadline published to a consumer is worse than none, so these tests read the
built HTML, not only the data: an UNCERTAIN fact must not show a digit anywhere it is
rendered, every deadline in the data must appear on its page, SECONDARY facts say «según»,
every fact says when it was checked and offers a way to report it stale, each country page
keeps its own «Cambios en esta página» and links an official page, and a sentence that
expires is rendered in both wordings with the stale one hidden.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from followup import legal
from tests.build.built_html import parsed

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SLUGS = sorted({c.slug for c in legal.COUNTRIES.values()})
PAGES_WITH_LADDERS = [*(f"paises/{slug}" for slug in SLUGS), "reclamacion-formal"]


def soup_of(site: Path, slug: str) -> BeautifulSoup:
    return parsed(site / slug / "index.html")


def article(site: Path, slug: str) -> Tag:
    found = soup_of(site, slug).find("article")
    assert isinstance(found, Tag)
    return found


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def countries_of(slug: str) -> list[legal.Country]:
    return [c for c in legal.COUNTRIES.values() if c.slug == slug]


@pytest.mark.parametrize("slug", SLUGS)
def test_country_page_lists_its_own_changes_and_no_global_review_date(
    site_dir: Path, slug: str
) -> None:
    page = article(site_dir, f"paises/{slug}")
    text = flat(page.get_text(" "))
    assert "Revisado:" not in text
    assert "Cambios en esta página" in text
    for country in countries_of(slug):
        history = page.find(id=f"historial-{country.code.lower()}")
        assert isinstance(history, Tag), country.code
        entries = [flat(li.get_text(" ")) for li in history.find_all("li")]
        assert entries and len(entries) == len(country.page_changes)
        newest = country.page_changes[0]
        assert entries[0].startswith(f"{legal.month_year(newest.month)}:")
        assert f"Última actualización de esta página: {legal.month_year(country.updated)}" in text


@pytest.mark.parametrize("slug", SLUGS)
def test_every_fact_shows_when_it_was_checked_and_how_sure_we_are(
    site_dir: Path, slug: str
) -> None:
    page = article(site_dir, f"paises/{slug}")
    for country in countries_of(slug):
        for rung in country.rungs:
            block = page.find(attrs={"data-rung": rung.key, "data-status": str(rung.status)})
            assert isinstance(block, Tag), rung.key
            line = block.find("p", class_="stc-fresh")
            assert isinstance(line, Tag), rung.key
            text = flat(line.get_text(" "))
            assert text.startswith(f"Comprobado: {legal.month_year(rung.checked)} · "), text
            expected = {
                legal.Status.VERIFIED: "· fuente oficial",
                legal.Status.SECONDARY: "· según ",
                legal.Status.UNCERTAIN: "· sin confirmar",
            }[rung.status]
            assert expected in text, (rung.key, text)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_fact_has_a_prefilled_mail_to_report_it_stale(site_dir: Path, slug: str) -> None:
    config = yaml.safe_load(
        re.sub(r"!ENV \[.*?\]", "''", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    )
    contact = config["extra"]["contact_email"]
    page = article(site_dir, f"paises/{slug}")
    links = page.select('p.stc-fresh a[href^="mailto:"]')
    facts = sum(len(c.rungs) + len(c.aids) for c in countries_of(slug))
    assert len(links) == facts
    for anchor in links:
        assert anchor.get_text(strip=True) == "¿Ves un dato desactualizado?"
        assert anchor["aria-label"].startswith("¿Ves un dato desactualizado?")
        assert not anchor.get("rel") and not anchor.get("target")
        parts = urlsplit(anchor["href"])
        assert parts.path == contact
        query = parse_qs(parts.query)
        key = anchor.find_parent("p")["data-fact"]
        assert query["subject"][0].startswith("Dato desactualizado: ")
        assert query["subject"][0].endswith(f", {key}")
        body = query["body"][0]
        assert f"paises/{slug}/" in body and f"/{key} (" in body
        assert " " not in parts.query, "the mail's subject and body are percent-encoded"
        assert unquote(anchor["href"]) != anchor["href"]


@pytest.mark.parametrize("slug", [s for s in SLUGS if s != "otros-paises"])
def test_country_page_starts_with_a_jump_list_by_sector(site_dir: Path, slug: str) -> None:
    page = article(site_dir, f"paises/{slug}")
    nav = page.find("nav", class_="stc-jump")
    assert isinstance(nav, Tag)
    targets = [a["href"].removeprefix("#") for a in nav.find_all("a")]
    assert targets[:2] == ["empresa", "autoridad"]
    (country,) = countries_of(slug)
    for group in country.sector_groups():
        anchor = "sector-" + "-".join(str(s) for s in group)
        assert anchor in targets
        heading = page.find(id=anchor)
        assert isinstance(heading, Tag) and heading.name == "h3"
        assert heading.get_text(strip=True).startswith(legal.sector_group_name(group))
    for target in targets:
        assert page.find(id=target) is not None, target
    first_table = page.find("table")
    assert nav.sourceline is not None and first_table is not None
    assert nav.sourceline < first_table.sourceline


@pytest.mark.parametrize("slug", ["colombia", "chile", "peru", "mexico"])
def test_banks_and_insurance_share_one_section_where_their_rules_are_the_same(
    site_dir: Path, slug: str
) -> None:
    text = flat(article(site_dir, f"paises/{slug}").get_text(" "))
    assert "Bancos, tarjetas y seguros" in text
    assert not re.search(r"Seguros ¶", text)


def test_expiring_sentences_are_rendered_in_both_wordings_with_the_stale_one_hidden(
    site_dir: Path,
) -> None:
    page = article(site_dir, "paises/espana")
    spans = page.select("span[data-until][data-dated]")
    dated = [d for r in legal.country("ES").rungs for d in r.dated]
    assert dated and len(spans) == 2 * len(dated)
    today = dt.date.today()
    for sentence in dated:
        pair = [s for s in spans if s["data-until"] == sentence.until]
        before = next(s for s in pair if s.get_text() == sentence.before)
        after = next(s for s in pair if s.get_text() == sentence.after)
        stale = after if today <= sentence.until_date else before
        fresh = before if stale is after else after
        assert stale.has_attr("hidden") and not fresh.has_attr("hidden")
    script = (ROOT / "docs" / "assets" / "accesibilidad.js").read_text(encoding="utf-8")
    assert "[data-until][data-dated]" in script


@pytest.mark.parametrize("slug", SLUGS)
def test_the_no_limit_sentence_is_said_once_above_the_tables(site_dir: Path, slug: str) -> None:
    text = flat(article(site_dir, f"paises/{slug}").get_text(" "))
    assert "No encontramos uno específico; aun así" not in text
    assert text.count("no dejes pasar el tiempo") <= len(countries_of(slug))
    assert "Costo" not in text and "ya no vale" not in text


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
            assert texts, "an UNCERTAIN table shows at least its deadline row"
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


def test_comparison_table_covers_every_country(site_dir: Path) -> None:
    page = article(site_dir, "reclamacion-formal")
    rows = page.select("table.stc-compare tr[data-country]")
    assert [r["data-country"] for r in rows] == list(legal.COUNTRIES)
    for row in rows:
        country = legal.country(row["data-country"])
        assert row.th is not None and row.th.a["href"] == f"../paises/{country.slug}/"
    spain = flat(rows[0].get_text(" "))
    assert "Grandes empresas y suministros: 15 días hábiles" in spain
    assert "Resto de empresas: 15 días" in spain and "Hoja autonómica: varía" in spain
    assert "1 mes desde tu reclamación a la empresa" in spain, "the one-month rule is visible"
    limits = page.select("table.stc-reader-limits tbody tr")
    expected = sum(1 for c in legal.COUNTRIES.values() for r in c.rungs if r.reader_limit)
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
    meta = parsed(built).find("meta", attrs={"name": "description"})
    assert isinstance(meta, Tag) and meta["content"] == description


@pytest.mark.parametrize("code", list(legal.COUNTRIES))
def test_every_country_has_its_own_page_with_the_sections_the_tools_link(
    site_dir: Path, code: str
) -> None:
    """The tools link `paises/<slug>#empresa`, `#autoridad` and `#sectores`: each country
    page has them, with its history, its sources and, when it has any, «Más ayuda»."""
    country = legal.country(code)
    assert country.slug != "otros-paises", "every country has a page of its own"
    page = article(site_dir, f"paises/{country.slug}")
    for anchor in ("empresa", "autoridad", "sectores", "cambios", "historial", "fuentes"):
        assert page.find(id=anchor) is not None, f"{code}: no #{anchor}"
    assert (page.find(id="ayuda") is not None) == bool(country.aids), code
    heading = page.find("h1")
    assert heading is not None and heading.get_text(strip=True).startswith(country.name)


def test_the_navigation_and_the_home_page_reach_every_country(site_dir: Path) -> None:
    config = yaml.safe_load(
        re.sub(r"!ENV \[.*?\]", "''", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    )
    section = next(item for item in config["nav"] if "Si la empresa no responde" in item)
    pages = [next(iter(entry.values())) for entry in section["Si la empresa no responde"]]
    home = {a["href"] for a in article(site_dir, "").find_all("a", href=True)}
    others = {a["href"] for a in article(site_dir, "paises/otros-paises").find_all("a", href=True)}
    for country in legal.COUNTRIES.values():
        assert f"paises/{country.slug}.md" in pages, country.name
        assert f"paises/{country.slug}/" in home, country.name
        assert f"../{country.slug}/" in others, country.name
    assert pages[-1] == "paises/otros-paises.md"


def test_the_united_states_page_leads_a_reader_in_puerto_rico_to_the_daco(site_dir: Path) -> None:
    us = article(site_dir, "paises/estados-unidos")
    assert any(a["href"] == "../puerto-rico/" for a in us.find_all("a", href=True))
    pr = flat(article(site_dir, "paises/puerto-rico").get_text(" "))
    assert "Departamento de Asuntos del Consumidor (DACO)" in pr
    assert 'href="https://www.daco.pr.gov/"' in str(article(site_dir, "paises/puerto-rico"))
