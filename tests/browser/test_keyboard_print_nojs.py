"""Issue 10 as a keyboard, screen-reader and phone user notices it, in Debian's Chromium
against the built site: the builder's tabs by arrow keys, focus after «Quitar» and «Borrar
este caso», announcements said once, `aria-invalid`, readable secondary text, the first
question first on a phone, and each date said in words."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.printed import keep, pdf_text

from .conftest import READY, follow_link, settled, wait_saved, wait_until, wizard_to_the_dates

# The contrast of an element's text against what is painted behind it (alpha blended).
CONTRAST = """(el) => {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (!a) return [0, 0, 0, 0];
    return [0, 1, 2].map((i) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a)
      .concat([a]);
  };
  let layers = [];
  for (let node = el; node; node = node.parentElement) {
    layers.push(parse(getComputedStyle(node).backgroundColor));
  }
  let bg = [255, 255, 255, 1];
  const root = parse(getComputedStyle(document.body).backgroundColor);
  if (root[3]) bg = over(root, bg);
  for (const layer of layers.reverse()) bg = over(layer, bg);
  const fg = over(parse(getComputedStyle(el).color), bg);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}"""


def focused_id(page: Page) -> str:
    return str(page.evaluate("document.activeElement?.id ?? ''"))


def test_channel_tabs_follow_the_aria_tabs_pattern(open_tool: Any) -> None:
    page = open_tool("redactar/")
    email = page.get_by_role("tab", name="Correo electrónico")
    email.focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#stc-builder-tab-portal")).to_be_focused()
    expect(page.locator("#stc-builder-tab-portal")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#stc-builder-tab-portal")).to_have_attribute("tabindex", "0")
    expect(page.locator("#stc-builder-tab-email")).to_have_attribute("tabindex", "-1")
    page.keyboard.press("End")
    expect(page.locator("#stc-builder-tab-social")).to_be_focused()
    expect(page.get_by_label("Publicación pública (sin datos de tu caso)")).to_be_visible()
    page.keyboard.press("ArrowRight")  # wraps to the first
    expect(page.locator("#stc-builder-tab-email")).to_be_focused()
    page.keyboard.press("ArrowLeft")  # and back to the last
    expect(page.locator("#stc-builder-tab-social")).to_be_focused()
    page.keyboard.press("Home")
    expect(page.locator("#stc-builder-tab-email")).to_be_focused()
    expect(page.locator("#stc-builder-tab-email")).to_have_attribute("aria-selected", "true")
    # Tab leaves the tab list: only the selected tab is in the tab order.
    page.keyboard.press("Tab")
    assert not focused_id(page).startswith("stc-builder-tab-")


def test_focus_after_quitar_lands_on_the_next_item_never_the_body(open_tool: Any) -> None:
    page = open_tool("preparacion/")
    field = page.get_by_label("Nueva prueba", exact=True)
    for text in ("Captura", "Factura"):
        field.fill(text)
        page.get_by_role("button", name="Añadir", exact=True).click()
        expect(page.get_by_role("button", name=f"Quitar «{text}»")).to_be_visible()
    page.get_by_role("button", name="Quitar «Captura»").click()
    expect(page.get_by_role("button", name="Quitar «Factura»")).to_be_focused()
    page.keyboard.press("Enter")
    expect(field).to_be_focused()
    assert page.evaluate("document.activeElement !== document.body")


def test_timeline_entries_are_announced_and_focus_stays_in_the_timeline(open_tool: Any) -> None:
    page = open_tool("herramientas/registro/")
    said = page.locator('[data-region="timeline-said"]')
    page.get_by_label("Fecha", exact=True).fill("2026-11-10")
    page.get_by_role("button", name="Añadir al historial").click()
    expect(said).to_have_text(
        "Añadido al historial: 10 de noviembre de 2026. Interacciones anotadas: 1."
    )
    expect(said).to_have_attribute("role", "status")
    page.get_by_role("button", name="Quitar «10 de noviembre de 2026»").click()
    expect(said).to_have_text("Quitado del historial. Interacciones anotadas: 0.")
    expect(page.get_by_role("heading", name="Historial del caso")).to_be_focused()


def test_deleting_a_case_focuses_the_case_selector(open_tool: Any) -> None:
    page = open_tool("preparacion/")
    page.get_by_label("Nombre del caso").fill("Router")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Borrar este caso").click()
    expect(page.get_by_label("Caso activo")).to_be_focused()
    expect(page.get_by_label("Nombre del caso")).to_have_value("")


def test_warnings_are_announced_once_not_on_every_keystroke(open_tool: Any) -> None:
    page = open_tool("redactar/")
    page.get_by_label("Número de caso").fill("48213")
    box = page.locator("#stc-builder-draft-body")
    said = page.locator("#stc-builder-draft-body-said")
    expect(said).to_have_attribute("role", "status")
    warnings = page.locator("#stc-builder-draft-body-warnings")
    assert warnings.get_attribute("aria-live") is None  # the list itself is not live
    box.fill("Hola, les escribo por el caso 48213. Saludos, Ana")
    expect(said).to_have_text("Sin avisos sobre el texto.")
    page.evaluate(
        """() => {
          window.__mutations = 0;
          new MutationObserver((records) => { window.__mutations += records.length; })
            .observe(document.getElementById('stc-builder-draft-body-said'),
                     {childList: true, characterData: true, subtree: true});
        }"""
    )
    box.press_sequentially(" Gracias", delay=30)
    settled(page)  # every keystroke answered and applied
    assert page.evaluate("window.__mutations") == 0  # the same sentence is not said again
    box.press_sequentially(" ESTO ES UNA VERGÜENZA!!!", delay=10)
    expect(said).to_have_text("3 avisos sobre el texto.")


def test_checklist_progress_is_a_short_sentence(open_tool: Any) -> None:
    page = open_tool("preparacion/")
    said = page.locator('[data-region="progress-said"]')
    expect(said).to_have_text("Preparación: 0 de 9 listos.")
    assert page.locator('[data-region="progress"]').get_attribute("aria-live") is None
    page.get_by_label("Número de caso").fill("48213")
    expect(said).to_have_text("Preparación: 1 de 9 listos.")


def test_an_error_sets_aria_invalid_until_it_is_fixed(open_tool: Any) -> None:
    page = open_tool("herramientas/registro/")
    opened = page.get_by_label("Fecha de apertura", exact=True)
    opened.fill("2099-01-01")
    expect(opened).to_have_attribute("aria-invalid", "true")
    opened.fill("2026-11-02")
    expect(opened).not_to_have_attribute("aria-invalid", "true")


def test_each_date_field_shows_the_date_it_understood_in_words(open_tool: Any) -> None:
    page = open_tool("escalar/")
    wizard_to_the_dates(page)
    page.get_by_label("¿Qué día abriste el caso?").fill("2026-11-02")
    expect(page.locator("#stc-wizard-opened-words")).to_have_text("Fecha: 2 de noviembre de 2026")
    page.goto(page.url.replace("escalar/", "herramientas/registro/"))
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.locator("#stc-caselog-opened-words")).to_have_text("Fecha: 2 de noviembre de 2026")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_secondary_text_and_outlined_buttons_are_readable(
    returning_page: Page, base_url: str, scheme: str
) -> None:
    page = returning_page
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(base_url + "herramientas/registro/")
    page.wait_for_selector(READY, timeout=60_000)
    tool = page.locator("[data-stc-tool]")
    for hint in tool.locator(".stc-hint:visible").all()[:6]:
        assert hint.evaluate(CONTRAST) >= 4.5, hint.inner_text()
    for button in tool.locator(".md-button:not(.md-button--primary):visible").all():
        assert button.evaluate(CONTRAST) >= 4.5, button.inner_text()


FIRST_QUESTIONS = [
    ("preparacion/", "Número de caso"),
    ("redactar/", "Qué vas a escribir"),
    ("escalar/", "Me cobraron algo que no hice o no autoricé"),
]


PHONE = {"width": 360, "height": 740}


def test_on_a_phone_a_tool_starts_with_its_first_question(
    returning_page: Page, base_url: str
) -> None:
    page = returning_page
    page.set_viewport_size(PHONE)
    page.goto(base_url)
    for path, first in FIRST_QUESTIONS:
        follow_link(page, base_url + path)
        page.wait_for_selector(READY, timeout=60_000)
        tool = page.locator("[data-stc-tool]")
        question = tool.get_by_label(first, exact=True).first
        case = tool.get_by_label("Caso activo")
        delete = tool.get_by_role("button", name="Borrar este caso")
        top = question.bounding_box()
        assert top is not None, path
        for later in (case, delete):
            box = later.bounding_box()
            assert box is not None and box["y"] > top["y"], path


TOOLS_IN_NAV = [
    ("Lista de preparación", "preparacion/", "stc-checklist-tool"),
    ("Redacta tu seguimiento", "redactar/", "stc-builder-tool"),
    ("¿Escalo ya?", "escalar/", "stc-wizard-tool"),
    ("Tu registro de casos", "herramientas/registro/", "stc-caselog-tool"),
]


@pytest.mark.parametrize(("name", "path", "anchor"), TOOLS_IN_NAV)
def test_the_phone_menu_lists_all_four_tools(
    returning_page: Page, base_url: str, name: str, path: str, anchor: str
) -> None:
    page = returning_page
    page.set_viewport_size(PHONE)
    page.goto(base_url)
    page.locator("label.md-header__button[for='__drawer']").click()
    drawer = page.locator(".md-nav--primary")
    drawer.locator("label.md-nav__link", has_text="Herramientas").first.click()
    section = page.get_by_role("navigation", name="Herramientas")
    names = [t.strip() for t in section.get_by_role("link").all_inner_texts()]
    assert names == [n for n, _, _ in TOOLS_IN_NAV]
    section.get_by_role("link", name=name, exact=True).click()
    page.wait_for_url(f"{base_url}{path}*", timeout=30_000)
    page.wait_for_selector(READY, timeout=60_000)
    tool = page.locator(f"#{anchor}")
    expect(tool).to_be_visible()
    expect(tool).to_be_in_viewport()


# --- on paper ---------------------------------------------------------------------------


def pdf_pages(pdf: bytes) -> int:
    assert pdf.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_on_a_phone_a_wide_table_far_down_the_page_is_a_tab_stop_that_scrolls(
    page: Page, base_url: str
) -> None:
    """The chapter's wide table is not laid out while it is far below the screen
    (content-visibility), so whether it scrolls is only known once the reader nears it: a
    keyboard reader tabbing down the page still stops on it and scrolls it by arrows."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "reclamacion-formal/")
    wide = page.get_by_role("table").nth(1)
    assert wide.evaluate("t => t.getBoundingClientRect().top") > 3 * 844  # far from the screen
    name = ""
    for _ in range(300):
        page.keyboard.press("Tab")
        name = page.evaluate("document.activeElement.getAttribute('aria-label') ?? ''")
        if "desplázala con las flechas" in name:
            break
    assert name.startswith("Tabla: "), "Tab never stopped on the wide table"
    region = page.get_by_role("region", name=name)
    expect(region).to_be_focused()
    expect(region.get_by_role("table")).to_be_in_viewport()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    assert wait_until(page, "document.activeElement.scrollLeft > 0", timeout_ms=5_000)


