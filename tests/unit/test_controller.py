"""The tools' behaviour: events from the page in, new state and effects out (no browser)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

import pytest
from bs4 import BeautifulSoup

from followup import controller, labels, render, storage, wizard
from followup.controller import Effect, State, update
from followup.messages import Goal, MessageKind
from followup.model import CaseFile, Channel, Interaction, InteractionKind
from followup.render import BuilderPrefs
from followup.storage import BACKUP_PREFIX, HANDOFF_KEY, STORAGE_KEY, CaseLog
from followup.wizard import RESULT, WizardState

from .html_queries import one, text_of

TODAY = "2026-11-12"
NOW = "2026-11-12T10:30:00.000Z"
CASE = CaseFile(
    id="c-1",
    title="Router",
    case_number="48213",
    company="Conecta Fibra",
    opened=dt.date(2026, 11, 2),
    summary="Corte intermitente de internet",
    evidence=("Captura",),
    interactions=(
        Interaction(dt.date(2026, 11, 3), Channel.EMAIL, InteractionKind.FOLLOW_UP, "Ana", "Nada"),
    ),
)
OTHER = CaseFile(id="c-2", case_number="777", company="Luz Sur")
LOG = CaseLog(cases=(CASE, OTHER), active_id="c-1")


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "today": TODAY, "now": NOW, "nonce": "a1b2c3d4e5f6", **fields}


def dom(kind: str, tool: str = "builder", **fields: Any) -> dict[str, Any]:
    """A DOM event as the bridge describes it."""
    base = {"tool": tool, "hooks": {}, "id": "", "tag": "INPUT", "control": "text", "value": ""}
    return event(kind, **{**base, **fields})


def mounted(
    tools: Iterable[str] = ("builder",), log: CaseLog | None = LOG, **fields: Any
) -> tuple[State, list[Effect]]:
    stored = storage.serialize(log) if log is not None else None
    mount = event("mount", tools=list(tools), base="../", stored=stored, **fields)
    return update(State(), mount)


def effects_of(effects: list[Effect], kind: str) -> list[Effect]:
    return [e for e in effects if e["effect"] == kind]


def only(effects: list[Effect], kind: str) -> Effect:
    found = effects_of(effects, kind)
    assert len(found) == 1, f"{kind}: {effects}"
    return found[0]


def tool_html(effects: list[Effect], tool: str) -> BeautifulSoup:
    return BeautifulSoup(only(effects, "render")["tools"][tool], "html.parser")


def saved(effects: list[Effect]) -> CaseLog:
    stores = [e for e in effects_of(effects, "store") if e["key"] == STORAGE_KEY]
    assert stores, effects
    return storage.parse(stores[-1]["value"])


def field_event(name: str, value: str, tool: str = "builder", **extra: Any) -> dict[str, Any]:
    return dom("input", tool, hooks={"field": name}, id=f"stc-{tool}-{name}", value=value, **extra)


# --- mount --------------------------------------------------------------------------------


def test_mount_reads_the_saved_cases_and_redraws_the_pages_tools_keeping_typed_text() -> None:
    state, effects = mounted(("checklist", "builder"))
    assert state.log == LOG and state.tools == ("checklist", "builder") and state.base == "../"
    render = only(effects, "render")
    assert (render["mode"], render["keep"]) == ("whole", "all")
    assert set(render["tools"]) == {"checklist", "builder"}
    html = tool_html(effects, "builder")
    assert one(html, "#stc-builder-case_number")["value"] == "48213"
    assert effects_of(effects, "store") == []  # nothing changed: nothing to write


def stamped(text: str) -> str:
    """A document as the page stores it: the ids of the documents it holds first."""
    return '{"revisions":["71705b1e93cb","a022a4dd18f9"],' + text[1:]


def test_a_mount_writes_the_stored_document_only_when_it_would_read_differently() -> None:
    """The page writes every save with its revision ids first: a mount that changes nothing
    writes nothing (it rewrote the log on every page opened, and every other open tab redrew
    its tools whole on that write); a document in a roomier form is still saved compact."""
    text = storage.serialize(LOG)
    _, effects = update(State(), event("mount", tools=["caselog"], stored=stamped(text)))
    assert effects_of(effects, "store") == []
    roomy = json.dumps(json.loads(text), indent=1)
    _, effects = update(State(), event("mount", tools=["caselog"], stored=stamped(roomy)))
    assert only(effects, "store")["value"] == text
    empty = storage.serialize(CaseLog())
    assert storage.unstamped('{"revisions":["71705b1e93cb"]}') == "{}"
    assert storage.unstamped(stamped(empty)) == empty


def test_first_mount_asks_the_browser_to_keep_the_data_once() -> None:
    state, effects = mounted(("caselog",))
    assert effects_of(effects, "persist") == [{"effect": "persist"}]
    state, answer = update(state, event("persisted", value=True))
    assert state.persisted is True
    assert labels.PERSISTED in only(answer, "render")["tools"]["caselog"]
    _, again = update(state, event("mount", tools=["caselog"], stored=None))
    assert effects_of(again, "persist") == []


def test_refused_persistence_says_to_keep_a_backup() -> None:
    state, _ = mounted(("caselog",))
    _, effects = update(state, event("persisted", value=False))
    assert labels.NOT_PERSISTED in text_of(tool_html(effects, "caselog"))


def test_mount_without_saved_data_starts_one_empty_case_named_from_the_nonce() -> None:
    state, effects = mounted(log=None)
    assert [c.id for c in state.log.cases] == ["a1b2c3d4e5f6"]
    assert state.log.active_id == "a1b2c3d4e5f6"
    assert effects_of(effects, "store") == []  # an empty case is saved on its first change


def test_mount_selects_the_first_case_when_none_is_active() -> None:
    state, _ = mounted(log=replace(LOG, active_id=None))
    assert state.log.active_id == "c-1"


def test_mount_applies_what_the_reader_typed_before_the_tools_were_live() -> None:
    pending = [
        field_event("case_number", "90210"),
        field_event("company", "Telefónica"),
        field_event("summary", "Sin línea desde el lunes"),
        dom("input", hooks={}, id="stc-builder-nothing", value="x"),  # not a hook: ignored
        "not an event",
    ]
    state, effects = mounted(pending=pending)
    case = state.log.active()
    assert case is not None
    assert (case.case_number, case.company) == ("90210", "Telefónica")
    assert saved(effects).active() == case  # ...and saved
    assert "Caso #90210" in one(tool_html(effects, "builder"), "#stc-builder-subject")["value"]


def test_mount_keeps_an_invalid_early_value_out_of_the_case_and_says_why() -> None:
    state, effects = mounted(pending=[field_event("opened", "2099-01-01")])
    assert state.log.active() == CASE
    assert effects_of(effects, "store") == []
    assert text_of(one(tool_html(effects, "builder"), "#stc-builder-opened-error"))


def test_corrupt_saved_data_is_set_aside_with_a_notice_and_a_fresh_log() -> None:
    broken = "{esto no es json"
    state, effects = update(State(), event("mount", tools=["checklist"], stored=broken))
    key = f"{BACKUP_PREFIX}{NOW}"
    copy = {"effect": "store", "key": key, "value": broken, "delay_ms": 0, "report": True}
    assert copy in effects
    assert all(e.get("key") != STORAGE_KEY for e in effects)  # nothing over it yet
    assert key in state.warning and len(state.log.cases) == 1
    assert key in text_of(tool_html(effects, "checklist"))


def test_unknown_tools_in_a_mount_are_ignored() -> None:
    state, effects = mounted(("builder", "calculator"))
    assert state.tools == ("builder",)
    assert set(only(effects, "render")["tools"]) == {"builder"}


@pytest.mark.parametrize(
    ("handoff", "prefs"),
    [
        ("escalate:email", BuilderPrefs(channel=Channel.EMAIL, escalate=True)),
        ("call:", BuilderPrefs(channel=Channel.PHONE)),
        ("social:", BuilderPrefs(channel=Channel.SOCIAL)),
        ("follow_up:chat", BuilderPrefs(channel=Channel.CHAT)),
        ("escalate:fax", BuilderPrefs(escalate=True)),
    ],
)
def test_the_wizards_hand_off_opens_the_matching_message_once(
    handoff: str, prefs: BuilderPrefs
) -> None:
    state, effects = mounted(handoff=handoff)
    assert state.builder == prefs
    assert {"effect": "remove", "key": HANDOFF_KEY} in effects


# --- typing -------------------------------------------------------------------------------


def test_typing_a_field_updates_the_case_saves_later_and_swaps_only_regions() -> None:
    state, _ = mounted()
    state, effects = update(state, field_event("company", "Luz Norte"))
    case = state.log.active()
    assert case is not None and case.company == "Luz Norte"
    store = only(effects, "store")
    assert store["delay_ms"] == controller.SAVE_DELAY_MS  # debounced by the bridge
    assert saved(effects).active() == case
    render = only(effects, "render")
    assert render["mode"] == "regions"
    assert "Luz Norte" in render["tools"]["builder"]


def test_a_refused_value_shows_its_error_and_keeps_the_case() -> None:
    state, _ = mounted()
    state, effects = update(state, field_event("opened", "2099-01-01"))
    assert state.log.active() == CASE
    assert state.errors["opened"]
    assert effects_of(effects, "store") == []
    state, _ = update(state, field_event("opened", "2026-11-01"))
    assert state.errors["opened"] == ""


def test_an_unchecked_radio_is_not_an_answer() -> None:
    state, _ = mounted(("checklist",))
    radio = field_event("impact", "critical", "checklist", control="radio", checked=False)
    assert update(state, radio) == (state, [])
    state, _ = update(state, {**radio, "checked": True})
    case = state.log.active()
    assert case is not None and case.impact is not None and case.impact.value == "critical"


def test_ticking_a_checklist_item_saves_it() -> None:
    state, _ = mounted(("checklist",))
    tick = dom("input", "checklist", hooks={"check": "sla"}, control="checkbox", checked=True)
    state, effects = update(state, tick)
    assert "sla" in saved(effects).cases[0].checked
    state, _ = update(state, {**tick, "checked": False})
    case = state.log.active()
    assert case is not None and "sla" not in case.checked


def test_what_the_builder_writes_and_what_for_are_remembered_in_the_case() -> None:
    state, _ = mounted()
    goal = dom("input", hooks={"pref": "goal"}, tag="SELECT", value=Goal.NEXT_STEPS.value)
    state, effects = update(state, goal)
    assert state.view().builder.goal is Goal.NEXT_STEPS
    assert saved(effects).cases[0].goal == "next_steps"
    kind = dom("input", hooks={"pref": "kind"}, tag="SELECT", value="complaint")
    state, effects = update(state, kind)
    assert saved(effects).cases[0].message_kind == "complaint"
    assert only(effects, "render")["mode"] == "whole"  # other fields for a letter
    # Another case keeps its own; coming back finds this one as it was left.
    other = dom("change", hooks={"action": "select-case"}, tag="SELECT", value="c-2")
    state, _ = update(state, other)
    assert state.view().builder.kind is MessageKind.COMPLAINT  # c-2 has none: the page's
    state, _ = update(state, dom("input", hooks={"pref": "kind"}, value="follow_up"))
    back = dom("change", hooks={"action": "select-case"}, tag="SELECT", value="c-1")
    state, effects = update(state, back)
    prefs = state.view().builder
    assert (prefs.kind, prefs.goal) == (MessageKind.COMPLAINT, Goal.NEXT_STEPS)
    html = tool_html(effects, "builder")
    assert one(html, "#stc-builder-kind option[selected]")["value"] == "complaint"
    escalate = dom("input", hooks={"pref": "escalate"}, control="checkbox", checked=True)
    state, effects = update(state, escalate)
    assert state.builder.escalate is True


def test_unknown_preferences_and_goals_change_nothing() -> None:
    state, _ = mounted()
    assert update(state, dom("input", hooks={"pref": "goal"}, value="shout")) == (state, [])
    assert update(state, dom("input", hooks={"pref": "colour"}, value="red")) == (state, [])
    assert update(state, dom("input", hooks={"other": "x"})) == (state, [])


def channel_tab(channel: str) -> dict[str, Any]:
    """A click on one of the builder's channel tabs."""
    return dom("click", hooks={"action": "channel", "value": channel}, tag="BUTTON")


