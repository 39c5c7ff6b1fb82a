"""Issue 10 in the core: text a person would send, and tools that agree with each other.

Each test is one thing a reader would notice: a signature with their name, a named person
greeted and addressed in the singular, short subjects, placeholders flagged, the wizard's
answers kept with the case, the builder's "escalate" tick kept, the call script using
what the case knows.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from bs4 import BeautifulSoup

from followup import labels, render, storage, texts, wizard
from followup.controller import State, update
from followup.messages import Goal, MessageKind, compose, compose_kind
from followup.model import CaseFile, Channel, Impact
from followup.render import View
from followup.storage import STORAGE_KEY, CaseLog
from followup.wizard import RESULT, WizardState

TODAY = dt.date(2026, 11, 12)
CASE = CaseFile(
    id="c-1",
    case_number="48213",
    company="Conecta Fibra",
    channel=Channel.EMAIL,
    opened=dt.date(2026, 11, 2),
    last_contact=dt.date(2026, 11, 3),
    sla_amount=3,
    summary="Corte intermitente de internet desde el lunes.",
    impact=Impact.CRITICAL,
    evidence=("Captura del router",),
)
NAMED = CASE.with_changes(agent_name="Sr. Ramírez", signer_name="Ana Pérez")


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "today": TODAY.isoformat(), "now": "2026-11-12T10:00:00Z", **fields}


def dom(kind: str, tool: str, **fields: Any) -> dict[str, Any]:
    base = {"tool": tool, "hooks": {}, "id": "", "tag": "INPUT", "control": "text", "value": ""}
    return event(kind, **{**base, **fields})


def mount(log: CaseLog | str | None, tools: tuple[str, ...]) -> State:
    stored = storage.serialize(log) if isinstance(log, CaseLog) else log
    state, _ = update(State(), event("mount", tools=list(tools), base="../", stored=stored))
    return state


def stored_text(effects: list[dict[str, Any]]) -> str:
    stores = [e for e in effects if e["effect"] == "store" and e["key"] == STORAGE_KEY]
    assert stores, effects
    return str(stores[-1]["value"])


# --- Text a person would send ----------------------------------------------------------


@pytest.mark.parametrize("goal", list(Goal))
@pytest.mark.parametrize("escalate", [False, True])
def test_a_named_person_is_greeted_and_addressed_in_the_singular(
    goal: Goal, escalate: bool
) -> None:
    body = compose(NAMED, Channel.EMAIL, goal, TODAY, escalate=escalate).body
    assert body.startswith("Hola, Sr. Ramírez:\n")
    assert "Estimado/a" not in body
    for plural in ("Les ", " les ", "necesitan", "escalen", "dieran", "indicaran"):
        assert plural not in body, (goal, plural)


def test_the_readers_name_signs_the_email_the_call_and_the_complaint() -> None:
    assert compose(NAMED, Channel.EMAIL, Goal.STATUS, TODAY).body.endswith(
        "Saludos cordiales,\nAna Pérez"
    )
    phone = compose(NAMED, Channel.PHONE, Goal.STATUS, TODAY).body
    assert "Me llamo Ana Pérez." in phone
    complaint = compose_kind(NAMED, MessageKind.COMPLAINT, Channel.EMAIL, Goal.STATUS, TODAY)
    assert "Atentamente,\nAna Pérez\n" in complaint.body
    for draft in (phone, complaint.body):
        assert texts.SIGNATURE_PLACEHOLDER not in draft


def test_an_escalation_opens_on_the_case_and_blames_no_one() -> None:
    body = compose(CASE, Channel.EMAIL, Goal.STATUS, TODAY, escalate=True).body
    paragraphs = body.split("\n\n")
    assert paragraphs[1].startswith("Escribo en relación con el caso #48213")
    assert "dar seguimiento" not in body
    assert "hemos" not in body
    assert "Como el caso sigue sin resolverse, les pido que lo escalen" in body


def test_subjects_are_short_and_never_cut_a_word() -> None:
    long = CASE.with_changes(
        summary="Pedí unas zapatillas el día 3 y me cobraron dos veces el mismo pedido y más"
    )
    subject = compose(long, Channel.EMAIL, Goal.STATUS, TODAY).subject
    assert subject is not None and "…" not in subject
    description = subject.split(" – ", 2)[2]
    assert long.summary.startswith(description) and long.summary[len(description)] == " "
    assert len(subject) <= 80


def test_the_cases_private_name_never_reaches_the_company() -> None:
    named = CASE.with_changes(
        title="Los de la fibra otra vez", summary="Me cobraron dos veces el mismo pedido"
    )
    for kind in MessageKind:
        for channel in Channel:
            draft = compose_kind(named, kind, channel, Goal.STATUS, TODAY)
            text = " ".join(t for t in (draft.subject, draft.body, draft.private_body) if t)
            assert "fibra otra vez" not in text, (kind, channel)
    subject = compose(named, Channel.EMAIL, Goal.STATUS, TODAY).subject
    assert subject == "Seguimiento – Caso #48213 – Me cobraron dos veces el mismo pedido"


def test_placeholders_left_in_a_draft_are_flagged_instead_of_no_warnings() -> None:
    body = compose(CASE, Channel.EMAIL, Goal.STATUS, TODAY).body
    found = render.check_text(body, CASE, public=False)
    assert [f.kind for f in found] == ["placeholder"]
    assert found[0].message == "Completa «[Nombre y apellidos]» antes de enviarlo."
    html = render.findings_html(found)
    assert labels.NO_WARNINGS not in html and "[Nombre y apellidos]" in html
    signed = compose(NAMED, Channel.EMAIL, Goal.STATUS, TODAY).body
    assert render.check_text(signed, NAMED, public=False) == []


def test_the_import_notice_counts_one_case_in_the_singular() -> None:
    assert labels.imported(1) == "Copia importada: 1 caso."
    assert labels.imported(3) == "Copia importada: 3 casos."


# --- The tools agree with each other -----------------------------------------------------


def walk_the_wizard(state: State, answers: list[dict[str, Any]]) -> tuple[State, list[Any]]:
    effects: list[Any] = []
    for answer in answers:
        state, effects = update(state, dom("input", "wizard", **answer))
    submit = dom("submit", "wizard", hooks={"wizard-form": ""}, tag="FORM")
    for _ in range(RESULT):
        state, more = update(state, submit)
        effects += more
    return state, effects


def test_the_wizards_answers_are_kept_with_the_case_and_give_the_same_advice_again() -> None:
    state = mount(CaseLog(cases=(CASE,), active_id="c-1"), ("wizard",))
    answers = [
        {"hooks": {"wizard": "follow_ups"}, "value": "3"},
        {"hooks": {"wizard": "channel"}, "value": "phone", "checked": True, "control": "checkbox"},
        {"hooks": {"wizard": "escalated"}, "value": "yes", "checked": True, "control": "radio"},
    ]
    state, effects = walk_the_wizard(state, answers)
    advice = render.advice_html(state.view())
    saved = storage.parse(stored_text(effects))
    case = saved.cases[0]
    assert (case.declared_follow_ups, case.channels_tried, case.escalated) == (
        3,
        frozenset({Channel.PHONE}),
        True,
    )
    # A reload: the wizard starts at question 1, with the same answers and the same advice.
    again = mount(saved, ("wizard",))
    assert again.wizard == WizardState()
    assert again.view().wizard.follow_ups == 3
    again, _ = walk_the_wizard(again, [])
    assert render.advice_html(again.view()) == advice
    # «Empezar de nuevo» walks the same answers again.
    restart = dom("click", "wizard", hooks={"action": "wizard-restart"}, tag="BUTTON")
    again, _ = update(again, restart)
    again, _ = walk_the_wizard(again, [])
    assert render.advice_html(again.view()) == advice


def test_the_escalate_tick_is_kept_with_the_case() -> None:
    state = mount(CaseLog(cases=(CASE,), active_id="c-1"), ("builder",))
    tick = dom("input", "builder", hooks={"pref": "escalate"}, checked=True, control="checkbox")
    state, effects = update(state, tick)
    reloaded = mount(stored_text(effects), ("builder",))
    assert reloaded.view().builder.escalate
    html = BeautifulSoup(render.render("builder", reloaded.view()), "html.parser")
    assert html.select_one('[data-pref="escalate"]').has_attr("checked")  # type: ignore[union-attr]
    untick = {**tick, "checked": False}
    reloaded, effects = update(reloaded, untick)
    assert not mount(stored_text(effects), ("builder",)).view().builder.escalate


def test_the_escalation_email_says_how_many_follow_ups_the_reader_declared() -> None:
    body = compose(CASE.with_changes(declared_follow_ups=2), Channel.EMAIL, Goal.STATUS, TODAY)
    assert "Ya solicité una actualización 2 veces, sin respuesta." not in body.body
    escalation = compose(
        CASE.with_changes(declared_follow_ups=2), Channel.EMAIL, Goal.STATUS, TODAY, escalate=True
    ).body
    assert "Ya solicité una actualización 2 veces, sin respuesta." in escalation
    one = compose(
        CASE.with_changes(declared_follow_ups=1), Channel.EMAIL, Goal.STATUS, TODAY, escalate=True
    ).body
    assert "Ya solicité una actualización anteriormente, sin respuesta." in one


def test_the_call_script_uses_the_agent_the_deadline_and_the_wizards_wait() -> None:
    day = dt.date(2026, 11, 3)
    case = NAMED.with_changes(last_contact=day, declared_follow_ups=0, impact=Impact.AFFECTS_ME)
    view = View(log=CaseLog(cases=(case,), active_id="c-1"), today=day)
    view = View(
        log=view.log,
        today=day,
        builder=render.BuilderPrefs(channel=Channel.PHONE),
        wizard=WizardState(follow_ups=0, channels=frozenset(), escalated=False),
    )
    script = BeautifulSoup(render.draft_html(view), "html.parser").get_text()
    assert "«La última vez me atendió Sr. Ramírez.»" in script
    assert "«Me indicaron un plazo de 3 días hábiles, que termina el 5 de noviembre de 2026.»" in (
        script
    )
    assert "te aconseja esperar hasta el" in script


def test_the_wizards_missing_date_error_clears_once_a_date_is_entered() -> None:
    state = mount(CaseLog(cases=(CaseFile(id="c-1"),), active_id="c-1"), ("wizard",))
    submit = dom("submit", "wizard", hooks={"wizard-form": ""}, tag="FORM")
    opened = wizard.STEPS.index("opened")
    state, _ = update(state, submit)  # «¿Qué pasó?» may stay unanswered
    state, _ = update(state, submit)  # and so may the place
    state, _ = update(state, submit)
    assert state.wizard.error == labels.OPENED_REQUIRED and state.wizard.step == opened
    typed = dom("input", "wizard", hooks={"field": "opened"}, value="2026-11-02", control="date")
    state, _ = update(state, typed)
    assert state.wizard.error == ""
    state, _ = update(state, submit)
    assert state.wizard.step == opened + 1


def test_a_version_2_document_gains_the_new_fields_unanswered() -> None:
    v2 = json.loads(storage.serialize(CaseLog(cases=(CASE,), active_id="c-1")))
    for name in storage.V3_FIELDS:
        del v2["cases"][0][name]
    v2["version"] = 2
    log = storage.parse(json.dumps(v2))
    assert log.cases[0] == CASE
    assert json.loads(storage.serialize(log))["version"] == storage.SCHEMA_VERSION == 4


def test_one_meaning_and_one_word_everywhere() -> None:
    checklist_hint = texts.CHECKLIST["last_contact"][1]
    wizard_hint = labels.WIZARD_HINTS["last_contact"]
    assert wizard_hint.startswith(checklist_hint)
    assert "hora" not in texts.CHECKLIST["opened"][1]
    every = json.dumps(
        [texts.CHECKLIST, labels.FIELD_LABELS, labels.FIELD_HINTS], ensure_ascii=False
    )
    assert "vídeo" not in every and "videncia" not in every
