"""Ladder blocks: ``/// ladder | ES`` renders a country's legal ladder from `followup.legal`.

The country pages never type a deadline, an authority or a source: they come from the
same data the browser tools read. Syntax (pymdownx.blocks)::

    /// ladder | ES
    part: empresa
    ///

Parts: ``resumen`` (summary, phones, last update), ``indice`` (jump list by sector),
``empresa`` (level-1 rungs for any purchase), ``autoridad`` (level 2), ``sectores`` (each
sector's own rungs, one heading per sector; sectors with the same rungs share one),
``todo`` (every rung, for the partial countries), ``ayuda`` (small claims, guarantees,
offices…), ``cambios`` (changes in the law), ``historial`` («Cambios en esta página») and
``fuentes``. With the argument ``todos`` the block compares every country instead:
by default the company's deadline, when to go to the authority and which one, with
``part: tus-plazos`` the reader's own limits. It links ``paises/<slug>.md``, so it belongs
on a page at the docs root. The HTML is built as ElementTree nodes (escaped by
construction), so the headings join the page's table of contents.

Every fact shows when it was checked and how sure it is («Comprobado: diciembre de 2026 ·
fuente oficial» / «· según <fuente>»), with a ``mailto:`` link to report it stale (the
address is ``extra.contact_email`` in ``mkdocs.yml``, handed over by `on_config`). A
sentence that expires (`legal.Dated`) is rendered twice, ``data-until`` on both, the stale
one ``hidden`` at build time; ``docs/assets/accesibilidad.js`` re-picks by the reader's
clock.

Publishing rule: SECONDARY facts say «según <fuente>»; UNCERTAIN rungs never carry a
number (enforced by `followup.legal.Rung`), and their table is marked
``data-status="UNCERTAIN"`` so the build tests can check the rendered text too.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree
from typing import Any, ClassVar
from urllib.parse import quote

from markdown import Markdown
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_integer, type_string_in

from followup import legal

PARTS = (
    "resumen",
    "indice",
    "empresa",
    "autoridad",
    "sectores",
    "todo",
    "ayuda",
    "cambios",
    "historial",
    "fuentes",
    "tus-plazos",
)

STATUS_TEXT = {
    legal.Status.VERIFIED: "Verificado en una fuente oficial",
    legal.Status.SECONDARY: "Según fuentes secundarias: confírmalo en el portal oficial",
    legal.Status.UNCERTAIN: "Sin confirmar: por eso no damos cifras",
}
NO_DEADLINE = "No publicamos un plazo: consúltalo con el organismo."
READER_LIMITS_NOTE = (
    "Cuando encontramos un plazo tuyo para dar un paso, la tabla lo muestra en «Tu plazo». Si "
    "esa fila no aparece, no encontramos uno específico; aun así, no dejes pasar el tiempo: en "
    "todos los países hay plazos generales de prescripción."
)
STALE_LINK = "¿Ves un dato desactualizado?"
DEFAULT_CONTACT = "datos@siguetucaso.example"


def text_el(parent: etree.Element, tag: str, text: str, **attrs: str) -> etree.Element:
    el = etree.SubElement(parent, tag, attrs)
    el.text = text
    return el


def link(parent: etree.Element, url: str, text: str) -> etree.Element:
    # Links to official sites open in the same tab: the reader comes back with "back".
    return text_el(parent, "a", text, href=url, rel="external noopener")


def append_text(el: etree.Element, text: str) -> None:
    """Add text at the end of `el`, after its last child if it has one."""
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


class Page:
    """What a block needs to know about the site: the contact address, the page URL of a
    country, the build date (for the sentences that expire)."""

    def __init__(self, contact: str, site_url: str, today: dt.date) -> None:
        self.contact = contact
        self.site_url = site_url.rstrip("/") + "/"
        self.today = today

    def url(self, country: legal.Country) -> str:
        return f"{self.site_url}paises/{country.slug}/"

    def report_href(self, country: legal.Country, key: str, what: str, checked: str) -> str:
        subject = f"Dato desactualizado: {country.name}, {key}"
        body = "\r\n".join(
            (
                f"Página: {self.url(country)}",
                f"Dato: {country.code}/{key} ({what})",
                f"Comprobado: {legal.month_year(checked) if checked else 'sin fecha'}",
                "",
                "Qué ha cambiado y dónde lo viste:",
                "",
            )
        )
        query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
        return f"mailto:{self.contact}?{query}"


def source_line(parent: etree.Element, source: legal.Source, status: legal.Status) -> None:
    item = etree.SubElement(parent, "span", {"class": "stc-source"})
    if status is legal.Status.SECONDARY or not source.official:
        item.text = "Según "
    anchor = link(item, source.url, source.publisher)
    anchor.tail = f" ({source.date_text()}). "


def freshness_text(status: legal.Status, sources: tuple[legal.Source, ...], checked: str) -> str:
    """ "Comprobado: diciembre de 2026 · fuente oficial" / "· según El Mostrador"."""
    when = legal.month_year(checked) if checked else "sin fecha"
    if status is legal.Status.VERIFIED:
        how = "fuente oficial"
    elif status is legal.Status.SECONDARY:
        secondary = [s for s in sources if not s.official] or list(sources)
        how = f"según {secondary[0].short_name}"
    else:
        how = "sin confirmar"
    return f"Comprobado: {when} · {how}"


def freshness(
    parent: etree.Element,
    page: Page,
    country: legal.Country,
    *,
    key: str,
    what: str,
    status: legal.Status,
    sources: tuple[legal.Source, ...],
    checked: str,
) -> None:
    line = etree.SubElement(
        parent, "p", {"class": "stc-fresh", "data-checked": checked or "", "data-fact": key}
    )
    line.text = freshness_text(status, sources, checked) + " · "
    text_el(
        line,
        "a",
        STALE_LINK,
        href=page.report_href(country, key, what, checked),
        **{"aria-label": f"{STALE_LINK} Avísanos sobre: {what}"},
    )


def dated_spans(parent: etree.Element, dated: legal.Dated, today: dt.date) -> None:
    """Both wordings of an expiring sentence; the one stale on `today` is hidden."""
    after = today > dated.until_date
    for when, words in (("before", dated.before), ("after", dated.after)):
        attrs = {"data-until": dated.until, "data-dated": when}
        if (when == "after") is not after:
            attrs["hidden"] = "hidden"
        append_text(parent, " ")
        text_el(parent, "span", words, **attrs)


def deadline_cell(
    cell: etree.Element,
    deadline: legal.Deadline | None,
    note: str,
    calendar_word: str,
    fallback: str,
    dated: tuple[legal.Dated, ...] = (),
    today: dt.date | None = None,
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
        cell.text = note or ("" if dated else fallback)
    for sentence in dated:
        dated_spans(cell, sentence, today or dt.date.today())


def rung_table(
    parent: etree.Element, page: Page, country: legal.Country, rung: legal.Rung, heading: int
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
        rung.dated,
        page.today,
    )
    if rung.waits is not None:
        row("Cuándo puedes acudir").text = (
            f"Cuando pase {rung.waits.sentence(country.calendar_word)}, aunque el plazo de la "
            "empresa sea más corto; antes, si ya te respondió."
        )
    if rung.reader_limit is not None or rung.reader_note:
        deadline_cell(
            row("Tu plazo"), rung.reader_limit, rung.reader_note, country.calendar_word, ""
        )
    if rung.remarks:
        row("A tener en cuenta").text = rung.remarks
    row("Cómo y dónde").text = rung.how
    if rung.phone:
        row("Teléfono").text = rung.phone
    row("¿Cuánto cuesta?").text = rung.cost
    row("Requisitos previos").text = rung.preconditions
    if rung.portal is not None:
        link(row("Portal oficial"), rung.portal.url, rung.portal.name)
    sources = row("Fuente")
    for source in rung.sources:
        source_line(sources, source, rung.status)
    text_el(sources, "em", STATUS_TEXT[rung.status])
    freshness(
        section,
        page,
        country,
        key=rung.key,
        what=rung.instrument,
        status=rung.status,
        sources=rung.sources,
        checked=rung.checked,
    )


def sector_anchor(group: tuple[legal.Sector, ...]) -> str:
    return "sector-" + "-".join(str(s) for s in group)


def summary(parent: etree.Element, country: legal.Country) -> None:
    text_el(parent, "p", country.summary)
    phones = [r for r in country.rungs if r.phone]
    if phones:
        line = etree.SubElement(parent, "p", {"class": "stc-phones"})
        text_el(line, "strong", "Teléfonos:").tail = " " + " · ".join(
            f"{r.short or r.body}: {r.phone}" for r in phones
        )
    if country.updated:
        line = etree.SubElement(parent, "p", {"class": "stc-updated"})
        line.text = f"Última actualización de esta página: {legal.month_year(country.updated)} ("
        text_el(line, "a", "qué cambió", href=f"#historial-{country.code.lower()}").tail = ")."


def jump_list(parent: etree.Element, country: legal.Country) -> None:
    nav = etree.SubElement(
        parent, "nav", {"class": "stc-jump", "aria-label": "Ir a la parte que te toca"}
    )
    text_el(nav, "p", "Ve directo a la parte que te toca:")
    items = etree.SubElement(nav, "ul")
    entries = [("empresa", "La reclamación a la empresa"), ("autoridad", "La autoridad de consumo")]
    entries += [(sector_anchor(g), legal.sector_group_name(g)) for g in country.sector_groups()]
    if country.aids:
        entries.append(("ayuda", "Más ayuda: juzgado, oficinas, compras en otro país"))
    for anchor, name in entries:
        text_el(etree.SubElement(items, "li"), "a", name, href=f"#{anchor}")


def aid_block(
    parent: etree.Element, page: Page, country: legal.Country, aid: legal.Aid, heading: int
) -> None:
    section = etree.SubElement(
        parent, "div", {"class": "stc-aid", "data-aid": aid.key, "data-status": str(aid.status)}
    )
    text_el(section, f"h{heading}", legal.AID_TITLES[aid.kind])
    text_el(section, "p", aid.text)
    if aid.links:
        items = etree.SubElement(section, "ul")
        for item in aid.links:
            link(etree.SubElement(items, "li"), item.url, item.name)
    sources = etree.SubElement(section, "p", {"class": "stc-aid-sources"})
    text_el(sources, "strong", "Fuente:").tail = " "
    for source in aid.sources:
        source_line(sources, source, aid.status)
    freshness(
        section,
        page,
        country,
        key=aid.key,
        what=legal.AID_TITLES[aid.kind],
        status=aid.status,
        sources=aid.sources,
        checked=aid.checked,
    )


def render(
    parent: etree.Element, page: Page, country: legal.Country, part: str, heading: int
) -> None:
    if part == "resumen":
        summary(parent, country)
    elif part == "indice":
        jump_list(parent, country)
    elif part == "empresa":
        text_el(parent, "p", READER_LIMITS_NOTE, **{"class": "stc-note"})
        for rung in country.rungs:
            if rung.level is legal.Level.COMPANY and rung.covers(legal.Sector.GENERAL):
                rung_table(parent, page, country, rung, heading)
    elif part == "autoridad":
        for rung in country.rungs:
            if rung.level is legal.Level.AUTHORITY:
                rung_table(parent, page, country, rung, heading)
    elif part == "sectores":
        for group in country.sector_groups():
            text_el(parent, f"h{heading}", legal.sector_group_name(group), id=sector_anchor(group))
            for rung in country.sector_rungs(group[0]):
                rung_table(parent, page, country, rung, heading + 1)
    elif part == "todo":
        text_el(parent, "p", READER_LIMITS_NOTE, **{"class": "stc-note"})
        for rung in country.rungs:
            rung_table(parent, page, country, rung, heading)
    elif part == "ayuda":
        for aid in country.aids:
            aid_block(parent, page, country, aid, heading)
    elif part == "cambios":
        if not country.changes:
            text_el(parent, "p", "No encontramos cambios recientes en la ley en esta revisión.")
        items = etree.SubElement(parent, "ul", {"class": "stc-changes"})
        for change in country.changes:
            item = text_el(items, "li", change.text + " ")
            source_line(item, change.source, change.status)
    elif part == "historial":
        holder = etree.SubElement(
            parent,
            "div",
            {"class": "stc-page-changes", "id": f"historial-{country.code.lower()}"},
        )
        items = etree.SubElement(holder, "ul")
        for entry in country.page_changes:
            item = etree.SubElement(items, "li")
            text_el(item, "strong", f"{legal.month_year(entry.month)}:").tail = f" {entry.text}"
    else:  # fuentes
        items = etree.SubElement(parent, "ul", {"class": "stc-sources"})
        for source in country.sources():
            item = etree.SubElement(items, "li")
            link(item, source.url, source.publisher).tail = f" ({source.date_text()}) — " + (
                "fuente oficial" if source.official else "fuente secundaria"
            )


def scroll_wrap(parent: etree.Element) -> etree.Element:
    """Material's wrapper for a wide table (the one it puts around Markdown tables): on a
    phone the table scrolls sideways inside it instead of widening the whole page."""
    outer = etree.SubElement(parent, "div", {"class": "md-typeset__scrollwrap"})
    return etree.SubElement(outer, "div", {"class": "md-typeset__table"})


def label_of(rung: legal.Rung) -> str:
    return rung.short or rung.body


def compare(parent: etree.Element) -> None:
    """One row per country, in the guide's order: what to file, the company's deadline,
    when to go to the authority (Spain's one-month rule) and which authority."""
    table = etree.SubElement(scroll_wrap(parent), "table", {"class": "stc-compare"})
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for label in (
        "País",
        "Qué presentas a la empresa",
        "Plazo de la empresa",
        "Cuándo ir a la autoridad",
        "Autoridad",
    ):
        text_el(head, "th", label)
    body = etree.SubElement(table, "tbody")
    for code in legal.COUNTRIES:
        country = legal.country(code)
        tr = etree.SubElement(body, "tr", {"data-country": code})
        th = etree.SubElement(tr, "th", {"scope": "row"})
        text_el(th, "a", country.name, href=f"paises/{country.slug}.md")
        what, when = etree.SubElement(tr, "td"), etree.SubElement(tr, "td")
        rungs = country.company_rungs()
        for i, rung in enumerate(rungs):
            if i:
                etree.SubElement(what, "br")
                append_text(when, " · ")
            text_el(what, "span", rung.instrument)
            line = etree.SubElement(when, "span", {"data-status": str(rung.status)})
            prefix = f"{label_of(rung)}: " if len(rungs) > 1 else ""
            if rung.deadline is None:
                line.text = prefix + (
                    "sin plazo legal general confirmado"
                    if rung.status is legal.Status.UNCERTAIN
                    else "varía (mira la página del país)"
                )
                continue
            line.text = prefix
            text_el(line, "strong", rung.deadline.words(country.calendar_word))
            if rung.status is legal.Status.SECONDARY:
                source = rung.sources[0]
                line[-1].tail = " (según "
                link(line, source.url, source.short_name).tail = ")"
        waiting = etree.SubElement(tr, "td")
        waits = [
            r
            for r in country.rungs
            if r.level is not legal.Level.COMPANY and not r.cross_border and r.waits is not None
        ]
        has_deadline = any(r.deadline is not None for r in rungs)
        usual = (
            "Cuando vence el plazo de la empresa o si su respuesta no te sirve."
            if has_deadline
            else "Cuando pasa la fecha que le diste o si no te sirve su respuesta."
        )
        if waits:
            names = list(dict.fromkeys(label_of(r) for r in waits))
            listed = ", ".join(names[:-1]) + f" y {names[-1]}" if len(names) > 1 else names[0]
            strong = text_el(waiting, "strong", f"{listed}: {waits[0].waits.words()}")  # type: ignore[union-attr]
            strong.tail = (
                f" {waits[0].waits.start}, aunque el plazo de la empresa sea más corto. "  # type: ignore[union-attr]
                f"Las demás: {usual[0].lower()}{usual[1:]}"
            )
        else:
            waiting.text = usual
        cell = etree.SubElement(tr, "td")
        authorities = [
            r for r in country.rungs if r.level is legal.Level.AUTHORITY and not r.cross_border
        ]
        for i, rung in enumerate(authorities):
            if i:
                etree.SubElement(cell, "br")
            if rung.portal is not None:
                link(cell, rung.portal.url, rung.body)
            else:
                text_el(cell, "span", rung.body)


def reader_limits(parent: etree.Element) -> None:
    """Every time limit of the reader's own, across the countries."""
    table = etree.SubElement(scroll_wrap(parent), "table", {"class": "stc-reader-limits"})
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for label in ("País", "Para qué", "Tu plazo", "Fuente"):
        text_el(head, "th", label)
    body = etree.SubElement(table, "tbody")
    for code in legal.COUNTRIES:
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
        config = self.config
        page = Page(
            config.get("contact_email") or DEFAULT_CONTACT,
            config.get("site_url") or "/",
            dt.date.fromisoformat(config.get("today") or dt.date.today().isoformat()),
        )
        if self.country is None and self.options["part"] == "tus-plazos":
            reader_limits(holder)
        elif self.country is None:
            compare(holder)
        else:
            render(holder, page, self.country, self.options["part"], self.options["heading"])
        return holder


class LadderBlockExtension(BlocksExtension):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "contact_email": ["", "Address of the «¿Ves un dato desactualizado?» links"],
            "site_url": ["", "The site's URL, to name the page in those messages"],
            "today": ["", "Build date (YYYY-MM-DD) that picks the wording of dated sentences"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(LadderBlock, self.getConfigs())


def makeExtension(**kwargs: Any) -> LadderBlockExtension:
    return LadderBlockExtension(**kwargs)


def on_config(config: Any) -> Any:
    """MkDocs hook (``hooks:`` in mkdocs.yml): hand the contact address
    (``extra.contact_email``), the site URL and the build date to the ladder blocks."""
    settings = config.mdx_configs.setdefault("sitebuild.ladder_blocks", {})
    settings.setdefault("contact_email", str(config.extra.get("contact_email") or DEFAULT_CONTACT))
    settings.setdefault("site_url", str(config.site_url or "/"))
    settings.setdefault("today", dt.date.today().isoformat())
    return config