def typed_in_draft(key: str, value: str, *, public: bool = False) -> dict[str, Any]:
    """A keystroke in the builder's draft box for message `key`."""
    hooks = {"draft": key, "public": "yes" if public else "no"}
    return dom("input", hooks=hooks, tag="TEXTAREA", id="stc-builder-draft-body", value=value)


def test_typing_in_a_draft_checks_it_and_answers_with_the_warnings_only() -> None:
    state, _ = mounted()
    state, _ = update(state, channel_tab("social"))
    draft = typed_in_draft(
        "follow_up:social", "Mi caso 48213: ESTO ES UNA VERGÜENZA!!!", public=True
    )
    new_state, effects = update(state, draft)
    assert effects_of(effects, "render") == []  # the textarea being typed in stays as it is
    inner, said, edited = effects_of(effects, "inner")
    assert inner["id"] == "stc-builder-draft-body-warnings"
    assert "48213" in inner["html"] and labels.WARNINGS_TITLE in inner["html"]
    assert said["id"] == "stc-builder-draft-body-said"
    assert said["html"] == "4 avisos sobre el texto."
    assert edited["id"] == "stc-builder-draft-body-edited"
    assert labels.DRAFT_EDITED in edited["html"] and labels.REGENERATE in edited["html"]
    case = saved(effects).active()
    assert case is not None and case.draft("follow_up:social") == draft["value"]
    assert new_state.log.active() == case
    private = {**draft, "hooks": {"draft": "follow_up:social:private", "public": "no"}}
    _, effects = update(state, private)
    assert "48213" not in effects_of(effects, "inner")[0]["html"]


