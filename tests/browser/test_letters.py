"""The reader's words stay theirs, in Chromium: an edited message survives other changes and
a reload, is written again only when they ask and confirm, and what they typed while the
tool was loading is kept. Letters cite the reader's reply date where the law sets none."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from playwright.sync_api import Page, expect

from followup import escalation, storage
from followup.messages import format_date_es
from followup.model import CaseFile, CaseSector, SituationKind

from .conftest import READY, Traffic, settled
from .test_tools import fill_basic_case
from .test_worker_start import HeldRuntime

EDITED = "Les adjunto mi DNI 12345678Z y la factura del 2 de noviembre."


def message(page: Page) -> Any:
    return page.get_by_label("Mensaje", exact=True)


def edit_the_message(page: Page) -> None:
    body = message(page)
    body.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(f"\n{EDITED}")


def test_an_edited_message_survives_a_field_change_and_a_reload(open_tool: Any) -> None:
    page = open_tool("redactar/")
    fill_basic_case(page)
    edit_the_message(page)
    edited = page.locator("#stc-builder-draft-body-edited")
    expect(edited).to_contain_text("Editado por ti: no lo cambiamos aunque cambies los datos.")
    expect(message(page)).to_be_focused()  # typing never redrew the box
    kept = message(page).input_value()
    assert kept.endswith(EDITED)

    page.get_by_label("Nombre del agente").fill("Lucía")
    page.get_by_label("Empresa", exact=True).fill("Luz Sur")
    expect(page.get_by_label("Asunto")).to_have_value(
        "Seguimiento – Caso #48213 – Corte intermitente de internet"
    )
    expect(message(page)).to_have_value(kept)  # not written over: no «Hola, Lucía:»
    page.wait_for_function(
        "([key, text]) => (localStorage.getItem(key) || '').includes(text)",
        arg=[storage.STORAGE_KEY, "12345678Z"],
    )
    page.reload()
    page.wait_for_selector(READY)
    expect(message(page)).to_have_value(kept)
    expect(edited).to_contain_text("Editado por ti")
    # Another message of the same case is still the tool's, and follows the case.
    page.get_by_role("tab", name="Chat").click()
    chat = page.get_by_label("Mensaje", exact=True)
    expect(chat).to_contain_text("Hola, escribo por el caso #48213")
    expect(edited).to_be_empty()


def click_and_answer(page: Page, button: Any, *, accept: bool) -> str:
    """Click a button that asks with confirm(), answer it, and return the question (the
    dialog comes after the worker's answer, not during the click)."""
    asked: list[str] = []

    def handle(dialog: Any) -> None:
        asked.append(dialog.message)
        if accept:
            dialog.accept()
        else:
            dialog.dismiss()

    page.once("dialog", handle)
    with page.expect_event("dialog"):
        button.click()
    assert asked, "no question was asked"
    return asked[0]


def test_volver_a_generarlo_asks_and_only_a_yes_writes_it_again(open_tool: Any) -> None:
    page = open_tool("redactar/")
    fill_basic_case(page)
    edit_the_message(page)
    again = page.get_by_role("button", name="Volver a generarlo")
    asked = click_and_answer(page, again, accept=False)
    assert "Se perderán los cambios que hiciste en el texto." in asked
    settled(page)  # the answer's round trip to the worker
    assert message(page).input_value().endswith(EDITED)
    expect(page.locator("#stc-builder-draft-body-edited")).to_contain_text("Editado por ti")

    click_and_answer(page, again, accept=True)
    expect(message(page)).not_to_contain_text("12345678Z")
    expect(message(page)).to_contain_text("Escribo para dar seguimiento al caso #48213")
    expect(message(page)).to_be_focused()
    expect(page.locator("#stc-builder-draft-body-edited")).to_be_empty()
    # Now the tool writes it again as the case changes.
    page.get_by_label("Nombre del agente").fill("Lucía")
    expect(message(page)).to_contain_text("Hola, Lucía:")


def test_what_to_write_and_what_for_are_remembered_for_the_case(open_tool: Any) -> None:
    page = open_tool("redactar/")
    fill_basic_case(page)
    page.get_by_label("Qué vas a escribir").select_option(label="La reclamación formal por escrito")
    page.get_by_label("¿Qué quieres conseguir?").select_option(label="Un reembolso")
    expect(page.get_by_label("Reclamación formal", exact=True)).to_contain_text(
        "El reembolso del importe que pagué."
    )
    page.wait_for_function(
        "key => (localStorage.getItem(key) || '').includes('refund')", arg=storage.STORAGE_KEY
    )
    page.reload()
    page.wait_for_selector(READY)
    expect(page.get_by_label("Qué vas a escribir")).to_have_value("complaint")
    expect(page.get_by_label("¿Qué quieres conseguir?")).to_have_value("refund")
    expect(page.get_by_label("Reclamación formal", exact=True)).to_contain_text("reembolso")


def test_text_typed_into_the_message_while_the_tool_loads_is_kept(
    page: Page, base_url: str, traffic: Traffic
) -> None:
    slow = HeldRuntime(page.context)
    page.goto(base_url + "redactar/")
    tool = page.locator("[data-stc-tool='builder']")
    expect(tool).to_have_attribute("data-state", "loading")  # the page script has taken it
    expect(tool.locator("[data-stc-status]")).to_contain_text("Preparando…")
    edit_the_message(page)
    typed = message(page).input_value()
    assert tool.get_attribute("data-mounted") != "yes", "the tool was ready before typing ended"

    slow.release()
    page.wait_for_selector(READY, timeout=60_000)
    expect(message(page)).to_have_value(typed)
    expect(page.locator("#stc-builder-draft-body-edited")).to_contain_text("Editado por ti")
    page.get_by_label("Número de caso").fill("48213")  # another field: the text stays
    expect(message(page)).to_have_value(typed)
    page.wait_for_function(
        "([key, text]) => (localStorage.getItem(key) || '').includes(text)",
        arg=[storage.STORAGE_KEY, "12345678Z"],
    )
    page.context.unroute("**/followup-*.whl*")  # the next visit is not held back
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    expect(message(page)).to_have_value(typed)
    assert traffic.blocked == []


def test_abrir_en_el_correo_is_inert_while_the_tool_loads(
    page: Page, base_url: str, traffic: Traffic
) -> None:
    slow = HeldRuntime(page.context)
    page.goto(base_url + "redactar/")
    tool = page.locator("[data-stc-tool='builder']")
    expect(tool).to_have_attribute("data-state", "loading")  # the page script has taken it
    expect(tool.locator("[data-stc-status]")).to_contain_text("Preparando…")
    mail = tool.locator("a[data-mailto]")
    expect(mail).to_have_text("Abrir en el correo")
    expect(mail).to_have_attribute("aria-disabled", "true")
    assert mail.get_attribute("href") is None  # nothing to open: no placeholder letter
    expect(page.get_by_role("link", name="Abrir en el correo")).to_have_count(0)
    url = page.url
    mail.click()
    assert page.url.split("#")[0] == url  # Material may add the heading scrolled to

    slow.release()
    page.wait_for_selector(READY, timeout=60_000)
    link = page.get_by_role("link", name="Abrir en el correo")
    expect(link).to_have_attribute("href", re.compile(r"^mailto:\?subject=Seguimiento"))


def test_enter_in_nueva_prueba_adds_it_as_anadir_does(open_tool: Any) -> None:
    page = open_tool("preparacion/")
    field = page.get_by_label("Nueva prueba")
    field.fill("Captura del router apagado")
    field.press("Enter")
    expect(page.locator("ul.stc-evidence")).to_contain_text("Captura del router apagado")
    expect(field).to_have_value("")
    expect(field).to_be_focused()


def test_where_the_law_sets_no_deadline_the_letter_cites_the_date_the_reader_took(
    open_tool: Any,
) -> None:
    page = open_tool("redactar/")
    page.get_by_label("Qué vas a escribir").select_option(label="La reclamación formal por escrito")
    page.get_by_label("Número de caso").fill("AV-88123")
    page.get_by_label("Empresa", exact=True).fill("Banco Austral")
    page.get_by_label("País", exact=True).select_option(label="Chile")
    page.get_by_label("Sector", exact=True).select_option(value="banca")
    letter = page.get_by_label("Reclamación formal", exact=True)
    expect(letter).to_contain_text("Les ruego que me respondan en el menor plazo posible.")
    expect(page.get_by_label("Tu RUT")).to_be_visible()
    today = dt.date.today()
    case = CaseFile(id="x", country="CL", sector=CaseSector.FINANCE, situation=SituationKind.OTHER)
    day = format_date_es(escalation.suggested_reply_by(case, today))
    page.get_by_role("button", name=f"Usar el {day}").click()
    expect(letter).to_contain_text(f"Les ruego que me respondan antes del {day}.")
    expect(page.get_by_label("Fecha límite que das a la empresa para responder")).to_be_focused()
    page.get_by_label("Tu RUT").fill("12.345.678-5")
    expect(letter).to_contain_text("RUT: 12.345.678-5")
