"""The "¿escalo ya?" wizard: one question at a time, answers kept, advice at the end."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from followup import escalation, labels
from followup.escalation import situation_from_case
from followup.model import (
    CaseFile,
    Channel,
    Impact,
    Interaction,
    InteractionKind,
    SituationKind,
    SlaUnit,
)
from followup.render import View, render
from followup.storage import CaseLog
from followup.wizard import (
    RESULT,
    STEPS,
    WizardState,
    next_step,
    prefilled,
    set_follow_ups,
    situation,
    step_error,
    toggle_channel,
)
from tests.unit.case_strategies import case_files

from .html_queries import one, text_of

MONDAY = dt.date(2026, 11, 2)
TODAY = dt.date(2026, 11, 12)  # Thursday of the following week
CASE = CaseFile(
    id="c-1",
    case_number="48213",
    channel=Channel.EMAIL,
    opened=MONDAY,
    last_contact=dt.date(2026, 11, 4),
    sla_amount=2,
    sla_unit=SlaUnit.DAYS,
    impact=Impact.CRITICAL,
    interactions=(
        Interaction(dt.date(2026, 11, 4), Channel.PHONE, InteractionKind.CONTACT),
        Interaction(dt.date(2026, 11, 6), Channel.EMAIL, InteractionKind.FOLLOW_UP),
        Interaction(dt.date(2026, 11, 9), Channel.CHAT, InteractionKind.FOLLOW_UP),
    ),
)
ESCALATED = replace(
    CASE,
    interactions=(
        *CASE.interactions,
        Interaction(dt.date(2026, 11, 10), Channel.EMAIL, InteractionKind.ESCALATION),
    ),
)


def view_of(state: WizardState, case: CaseFile = CASE) -> View:
    return View(log=CaseLog(cases=(case,), active_id=case.id), today=TODAY, wizard=state)


def page(state: WizardState, case: CaseFile = CASE) -> BeautifulSoup:
    return BeautifulSoup(render("wizard", view_of(state, case)), "html.parser")


def questions_shown(doc: BeautifulSoup) -> list[str]:
    """The questions on screen (the print-only questionnaire lists them all, for paper)."""
    for paper in doc.select(".stc-print-only"):
        paper.decompose()
    text = text_of(doc)
    return [step for step, question in labels.WIZARD_QUESTIONS.items() if question in text]


# --- the steps -------------------------------------------------------------------------


def at(name: str, **changes: object) -> WizardState:
    return WizardState(step=STEPS.index(name), **changes)  # type: ignore[arg-type]


def test_every_step_has_a_spanish_question() -> None:
    assert STEPS == (
        "situation",
        "place",
        "opened",
        "last_contact",
        "sla",
        "follow_ups",
        "impact",
        "channels",
        "escalated",
        "complaint",
    )
    assert set(labels.WIZARD_QUESTIONS) == set(STEPS)
    assert all(q.startswith("¿") and q.endswith("?") for q in labels.WIZARD_QUESTIONS.values())


def test_wizard_starts_at_the_first_question() -> None:
    state = WizardState()
    assert (state.step, state.finished, state.error) == (0, False, "")


def test_moving_stays_between_the_first_question_and_the_result() -> None:
    assert WizardState(step=3).go(-5).step == 0
    assert WizardState(step=3).go(99).step == RESULT
    assert WizardState(step=3).go(99).finished
    assert not WizardState().go(RESULT - 1).finished


def test_moving_clears_the_previous_error() -> None:
    state = WizardState(step=3, error=labels.FOLLOW_UPS_INVALID)
    assert state.go(2).error == ""


@pytest.mark.parametrize("step", range(len(STEPS)))
def test_one_question_is_shown_at_a_time(step: int) -> None:
    doc = page(WizardState(step=step))
    assert questions_shown(doc) == [STEPS[step]]
    counter = one(doc, "#stc-wizard-step")
    assert text_of(counter) == f"Pregunta {step + 1} de {len(STEPS)}"
    assert doc.select("#stc-wizard-result") == []


def test_first_question_has_no_back_button() -> None:
    doc = page(WizardState())
    assert doc.select('[data-action="wizard-back"]') == []
    assert text_of(one(doc, 'button[type="submit"]')) == labels.NEXT


def test_later_questions_can_go_back() -> None:
    doc = page(at("opened"))
    assert text_of(one(doc, '[data-action="wizard-back"]')) == labels.BACK


def test_last_question_leads_to_the_recommendation() -> None:
    doc = page(WizardState(step=len(STEPS) - 1))
    assert text_of(one(doc, 'button[type="submit"]')) == labels.SEE_ADVICE


def test_date_questions_edit_the_case_file_dates() -> None:
    opened = one(page(at("opened")), "#stc-wizard-opened")
    assert (opened["type"], opened["data-field"], opened["value"]) == (
        "date",
        "opened",
        "2026-11-02",
    )
    doc = page(at("last_contact"), CaseFile(id="c-1"))
    last = one(doc, "#stc-wizard-last_contact")
    assert (last["data-field"], last["value"]) == ("last_contact", "")
    assert labels.WIZARD_HINTS["last_contact"] in text_of(doc)


def test_opening_date_error_is_shown_next_to_the_question() -> None:
    view = replace(view_of(at("opened")), errors={"opened": labels.OPENED_REQUIRED})
    doc = BeautifulSoup(render("wizard", view), "html.parser")
    error = one(doc, "#stc-wizard-opened-error")
    assert text_of(error) == labels.OPENED_REQUIRED
    control = one(doc, "#stc-wizard-opened")
    assert control["aria-describedby"] == "stc-wizard-opened-error stc-wizard-opened-words"


def test_deadline_question_groups_amount_unit_and_no_deadline() -> None:
    doc = page(at("sla"))
    group = one(doc, "fieldset.stc-field")
    assert text_of(one(group, "legend")) == labels.WIZARD_QUESTIONS["sla"]
    assert one(group, "#stc-wizard-sla_amount")["value"] == "2"
    assert one(group, "#stc-wizard-sla_unit").name == "select"
    assert one(group, '[data-check="sla"]')["type"] == "checkbox"


def test_follow_ups_question_shows_the_answer_so_far() -> None:
    blank = one(page(at("follow_ups")), '[data-wizard="follow_ups"]')
    assert (blank["type"], blank["min"], blank["max"], blank["value"]) == ("number", "0", "50", "")
    answered = one(page(at("follow_ups", follow_ups=0)), '[data-wizard="follow_ups"]')
    assert answered["value"] == "0"


def test_invalid_answer_is_announced_as_an_alert() -> None:
    doc = page(at("follow_ups", error=labels.FOLLOW_UPS_INVALID))
    alert = one(doc, '[role="alert"]')
    assert text_of(alert) == labels.FOLLOW_UPS_INVALID
    assert text_of(one(page(at("follow_ups")), '[role="alert"]')) == ""


def test_impact_question_replaces_the_field_label_with_the_question() -> None:
    doc = page(at("impact"))
    assert text_of(one(doc, "legend")) == labels.WIZARD_QUESTIONS["impact"]
    checked = [r["value"] for r in doc.select('input[type="radio"][checked]')]
    assert checked == ["critical"]


def test_channels_question_ticks_the_channels_already_tried() -> None:
    state = at("channels", channels=frozenset({Channel.PHONE, Channel.CHAT}))
    boxes = page(state).select('[data-wizard="channel"]')
    assert [b["value"] for b in boxes] == [c.value for c in Channel]
    assert {b["value"] for b in boxes if b.has_attr("checked")} == {"phone", "chat"}
    none_yet = page(at("channels")).select('[data-wizard="channel"][checked]')
    assert none_yet == []


@pytest.mark.parametrize(("escalated", "checked"), [(None, "no"), (False, "no"), (True, "yes")])
def test_escalated_question_is_yes_or_no(escalated: bool | None, checked: str) -> None:
    doc = page(at("escalated", escalated=escalated))
    radios = doc.select('[data-wizard="escalated"]')
    assert [text_of(r.parent) for r in radios] == [labels.YES, labels.NO]
    assert [r["value"] for r in radios if r.has_attr("checked")] == [checked]


# --- answers ---------------------------------------------------------------------------


def test_opening_date_is_required_to_leave_its_question() -> None:
    message = step_error(at("opened"), CaseFile(id="x"))
    assert message == labels.OPENED_REQUIRED
    assert "fecha de apertura" in message
    assert step_error(at("opened"), CASE) == ""


def test_a_problem_that_does_not_wait_goes_on_without_an_opening_date() -> None:
    charge = CaseFile(id="x", situation=SituationKind.UNAUTHORISED_CHARGE)
    assert step_error(at("opened"), charge) == ""


def test_other_questions_can_be_left_unanswered() -> None:
    empty = CaseFile(id="x")
    others = [i for i, name in enumerate(STEPS) if name != "opened"]
    assert [step_error(WizardState(step=i), empty) for i in others] == [""] * len(others)


@pytest.mark.parametrize(("raw", "expected"), [("0", 0), ("3", 3), (" 7 ", 7), ("50", 50)])
def test_follow_ups_accepts_whole_numbers_up_to_fifty(raw: str, expected: int) -> None:
    state = set_follow_ups(at("follow_ups", error="antes"), raw)
    assert (state.follow_ups, state.error) == (expected, "")


@pytest.mark.parametrize("raw", ["", "51", "-1", "2.5", "tres", "1e2", "²", "٣"])
def test_follow_ups_refuses_anything_else_in_spanish(raw: str) -> None:
    state = set_follow_ups(at("follow_ups", follow_ups=2), raw)
    assert state.error == "Escribe un número entero entre 0 y 50."
    assert state.follow_ups == 2


def test_ticking_and_unticking_channels() -> None:
    state = toggle_channel(WizardState(), Channel.PHONE, True)
    state = toggle_channel(state, Channel.CHAT, True)
    assert state.channels == {Channel.PHONE, Channel.CHAT}
    state = toggle_channel(state, Channel.PHONE, False)
    assert state.channels == {Channel.CHAT}
    assert toggle_channel(state, Channel.EMAIL, False).channels == {Channel.CHAT}


def test_prefilled_answers_come_from_the_timeline() -> None:
    state = prefilled(WizardState(step=1), ESCALATED)
    assert state.follow_ups == 2
    assert state.channels == {Channel.EMAIL, Channel.PHONE, Channel.CHAT}
    assert state.escalated is True
    assert state.step == 1


def test_prefilling_keeps_what_the_reader_already_answered() -> None:
    answered = WizardState(follow_ups=0, channels=frozenset(), escalated=False)
    assert prefilled(answered, ESCALATED) == answered


def test_prefilling_without_an_opening_date_starts_from_nothing() -> None:
    state = prefilled(WizardState(), CaseFile(id="x", channel=Channel.CHAT))
    assert (state.follow_ups, state.channels, state.escalated) == (0, frozenset(), False)


def test_no_situation_until_the_opening_date_is_known() -> None:
    assert situation(WizardState(follow_ups=3), CaseFile(id="x")) is None


def test_situation_uses_the_wizard_answers_over_the_timeline() -> None:
    state = WizardState(follow_ups=5, channels=frozenset({Channel.SOCIAL}), escalated=False)
    s = situation(state, ESCALATED)
    assert s is not None
    assert (s.follow_ups, s.channels_tried, s.escalated) == (5, {Channel.SOCIAL}, False)
    assert (s.opened, s.last_contact, s.impact) == (MONDAY, dt.date(2026, 11, 4), Impact.CRITICAL)
    assert s.deadline == dt.date(2026, 11, 4)  # two business days after Monday
    assert s.original_channel is Channel.EMAIL


def test_skipped_impact_is_judged_as_the_case_file_judges_it() -> None:
    """The wizard and the case log must not disagree about the same unanswered case."""
    case = CaseFile(id="x", opened=MONDAY, channel=Channel.EMAIL)
    from_wizard = situation(WizardState(), case)
    from_case = situation_from_case(case)
    assert from_wizard is not None and from_case is not None
    assert from_wizard.impact == from_case.impact


def test_unanswered_questions_count_as_none_given() -> None:
    s = situation(WizardState(), CASE)
    assert s is not None
    assert (s.follow_ups, s.channels_tried, s.escalated) == (0, frozenset(), False)


@given(case_files(), st.integers(0, 50), st.frozensets(st.sampled_from(Channel)), st.booleans())
def test_situation_always_carries_the_answers_given(
    case: CaseFile, follow_ups: int, channels: frozenset[Channel], escalated: bool
) -> None:
    state = WizardState(follow_ups=follow_ups, channels=channels, escalated=escalated)
    s = situation(state, case)
    if case.opened is None:
        assert s is None
    else:
        assert s is not None
        assert (s.follow_ups, s.channels_tried, s.escalated) == (follow_ups, channels, escalated)
        assert s.opened == case.opened


# --- the recommendation ----------------------------------------------------------------


def walk_to_the_end(case: CaseFile) -> WizardState:
    """Press "Siguiente" on every question, as the browser does."""
    state = WizardState()
    while not state.finished:
        assert step_error(state, case) == ""
        state = next_step(prefilled(state, case), case)
    return state


def test_answering_every_question_shows_the_recommendation_with_reasons_and_links() -> None:
    state = walk_to_the_end(CASE)
    doc = BeautifulSoup(render("wizard", replace(view_of(state), base="/guia/")), "html.parser")
    assert questions_shown(doc) == []
    assert doc.select("form[data-wizard-form]") == []
    heading = one(doc, "#stc-wizard-result")
    # Two follow-ups and six business days since the last contact: escalate.
    assert text_of(heading) == "Pide que escalen el caso"
    reasons = doc.select(".stc-advice ul > li")
    assert len(reasons) >= 2
    for li in reasons:
        link = one(li, "a")
        assert text_of(link) == labels.WHY
        page_part, _, anchor = link["href"].removeprefix("/guia/").partition("/#")
        assert f"{page_part}#{anchor}" in escalation.SECTIONS
    assert labels.HOW in text_of(doc)
    button = one(doc, '[data-action="write-message"]')
    assert (button["data-advice"], button["data-channel"]) == ("escalate", "email")


def test_recommendation_follows_the_answers_not_only_the_timeline() -> None:
    state = replace(walk_to_the_end(CASE), follow_ups=0)
    doc = BeautifulSoup(render("wizard", view_of(state)), "html.parser")
    # The reader says no follow-up was sent yet: the next step is the first follow-up.
    assert (
        text_of(one(doc, "#stc-wizard-result")) == "Haz hoy un seguimiento por correo electrónico"
    )


def test_recommendation_without_an_opening_date_asks_for_it() -> None:
    doc = page(WizardState(step=RESULT), CaseFile(id="x"))
    assert labels.OPENED_REQUIRED in text_of(doc)
    assert doc.select("#stc-wizard-result") == []
