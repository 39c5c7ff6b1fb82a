"""«¿Qué te pasó?» as built: every situation with its anchor, every country rule, dated and sourced.

The page is rendered by `sitebuild.situation_blocks` from `followup.situations`, the data the
wizard reads. These tests read the built HTML: each situation's heading has the anchor the
tools link to, each country rule is there with its status, a SECONDARY rule says «según», a
VERIFIED one says «Comprobado: … · fuente oficial», an UNCERTAIN one shows no number, and the
per-country jump list links each situation to its section.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from followup import escalation, legal, situation_rules, situations
from followup.labels import SITUATION_NAMES
from followup.model import SituationKind
from sitebuild import situation_blocks
from tests.build.built_html import parsed

ROOT = Path(__file__).resolve().parents[2]
RULE_ROWS = ("Qué cambia", "Plazo de la empresa", "Tu plazo", "Si no responde")


def page(site: Path) -> Tag:
    soup = parsed(site / "que-te-paso" / "index.html")
    found = soup.find("article")
    assert isinstance(found, Tag)
    return found


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def rows(block: Tag) -> dict[str, str]:
    return {
        flat(tr.th.get_text()): flat(tr.td.get_text(" "))
        for tr in block.find_all("tr")
        if tr.th and tr.td
    }


def all_rules() -> list[tuple[situations.CountryRule, str]]:
    """Every rule with the anchor the page gives it."""
    out = []
    for kind in situations.SITUATIONS:
        for code in situation_blocks.COUNTRIES:
            rules = situations.rules(code, kind)
            out += list(zip(rules, situation_blocks.rule_anchors(kind, code), strict=True))
    return out


def test_the_page_comes_right_after_home_in_the_navigation(site_dir: Path) -> None:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    Loader.add_constructor("!ENV", lambda *_: None)
    nav = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)["nav"]
    assert nav[0] == {"Inicio": "index.md"}
    assert nav[1] == {"¿Qué te pasó?": "que-te-paso.md"}
    other = parsed(site_dir / "acerca" / "index.html")
    top = other.select("nav.md-nav--primary > ul.md-nav__list > li.md-nav__item")
    labels = [flat(item.select_one(".md-nav__link").get_text()) for item in top]
    assert labels[:2] == ["Inicio", "¿Qué te pasó?"]


def test_every_situation_has_its_heading_anchor_and_its_parts(site_dir: Path) -> None:
    article = page(site_dir)
    assert flat(article.h1.get_text()).startswith("¿Qué te pasó?")
    for situation in situations.SITUATIONS.values():
        heading = article.find(id=situation.slug)
        assert isinstance(heading, Tag) and heading.name == "h2", situation.slug
        assert flat(heading.get_text()).startswith(SITUATION_NAMES[situation.kind])
        section = heading.find_parent("section")
        assert section is not None
        text = flat(section.get_text(" "))
        for step in situation.today:
            assert flat(step) in text
        assert flat(situation.next_step) in text and flat(situation.silence) in text
        assert situation_blocks.URGENCY[situation.urgency] in text
        # The jump list at the top reaches it.
        assert article.select_one(f'.stc-situation-index a[href="#{situation.slug}"]')


def test_the_tools_links_to_the_page_reach_a_section(site_dir: Path) -> None:
    article = page(site_dir)
    for target in escalation.SECTIONS:
        path, _, anchor = target.partition("#")
        if path == escalation.SITUATIONS_PAGE:
            assert article.find(id=anchor) is not None, target


def test_every_country_rule_is_on_the_page_with_its_status(site_dir: Path) -> None:
    article = page(site_dir)
    blocks = article.select(".stc-situation-rule")
    expected = all_rules()
    assert len(blocks) == len(expected) == len(situation_rules.RULES)
    for rule, anchor in expected:
        block = article.select_one(f'[data-rule="{anchor}"]')
        assert isinstance(block, Tag), anchor
        assert block["data-status"] == str(rule.status)
        assert block["data-country"] == rule.country
        assert block.find(id=anchor) is not None
        found = rows(block)
        assert flat(rule.summary) == found["Qué cambia"]
        for deadline in (rule.company_deadline, rule.reader_limit):
            if deadline is not None:
                amounts = [s["data-amount"] for s in block.select("strong[data-amount]")]
                assert str(deadline.amount) in amounts, anchor
        for source in rule.sources:
            assert block.find("a", href=source.url) is not None, (anchor, source.url)


def test_each_rule_says_how_sure_it_is_and_when_it_was_checked(site_dir: Path) -> None:
    article = page(site_dir)
    for rule, anchor in all_rules():
        block = article.select_one(f'[data-rule="{anchor}"]')
        assert isinstance(block, Tag)
        freshness = flat(block.select_one(".stc-freshness").get_text())
        assert freshness.startswith(f"Comprobado: {situation_blocks.month_year(rule.checked)} · ")
        if rule.status is legal.Status.VERIFIED:
            assert freshness.endswith("fuente oficial")
        elif rule.status is legal.Status.SECONDARY:
            assert " · según " in freshness
            assert "Según " in rows(block)["Fuente"]
        else:
            assert freshness.endswith("sin confirmar: por eso no damos cifras")


def test_no_uncertain_rule_is_shown_as_a_number(site_dir: Path) -> None:
    for block in page(site_dir).select('.stc-situation-rule[data-status="UNCERTAIN"]'):
        for label, text in rows(block).items():
            if label in RULE_ROWS:
                assert not re.search(r"\d", text), (block["data-rule"], label, text)


def test_an_uncertain_rule_renders_without_a_number() -> None:
    """The page has no UNCERTAIN rule today: render one to prove the block shows none."""
    from xml.etree import ElementTree as etree

    rule = situations.CountryRule(
        country="PE",
        situation=SituationKind.ORDER,
        summary="La ley no fija un plazo de garantía que hayamos podido confirmar.",
        silence="Si la tienda no responde, acude al INDECOPI.",
        silence_route="indecopi",
        status=legal.Status.UNCERTAIN,
        sources=(legal.Source("Ejemplo (prensa)", "https://example.org/", "2026", official=False),),
        checked="2026-12",
    )
    holder = etree.Element("div")
    situation_blocks.rule_block(holder, rule, "pedido-pe", 3)
    soup = BeautifulSoup(etree.tostring(holder, encoding="unicode"), "html.parser")
    block = soup.select_one('[data-status="UNCERTAIN"]')
    assert isinstance(block, Tag)
    for label, text in rows(block).items():
        if label in RULE_ROWS:
            assert not re.search(r"\d", text), (label, text)
    assert "sin confirmar" in flat(block.get_text(" "))


def test_rules_link_the_country_page_and_the_route_for_a_silent_company(site_dir: Path) -> None:
    article = page(site_dir)
    for rule, anchor in all_rules():
        block = article.select_one(f'[data-rule="{anchor}"]')
        assert isinstance(block, Tag)
        country = legal.country(rule.country)
        hrefs = [a["href"] for a in block.find_all("a", href=True)]
        pages = [h for h in hrefs if f"paises/{country.slug}/" in h]
        assert pages, anchor
        for href in pages:
            section = href.partition("#")[2]
            built = parsed(site_dir / "paises" / country.slug / "index.html")
            assert built.find(id=section) is not None, href
        if rule.silence_route:
            text = flat(rows(block)["Si no responde"])
            assert flat(country.rung(rule.silence_route).instrument) in text


def test_a_situation_without_rules_in_a_country_says_so(site_dir: Path) -> None:
    article = page(site_dir)
    for situation in situations.SITUATIONS.values():
        section = article.find(id=situation.slug).find_parent("section")
        missing = [
            code
            for code in situation_blocks.COUNTRIES
            if not situations.rules(code, situation.kind)
        ]
        note = section.select_one(".stc-no-rule")
        if not missing:
            assert note is None
            continue
        assert note is not None
        for code in missing:
            assert legal.country(code).name in note.get_text()


# --- The per-country jump list ------------------------------------------------------------


def render(source: str) -> BeautifulSoup:
    md = markdown.Markdown(extensions=["sitebuild.situation_blocks"])
    return BeautifulSoup(md.convert(source), "html.parser")


@pytest.mark.parametrize("code", situation_blocks.COUNTRIES)
def test_a_country_page_jump_list_links_every_situation_and_names_its_rules(code: str) -> None:
    soup = render(f"/// situations | {code}\n    part: saltos\n///\n")
    jumps = soup.select_one(f'ul.stc-situation-jumps[data-country="{code}"]')
    assert isinstance(jumps, Tag)
    items = jumps.find_all("li", recursive=False)
    assert len(items) == len(situations.SITUATIONS)
    for item, situation in zip(items, situations.SITUATIONS.values(), strict=True):
        first = item.find("a")
        assert first["href"] == f"../que-te-paso.md#{situation.slug}"
        assert first.get_text() == SITUATION_NAMES[situation.kind]
        anchors = situation_blocks.rule_anchors(situation.kind, code)
        hrefs = [a["href"] for a in item.find_all("a")][1:]
        assert hrefs == [f"../que-te-paso.md#{a}" for a in anchors]
        for rule in situations.rules(code, situation.kind):
            assert situation_blocks.first_sentence(rule.summary) in item.get_text()


def test_the_jump_list_needs_a_country_and_a_known_one() -> None:
    for source in ("/// situations\n    part: saltos\n///\n", "/// situations | XX\n///\n"):
        assert render(source).select_one(".stc-situations") is None


def test_a_rules_first_sentence_keeps_article_numbers_whole() -> None:
    text = "Cuestiónalo en 30 días (Ley 25.065, art. 26). Después, el BCRA."
    assert situation_blocks.first_sentence(text) == "Cuestiónalo en 30 días (Ley 25.065, art. 26)."
