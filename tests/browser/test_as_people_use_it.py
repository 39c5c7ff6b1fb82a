"""Issue 10 as a reader notices it, in Debian's Chromium against the built site: a message
signed with their name and no blank left unflagged, the wizard's answers kept with the
case, the «escalar» tick kept, and a wizard that never leaves them stuck."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page, expect

from .conftest import NEXT, READY, wizard_to_the_dates


def draft(page: Page) -> str:
    return page.locator("#stc-builder-draft-body").input_value()


def test_the_message_is_signed_with_your_name_and_blanks_are_flagged(open_tool: Any) -> None:
    page = open_tool("redactar/")
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Nombre del agente").fill("Sr. Ramírez")
    warnings = page.locator("[data-warnings-for='stc-builder-draft-body']")
    expect(warnings).to_contain_text("Completa «[Nombre y apellidos]» antes de enviarlo.")
    expect(warnings).not_to_contain_text("Sin avisos")
    page.get_by_label("Tu nombre", exact=True).fill("Ana Pérez")
    expect(page.locator("#stc-builder-draft-body")).to_have_value(
        re.compile(r"Saludos cordiales,\nAna Pérez$")
    )
    body = draft(page)
    assert body.startswith("Hola, Sr. Ramírez:")
    assert "Les " not in body and "[Nombre y apellidos]" not in body
    expect(warnings).not_to_contain_text("[Nombre y apellidos]")


def test_the_escalate_tick_survives_a_reload_and_blames_no_one(open_tool: Any) -> None:
    page = open_tool("redactar/")
    page.get_by_label("Número de caso").fill("48213")
    escalate = page.locator('[data-pref="escalate"]')
    escalate.check()
    expect(page.locator("#stc-builder-draft-body")).to_have_value(
        re.compile("Escribo en relación con el caso #48213")
    )
    assert "Dado que no hemos" not in draft(page)
    page.wait_for_timeout(600)  # the debounced save
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.locator('[data-pref="escalate"]')).to_be_checked()
    assert "supervisor" in draft(page)


def test_the_wizard_keeps_its_answers_with_the_case(open_tool: Any) -> None:
    page = open_tool("escalar/")
    wizard_to_the_dates(page)
    page.get_by_role("button", name=NEXT).click()  # no date yet: the reader is told why
    alert = page.locator("[data-region='wizard-error']")
    expect(alert).to_contain_text("fecha de apertura")
    page.get_by_label("¿Qué día abriste el caso?").fill("2026-10-01")
    expect(alert).to_have_text("")  # the error clears once the date is there
    page.get_by_role("button", name=NEXT).click()
    expect(page.get_by_text("Pregunta 4 de 10")).to_be_visible()
    page.get_by_label("¿Cuándo fue la última comunicación sobre el caso?").fill("2026-10-05")
    page.get_by_role("button", name=NEXT).click()
    page.get_by_role("button", name=NEXT).click()
    page.get_by_label("¿Cuántos seguimientos has enviado ya sin obtener respuesta?").fill("3")
    page.get_by_role("button", name=NEXT).click()
    page.get_by_role("button", name=NEXT).click()
    page.get_by_label("Teléfono").check()
    page.get_by_role("button", name=NEXT).click()
    page.get_by_label("Sí").check()
    page.get_by_role("button", name=NEXT).click()  # no formal complaint yet
    page.get_by_role("button", name="Ver la recomendación").click()
    advice = page.locator("#stc-wizard-result").inner_text()
    page.wait_for_timeout(600)  # the debounced save

    # On return the last result is still there, with «Empezar de nuevo».
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.locator("#stc-wizard-result")).to_have_text(advice)
    page.get_by_role("button", name="Empezar de nuevo").click()
    expect(page.get_by_text("Pregunta 1 de 10")).to_be_visible()
    expect(page.get_by_label("Otro problema")).to_be_checked()
    for _ in range(5):
        page.get_by_role("button", name=NEXT).click()
    expect(
        page.get_by_label("¿Cuántos seguimientos has enviado ya sin obtener respuesta?")
    ).to_have_value("3")
    page.get_by_role("button", name=NEXT).click()
    page.get_by_role("button", name=NEXT).click()
    expect(page.get_by_label("Teléfono")).to_be_checked()
    page.get_by_role("button", name=NEXT).click()
    expect(page.get_by_label("Sí")).to_be_checked()
    page.get_by_role("button", name=NEXT).click()
    page.get_by_role("button", name="Ver la recomendación").click()
    expect(page.locator("#stc-wizard-result")).to_have_text(advice)
