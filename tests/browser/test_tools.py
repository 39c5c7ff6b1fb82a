"""Each tool used as a reader uses it, in Debian's Chromium, against the built site."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, expect

from .conftest import READY, Traffic, follow_link, wait_until, wizard_to_the_dates

PROGRESS = re.compile(r"(\d+) de (\d+) listos")


def progress(page: Page) -> tuple[int, int]:
    text = page.locator("[data-region='progress'] strong").inner_text()
    match = PROGRESS.search(text)
    assert match, text
    return int(match.group(1)), int(match.group(2))


def fill_basic_case(page: Page) -> None:
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")
    page.get_by_label("Fecha de apertura").fill("2026-11-02")
    page.get_by_label("Resumen del problema").fill("Corte intermitente de internet")


def test_checklist_progress_grows_and_survives_reload(open_tool: Any, traffic: Traffic) -> None:
    page = open_tool("preparacion/")
    done, total = progress(page)
    assert done == 0 and total >= 7
    fill_basic_case(page)
    page.get_by_label("Crítico para mi trabajo o mi negocio").check()
    expect(page.locator("[data-region='progress'] strong")).to_have_text(re.compile(r"^[4-9] de"))
    after, _ = progress(page)
    assert after >= 4
    page.get_by_label("Nueva prueba").fill("Captura del router <b>apagado</b>")
    page.get_by_role("button", name="Añadir", exact=True).click()
    expect(page.locator("ul.stc-evidence")).to_contain_text("Captura del router <b>apagado</b>")
    assert progress(page)[0] == after + 1

    page.reload()
    page.wait_for_selector(READY)
    expect(page.get_by_label("Número de caso")).to_have_value("48213")
    expect(page.get_by_label("Crítico para mi trabajo o mi negocio")).to_be_checked()
    assert progress(page)[0] == after + 1
    assert traffic.blocked == []


def test_bad_date_shows_spanish_message_and_keeps_saved_value(open_tool: Any) -> None:
    page = open_tool("preparacion/")
    page.get_by_label("Fecha de apertura").fill("2026-11-02")
    page.get_by_label("Fecha de la última comunicación").fill("2026-10-01")
    error = page.locator("[data-region='error-last_contact']")
    expect(error).to_contain_text("anterior")
    page.reload()
    page.wait_for_selector(READY)
    expect(page.get_by_label("Fecha de apertura")).to_have_value("2026-11-02")


def test_case_data_reaches_the_builder_in_a_new_tab(
    open_tool: Any, context: BrowserContext, base_url: str
) -> None:
    page = open_tool("preparacion/")
    fill_basic_case(page)
    other = context.new_page()
    other.goto(base_url + "redactar/")
    other.wait_for_selector(READY, timeout=60_000)
    expect(other.get_by_label("Asunto")).to_have_value(
        "Seguimiento – Caso #48213 – Corte intermitente de internet"
    )
    body = other.get_by_label("Mensaje", exact=True).input_value()
    assert "48213" in body and "2 de noviembre de 2026" in body


def test_an_open_tab_follows_changes_made_in_another(
    open_tool: Any, context: BrowserContext, base_url: str
) -> None:
    page = open_tool("redactar/")
    other = context.new_page()
    other.goto(base_url + "herramientas/registro/")
    other.wait_for_selector(READY, timeout=60_000)
    other.get_by_label("Número de caso").fill("90210")
    expect(page.get_by_label("Asunto")).to_have_value(re.compile("Caso #90210"))
    expect(page.locator("[data-region='notice']")).to_contain_text("otra pestaña")


def test_builder_updates_while_typing_and_copies_what_it_shows(
    open_tool: Any, context: BrowserContext, base_url: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url[:-1])
    page = open_tool("redactar/")
    fill_basic_case(page)
    page.get_by_label("Nombre del agente").fill("Lucía")
    body = page.get_by_label("Mensaje", exact=True)
    expect(body).to_contain_text("Lucía")
    page.get_by_label("Novedades desde tu último contacto").fill("el corte ahora dura horas")
    expect(body).to_contain_text("el corte ahora dura horas")
    mailto = page.get_by_role("link", name="Abrir en el correo").get_attribute("href") or ""
    assert mailto.startswith("mailto:?subject=Seguimiento%20%E2%80%93%20Caso%20%2348213")

    page.get_by_role("button", name="Copiar", exact=True).click()
    expect(page.get_by_text("Copiado al portapapeles.")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == body.input_value()


def test_public_social_post_never_shows_the_case_number(open_tool: Any) -> None:
    page = open_tool("redactar/")
    fill_basic_case(page)
    page.get_by_role("tab", name="Redes sociales").click()
    expect(page.get_by_role("tab", name="Redes sociales")).to_have_attribute(
        "aria-selected", "true"
    )
    public = page.get_by_label("Publicación pública (sin datos de tu caso)")
    private = page.get_by_label("Mensaje privado (cuando te lo pidan)")
    assert "48213" not in public.input_value()
    assert "48213" in private.input_value()
    public.fill("Mi caso 48213 sigue sin respuesta, escribidme a ana@example.com")
    warnings = page.locator("[data-warnings-for='stc-builder-draft-body']")
    expect(warnings).to_contain_text("correo electrónico")
    expect(warnings).to_contain_text("48213")


def test_aggressive_tone_gets_a_warning(open_tool: Any) -> None:
    page = open_tool("redactar/")
    fill_basic_case(page)
    page.get_by_label("Novedades desde tu último contacto").fill(
        "ESTO ES UNA VERGÜENZA, SOIS UNOS INÚTILES!!!"
    )
    warnings = page.locator("[data-warnings-for='stc-builder-draft-body']")
    expect(warnings).to_contain_text("Antes de enviarlo")


def type_date(page: Page, day: int, month: int, year: int) -> None:
    """Type into the focused date input in whatever segment order the browser's locale uses.

    Headless Chromium ignores the page locale for date inputs, so probe the order first:
    typing 01-02-2000 gives February 1st in a day-first locale."""
    field = page.locator(":focus")
    page.keyboard.type("01022000")
    day_first = field.input_value() == "2000-02-01"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    first, second = (day, month) if day_first else (month, day)
    page.keyboard.type(f"{first:02d}{second:02d}{year:04d}")


def test_wizard_completes_with_the_keyboard_and_links_to_the_guide(open_tool: Any) -> None:
    page = open_tool("escalar/")
    other = page.get_by_label("Otro problema")
    for _ in range(60):  # Tab from the top of the tool, as a keyboard user would
        if page.evaluate("document.activeElement?.name === 'stc-wizard-situation'"):
            break
        page.keyboard.press("Tab")
    # «¿Qué pasó?» is a group of radio buttons: the arrow keys choose, the last is «Otro»;
    # Tab leaves the group for «Siguiente».
    page.keyboard.press("ArrowUp")
    expect(other).to_be_checked()
    next_button = "document.activeElement?.textContent?.trim() === 'Siguiente'"

    def tab_to_next() -> None:
        for _ in range(8):
            page.keyboard.press("Tab")
            if page.evaluate(next_button):
                break
        page.keyboard.press("Enter")

    tab_to_next()
    expect(page.get_by_text("Pregunta 2 de 10")).to_be_visible()
    expect(page.get_by_label("País", exact=True)).to_be_focused()
    tab_to_next()  # where: later
    opened = page.get_by_label("¿Qué día abriste el caso?")
    expect(opened).to_be_focused()
    type_date(page, 2, 11, 2026)
    expect(opened).to_have_value("2026-11-02")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Pregunta 4 de 10")).to_be_visible()
    type_date(page, 3, 11, 2026)
    expect(page.get_by_label("¿Cuándo fue la última comunicación sobre el caso?")).to_have_value(
        "2026-11-03"
    )
    page.keyboard.press("Enter")
    expect(page.get_by_text("Pregunta 5 de 10")).to_be_visible()
    page.keyboard.press("Enter")  # no promised deadline
    expect(page.get_by_text("Pregunta 6 de 10")).to_be_visible()
    page.keyboard.press("Control+A")
    page.keyboard.type("2")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Pregunta 7 de 10")).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Pregunta 10 de 10")).to_be_visible()
    page.keyboard.press("Enter")
    result = page.locator("#stc-wizard-result")
    expect(result).to_be_visible()
    expect(result).to_be_focused()
    links = page.locator(".stc-advice a")
    assert links.count() >= 1
    href = links.first.get_attribute("href") or ""
    assert re.search(r"/(escalar|canales|errores|preparacion|consejos)/#[a-z-]+$", href)


def test_wizard_advice_opens_the_matching_message(open_tool: Any, base_url: str) -> None:
    page = open_tool("escalar/")
    wizard_to_the_dates(page)
    page.get_by_label("¿Qué día abriste el caso?").fill("2026-10-01")
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_label("¿Cuándo fue la última comunicación sobre el caso?").fill("2026-10-05")
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_label("¿Cuántos seguimientos has enviado ya sin obtener respuesta?").fill("3")
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_label("Crítico para mi trabajo o mi negocio").check()
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_label("Correo electrónico").check()
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_role("button", name="Ver la recomendación").click()
    expect(page.locator("#stc-wizard-result")).to_contain_text(re.compile("[Ee]scal"))
    page.get_by_role("button", name="Escribir este mensaje").click()
    page.wait_for_url(re.compile(r"/redactar/"))
    page.wait_for_selector(READY, timeout=60_000)
    expect(
        page.get_by_label("Pedir que escalen el caso (a un supervisor o a un nivel superior)")
    ).to_be_checked()


def test_instant_navigation_loads_pyodide_once(page: Page, base_url: str, traffic: Traffic) -> None:
    page.goto(base_url)
    page.evaluate("window.__samePage = true")  # gone if any step were a full page load
    nav = page.locator(".md-nav--primary")

    def go(name: str) -> None:
        nav.get_by_role("link", name=name, exact=True).first.click()
        page.wait_for_selector(READY, timeout=60_000)

    go("Prepárate antes de escribir")
    page.get_by_label("Número de caso").fill("48213")
    expect(page.locator("[data-region='progress'] strong")).to_have_text(re.compile(r"^1 de"))
    go("Redacta tu mensaje")
    expect(page.get_by_label("Asunto")).to_have_value(re.compile("Caso #48213"))
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")
    go("Cuándo y cómo escalar")
    wizard_to_the_dates(page)
    page.get_by_label("¿Qué día abriste el caso?").fill("2026-11-02")
    page.get_by_role("button", name="Siguiente").click()
    expect(page.get_by_text("Pregunta 4 de 10")).to_be_visible()
    go("Tu registro de casos")
    expect(page.locator(".stc-table")).to_contain_text("Conecta Fibra")
    page.go_back()
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.locator("[data-stc-tool='wizard']")).to_be_visible()
    page.get_by_role("button", name="Siguiente").click()
    expect(page.get_by_text(re.compile(r"Pregunta \d+ de 10"))).to_be_visible()
    assert page.evaluate("window.__samePage") is True
    # One start for the whole visit. Once the service worker (registered on the first guide
    # page) controls the page, it fetches on the worker's behalf and then keeps an offline
    # copy: at most one fetch for the start and one for the copy.
    for name in (".wasm", "pyodide.mjs"):
        started = traffic.count(name) + traffic.count(name, by_service_worker=True)
        assert traffic.count(name) <= 1 and 1 <= started <= 2, (name, traffic.urls)
    assert traffic.blocked == []


def test_case_selector_creates_renames_and_deletes(open_tool: Any) -> None:
    page = open_tool("herramientas/registro/")
    page.get_by_label("Nombre del caso").fill("Router")
    page.get_by_role("button", name="Nuevo caso").click()
    page.get_by_label("Nombre del caso").fill("Factura de octubre")
    selector = page.get_by_label("Caso activo")
    expect(selector.locator("option")).to_have_text(["Router", "Factura de octubre"])
    selector.select_option(label="Router")
    expect(page.get_by_label("Nombre del caso")).to_have_value("Router")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Borrar este caso").click()
    expect(selector.locator("option")).to_have_text(["Factura de octubre"])


# A slow phone: every answer of the tools' worker reaches the page 400 ms late (in order).
SLOW_ANSWERS = """() => {
  const worker = globalThis.__sigueTuCaso.worker;
  const answer = worker.onmessage;
  worker.onmessage = (message) => setTimeout(() => answer(message), 400);
}"""


def test_a_name_typed_right_after_new_case_is_kept(open_tool: Any) -> None:
    """The reader types the new case's name while «Nuevo caso» is still being answered: the
    new case drawn a moment later keeps what they typed, and so does storage."""
    page = open_tool("herramientas/registro/")
    page.get_by_label("Nombre del caso").fill("Router")
    expect(page.get_by_label("Caso activo").locator("option")).to_have_text(["Router"])
    page.evaluate(SLOW_ANSWERS)
    page.get_by_role("button", name="Nuevo caso").click()
    page.get_by_label("Nombre del caso").fill("Factura")
    selector = page.get_by_label("Caso activo")
    expect(selector.locator("option")).to_have_text(["Router", "Factura"], timeout=20_000)
    expect(page.get_by_label("Nombre del caso")).to_have_value("Factura")
    page.get_by_label("Nombre del caso").press("End")
    page.keyboard.type(" de octubre")
    expect(selector.locator("option")).to_have_text(["Router", "Factura de octubre"])
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.get_by_label("Caso activo").locator("option")).to_have_text(
        ["Router", "Factura de octubre"]
    )


def test_a_draft_typed_while_an_earlier_change_is_answered_keeps_the_readers_words(
    open_tool: Any,
) -> None:
    """On a slow phone the reader gives the case number, then writes their own message before
    the tool has redrawn the draft for that number: the redraw must not put the tool's text
    back over what they wrote, on screen or in storage."""
    page = open_tool("redactar/")
    page.evaluate(SLOW_ANSWERS)
    page.get_by_label("Número de caso").fill("48213")
    body = page.get_by_label("Mensaje", exact=True)
    own = "Hola, les escribo por el caso 48213. Saludos, Ana"
    body.fill(own)
    expect(page.get_by_text("Editado por ti")).to_be_visible()
    expect(body).to_have_value(own)
    expect(page.locator("#stc-builder-draft-body-said")).to_have_text("Sin avisos sobre el texto.")
    body.press("End")
    page.keyboard.type(" Gracias.")
    expect(body).to_have_value(own + " Gracias.")
    # Answered (400 ms late here): a reload cuts only the keystrokes of the last moment.
    wait_until(page, "() => globalThis.__sigueTuCaso.replies.length === 0")
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.get_by_label("Mensaje", exact=True)).to_have_value(own + " Gracias.")


def test_a_draft_selected_whole_stays_selected_when_the_tool_rewrites_it(open_tool: Any) -> None:
    """The reader selects the whole draft to write their own (Ctrl+A) just as the tool
    rewrites it for the case number given a moment before: what they type replaces all of it."""
    page = open_tool("redactar/")
    page.evaluate(SLOW_ANSWERS)
    page.get_by_label("Número de caso").fill("48213")
    body = page.get_by_label("Mensaje", exact=True)
    body.focus()
    page.keyboard.press("ControlOrMeta+A")
    expect(body).to_have_value(re.compile("48213"))  # the tool's text for the number is in
    page.keyboard.type("Hola, sigo sin respuesta.")
    expect(body).to_have_value("Hola, sigo sin respuesta.")


# The tool's answers wait until the test lets them through (`__releaseAnswers()`), then
# pass as they come: what the reader does meanwhile is done "before the tool has answered",
# however long it takes on a loaded machine (a fixed delay let the answer in first there).
HELD_ANSWERS = """() => {
  const worker = globalThis.__sigueTuCaso.worker;
  const answer = worker.onmessage;
  let held = [];
  worker.onmessage = (message) => (held ? held.push(message) : answer(message));
  window.__releaseAnswers = () => {
    const waiting = held;
    held = null;
    waiting.forEach(answer);
  };
}"""


def test_a_draft_typed_as_the_reader_changes_channel_stays_with_its_own_message(
    open_tool: Any,
) -> None:
    """The reader picks «Teléfono» and, before the slow tool has switched, writes in the mail
    box still on screen: the call's script stays the tool's, and the mail keeps their words."""
    page = open_tool("redactar/")
    page.evaluate(HELD_ANSWERS)
    page.get_by_role("tab", name="Teléfono").click()
    own = "Hola, sigo sin respuesta sobre mi caso."
    page.get_by_label("Mensaje", exact=True).fill(own)
    page.evaluate("window.__releaseAnswers()")
    script = page.get_by_label("Guion para la llamada")
    expect(script).to_be_visible()
    wait_until(page, "() => globalThis.__sigueTuCaso.replies.length === 0")
    assert own not in script.input_value()
    expect(page.get_by_text("Editado por ti")).to_have_count(0)
    page.get_by_role("tab", name="Correo electrónico").click()
    expect(page.get_by_label("Mensaje", exact=True)).to_have_value(own)
    expect(page.get_by_text("Editado por ti")).to_be_visible()


# The worker stops as it does when its script throws (out of memory, a broken download).
CRASH_WORKER = """() => globalThis.__sigueTuCaso.worker.onerror(
  new ErrorEvent("error", {message: "simulated crash"}))"""


def test_after_the_tools_stop_the_next_tool_page_starts_them_again(
    open_tool: Any, base_url: str
) -> None:
    """The tools' worker stops in the middle of a visit: the next tool page the reader opens
    by a link starts a new one, and a new case there is drawn empty (nothing typed for the
    old worker is kept in it)."""
    page = open_tool("herramientas/registro/")
    name = page.get_by_label("Nombre del caso")
    name.press_sequentially("Router averiado")
    selector = page.get_by_label("Caso activo")
    expect(selector.locator("option")).to_have_text(["Router averiado"])
    page.evaluate(CRASH_WORKER)
    follow_link(page, base_url + "redactar/")
    page.wait_for_selector(READY, timeout=60_000)
    follow_link(page, base_url + "herramientas/registro/")
    page.wait_for_selector(READY, timeout=60_000)
    expect(selector.locator("option")).to_have_text(["Router averiado"])
    page.get_by_role("button", name="Nuevo caso").click()
    expect(selector.locator("option")).to_have_count(2)
    expect(name).to_have_value("")
    name.fill("Factura")
    expect(selector.locator("option")).to_have_text(["Router averiado", "Factura"])


def test_timeline_and_exports_parse(open_tool: Any, tmp_path: Path) -> None:
    page = open_tool("herramientas/registro/")
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")
    page.get_by_label("Fecha de apertura").fill("2026-11-02")
    page.get_by_label("Fecha", exact=True).fill("2026-11-04")
    page.get_by_label("Tipo").select_option(label="Seguimiento que enviaste")
    page.get_by_label("Agente (si lo sabes)").fill("Lucía")
    page.get_by_label("Qué se dijo o qué se acordó").fill("Prometen llamar el lunes")
    page.get_by_role("button", name="Añadir al historial").click()
    expect(page.locator(".stc-timeline")).to_contain_text("Prometen llamar el lunes")
    page.get_by_role("button", name="Descargar recordatorio (.ics)").click()
    expect(page.locator("[data-region='error-next_action']")).to_contain_text("fecha")
    page.get_by_label("Próxima acción").fill("2026-11-09")
    expect(page.locator("[data-region='error-next_action']")).to_be_empty()

    with page.expect_download() as info:
        page.get_by_role("button", name="Descargar hoja de cálculo (CSV)").click()
    raw = Path(info.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][1] == "Número de caso" and rows[1][1] == "#48213"

    with page.expect_download() as info:
        page.get_by_role("button", name="Descargar copia de seguridad (JSON)").click()
    backup = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert backup["version"] == 4 and backup["cases"][0]["case_number"] == "48213"

    with page.expect_download() as info:
        page.get_by_role("button", name="Descargar recordatorio (.ics)").click()
    ics = Path(info.value.path()).read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and "DTSTART;VALUE=DATE:20261109" in ics
    from tests.unit.test_export import assert_valid_calendar

    assert_valid_calendar(ics)  # RFC 5545, as the PyPI icalendar package reads it

    # Import the backup into a clean browser profile state.
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Borrar mis datos").click()
    expect(page.get_by_label("Número de caso")).to_have_value("")
    expect(page.get_by_label("Caso activo")).to_be_focused()  # not the page's body
    saved = tmp_path / "copia.json"
    saved.write_text(json.dumps(backup), encoding="utf-8")
    page.get_by_label("Importar copia de seguridad (JSON)").set_input_files(saved)
    expect(page.get_by_label("Número de caso")).to_have_value("48213")
    expect(page.locator(".stc-timeline")).to_contain_text("Prometen llamar el lunes")


def test_importing_a_wrong_file_says_why_and_keeps_the_cases(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool("herramientas/registro/")
    page.get_by_label("Número de caso").fill("777")
    wrong = tmp_path / "otra-cosa.json"
    wrong.write_text('{"hola": 1}', encoding="utf-8")
    page.get_by_label("Importar copia de seguridad (JSON)").set_input_files(wrong)
    expect(page.locator("[data-region='error-import']")).not_to_be_empty()
    expect(page.get_by_label("Número de caso")).to_have_value("777")


# Short enough for every field's length limit (a case number takes 60 characters).
XSS = "<img src=x onerror=__xss=1><script>__xss=2</script>\"'&"


def fill_every_textbox(page: Page, text: str) -> int:
    """Type into every text field of the tool, the way a reader would; returns how many."""
    # Not get_by_role("textbox"): Chromium also gives date inputs that role.
    boxes = page.locator("[data-stc-tool] :is(input[type='text'], textarea)")
    filled = 0
    for i in range(boxes.count()):
        box = boxes.nth(i)
        if box.is_visible() and box.is_editable():
            box.fill(text)
            filled += 1
    return filled


def test_typed_markup_never_runs_and_shows_as_text(open_tool: Any) -> None:
    page = open_tool("herramientas/registro/")
    assert fill_every_textbox(page, XSS) >= 5
    page.get_by_role("button", name="Añadir al historial").click()
    expect(page.locator(".stc-timeline")).to_contain_text("<script>")
    expect(page.locator(".stc-table")).to_contain_text("<img src=x")
    page.goto(page.url.replace("herramientas/registro/", "redactar/"))
    page.wait_for_selector(READY, timeout=60_000)
    assert fill_every_textbox(page, XSS) >= 5
    page.get_by_role("tab", name="Redes sociales").click()
    expect(page.get_by_label("Mensaje privado (cuando te lo pidan)")).to_contain_text("<script>")
    page.goto(page.url.replace("redactar/", "preparacion/"))
    page.wait_for_selector(READY, timeout=60_000)
    assert fill_every_textbox(page, XSS) >= 5
    page.get_by_role("button", name="Añadir", exact=True).click()
    expect(page.locator("ul.stc-evidence")).to_contain_text("<script>")
    expect(page.get_by_label("Caso activo").locator("option:checked")).to_have_text(XSS)
    assert page.evaluate("window.__xss") is None
    assert page.locator(".stc-tool img, .stc-tool script").count() == 0


def test_corrupt_saved_data_is_kept_aside_with_a_notice(open_tool: Any, page: Page) -> None:
    open_tool("preparacion/")
    page.evaluate("localStorage.setItem('sigue-tu-caso', '{esto no es json')")
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.locator("[data-region='notice']")).to_contain_text("No he podido leer")
    kept = page.evaluate(
        "Object.keys(localStorage).filter(k => k.startsWith('sigue-tu-caso:apartado:'))"
        ".map(k => localStorage.getItem(k))"
    )
    assert kept == ["{esto no es json"]


def test_tool_says_so_when_pyodide_cannot_load(page: Page, base_url: str) -> None:
    # The context, not the page: the runtime is fetched by the tools' Web Worker. Should
    # the failure not surface at once, the bridge's start deadline (shortened) ends the wait.
    page.context.route("**/*.wasm", lambda route: route.abort())
    page.add_init_script("globalThis.stcStartDeadlineMs = 4000")
    page.goto(base_url + "preparacion/")
    status = page.locator("[data-stc-tool='checklist'] [data-stc-status]")
    expect(status).to_contain_text("No se pudo cargar la herramienta", timeout=60_000)
    expect(page.locator("article h1")).to_be_visible()