def test_a_draft_typed_into_a_box_of_another_message_is_kept_without_notes_for_this_one() -> None:
    """The reader typed in the mail box just before the builder switched to the call (the
    click answered late): the words are the mail's draft, and the call's box gets no notes."""
    state, _ = mounted()
    state, _ = update(state, channel_tab("phone"))
    typed = typed_in_draft("follow_up:email", "Hola, sigo sin respuesta.")
    state, effects = update(state, typed)
    assert effects_of(effects, "inner") == []
    case = saved(effects).active()
    assert case is not None and case.draft("follow_up:email") == "Hola, sigo sin respuesta."
    state, effects = update(state, channel_tab("email"))
    html = tool_html(effects, "builder")
    assert text_of(one(html, "#stc-builder-draft-body")) == "Hola, sigo sin respuesta."


@pytest.mark.parametrize(
    ("answer", "value", "checked", "expected"),
    [
        ("follow_ups", "3", False, {"follow_ups": 3}),
        ("follow_ups", "tres", False, {"error": labels.FOLLOW_UPS_INVALID}),
        ("channel", "phone", True, {"channels": frozenset({Channel.PHONE})}),
        ("channel", "pigeon", True, {}),
        ("escalated", "yes", True, {"escalated": True}),
        ("escalated", "no", True, {"escalated": False}),
        ("escalated", "yes", False, {}),
        ("mood", "x", True, {}),
    ],
)
def test_wizard_answers_are_kept_for_the_advice(
    answer: str, value: str, checked: bool, expected: Mapping[str, Any]
) -> None:
    state, _ = mounted(("wizard",))
    event_ = dom("input", "wizard", hooks={"wizard": answer}, value=value, checked=checked)
    state, _ = update(state, event_)
    assert state.view().wizard == replace(WizardState(), **expected)


