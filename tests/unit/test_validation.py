"""What a reader types becomes a valid case file, or a clear Spanish explanation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup import texts
from followup.model import CaseFile, Channel, Impact, Interaction, InteractionKind, SlaUnit
from followup.validation import (
    FIELDS,
    add_evidence,
    add_interaction,
    parse_date,
    remove_evidence,
    remove_interaction,
    set_checked,
    set_field,
    validate,
)

TODAY = dt.date(2026, 11, 10)
EMPTY = CaseFile(id="c1")


def test_iso_date_from_the_date_picker_is_accepted() -> None:
    case, error = set_field(EMPTY, "opened", "2026-11-03", TODAY)
    assert error is None
    assert case.opened == dt.date(2026, 11, 3)


def test_day_month_year_date_is_accepted() -> None:
    case, error = set_field(EMPTY, "opened", "3/11/2026", TODAY)
    assert error is None
    assert case.opened == dt.date(2026, 11, 3)
    assert parse_date(" 03/11/2026 ") == dt.date(2026, 11, 3)


@pytest.mark.parametrize("raw", ["mañana", "2026-13-01", "31/02/2026", "11/2026", "2026/11/03"])
def test_unreadable_date_explains_the_format(raw: str) -> None:
    case, error = set_field(EMPTY, "opened", raw, TODAY)
    assert case is EMPTY
    assert error == texts.ERR_DATE_FORMAT
    assert "DD/MM" not in error and "calendario" in error  # no order a browser may contradict


def test_opening_date_in_the_future_is_refused() -> None:
    case, error = set_field(EMPTY, "opened", "2026-11-11", TODAY)
    assert case is EMPTY
    assert error == "La fecha no puede ser posterior a hoy."


def test_last_contact_before_opening_is_refused() -> None:
    opened = EMPTY.with_changes(opened=dt.date(2026, 11, 3))
    case, error = set_field(opened, "last_contact", "2026-11-02", TODAY)
    assert case is opened
    assert error == "La última comunicación no puede ser anterior a la apertura del caso."


def test_opening_after_last_contact_is_refused() -> None:
    contacted = EMPTY.with_changes(last_contact=dt.date(2026, 11, 3))
    case, error = set_field(contacted, "opened", "2026-11-04", TODAY)
    assert case is contacted
    assert error == "La apertura del caso no puede ser posterior a la última comunicación."


def test_last_contact_on_or_after_opening_is_kept() -> None:
    opened = EMPTY.with_changes(opened=dt.date(2026, 11, 3))
    case, error = set_field(opened, "last_contact", "2026-11-03", TODAY)
    assert error is None
    assert case.last_contact == dt.date(2026, 11, 3)


def test_next_action_may_be_in_the_future() -> None:
    case, error = set_field(EMPTY, "next_action", "2026-12-01", TODAY)
    assert error is None
    assert case.next_action == dt.date(2026, 12, 1)


def test_empty_string_clears_an_optional_field() -> None:
    full = EMPTY.with_changes(
        opened=dt.date(2026, 11, 3), channel=Channel.CHAT, impact=Impact.LOW, sla_amount=3
    )
    for name in ("opened", "channel", "impact", "sla_amount"):
        full, error = set_field(full, name, "  ", TODAY)
        assert error is None
    assert full == EMPTY


def test_clearing_the_sla_unit_goes_back_to_business_days() -> None:
    hours = EMPTY.with_changes(sla_unit=SlaUnit.HOURS)
    case, error = set_field(hours, "sla_unit", "", TODAY)
    assert error is None
    assert case.sla_unit is SlaUnit.DAYS


def test_choices_are_read_by_value() -> None:
    case, _ = set_field(EMPTY, "channel", "portal", TODAY)
    case, _ = set_field(case, "impact", "critical", TODAY)
    case, _ = set_field(case, "sla_unit", "hours", TODAY)
    assert (case.channel, case.impact, case.sla_unit) == (
        Channel.PORTAL,
        Impact.CRITICAL,
        SlaUnit.HOURS,
    )


def test_unknown_choice_asks_to_pick_from_the_list() -> None:
    case, error = set_field(EMPTY, "channel", "paloma mensajera", TODAY)
    assert case is EMPTY
    assert error == "Elige una de las opciones de la lista."


@pytest.mark.parametrize("raw", ["tres", "3.5", "3,5", "1e3"])
def test_sla_amount_must_be_a_whole_number(raw: str) -> None:
    case, error = set_field(EMPTY, "sla_amount", raw, TODAY)
    assert case is EMPTY
    assert error == "Escribe un número entero, por ejemplo 3."


@pytest.mark.parametrize("raw", ["0", "-2", "1000"])
def test_sla_amount_must_be_between_1_and_999(raw: str) -> None:
    case, error = set_field(EMPTY, "sla_amount", raw, TODAY)
    assert case is EMPTY
    assert error == "El plazo tiene que estar entre 1 y 999."


def test_sla_amount_accepts_surrounding_spaces() -> None:
    case, error = set_field(EMPTY, "sla_amount", " 5 ", TODAY)
    assert error is None
    assert case.sla_amount == 5


def test_case_number_loses_a_pasted_hash_and_spaces() -> None:
    case, error = set_field(EMPTY, "case_number", "  #48213 ", TODAY)
    assert error is None
    assert case.case_number == "48213"


def test_single_line_fields_lose_pasted_line_breaks() -> None:
    case, _ = set_field(EMPTY, "company", "Red\nRápida", TODAY)
    assert case.company == "Red Rápida"


def test_multi_line_text_is_kept_as_typed() -> None:
    case, _ = set_field(EMPTY, "summary", "Primera línea\nSegunda ", TODAY)
    assert case.summary == "Primera línea\nSegunda "


def test_too_long_text_is_refused_with_the_limit() -> None:
    case, error = set_field(EMPTY, "case_number", "9" * 61, TODAY)
    assert case is EMPTY
    assert error == "El texto es demasiado largo: como máximo 60 caracteres."


def test_unknown_field_is_reported_not_raised() -> None:
    case, error = set_field(EMPTY, "id", "x", TODAY)
    assert case is EMPTY
    assert error == "Este campo no existe."


def test_every_editable_field_accepts_an_empty_string() -> None:
    for name in FIELDS:
        _, error = set_field(EMPTY, name, "", TODAY)
        assert error is None, name


@given(name=st.sampled_from((*FIELDS, "checked", "")), raw=st.text())
def test_set_field_never_raises_for_any_string(name: str, raw: str) -> None:
    case = EMPTY.with_changes(opened=dt.date(2026, 11, 3), last_contact=dt.date(2026, 11, 5))
    updated, error = set_field(case, name, raw, TODAY)
    if error is not None:
        assert updated is case
        assert error.strip()


def test_validate_reports_a_missing_case_number() -> None:
    assert validate(EMPTY, TODAY) == {
        "case_number": "Falta el número de caso: es lo primero que te van a pedir."
    }


def test_validate_reports_dates_in_the_future_and_out_of_order() -> None:
    future = CaseFile(
        id="c", case_number="1", opened=dt.date(2026, 11, 11), last_contact=dt.date(2026, 12, 1)
    )
    assert validate(future, TODAY) == {
        "opened": "La fecha no puede ser posterior a hoy.",
        "last_contact": "La fecha no puede ser posterior a hoy.",
    }
    reversed_dates = future.with_changes(
        opened=dt.date(2026, 11, 5), last_contact=dt.date(2026, 11, 4)
    )
    assert validate(reversed_dates, TODAY) == {
        "last_contact": "La última comunicación no puede ser anterior a la apertura del caso."
    }


def test_validate_reports_values_built_outside_the_form() -> None:
    odd = CaseFile(id="c", case_number="1", sla_amount=0, company="x" * 121)
    errors = validate(odd, TODAY)
    assert set(errors) == {"sla_amount", "company"}


def test_a_complete_case_is_valid() -> None:
    case = CaseFile(id="c", case_number="48213", opened=dt.date(2026, 11, 3), last_contact=TODAY)
    assert validate(case, TODAY) == {}


OPENED = EMPTY.with_changes(opened=dt.date(2026, 11, 3), last_contact=dt.date(2026, 11, 5))


def test_adding_an_interaction_keeps_the_timeline_in_date_order() -> None:
    case, errors = add_interaction(OPENED, "2026-11-06", "email", "follow_up", "", "", TODAY)
    assert errors == {}
    case, errors = add_interaction(
        case, "04/11/2026", "phone", "contact", " Laura  G. ", " Dijo 48 h ", TODAY
    )
    assert errors == {}
    assert [i.date.day for i in case.interactions] == [4, 6]
    assert case.interactions[0] == Interaction(
        date=dt.date(2026, 11, 4),
        channel=Channel.PHONE,
        kind=InteractionKind.CONTACT,
        agent="Laura G.",
        note="Dijo 48 h",
    )


def test_a_later_interaction_moves_last_contact_forward() -> None:
    case, _ = add_interaction(OPENED, "2026-11-09", "chat", "", "", "", TODAY)
    assert case.last_contact == dt.date(2026, 11, 9)
    assert case.interactions[0].kind is InteractionKind.CONTACT
    earlier, _ = add_interaction(OPENED, "2026-11-04", "chat", "", "", "", TODAY)
    assert earlier.last_contact == dt.date(2026, 11, 5)


def test_first_interaction_sets_last_contact() -> None:
    case, _ = add_interaction(EMPTY, "2026-11-04", "chat", "", "", "", TODAY)
    assert case.last_contact == dt.date(2026, 11, 4)


def test_interaction_errors_are_reported_per_field() -> None:
    case, errors = add_interaction(OPENED, "", "", "x", "", "", TODAY)
    assert case is OPENED
    assert errors == {
        "date": "Indica la fecha.",
        "channel": "Indica el canal.",
        "kind": "Elige una de las opciones de la lista.",
    }


def test_interaction_cannot_predate_the_case_or_be_in_the_future() -> None:
    _, errors = add_interaction(OPENED, "2026-11-02", "email", "", "", "", TODAY)
    assert errors == {"date": "La fecha no puede ser anterior a la apertura del caso."}
    _, errors = add_interaction(OPENED, "2026-11-11", "email", "", "", "", TODAY)
    assert errors == {"date": "La fecha no puede ser posterior a hoy."}


def test_interaction_text_limits() -> None:
    _, errors = add_interaction(OPENED, "2026-11-06", "email", "", "a" * 121, "n" * 2001, TODAY)
    assert set(errors) == {"agent", "note"}


def test_removing_an_interaction_by_index() -> None:
    case, _ = add_interaction(OPENED, "2026-11-06", "email", "", "", "", TODAY)
    assert remove_interaction(case, 0).interactions == ()
    assert remove_interaction(case, 1) is case
    assert remove_interaction(case, -1) is case


def test_evidence_is_added_trimmed_and_without_duplicates() -> None:
    case, error = add_evidence(EMPTY, "  Captura   del error ")
    assert error is None
    assert case.evidence == ("Captura del error",)
    same, error = add_evidence(case, "captura del error")
    assert same is case
    assert error == "Esa prueba ya está en la lista."


def test_empty_or_too_long_evidence_is_refused() -> None:
    case, error = add_evidence(EMPTY, "   ")
    assert case is EMPTY
    assert error is not None and error.startswith("Describe la prueba")
    _, error = add_evidence(EMPTY, "x" * 301)
    assert error == "El texto es demasiado largo: como máximo 300 caracteres."


def test_removing_evidence_by_index() -> None:
    case, _ = add_evidence(EMPTY, "Factura")
    case, _ = add_evidence(case, "Captura")
    assert remove_evidence(case, 0).evidence == ("Captura",)
    assert remove_evidence(case, 5) is case


def test_ticking_no_deadline_given_is_stored_in_checked() -> None:
    ticked = set_checked(EMPTY, "sla", True)
    assert ticked.checked == frozenset({"sla"})
    assert set_checked(ticked, "sla", True).checked == frozenset({"sla"})
    assert set_checked(ticked, "sla", False).checked == frozenset()