def test_the_one_page_summary_prints_on_one_a4_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "resumen/")
    assert pdf_pages(page.pdf(format="A4")) == 1


def test_the_wizard_prints_every_question_as_a_blank_questionnaire(open_tool: Any) -> None:
    page = open_tool("escalar/")
    page.emulate_media(media="print")
    paper = page.locator(".stc-questionnaire")
    expect(paper).to_be_visible()
    for question in (
        "¿Qué pasó?",
        "¿Dónde estás y con qué tipo de empresa es el problema?",
        "¿Qué día abriste el caso?",
        "¿Cuándo fue la última comunicación sobre el caso?",
        "¿Te dieron un plazo de respuesta?",
        "¿Cuántos seguimientos has enviado ya sin obtener respuesta?",
        "¿Cuánto te afecta el problema ahora?",
        "¿Qué canales has probado ya?",
        "¿Ya pediste que escalaran el caso?",
        "¿Ya presentaste una reclamación formal por escrito?",
    ):
        expect(paper).to_contain_text(question)
    expect(page.get_by_text("Pregunta 1 de 10")).to_be_hidden()
    assert pdf_pages(page.pdf(format="A4")) >= 1
    page.emulate_media(media="screen")
    expect(paper).to_be_hidden()  # on screen, one question at a time


