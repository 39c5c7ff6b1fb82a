"""Beyond the company, as a reader climbs it in Chromium: from a follow-up with no answer to
the formal complaint (its legal deadline as a date), then the authority; and the dossier
printed on A4. Expected dates come from `followup` itself, counted from the browser's today."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from playwright.sync_api import Page, expect

from followup import ladder, legal
from followup.messages import format_date_es

from .conftest import READY, wizard_to_the_dates

TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def company_due(code: str, sector: legal.Sector, start: dt.date) -> dt.date:
    rung = ladder.company_rung(legal.country(code), sector)
    assert rung is not None and rung.deadline is not None
    return rung.deadline.due(start, ladder.holidays_for(code))


def answer_wizard_after_an_escalation(page: Page) -> None:
    """A case opened three months ago, followed up twice and escalated, with no answer."""
    wizard_to_the_dates(page)
    page.get_by_label("¿Qué día abriste el caso?").fill(days_ago(90))
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_label("¿Cuándo fue la última comunicación sobre el caso?").fill(days_ago(20))
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_role("button", name="Siguiente").click()  # no promised deadline
    page.get_by_label("¿Cuántos seguimientos has enviado ya sin obtener respuesta?").fill("2")
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_role("button", name="Siguiente").click()  # impact
    page.get_by_label("Correo electrónico").check()
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_label("Sí", exact=True).check()
    page.get_by_role("button", name="Siguiente").click()  # no formal complaint yet
    page.get_by_role("button", name="Ver la recomendación").click()


def climb(page: Page, country: str, sector_label: str) -> Any:
    page.get_by_label("País", exact=True).select_option(label=country)
    page.get_by_label("Sector", exact=True).select_option(label=sector_label)
    return page.locator("[data-region='advice']")


def test_spain_telecom_from_no_answer_to_the_regulator(open_tool: Any) -> None:
    page = open_tool("escalar/")
    answer_wizard_after_an_escalation(page)
    advice = page.locator("[data-region='advice']")
    expect(advice).to_contain_text("Presenta una reclamación formal por escrito")
    expect(advice).to_contain_text("Indica tu país y tu sector")

    advice = climb(page, "España", "Telecomunicaciones (teléfono, internet, televisión)")
    due = company_due("ES", legal.Sector.TELECOM, TODAY)
    expect(advice).to_contain_text(f"Plazo legal de la empresa: hasta el {format_date_es(due)}.")
    expect(advice).to_contain_text("Reclamación al servicio de atención al cliente del operador")

    # Filed 45 days ago: the operator's month has run out, so the regulator is next.
    filed = TODAY - dt.timedelta(days=45)
    page.get_by_label("Fecha de la reclamación formal").fill(filed.isoformat())
    expect(advice).to_contain_text("Acude a: Oficina de Atención al Usuario de Telecomunicaciones")
    expect(advice).to_contain_text("Antes tienes que haber reclamado al operador")
    portal = advice.get_by_role("link", name="Dónde presentarlo: usuariosteleco.gob.es")
    expect(portal).to_have_attribute("href", "https://www.usuariosteleco.gob.es/")
    limit = legal.Deadline(3, legal.Unit.MONTHS, None, "").due(
        company_due("ES", legal.Sector.TELECOM, filed)
    )
    expect(advice).to_contain_text(f"Tu plazo para acudir: hasta el {format_date_es(limit)}.")

    # The advice hands over to the builder: the chronology for the regulator's form…
    page.get_by_role("button", name="Escribir este mensaje").click()
    page.wait_for_url(re.compile(r"/redactar/"))
    page.wait_for_selector(READY, timeout=60_000)
    chronology = page.get_by_label("Cronología para la autoridad", exact=True)
    expect(chronology).to_contain_text("País y sector: España, telecomunicaciones")
    expect(chronology).to_contain_text(f"{filed:%d/%m/%Y}: presenté una reclamación formal")
    # …and the formal complaint letter, citing the legal deadline from the data.
    page.get_by_label("Qué vas a escribir").select_option(label="La reclamación formal por escrito")
    letter = page.get_by_label("Reclamación formal", exact=True)
    due = company_due("ES", legal.Sector.TELECOM, filed)
    # Filed 45 days ago: the letter reminds the operator its month ran out, and when.
    expect(letter).to_contain_text("disponían de 1 mes para responder a esta reclamación")
    expect(letter).to_contain_text(f"ese plazo venció el {format_date_es(due)}")


def test_peru_shop_from_no_answer_to_indecopi(open_tool: Any) -> None:
    page = open_tool("escalar/")
    answer_wizard_after_an_escalation(page)
    advice = climb(page, "Perú", "Otro (una tienda, cualquier compra o servicio)")
    due = company_due("PE", legal.Sector.GENERAL, TODAY)
    expect(advice).to_contain_text(f"Plazo legal de la empresa: hasta el {format_date_es(due)}.")
    expect(advice).to_contain_text("15 días hábiles")
    # Under the date, what the count skipped and which calendar it used.
    expect(advice).to_contain_text("No contamos:")
    expect(advice).to_contain_text("feriados nacionales de Perú")
    expect(advice).to_contain_text("Libro de Reclamaciones")

    filed = TODAY - dt.timedelta(days=40)
    page.get_by_label("Fecha de la reclamación formal").fill(filed.isoformat())
    expect(advice).to_contain_text("Acude a: Instituto Nacional de Defensa de la Competencia")
    expect(advice).to_contain_text(
        f"venció el {format_date_es(company_due('PE', legal.Sector.GENERAL, filed))}"
    )
    expect(advice.get_by_role("link", name="Dónde presentarlo: INDECOPI")).to_be_visible()
    # The reader's own limit: 2 years to go to the INDECOPI (Código de Protección y Defensa
    # del Consumidor, art. 121, published «según Infobae»; review row P7).
    expect(advice).to_contain_text("Tu plazo para acudir: 2 años desde la infracción")

    page.get_by_role("button", name="Escribir este mensaje").click()
    page.wait_for_url(re.compile(r"/redactar/"))
    page.wait_for_selector(READY, timeout=60_000)
    page.get_by_label("Qué vas a escribir").select_option(label="La reclamación formal por escrito")
    page.get_by_label("¿Qué quieres conseguir?").select_option(label="Anular un cobro indebido")
    letter = page.get_by_label("Reclamación formal", exact=True)
    expect(letter).to_contain_text("Que anulen el cobro indebido")
    expect(letter).to_contain_text("15 días hábiles")


def test_the_dossier_prints_on_a4_without_cut_text(open_tool: Any) -> None:
    page = open_tool("preparacion/")
    page.get_by_label("Nueva prueba").fill("Extracto de la tarjeta con los dos cobros " * 4)
    page.get_by_role("button", name="Añadir", exact=True).click()
    expect(page.locator("ul.stc-evidence li")).to_have_count(1)
    page = open_tool("herramientas/registro/")
    page.get_by_label("Número de caso").fill("PE-2026-000123-LARGO-SIN-ESPACIOS-0987654321")
    page.get_by_label("Empresa", exact=True).fill("Tienda Andina S.A.C.")
    page.get_by_label("Fecha de apertura").fill(days_ago(60))
    page.get_by_label("País", exact=True).select_option(label="Perú")
    page.get_by_label("Sector", exact=True).select_option(
        label="Otro (una tienda, cualquier compra o servicio)"
    )
    page.get_by_label("Fecha de la reclamación formal").fill(days_ago(40))
    dossier = page.locator(".stc-dossier")
    expect(dossier).to_contain_text("Tienda Andina S.A.C.")
    expect(dossier).to_contain_text("Plazo legal de la empresa (15 días hábiles)")
    expect(dossier).to_contain_text("incumplido")
    expect(dossier).to_contain_text("Extracto de la tarjeta")
    expect(page.get_by_role("button", name="Imprimir expediente")).to_be_visible()

    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    assert page.locator("h1").first.is_hidden()
    assert page.get_by_role("button", name="Imprimir expediente").is_hidden()
    overflowing = dossier.evaluate(
        """el => [...el.querySelectorAll('*')].filter(n => n.scrollWidth > n.clientWidth + 1
              && getComputedStyle(n).overflow === 'visible').map(n => n.tagName)"""
    )
    assert overflowing == []
    box = dossier.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 794
    pdf = page.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages
