"""Situation blocks: ``/// situations`` renders the «¿Qué te pasó?» page from `followup.situations`.

The guide never types what a situation means: its urgency, today's steps, the next rung, what
the company's silence means and each country's rule come from the same data the «¿Escalo ya?»
wizard reads, so the page and the tool cannot disagree. Syntax (pymdownx.blocks)::

    /// situations
    ///

renders every situation: a heading whose id is `Situation.slug`, then the country rules, each
under its own heading (``<slug>-<country>``, e.g. ``cargo-no-autorizado-es``). Parts:

- ``todo`` (default): the whole page; with a country argument (``/// situations | ES``), only
  that country's rules;
- ``indice``: a jump list to the situations of this page;
- ``saltos`` (needs a country): the jump list for one country's page, each situation linked to
  ``../que-te-paso.md#<slug>`` and naming the country's rule when there is one.

The HTML is built as ElementTree nodes, so the headings join the page's table of contents.
Publishing rule: SECONDARY rules say «según <fuente>», UNCERTAIN ones never carry a number
(enforced by `followup.situations.CountryRule`); each rule's block is marked
``data-status`` so the build tests can check the rendered text too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from markdown import Markdown
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_integer, type_string, type_string_in

from followup import legal, situation_rules, situations
from followup.labels import SITUATION_NAMES
from followup.texts import MONTHS

PARTS = ("todo", "indice", "saltos")
# The countries with rules of their own, in the guide's order (`legal.COUNTRIES`): the
# others have no section here, and their pages link the page as a whole.
COUNTRIES: tuple[str, ...] = tuple(
    code for code in legal.COUNTRIES if any(rule.country == code for rule in situation_rules.RULES)
)
PAGE = "que-te-paso.md"

URGENCY = {
    situations.Urgency.NOW: (
        "Urgente: envía hoy la reclamación formal por escrito, sin esperar más seguimientos."
    ),
    situations.Urgency.FOLLOW_UP: (
        "Primero, un seguimiento con una fecha concreta; la reclamación formal, si esa fecha "
        "pasa sin solución."
    ),
}
URGENCY_SHORT = {
    situations.Urgency.NOW: "urgente",
    situations.Urgency.FOLLOW_UP: "primero, un seguimiento",
}
SECTOR_LABELS = {
    legal.Sector.GENERAL: "cualquier compra o servicio",
    legal.Sector.TELECOM: "teléfono, internet y televisión",
    legal.Sector.BANKING: "bancos, tarjetas y pagos",
    legal.Sector.INSURANCE: "seguros",
    legal.Sector.ENERGY: "luz, gas y agua",
    legal.Sector.AIR: "vuelos",
}
COMPANY_LABELS = {"grandes": "grandes empresas y suministros", "resto": "otras empresas"}
NO_RULE = (
    " no encontramos una regla propia para este caso: sigue los pasos de arriba y la página "
    "de tu país."
)
NO_RULE_ANYWHERE = (
    "Este caso no tiene reglas propias por país: sigue los pasos de arriba y la página de tu país ("
)
SENTENCE_END = re.compile(r"(?<=[.:])\s+(?=[A-ZÁÉÍÓÚÑ¿«])")


def text_el(parent: etree.Element, tag: str, text: str, **attrs: str) -> etree.Element:
    el = etree.SubElement(parent, tag, attrs)
    el.text = text
    return el


def append_text(el: etree.Element, text: str) -> None:
    """Text after the element's last child (or inside it, when it has none)."""
    if len(el):
        last = el[-1]
        last.tail = (last.tail or "") + text
    else:
        el.text = (el.text or "") + text


def link(parent: etree.Element, url: str, text: str) -> etree.Element:
    attrs = {"href": url}
    if url.startswith("https://"):
        attrs["rel"] = "external noopener"
    return text_el(parent, "a", text, **attrs)


def month_year(iso: str) -> str:
    """ "2026-12" -> "diciembre de 2026"."""
    year, month = iso.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} de {year}"


def short_name(source: legal.Source) -> str:
    """ "El Informador (prensa), citando…" -> "El Informador"."""
    return re.split(r" \(|,|:", source.publisher)[0].strip()


def freshness_text(rule: situations.CountryRule) -> str:
    """ "Comprobado: diciembre de 2026 · fuente oficial" / "· según El Informador"."""
    when = month_year(rule.checked)
    if rule.status is legal.Status.VERIFIED:
        how = "fuente oficial"
    elif rule.status is legal.Status.SECONDARY:
        secondary = [s for s in rule.sources if not s.official] or list(rule.sources)
        how = f"según {short_name(secondary[0])}"
    else:
        how = "sin confirmar: por eso no damos cifras"
    return f"Comprobado: {when} · {how}"


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text, maxsplit=1)[0]


def qualifier(rule: situations.CountryRule) -> str:
    """What the rule is limited to, in words ("" for any sector and company)."""
    parts = []
    if rule.sectors and legal.Sector.GENERAL not in rule.sectors:
        parts = [SECTOR_LABELS[s] for s in rule.sectors]
    if rule.for_companies:
        parts.append(COMPANY_LABELS.get(rule.for_companies, rule.for_companies))
    return ", ".join(parts)


def rule_anchors(kind: situations.SituationKind, code: str) -> list[str]:
    """The anchor of each of a country's rules for a situation, in data order."""
    slug = situations.get(kind).slug
    rules = situations.rules(code, kind)
    base = f"{slug}-{code.lower()}"
    return [base if i == 0 else f"{base}-{i + 1}" for i in range(len(rules))]


def country_page(country: legal.Country, section: str, prefix: str = "") -> str:
    return f"{prefix}paises/{country.slug}.md#{section}"


def rung_section(country: legal.Country, key: str) -> str:
    """Where a rung is shown on the country page: the company, the authority or the sectors."""
    rung = country.rung(key)
    if int(rung.level) == 1 and legal.Sector.GENERAL in rung.sectors:
        return "empresa"
    if int(rung.level) == 2:
        return "autoridad"
    return "sectores"


def deadline_cell(
    cell: etree.Element, deadline: legal.Deadline | None, note: str, calendar_word: str
) -> None:
    if deadline is not None:
        strong = text_el(
            cell,
            "strong",
            deadline.words(calendar_word),
            **{
                "data-amount": str(deadline.amount),
                "data-unit": str(deadline.unit),
                "data-business": {True: "true", False: "false", None: "unknown"}[deadline.business],
            },
        )
        strong.tail = f" {deadline.start}." + (f" {note}" if note else "")
    else:
        cell.text = note


def source_line(parent: etree.Element, source: legal.Source, status: legal.Status) -> None:
    item = etree.SubElement(parent, "span", {"class": "stc-source"})
    if status is not legal.Status.VERIFIED or not source.official:
        item.text = "Según "
    date = f" ({source.date_text()})" if source.date else ""
    link(item, source.url, source.publisher).tail = f"{date}. "


def rule_block(
    parent: etree.Element, rule: situations.CountryRule, anchor: str, heading: int
) -> None:
    country = legal.country(rule.country)
    block = etree.SubElement(
        parent,
        "div",
        {
            "class": "stc-situation-rule",
            "data-country": rule.country,
            "data-rule": anchor,
            "data-status": str(rule.status),
        },
    )
    several = len(situations.rules(rule.country, rule.situation)) > 1
    limited = qualifier(rule) or ("en general" if several else "")
    title = country.name + (f" · {limited}" if limited else "")
    text_el(block, f"h{heading}", title, id=anchor)
    table = etree.SubElement(block, "table")
    body = etree.SubElement(table, "tbody")

    def row(label: str) -> etree.Element:
        tr = etree.SubElement(body, "tr")
        text_el(tr, "th", label, scope="row")
        return etree.SubElement(tr, "td")

    row("Qué cambia").text = rule.summary
    if rule.company_deadline is not None or rule.deadline_note:
        deadline_cell(
            row("Plazo de la empresa"),
            rule.company_deadline,
            rule.deadline_note,
            country.calendar_word,
        )
    if rule.reader_limit is not None or rule.reader_note:
        deadline_cell(row("Tu plazo"), rule.reader_limit, rule.reader_note, country.calendar_word)
    if rule.silence or rule.silence_route:
        cell = row("Si no responde")
        cell.text = rule.silence
        if rule.silence_route:
            rung = country.rung(rule.silence_route)
            append_text(cell, " Sin su respuesta puedes ir a: ")
            link(
                cell,
                country_page(country, rung_section(country, rung.key)),
                rung.instrument,
            )
            append_text(cell, ".")
    own_sector = any(s is not legal.Sector.GENERAL for s in rule.sectors)
    section = "sectores" if own_sector and legal.Sector.GENERAL not in rule.sectors else "empresa"
    link(row("En la página del país"), country_page(country, section), country.name)
    cell = row("Fuente")
    for source in rule.sources:
        source_line(cell, source, rule.status)
    text_el(cell, "em", freshness_text(rule), **{"class": "stc-freshness"})