def test_a_printed_message_keeps_its_subject_closing_and_signature(open_tool: Any) -> None:
    page = open_tool("redactar/")
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Resumen del problema").fill("Sin internet desde el lunes " * 6)
    page.get_by_label("Tu nombre", exact=True).fill("Ana Pérez")
    box = page.locator("#stc-builder-draft-body")
    expect(box).to_have_value(re.compile("Ana Pérez$"))
    box.fill(box.input_value() + "\n" * 30 + "P. D.: adjunto la factura.")
    pdf = page.pdf(format="A4")
    keep(pdf, "chromium")
    paper = pdf_text(pdf)
    # Every line, down to the postscript typed after the signature (the «Tu nombre» field
    # prints the name too: the signature is its last appearance before the postscript).
    assert "P. D.: adjunto la factura." in paper, "the printed message stops before its end"
    signature = paper.rindex("Ana Pérez")
    assert "Sin internet desde el lunes" in paper[:signature]
    assert paper.index("P. D.: adjunto la factura.") > signature
    # The subject, longer than its one-line field, prints whole.
    subject = page.get_by_label("Asunto").input_value()
    assert len(subject) > 60 and " ".join(subject.split()) in " ".join(paper.split())


def test_printing_the_case_log_gives_the_active_cases_sheet_and_no_other_case(
    open_tool: Any,
) -> None:
    """The page prints as the dossier of the case in view (the sheet to hand to a consumer
    office or attach to a form), the same with the button or the browser's Print: never the
    table of every case, which would hand one company the reader's other cases. The
    overview of every case is the CSV export."""
    page = open_tool("herramientas/registro/")
    page.get_by_label("Empresa", exact=True).fill("Banco Primero")
    page.get_by_role("button", name="Nuevo caso").click()
    page.get_by_label("Nombre del caso").fill("Router de la oficina con un nombre largo")
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra Telecomunicaciones S. A.")
    expect(page.locator(".stc-table")).to_contain_text("Banco Primero")
    page.set_viewport_size({"width": 700, "height": 1000})  # about an A4 sheet's width
    page.emulate_media(media="print")
    sheet = page.locator(".stc-dossier")
    expect(sheet).to_be_visible()
    expect(sheet).to_contain_text("Conecta Fibra Telecomunicaciones S. A.")
    expect(page.locator(".stc-table")).to_be_hidden()
    assert "Banco Primero" not in page.locator("body").inner_text()
    right = page.evaluate("document.documentElement.clientWidth")
    for line in sheet.locator(":is(h3, p, dt, dd, li):visible").all():
        box = line.bounding_box()
        assert box is not None and box["x"] + box["width"] <= right + 1, line.inner_text()
    assert pdf_pages(page.pdf(format="A4")) == 1