def test_events_without_an_active_case_change_nothing() -> None:
    state = State(tools=("builder",))
    assert update(state, field_event("company", "X")) == (
        replace(state, today=dt.date(2026, 11, 12)),
        [],
    )
    for action in ("add-evidence", "remove-evidence", "remove-entry", "delete-case"):
        click = dom("click", hooks={"action": action}, tag="BUTTON")
        assert update(state, click)[1] == []
    assert update(state, dom("submit", hooks={"wizard-form": ""}))[1] == []
    assert update(state, dom("submit", hooks={"entry-form": ""}, form={}))[1] == []
    draft = dom("input", hooks={"draft": "body"}, value="hola")
    assert update(state, draft)[1] == []


# --- case selection, import -------------------------------------------------------------


def test_choosing_another_case_saves_at_once_and_redraws_with_its_values() -> None:
    state, _ = mounted(("caselog",))
    state = replace(state, errors={"opened": "x"}, wizard=WizardState(step=3))
    change = dom("change", "caselog", hooks={"action": "select-case"}, tag="SELECT", value="c-2")
    state, effects = update(state, change)
    assert state.log.active_id == "c-2" and state.errors == {} and state.wizard == WizardState()
    assert only(effects, "store")["delay_ms"] == 0
    render = only(effects, "render")
    assert (render["mode"], render["keep"]) == ("whole", "none")
    assert update(state, {**change, "value": "nope"})[1] == []


