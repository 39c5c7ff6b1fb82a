"""Ladder blocks: ``/// ladder | ES`` renders a country's legal ladder from `followup.legal`.

The country pages never type a deadline, an authority or a source: they come from the
same data the browser tools read. Syntax (pymdownx.blocks)::

    /// ladder | ES
    part: empresa
    ///

Parts: ``resumen`` (review date and summary), ``empresa`` (level-1 rungs for any purchase),
``autoridad`` (level 2), ``sectores`` (each sector's own rungs, one heading per sector),
``todo`` (every rung, for the partial countries), ``cambios`` and ``fuentes``.
With the argument ``todos`` the block compares the main countries instead: by default
the company's deadline and the authority, with ``part: tus-plazos`` the reader's own
limits. It links ``paises/<slug>.md``, so it belongs on a page at the docs root.
The HTML is built as ElementTree nodes, so the headings join the page's table of contents.

Publishing rule: SECONDARY facts say «según <fuente>»; UNCERTAIN rungs never carry a
number (enforced by `followup.legal.Rung`), and their table is marked
``data-status="UNCERTAIN"`` so the build tests can check the rendered text too.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from markdown import Markdown
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_integer, type_string_in

from followup import legal

PARTS = (
    "resumen",
    "empresa",
    "autoridad",
    "sectores",
    "todo",
    "cambios",
    "fuentes",
    "tus-plazos",
)

STATUS_TEXT = {
    legal.Status.VERIFIED: "Verificado en una fuente oficial",
    legal.Status.SECONDARY: "Según fuentes secundarias: confírmalo en el portal oficial",
    legal.Status.UNCERTAIN: "Sin confirmar: por eso no damos cifras",
}
NO_DEADLINE = "No publicamos un plazo: consúltalo con el organismo."
NO_READER_LIMIT = "No encontramos uno específico; aun así, no dejes pasar el tiempo."


def text_el(parent: etree.Element, tag: str, text: str, **attrs: str) -> etree.Element:
    el = etree.SubElement(parent, tag, attrs)
    el.text = text
    return el


def link(parent: etree.Element, url: str, text: str) -> etree.Element:
    # Links to official sites open in the same tab: the reader comes back with "back".
    return text_el(parent, "a", text, href=url, rel="external noopener")


def source_line(parent: etree.Element, source: legal.Source, status: legal.Status) -> None:
    item = etree.SubElement(parent, "span", {"class": "stc-source"})
    if status is legal.Status.SECONDARY or not source.official:
        item.text = "Según "
    anchor = link(item, source.url, source.publisher)
    anchor.tail = f" ({source.date_text()}). "


def deadline_cell(
    cell: etree.Element,
    deadline: legal.Deadline | None,
    note: str,
    calendar_word: str,
    fallback: str,
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
        cell.text = note or fallback


def rung_table(
    parent: etree.Element, country: legal.Country, rung: legal.Rung, heading: int
) -> None:
    section = etree.SubElement(
        parent,
        "div",
        {"class": "stc-rung", "data-rung": rung.key, "data-status": str(rung.status)},
    )
    text_el(section, f"h{heading}", rung.instrument)
    table = etree.SubElement(section, "table")
    body = etree.SubElement(table, "tbody")

    def row(label: str) -> etree.Element:
        tr = etree.SubElement(body, "tr")
        text_el(tr, "th", label, scope="row")
        return etree.SubElement(tr, "td")

    row("Ante quién").text = rung.body
    row("Para qué casos").text = rung.scope
    deadline_cell(
        row("Plazo para responder"),
        rung.deadline,
        rung.deadline_note,
        country.calendar_word,
        NO_DEADLINE,
    )
    deadline_cell(
        row("Tu plazo"), rung.reader_limit, rung.reader_note, country.calendar_word, NO_READER_LIMIT
    )
    if rung.remarks:
        row("A tener en cuenta").text = rung.remarks
    row("Cómo y dónde").text = rung.how
    row("Costo").text = rung.cost
    row("Requisitos previos").text = rung.preconditions
    if rung.portal is not None:
        link(row("Portal oficial"), rung.portal.url, rung.portal.name)
    sources = row("Fuente")
    for source in rung.sources:
        source_line(sources, source, rung.status)
    text_el(sources, "em", STATUS_TEXT[rung.status])


def render(parent: etree.Element, country: legal.Country, part: str, heading: int) -> None:
    if part == "resumen":
        reviewed = etree.SubElement(parent, "p", {"class": "stc-reviewed"})
        text_el(reviewed, "strong", "Revisado:").tail = f" {legal.month_year(country.reviewed)}"
        text_el(parent, "p", country.summary)
    elif part == "empresa":
        for rung in country.rungs:
            if rung.level is legal.Level.COMPANY and rung.covers(legal.Sector.GENERAL):
                rung_table(parent, country, rung, heading)
    elif part == "autoridad":
        for rung in country.rungs:
            if rung.level is legal.Level.AUTHORITY:
                rung_table(parent, country, rung, heading)
    elif part == "sectores":
        for sector in country.sectors():
            text_el(parent, f"h{heading}", legal.SECTOR_NAMES[sector])
            for rung in country.sector_rungs(sector):
                rung_table(parent, country, rung, heading + 1)
    elif part == "todo":
        for rung in country.rungs:
            rung_table(parent, country, rung, heading)
    elif part == "cambios":
        if not country.changes:
            text_el(parent, "p", "No encontramos cambios de 2025 o 2026 en esta revisión.")
        items = etree.SubElement(parent, "ul", {"class": "stc-changes"})
        for change in country.changes:
            item = text_el(items, "li", change.text + " ")
            source_line(item, change.source, change.status)
    else:  # fuentes
        items = etree.SubElement(parent, "ul", {"class": "stc-sources"})
        for source in country.sources():
            item = etree.SubElement(items, "li")
            link(item, source.url, source.publisher).tail = f" ({source.date_text()}) — " + (
                "fuente oficial" if source.official else "fuente secundaria"
            )


def compare(parent: etree.Element) -> None:
    """One row per main country: what to file, the company's deadline, the authority."""
    table = etree.SubElement(parent, "table", {"class": "stc-compare"})
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for label in ("País", "Qué presentas a la empresa", "Plazo de la empresa", "Autoridad"):
        text_el(head, "th", label)
    body = etree.SubElement(table, "tbody")
    for code in legal.MAIN_COUNTRIES:
        country = legal.country(code)
        tr = etree.SubElement(body, "tr", {"data-country": code})
        th = etree.SubElement(tr, "th", {"scope": "row"})
        text_el(th, "a", country.name, href=f"paises/{country.slug}.md")
        what, when = etree.SubElement(tr, "td"), etree.SubElement(tr, "td")
        for i, rung in enumerate(country.company_rungs()):
            if i:
                etree.SubElement(what, "br")
                etree.SubElement(when, "br")
            text_el(what, "span", rung.instrument)
            line = etree.SubElement(when, "span", {"data-status": str(rung.status)})
            if rung.deadline is None:
                line.text = (
                    "Sin plazo legal general confirmado"
                    if rung.status is legal.Status.UNCERTAIN
                    else "Varía: mira la página del país"
                )
                continue
            text_el(line, "strong", rung.deadline.words(country.calendar_word))
            if rung.status is legal.Status.SECONDARY:
                source = rung.sources[0]
                line[-1].tail = " (según "
                link(line, source.url, source.publisher.split(" (")[0]).tail = ")"
        cell = etree.SubElement(tr, "td")
        authorities = [r for r in country.rungs if r.level is legal.Level.AUTHORITY]
        for i, rung in enumerate(authorities):
            if i:
                etree.SubElement(cell, "br")
            if rung.portal is not None:
                link(cell, rung.portal.url, rung.body)
            else:
                text_el(cell, "span", rung.body)


