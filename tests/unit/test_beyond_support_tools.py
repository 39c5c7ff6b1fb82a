"""The tools beyond support: fields, message kinds, the legal reminder and the dossier."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from bs4 import BeautifulSoup

from followup import export, labels, render, storage, validation
from followup.controller import State, update
from followup.messages import MessageKind
from followup.model import (
    CaseFile,
    CaseSector,
    Channel,
    ComplaintChannel,
    Impact,
    Interaction,
    InteractionKind,
    SlaUnit,
)
from followup.render import BuilderPrefs, View
from followup.wizard import RESULT, WizardState

TODAY = dt.date(2026, 11, 26)
CASE = CaseFile(
    id="c",
    case_number="TK-5521",
    company="Tienda Andina",
    channel=Channel.PORTAL,
    opened=dt.date(2026, 10, 1),
    last_contact=dt.date(2026, 10, 20),
    sla_amount=48,
    sla_unit=SlaUnit.CALENDAR_HOURS,
    summary="Me cobraron dos veces el mismo pedido.",
    impact=Impact.AFFECTS_ME,
    evidence=("Extracto de la tarjeta",),
    interactions=(
        Interaction(dt.date(2026, 10, 20), Channel.CHAT, InteractionKind.ESCALATION, "Rosa"),
    ),
    country="PE",
    sector=CaseSector.OTHER,
    complaint_date=dt.date(2026, 10, 26),
    complaint_channel=ComplaintChannel.BOOK,
    complaint_ref="LR-123",
)
LOG = storage.CaseLog(cases=(CASE,), active_id="c")


def parse(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "html.parser")


def ev(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "today": TODAY.isoformat(), "now": "2026-11-26T10:00:00Z", **fields}


def mounted(tools: tuple[str, ...] = ("builder",)) -> State:
    state, _ = update(State(), ev("mount", tools=list(tools), stored=storage.serialize(LOG)))
    return state


# --- validation ---------------------------------------------------------------------------


def test_country_and_sector_accept_only_the_listed_choices() -> None:
    case = CaseFile(id="a")
    assert validation.set_field(case, "country", "es", TODAY)[0].country == "ES"
    assert validation.set_field(case, "country", "other", TODAY)[0].country == "other"
    assert validation.set_field(case, "country", "", TODAY)[0].country == ""
    assert validation.set_field(case, "country", "ZZ", TODAY)[1] is not None
    assert validation.set_field(case, "sector", "telecom", TODAY)[0].sector is CaseSector.TELECOM
    assert validation.set_field(case, "sector", "", TODAY)[0].sector is None
    assert validation.set_field(case, "sector", "minería", TODAY)[1] is not None
    channel = validation.set_field(case, "complaint_channel", "book", TODAY)[0]
    assert channel.complaint_channel is ComplaintChannel.BOOK
    assert validation.set_field(case, "complaint_channel", "", TODAY)[0].complaint_channel is None
    ref = validation.set_field(case, "complaint_ref", "  LR-1\n2 ", TODAY)[0]
    assert ref.complaint_ref == "  LR-1 2 "


def test_complaint_and_authority_dates_keep_their_order() -> None:
    case = CaseFile(id="a", opened=dt.date(2026, 10, 1))
    before = validation.set_field(case, "complaint_date", "2026-09-01", TODAY)
    assert before[1] is not None
    future = validation.set_field(case, "complaint_date", "2026-12-01", TODAY)
    assert future[1] is not None
    filed, error = validation.set_field(case, "complaint_date", "2026-10-26", TODAY)
    assert error is None and filed.complaint_date == dt.date(2026, 10, 26)
    assert validation.set_field(filed, "authority_date", "2026-10-01", TODAY)[1] is not None
    went, error = validation.set_field(filed, "authority_date", "26/11/2026", TODAY)
    assert error is None and went.authority_date == TODAY


# --- render ---------------------------------------------------------------------------------


def test_the_fields_have_the_labels_a_reader_looks_for() -> None:
    doc = parse(render.render("caselog", View(log=LOG, today=TODAY)))
    found = {label.get_text(strip=True) for label in doc.find_all("label")}
    assert {"País", "Sector", "Fecha de la reclamación formal"} <= found
    country = doc.find("select", id="stc-caselog-country")
    assert country is not None
    assert country.find("option", selected=True)["value"] == "PE"  # type: ignore[index]
    assert labels.HOLIDAYS_NOTE in doc.get_text()


def test_an_empty_select_has_its_placeholder_selected() -> None:
    doc = parse(render.render("caselog"))
    select = doc.find("select", id="stc-caselog-country")
    assert select is not None
    assert select.find("option", selected=True)["value"] == ""  # type: ignore[index]


def test_the_case_table_shows_the_next_legal_date() -> None:
    doc = parse(render.render("caselog", View(log=LOG, today=dt.date(2026, 11, 2))))
    row = [td.get_text() for td in doc.select("[data-region='cases-table'] tbody td")]
    assert "16/11/2026 (la empresa debe responder)" in row


def test_the_dossier_holds_data_chronology_evidence_and_deadlines() -> None:
    doc = parse(render.render("caselog", View(log=LOG, today=TODAY)))
    dossier = doc.select_one("[data-region='dossier']")
    assert dossier is not None
    text = dossier.get_text(" ")
    assert "Expediente del caso #TK-5521 con Tienda Andina" in text
    assert "Perú, comercio y servicios en general" in text
    assert "presentada el 26 de octubre de 2026 en el Libro de Reclamaciones" in text
    assert "26/10/2026: presenté un reclamo formal" in text
    assert "Extracto de la tarjeta" in text
    assert (
        "Plazo prometido por la empresa (48 horas): hasta el 3 de octubre de 2026 — incumplido."
        in text
    )
    assert (
        "Plazo legal de la empresa (15 días hábiles): hasta el 16 de noviembre de 2026"
        " — incumplido." in text
    )
    answered = replace(
        CASE,
        interactions=(
            Interaction(dt.date(2026, 10, 2), Channel.EMAIL, InteractionKind.CONTACT),
            Interaction(dt.date(2026, 11, 3), Channel.EMAIL, InteractionKind.CONTACT),
        ),
        authority_date=dt.date(2026, 11, 20),
    )
    log = storage.CaseLog(cases=(answered,), active_id="c")
    text = parse(render.dossier_html(View(log=log, today=TODAY))).get_text(" ")
    assert "(48 horas): hasta el 3 de octubre de 2026 — cumplido." in text
    assert "hasta el 16 de noviembre de 2026 — cumplido." in text
    assert "acudí el 20 de noviembre de 2026" in text
    pending = replace(CASE, complaint_date=dt.date(2026, 11, 20), sla_amount=None)
    log = storage.CaseLog(cases=(pending,), active_id="c")
    text = parse(render.dossier_html(View(log=log, today=TODAY))).get_text(" ")
    assert "— pendiente." in text


def test_an_empty_dossier_says_there_is_nothing_yet() -> None:
    text = parse(render.dossier_html(View(today=TODAY))).get_text(" ")
    assert labels.DOSSIER_NONE in text and labels.NO_DEADLINES in text


def test_the_reader_limit_appears_among_the_deadlines() -> None:
    spain = replace(CASE, country="ES", sector=CaseSector.TELECOM, interactions=())
    log = storage.CaseLog(cases=(spain,), active_id="c")
    text = parse(render.dossier_html(View(log=log, today=TODAY))).get_text(" ")
    assert "Tu plazo para acudir a Oficina de Atención al Usuario de Telecomunicaciones" in text


def test_each_message_kind_has_its_own_box_and_no_channel_tabs() -> None:
    for kind, label in render.KIND_BODY_LABELS.items():
        view = View(log=LOG, today=TODAY, builder=BuilderPrefs(kind=kind))
        doc = parse(render.render("builder", view))
        assert doc.select_one("[role='tablist']") is None
        assert doc.find("label", string=label) is not None
    follow = parse(render.render("builder", View(log=LOG, today=TODAY)))
    assert follow.select_one("[role='tablist']") is not None


def test_the_wizard_result_shows_the_legal_date_the_portal_and_the_ladder_fields() -> None:
    finished = WizardState(step=RESULT, follow_ups=2, channels=frozenset(), escalated=True)
    view = View(log=LOG, today=TODAY, wizard=finished)
    doc = parse(render.render("wizard", view))
    advice = doc.select_one("[data-region='advice']")
    assert advice is not None
    assert "Acude a: Instituto Nacional" in advice.get_text()
    link = advice.find("a", string="Dónde presentarlo: INDECOPI")
    assert link is not None and link["href"] == "https://www.gob.pe/indecopi"
    assert doc.select_one("#stc-wizard-complaint_date") is not None
    waiting = replace(CASE, complaint_date=dt.date(2026, 11, 20))
    view = View(log=storage.CaseLog(cases=(waiting,), active_id="c"), today=TODAY, wizard=finished)
    text = parse(render.render("wizard", view)).get_text(" ")
    assert "Plazo legal de la empresa: hasta el 15 de diciembre de 2026." in text


# --- controller -----------------------------------------------------------------------------


def test_choosing_a_message_kind_redraws_the_builder() -> None:
    state = mounted()
    event = ev("input", hooks={"pref": "kind"}, value="complaint", tool="builder")
    state, effects = update(state, event)
    assert state.builder.kind is MessageKind.COMPLAINT
    assert effects[-1]["mode"] == "whole"
    same, none = update(state, ev("input", hooks={"pref": "kind"}, value="poema"))
    assert same == state and none == []
    state, effects = update(state, ev("input", hooks={"pref": "goal"}, value="refund"))
    assert effects[-1]["mode"] == "regions"


def test_the_wizard_hands_the_complaint_and_the_chronology_to_the_builder() -> None:
    for advice, kind in (
        ("complaint", MessageKind.COMPLAINT),
        ("authority", MessageKind.CHRONOLOGY),
    ):
        state, _ = update(
            State(),
            ev("mount", tools=["builder"], stored=storage.serialize(LOG), handoff=f"{advice}:"),
        )
        assert state.builder.kind is kind


def test_the_legal_reminder_downloads_the_next_legal_date() -> None:
    state = replace(mounted(("caselog",)), today=dt.date(2026, 11, 2))
    _, effects = update(
        state,
        ev(
            "click",
            hooks={"action": "export-legal-ics"},
            tag="BUTTON",
            today="2026-11-02",
            now="bad",
        ),
    )
    download = effects[0]
    assert download["effect"] == "download"
    assert download["filename"] == "fecha-legal-caso-tk-5521.ics"
    assert "DTSTART;VALUE=DATE:20261116" in download["text"]
    assert "Fecha legal: la empresa debe responder (#TK-5521)" in download["text"]


def test_without_a_legal_date_the_reminder_explains_what_is_missing() -> None:
    state, _ = update(State(), ev("mount", tools=["caselog"], stored=None, nonce="n1"))
    state, effects = update(state, ev("click", hooks={"action": "export-legal-ics"}, tag="BUTTON"))
    assert state.errors["legal_ics"] == labels.LEGAL_ICS_NEEDS_DATE
    assert effects[0]["effect"] == "render"


def test_print_asks_the_page_to_print() -> None:
    state = mounted(("caselog",))
    _, effects = update(state, ev("click", hooks={"action": "print"}, tag="BUTTON"))
    assert effects == [{"effect": "print"}]


def test_legal_reminder_file_names() -> None:
    assert export.legal_ics_filename(CaseFile(id="a")) == "fecha-legal-caso.ics"


def test_the_print_button_says_how_to_print_by_hand_too() -> None:
    doc = parse(render.render("caselog", View(log=LOG, today=TODAY)))
    wrap = doc.select_one(".stc-dossier-wrap")
    assert wrap is not None
    assert wrap.find("button", string=labels.PRINT_DOSSIER) is not None
    assert labels.PRINT_HINT in wrap.get_text()


# --- the legal date that passed, and its reminder -------------------------------------------


def test_an_overdue_legal_date_stays_in_the_overview_with_where_to_go() -> None:
    # Peru, Libro de Reclamaciones of Monday 26 October: 15 días hábiles end on Monday
    # 16 November (1 November, a holiday, is a Sunday).
    cell = render.legal_cell(CASE, dt.date(2026, 11, 20))
    assert cell.startswith("Venció el 16/11/2026, hace 4 días: acude a ")
    assert "INDECOPI" in cell


def test_the_legal_reminder_says_what_to_do_and_rings_the_day_before_and_after() -> None:
    state = replace(mounted(("caselog",)), today=dt.date(2026, 11, 2))
    _, effects = update(
        state, ev("click", hooks={"action": "export-legal-ics"}, tag="BUTTON", today="2026-11-02")
    )
    text = effects[0]["text"].replace("\r\n ", "")
    assert text.count("BEGIN:VALARM") == 3
    assert "TRIGGER;RELATED=START:-PT15H" in text and "TRIGGER;RELATED=START:P1DT9H" in text
    assert "Si la empresa no te ha respondido\\, acude a " in text
    assert "INDECOPI" in text


def test_a_passed_date_reminds_of_the_last_day_to_go_to_the_authority() -> None:
    spain = replace(
        CASE,
        country="ES",
        sector=CaseSector.TELECOM,
        complaint_date=dt.date(2026, 9, 1),
        complaint_channel=ComplaintChannel.EMAIL,
    )
    state = replace(mounted(("caselog",)), log=storage.CaseLog(cases=(spain,), active_id="c"))
    _, effects = update(
        state, ev("click", hooks={"action": "export-legal-ics"}, tag="BUTTON", today="2026-11-26")
    )
    text = effects[0]["text"].replace("\r\n ", "")
    # The operator's month ended on 1 October; the telecom office takes it 3 months after.
    assert "DTSTART;VALUE=DATE:20270101" in text
    assert "Es tu último día para acudir a Oficina de Atención al Usuario" in text


def test_without_a_legal_deadline_the_reminder_says_so_plainly() -> None:
    chile = replace(CASE, country="CL", sector=CaseSector.OTHER, complaint_date=TODAY)
    state = replace(mounted(("caselog",)), log=storage.CaseLog(cases=(chile,), active_id="c"))
    state, _ = update(state, ev("click", hooks={"action": "export-legal-ics"}, tag="BUTTON"))
    assert state.errors["legal_ics"] == labels.LEGAL_ICS_NO_LAW_DEADLINE.format(country="Chile")
    with_date = replace(chile, reply_by=dt.date(2026, 12, 10))
    state = replace(state, log=storage.CaseLog(cases=(with_date,), active_id="c"))
    _, effects = update(state, ev("click", hooks={"action": "export-legal-ics"}, tag="BUTTON"))
    assert "DTSTART;VALUE=DATE:20261210" in effects[0]["text"]
    assert "la fecha que diste a la empresa para responder" in effects[0]["text"]


def test_the_wizard_result_comes_back_on_the_next_visit_until_the_reader_starts_again() -> None:
    done = replace(CASE, wizard_done=True)
    log = storage.CaseLog(cases=(done,), active_id="c")
    state, _ = update(State(), ev("mount", tools=["wizard"], stored=storage.serialize(log)))
    doc = parse(render.render("wizard", state.view()))
    assert doc.select_one("#stc-wizard-result") is not None
    state, _ = update(state, ev("click", hooks={"action": "wizard-restart"}, tag="BUTTON"))
    active = state.log.active()
    assert active is not None and not active.wizard_done
    doc = parse(render.render("wizard", state.view()))
    assert doc.select_one("#stc-wizard-result") is None
    assert "Pregunta 1 de" in doc.get_text()