def test_importing_a_backup_adds_its_cases_once_they_fit_and_says_what_happened() -> None:
    state, _ = mounted(("caselog",), log=None)
    text = storage.serialize(LOG)
    change = dom("change", "caselog", hooks={"action": "import"}, control="file", file_text=text)
    state, effects = update(state, change)
    check = only(effects, "store")
    assert check["report"] and storage.parse(check["value"]).cases == LOG.cases
    assert len(state.log.cases) == 1  # nothing shows until the write says it fits
    state, effects = update(state, event("stored", key=STORAGE_KEY))
    assert state.log.cases == LOG.cases
    assert "Se añadieron 2 casos." in tool_html(effects, "caselog").get_text()
    assert saved(effects).cases == LOG.cases
    assert only(effects, "render")["keep"] == "none"


def test_importing_a_wrong_file_keeps_the_cases_and_says_why_next_to_the_field() -> None:
    state, _ = mounted(("caselog",))
    change = dom(
        "change", "caselog", hooks={"action": "import"}, control="file", file_text='{"hola": 1}'
    )
    state, effects = update(state, change)
    assert state.log == LOG and effects_of(effects, "store") == []
    assert text_of(one(tool_html(effects, "caselog"), "#stc-caselog-import-error"))


def test_a_change_without_a_known_action_or_file_does_nothing() -> None:
    state, _ = mounted(("caselog",))
    assert update(state, dom("change", hooks={"action": "import"}))[1] == []
    assert update(state, dom("change", hooks={"action": "paint"}))[1] == []


# --- wizard steps ---------------------------------------------------------------------------


def test_wizard_refuses_to_leave_the_first_step_without_the_opening_date() -> None:
    state, _ = mounted(("wizard",), log=CaseLog(cases=(OTHER,), active_id="c-2"))
    opened = wizard.STEPS.index("opened")
    state = replace(state, wizard=WizardState(step=opened))
    submit = dom("submit", "wizard", hooks={"wizard-form": ""}, tag="FORM")
    state, effects = update(state, submit)
    assert state.wizard.step == opened and state.wizard.error == labels.OPENED_REQUIRED
    assert only(effects, "render")["mode"] == "whole"
    state, effects = update(state, submit)  # the error stays until the answer changes
    assert state.wizard.step == opened and effects_of(effects, "focus") == []