def situation_section(
    parent: etree.Element, situation: situations.Situation, codes: tuple[str, ...], heading: int
) -> None:
    section = etree.SubElement(
        parent,
        "section",
        {
            "class": "stc-situation",
            "data-situation": situation.slug,
            "data-urgency": str(situation.urgency),
        },
    )
    text_el(section, f"h{heading}", SITUATION_NAMES[situation.kind], id=situation.slug)
    urgency = etree.SubElement(section, "p", {"class": "stc-urgency"})
    text_el(urgency, "strong", "Qué tan urgente:").tail = f" {URGENCY[situation.urgency]}"
    text_el(section, "p", "Qué hacer hoy:", **{"class": "stc-label"})
    steps = etree.SubElement(section, "ol", {"class": "stc-today"})
    for step in situation.today:
        text_el(steps, "li", step)
    after = etree.SubElement(section, "p")
    text_el(after, "strong", "Qué viene después:").tail = f" {situation.next_step}"
    silence = etree.SubElement(section, "p")
    text_el(silence, "strong", "Qué significa su silencio:").tail = f" {situation.silence}"
    without: list[legal.Country] = []
    for code in codes:
        rules = situations.rules(code, situation.kind)
        if not rules:
            without.append(legal.country(code))
            continue
        for rule, anchor in zip(rules, rule_anchors(situation.kind, code), strict=True):
            rule_block(section, rule, anchor, heading + 1)
    if without:
        everywhere = len(without) == len(codes)
        note = etree.SubElement(section, "p", {"class": "stc-no-rule"})
        note.text = NO_RULE_ANYWHERE if everywhere else "En "
        for i, country in enumerate(without):
            if i:
                append_text(note, " y " if i == len(without) - 1 else ", ")
            link(note, country_page(country, "empresa"), country.name)
        append_text(note, ")." if everywhere else NO_RULE)


def index(parent: etree.Element) -> None:
    items = etree.SubElement(parent, "ul", {"class": "stc-situation-index"})
    for situation in situations.SITUATIONS.values():
        item = etree.SubElement(items, "li")
        link(item, f"#{situation.slug}", SITUATION_NAMES[situation.kind])
        append_text(item, f" ({URGENCY_SHORT[situation.urgency]})")


def jumps(parent: etree.Element, code: str, prefix: str) -> None:
    """One country's jump list: each situation, and that country's rule when there is one."""
    country = legal.country(code)
    items = etree.SubElement(parent, "ul", {"class": "stc-situation-jumps", "data-country": code})
    for situation in situations.SITUATIONS.values():
        item = etree.SubElement(items, "li")
        page = f"{prefix}{PAGE}"
        link(item, f"{page}#{situation.slug}", SITUATION_NAMES[situation.kind])
        rules = situations.rules(code, situation.kind)
        if not rules:
            continue
        anchors = rule_anchors(situation.kind, code)
        if len(rules) == 1:
            append_text(item, f". En {country.name}: ")
            link(item, f"{page}#{anchors[0]}", first_sentence(rules[0].summary))
            continue
        append_text(item, f". En {country.name}:")
        sub = etree.SubElement(item, "ul")
        for rule, anchor in zip(rules, anchors, strict=True):
            entry = etree.SubElement(sub, "li")
            entry.text = f"{qualifier(rule) or 'en general'}: "
            link(entry, f"{page}#{anchor}", first_sentence(rule.summary))


class SituationBlock(Block):  # type: ignore[misc]
    NAME = "situations"
    ARGUMENT = None  # optional: a country code
    OPTIONS: ClassVar[dict[str, Any]] = {
        "part": ["todo", type_string_in(PARTS)],
        "heading": [2, type_integer],
        "prefix": ["../", type_string],
    }

    def on_validate(self, parent: etree.Element) -> bool:
        code = (self.argument or "").strip().upper()
        if code and code not in COUNTRIES:
            return False
        if self.options["part"] == "saltos" and not code:
            return False
        self.code = code
        return True

    def on_markdown(self) -> str:
        return "raw"

    def on_create(self, parent: etree.Element) -> etree.Element:
        holder = etree.SubElement(parent, "div", {"class": "stc-situations"})
        part = self.options["part"]
        if part == "indice":
            index(holder)
        elif part == "saltos":
            jumps(holder, self.code, self.options["prefix"])
        else:
            codes = (self.code,) if self.code else COUNTRIES
            for situation in situations.SITUATIONS.values():
                situation_section(holder, situation, codes, self.options["heading"])
        return holder


class SituationBlockExtension(BlocksExtension):  # type: ignore[misc]
    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(SituationBlock, self.getConfigs())


def makeExtension(**kwargs: Any) -> SituationBlockExtension:
    return SituationBlockExtension(**kwargs)