# --- without JavaScript -----------------------------------------------------------------


@pytest.fixture
def no_script(browser: Browser) -> Any:
    context = browser.new_context(java_script_enabled=False, locale="es-ES")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    "path", ["preparacion/", "redactar/", "escalar/", "herramientas/registro/"]
)
def test_without_javascript_nothing_pretends_to_work(
    no_script: Page, base_url: str, path: str
) -> None:
    page = no_script
    page.goto(base_url + path)
    tool = page.locator("[data-stc-tool]")
    notice = tool.locator("noscript .stc-notice")  # Playwright's text engine skips noscript
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Esta herramienta necesita JavaScript")
    # no «Preparando…» from the built page either: nothing will prepare
    expect(tool.locator("[data-stc-status]")).to_be_hidden()
    buttons = tool.locator("button")
    assert buttons.count() > 0
    for button in buttons.all():
        expect(button).to_be_disabled()
    expect(tool).not_to_contain_text("Sin avisos")


def test_without_javascript_the_wizard_keeps_the_answer_and_prints(
    no_script: Page, base_url: str
) -> None:
    page = no_script
    page.goto(base_url + "escalar/")
    opened = page.get_by_label("Me cobraron algo que no hice o no autoricé")
    opened.check()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    opened.press("Enter")  # the form's only button is disabled: no submission, no reload
    page.wait_for_load_state("networkidle")
    expect(opened).to_be_checked()
    assert "?" not in page.url and asked == []
    page.emulate_media(media="print")
    expect(page.locator(".stc-questionnaire")).to_be_visible()


# --- exports people open ----------------------------------------------------------------

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
# How a spreadsheet set to Spanish reads a CSV: semicolon-separated (59), quoted with " (34),
# UTF-8 (76), as Excel does with a Spanish or Argentine list separator.
SPANISH_CSV = "CSV:59,34,76,1"


def open_in_calc(csv_file: Path, out: Path, infilter: str = SPANISH_CSV) -> list[list[str]]:
    """The CSV as LibreOffice Calc reads it, saved back as comma-separated UTF-8 text."""
    profile = out / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            f"--infilter={infilter}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out / "calc"),
            str(csv_file),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = (out / "calc" / csv_file.name).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def download(page: Page, button: str, to: Path) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    target = to / info.value.suggested_filename
    info.value.save_as(target)
    return target