def test_wizard_walks_forward_focusing_each_question_then_the_advice() -> None:
    state, _ = mounted(("wizard",))
    submit = dom("submit", "wizard", hooks={"wizard-form": ""}, tag="FORM")
    state, effects = update(state, submit)
    assert state.wizard.step == 1
    assert only(effects, "focus") == {
        "effect": "focus",
        "id": "stc-wizard-step",
        "first_control": True,
    }
    assert state.view().wizard.follow_ups == 1  # prefilled from the timeline, kept in the case
    assert state.log.cases[0].declared_follow_ups == 1
    for _ in range(RESULT - 1):
        state, effects = update(state, submit)
    assert state.wizard.finished
    assert only(effects, "focus")["id"] == "stc-wizard-result"
    assert "stc-wizard-result" in only(effects, "render")["tools"]["wizard"]


def test_wizard_back_and_restart() -> None:
    state, _ = mounted(("wizard",))
    state = replace(state, wizard=WizardState(step=3, follow_ups=2))
    back = dom("click", "wizard", hooks={"action": "wizard-back"}, tag="BUTTON")
    state, effects = update(state, back)
    assert state.wizard.step == 2 and only(effects, "focus")["first_control"] is True
    restart = dom("click", "wizard", hooks={"action": "wizard-restart"}, tag="BUTTON")
    state, _ = update(state, restart)
    assert state.wizard.step == 0 and state.wizard.error == ""


def test_the_advice_button_hands_the_message_to_the_builder_page() -> None:
    state, _ = mounted(("wizard",))
    click = dom(
        "click",
        "wizard",
        hooks={"action": "write-message", "advice": "escalate", "channel": "email"},
        tag="BUTTON",
    )
    _, effects = update(state, click)
    assert {"effect": "store", "key": HANDOFF_KEY, "value": "escalate:email", "delay_ms": 0} in (
        effects
    )
    assert only(effects, "navigate")["url"] == "../redactar/#stc-builder-tool"
    # The case is written before the page is left.
    assert [e["delay_ms"] for e in effects_of(effects, "store")] == [0, 0]


# --- case log -----------------------------------------------------------------------------


def entry_form(**values: str) -> dict[str, Any]:
    form = {"date": "2026-11-10", "channel": "phone", "kind": "follow_up", "agent": "", "note": ""}
    return dom("submit", "caselog", hooks={"entry-form": ""}, tag="FORM", form={**form, **values})


def test_adding_a_timeline_entry_saves_it_and_empties_the_note_and_agent() -> None:
    state, _ = mounted(("caselog",))
    state, effects = update(state, entry_form(agent="Lucía", note="Prometen llamar"))
    case = state.log.active()
    assert case is not None and case.interactions[-1].note == "Prometen llamar"
    assert saved(effects).active() == case
    assert only(effects, "values")["values"] == {
        "stc-caselog-entry-agent": "",
        "stc-caselog-entry-note": "",
    }


def test_a_refused_entry_keeps_what_was_typed_and_shows_each_error() -> None:
    state, _ = mounted(("caselog",))
    state, effects = update(state, entry_form(date="", channel=""))
    assert state.log == LOG and effects_of(effects, "values") == []
    assert state.errors["entry-date"] and state.errors["entry-channel"]
    bad_form = dom("submit", "caselog", hooks={"entry-form": ""}, form="not a form")
    assert update(state, bad_form)[0].errors["entry-date"]


def test_evidence_is_added_from_the_field_the_button_names_and_the_field_empties() -> None:
    state, _ = mounted(("checklist",))
    click = dom(
        "click",
        "checklist",
        hooks={"action": "add-evidence", "target": "stc-checklist-evidence"},
        tag="BUTTON",
        target_value="Factura de octubre",
    )
    state, effects = update(state, click)
    case = state.log.active()
    assert case is not None and case.evidence[-1] == "Factura de octubre"
    assert only(effects, "values")["values"] == {"stc-checklist-evidence": ""}
    assert only(effects, "focus")["id"] == "stc-checklist-evidence"
    state, effects = update(state, click)  # the same again is refused, the text stays
    assert state.errors["evidence"] and effects_of(effects, "values") == []