def reader_limits(parent: etree.Element) -> None:
    """Every time limit of the reader's own, across the main countries."""
    table = etree.SubElement(parent, "table", {"class": "stc-reader-limits"})
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for label in ("País", "Para qué", "Tu plazo", "Fuente"):
        text_el(head, "th", label)
    body = etree.SubElement(table, "tbody")
    for code in legal.MAIN_COUNTRIES:
        country = legal.country(code)
        for rung in country.rungs:
            if rung.reader_limit is None:
                continue
            tr = etree.SubElement(body, "tr", {"data-status": str(rung.status)})
            th = etree.SubElement(tr, "th", {"scope": "row"})
            text_el(th, "a", country.name, href=f"paises/{country.slug}.md")
            text_el(tr, "td", rung.instrument)
            cell = etree.SubElement(tr, "td")
            deadline_cell(cell, rung.reader_limit, "", country.calendar_word, "")
            source_line(etree.SubElement(tr, "td"), rung.sources[0], rung.status)


class LadderBlock(Block):  # type: ignore[misc]
    NAME = "ladder"
    ARGUMENT = True
    OPTIONS: ClassVar[dict[str, Any]] = {
        "part": ["resumen", type_string_in(PARTS)],
        "heading": [3, type_integer],
    }

    def on_validate(self, parent: etree.Element) -> bool:
        if self.argument.strip().lower() == "todos":
            self.country = None
            return True
        try:
            self.country = legal.country(self.argument.strip())
        except KeyError:
            return False
        return True

    def on_markdown(self) -> str:
        return "raw"

    def on_create(self, parent: etree.Element) -> etree.Element:
        holder = etree.SubElement(parent, "div", {"class": "stc-ladder"})
        if self.country is None and self.options["part"] == "tus-plazos":
            reader_limits(holder)
        elif self.country is None:
            compare(holder)
        else:
            render(holder, self.country, self.options["part"], self.options["heading"])
        return holder


class LadderBlockExtension(BlocksExtension):  # type: ignore[misc]
    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(LadderBlock, self.getConfigs())


def makeExtension(**kwargs: Any) -> LadderBlockExtension:
    return LadderBlockExtension(**kwargs)
