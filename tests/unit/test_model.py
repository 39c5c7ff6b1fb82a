"""The case file's own helpers and its dict form."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.model import (
    CaseFile,
    Channel,
    Interaction,
    InteractionKind,
    case_from_dict,
    case_to_dict,
    interaction_from_dict,
)


def test_display_name_prefers_title_then_case_number() -> None:
    assert CaseFile(id="c", title=" Luz ", case_number="1").display_name() == "Luz"
    assert CaseFile(id="c", case_number=" 48213 ").display_name() == "Caso #48213"
    assert CaseFile(id="c").display_name() == "Caso sin nombre"


def test_follow_up_dates_include_escalations_oldest_first() -> None:
    d = dt.date
    case = CaseFile(
        id="c",
        interactions=(
            Interaction(d(2026, 11, 9), Channel.EMAIL, InteractionKind.ESCALATION),
            Interaction(d(2026, 11, 4), Channel.EMAIL, InteractionKind.FOLLOW_UP),
            Interaction(d(2026, 11, 5), Channel.PHONE, InteractionKind.CONTACT),
        ),
    )
    assert case.follow_up_dates() == [d(2026, 11, 4), d(2026, 11, 9)]


def test_dict_form_round_trips() -> None:
    case = CaseFile(id="c", opened=dt.date(2026, 11, 3), checked=frozenset({"sla"}))
    assert case_from_dict(case_to_dict(case)) == case


@pytest.mark.parametrize(
    "data",
    [
        {"id": "c", "opened": 20261103},
        {"id": "c", "sla_amount": True},
        {"id": "c", "sla_amount": 2.5},
    ],
)
def test_malformed_dicts_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        case_from_dict(data)


def test_a_case_must_be_a_dict_and_an_interaction_needs_a_date() -> None:
    with pytest.raises(TypeError):
        case_from_dict([])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        interaction_from_dict({"channel": "email"})