def test_remove_buttons_drop_the_item_they_name() -> None:
    state, _ = mounted(("caselog",))
    remove = dom("click", "caselog", hooks={"action": "remove-evidence", "index": "0"})
    state, effects = update(state, {**remove, "tag": "BUTTON"})
    assert saved(effects).active() == replace(CASE, evidence=())
    entry = dom("click", "caselog", hooks={"action": "remove-entry", "index": "0"}, tag="BUTTON")
    state, _ = update(state, entry)
    case = state.log.active()
    assert case is not None and case.interactions == ()
    nonsense = dom("click", "caselog", hooks={"action": "remove-entry", "index": "-1"})
    assert update(state, {**nonsense, "tag": "BUTTON"})[0].log == state.log


def test_new_case_is_active_saved_and_its_name_field_focused() -> None:
    state, _ = mounted(("caselog",))
    click = dom("click", "caselog", hooks={"action": "new-case"}, tag="BUTTON")
    state, effects = update(state, click)
    assert len(state.log.cases) == 3 and state.log.active_id == "a1b2c3d4e5f6"
    assert only(effects, "focus")["id"] == "stc-caselog-title"
    assert only(effects, "render")["keep"] == "none"
    state, _ = update(state, click)  # the same nonce twice still makes a new id
    assert len({c.id for c in state.log.cases}) == 4


def test_deleting_a_case_asks_first_and_a_no_changes_nothing() -> None:
    state, _ = mounted(("caselog",))
    click = dom("click", "caselog", hooks={"action": "delete-case"}, tag="BUTTON")
    same, effects = update(state, click)
    ask = only(effects, "confirm")
    assert "Router" in ask["message"] and same == state
    declined = update(state, event("confirmed", event=ask["event"], answer=False))
    assert declined == (state, [])
    state, effects = update(state, event("confirmed", event=ask["event"], answer=True))
    assert [c.id for c in state.log.cases] == ["c-2"] and state.log.active_id == "c-2"
    assert saved(effects).cases == (OTHER,)


def test_a_confirmation_without_its_event_is_ignored() -> None:
    state, _ = mounted()
    assert update(state, event("confirmed", event="delete", answer=True)) == (state, [])


def test_clearing_all_data_asks_then_removes_the_saved_document() -> None:
    state, _ = mounted(("caselog",))
    click = dom("click", "caselog", hooks={"action": "clear-all"}, tag="BUTTON")
    _, effects = update(state, click)
    ask = only(effects, "confirm")
    assert ask["message"] == labels.CONFIRM_CLEAR
    state, effects = update(state, event("confirmed", event=ask["event"], answer=True))
    assert {"effect": "remove", "key": STORAGE_KEY} in effects
    assert saved(effects).cases == () and saved(effects).cleared_at == NOW
    assert len(state.log.cases) == 1 and state.log.cases[0].case_number == ""
    assert state.notice == labels.CLEARED
    # The button is redrawn away: focus goes to the (empty) case shown, not the page's body.
    assert only(effects, "focus")["id"] == render.fid("caselog", "case")


def test_exports_are_downloads_named_by_date() -> None:
    state, _ = mounted(("caselog",))
    click = dom("click", "caselog", hooks={"action": "export-csv"}, tag="BUTTON")
    csv = only(update(state, click)[1], "download")
    assert csv["mime"] == "text/csv" and "2026-11-12" in csv["filename"]
    assert "48213" in csv["text"]
    backup = only(update(state, {**click, "hooks": {"action": "export-json"}})[1], "download")
    assert backup["mime"] == "application/json"
    assert storage.parse(backup["text"]) == LOG