@pytest.mark.skipif(not Path(SOFFICE).exists(), reason="make test installs libreoffice-calc-nogui")
def test_the_csv_exports_open_in_columns_in_a_spanish_spreadsheet(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool("herramientas/registro/")
    page.get_by_label("Nombre del caso").fill("Router de casa")
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra, S. A.")
    page.get_by_label("Fecha", exact=True).fill("2026-11-04")
    page.get_by_label("Agente (si lo sabes)").fill("Lucía")
    page.get_by_label("Qué se dijo o qué se acordó").fill("Prometen llamar; el lunes")
    page.get_by_role("button", name="Añadir al historial").click()
    expect(page.locator(".stc-timeline")).to_contain_text("Prometen llamar")

    cases = download(page, "Descargar hoja de cálculo (CSV)", tmp_path)
    assert cases.read_bytes().startswith(b"\xef\xbb\xbfCaso;")
    rows = open_in_calc(cases, tmp_path)
    assert len(rows) == 2 and len(rows[0]) == 14
    header = dict(zip(rows[0], rows[1], strict=True))
    assert header["Caso"] == "Router de casa"
    assert header["Número de caso"] == "#48213"  # as the messages write it: kept as text
    assert header["Empresa"] == "Conecta Fibra, S. A."  # a comma inside a cell stays in it
    assert header["Agente"] == "Lucía"
    assert header["Notas del historial"] == "2026-11-04: Prometen llamar; el lunes"

    timeline = download(page, "Descargar historial (CSV)", tmp_path)
    rows = open_in_calc(timeline, tmp_path)
    assert rows[0] == [
        "Caso",
        "Número de caso",
        "Empresa",
        "Fecha",
        "Canal",
        "Tipo",
        "Agente",
        "Nota",
    ]
    assert len(rows) == 2
    assert rows[1][0] == "Router de casa" and rows[1][6:] == ["Lucía", "Prometen llamar; el lunes"]


# --- axe-core on the live tools -------------------------------------------------------


@pytest.mark.parametrize(("width", "scheme"), [(390, "light"), (1280, "dark")])
def test_mounted_tools_with_a_filled_case_have_no_axe_violations(
    returning_page: Page, base_url: str, width: int, scheme: str
) -> None:
    """Prerendered tool pages are checked by test_axe.py; here the tools run, with a case
    filled in (errors, warnings, timeline, evidence), as a reader uses them."""
    from .test_axe import AXE, SETTLED, violations, wait_until

    page = returning_page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.add_init_script(path=str(AXE))  # this tab only
    problems: list[str] = []
    page.goto(base_url + "herramientas/registro/")
    page.wait_for_selector(READY, timeout=60_000)
    page.get_by_label("Nombre del caso").fill("Router")
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")
    page.get_by_label("Fecha de apertura", exact=True).fill("2026-11-02")
    page.get_by_label("Próxima acción").fill("2099-01-01")
    page.get_by_label("Fecha", exact=True).fill("2026-11-04")
    page.get_by_label("Agente (si lo sabes)").fill("Lucía")
    page.get_by_role("button", name="Añadir al historial").click()
    expect(page.locator(".stc-timeline")).to_contain_text("Lucía")
    page.get_by_role("button", name="Descargar recordatorio (.ics)").click()
    wait_saved(page, "doc.cases[0].interactions?.length === 1")
    for path in ("herramientas/registro/", "preparacion/", "redactar/", "escalar/"):
        if path != "herramientas/registro/":
            follow_link(page, base_url + path)  # one start, as a reader clicking on
        page.wait_for_selector(READY, timeout=60_000)
        if path == "preparacion/":
            page.get_by_label("Nueva prueba", exact=True).fill("Captura")
            page.get_by_role("button", name="Añadir", exact=True).click()
            expect(page.get_by_role("button", name="Quitar «Captura»")).to_be_visible()
        if path == "redactar/":
            page.get_by_role("tab", name="Redes sociales").click()
            expect(page.get_by_label("Publicación pública (sin datos de tu caso)")).to_be_visible()
        if path == "escalar/":
            wizard_to_the_dates(page)
            page.get_by_label("¿Qué día abriste el caso?").fill("")
            page.get_by_role("button", name="Siguiente").click()
            expect(page.locator("[data-region='wizard-error']")).not_to_be_empty()
        wait_until(page, SETTLED)
        problems += [f"/{path} {v}" for v in violations(page)]
    assert problems == [], "\n".join(problems)