def test_calendar_reminder_needs_a_next_action_date_first() -> None:
    state, _ = mounted(("caselog",))
    click = dom("click", "caselog", hooks={"action": "export-ics"}, tag="BUTTON")
    state, effects = update(state, click)
    assert state.errors["next_action"] == labels.ICS_NEEDS_DATE
    assert effects_of(effects, "download") == []
    state, _ = update(state, field_event("next_action", "2026-11-20", "caselog"))
    state, effects = update(state, click)
    ics = only(effects, "download")
    assert ics["mime"] == "text/calendar" and "DTSTART;VALUE=DATE:20261120" in ics["text"]
    assert "DTSTAMP:20261112T103000Z" in ics["text"]
    assert state.errors["next_action"] == ""
    _, effects = update(state, {**click, "now": "not a time"})  # still a valid file
    assert "DTSTAMP:" in only(effects, "download")["text"]


def test_copy_sends_the_text_the_reader_sees_and_where_to_say_so() -> None:
    state, _ = mounted()
    click = dom(
        "click",
        hooks={"action": "copy", "target": "stc-builder-draft-body"},
        tag="BUTTON",
        target_value="Texto editado por mí",
    )
    _, effects = update(state, click)
    assert only(effects, "copy") == {
        "effect": "copy",
        "text": "Texto editado por mí",
        "status_id": "stc-builder-draft-body-copied",
        "ok": labels.COPIED,
        "fail": labels.COPY_FAILED,
    }


def test_channel_tabs_switch_the_draft() -> None:
    state, _ = mounted()
    tab = dom("click", hooks={"action": "channel", "value": "phone"}, tag="BUTTON")
    state, effects = update(state, tab)
    assert state.builder.channel is Channel.PHONE
    assert only(effects, "render")["mode"] == "regions"
    assert update(state, {**tab, "hooks": {"action": "channel", "value": "fax"}})[1] == []


def test_clicks_on_selects_inputs_and_unknown_actions_do_nothing() -> None:
    state, _ = mounted(("caselog",))
    select = dom("click", "caselog", hooks={"action": "select-case"}, tag="SELECT")
    assert update(state, select) == (state, [])
    unknown = dom("click", "caselog", hooks={"action": "dance"}, tag="BUTTON")
    assert update(state, unknown)[1] == []
    assert update(state, dom("submit", hooks={}))[1] == []


# --- other tabs, failures, unknown events ---------------------------------------------------


def test_another_tabs_save_arrives_with_a_notice_and_keeps_local_typing() -> None:
    state, _ = mounted()
    theirs = storage.update_case(LOG, replace(CASE, company="Otra"))
    state, effects = update(
        state, event("storage", key=STORAGE_KEY, value=storage.serialize(theirs))
    )
    case = state.log.active()
    assert case is not None and case.company == "Otra" and state.notice == labels.OTHER_TAB
    render = only(effects, "render")
    assert (render["mode"], render["keep"]) == ("whole", "local")


@pytest.mark.parametrize(
    "storage_event",
    [
        {"key": STORAGE_KEY, "value": "{roto"},  # the other tab shows the notice
        {"key": STORAGE_KEY, "value": None},  # erased there
        {"key": "other-site", "value": "{}"},
    ],
)
def test_storage_events_that_are_not_a_readable_save_of_ours_change_nothing(
    storage_event: dict[str, Any],
) -> None:
    state, _ = mounted()
    assert update(state, event("storage", **storage_event)) == (state, [])


def test_a_failed_save_is_told_to_the_reader() -> None:
    state, _ = mounted()
    state, effects = update(state, event("save-failed"))
    assert state.notice == labels.SAVE_FAILED
    assert labels.SAVE_FAILED in text_of(tool_html(effects, "builder"))


def test_unknown_events_and_a_missing_date_change_nothing() -> None:
    state, _ = mounted()
    assert update(state, event("dance")) == (state, [])
    assert update(state, {"no": "type"}) == (state, [])
    later, _ = update(state, {**event("save-failed"), "today": "mañana"})
    assert later.today == state.today


def test_every_effect_is_plain_json() -> None:
    state, effects = mounted(("checklist", "builder", "wizard", "caselog"))
    assert json.loads(json.dumps(effects)) == effects
    click = dom("click", "caselog", hooks={"action": "delete-case"}, tag="BUTTON")
    _, effects = update(state, click)
    assert json.loads(json.dumps(effects)) == effects
