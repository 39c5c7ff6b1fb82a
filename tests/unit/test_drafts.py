"""Drafts stay the reader's: an edited message is kept per case and per message, shown
instead of the tool's, and written again only when the reader asks and confirms."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from bs4 import BeautifulSoup

from followup import labels, messages, render, storage, validation
from followup.controller import State, update
from followup.messages import DraftKey, Goal, MessageKind, draft_key, parse_draft_key
from followup.model import CaseFile, CaseSector, Channel, SituationKind
from followup.render import View
from followup.storage import CaseLog

from .html_queries import one, text_of
from .test_controller import dom, effects_of, event, mounted, only, saved, tool_html

CASE = CaseFile(
    id="c-1",
    case_number="48213",
    company="Conecta Fibra",
    opened=dt.date(2026, 11, 2),
    summary="Corte intermitente de internet",
)
LOG = CaseLog(cases=(CASE,), active_id="c-1")
EDIT = "Hola:\n\nMi DNI es 12345678Z. El caso 48213 sigue igual.\n\nAna"


def typed(text: str, key: str = "follow_up:email", part: str = "body") -> dict[str, Any]:
    return dom(
        "input",
        hooks={"draft": key, "held": "", "public": "no"},
        tag="TEXTAREA",
        control="textarea",
        id=f"stc-builder-draft-{part}",
        value=text,
    )


def edited_state() -> State:
    state, _ = mounted(log=LOG)
    state, _ = update(state, typed(EDIT))
    return state


def body_of(effects: list[dict[str, Any]]) -> str:
    return one(tool_html(effects, "builder"), "#stc-builder-draft-body").get_text()


# --- keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "channel", "escalate", "part", "key"),
    [
        (MessageKind.FOLLOW_UP, Channel.EMAIL, False, "body", "follow_up:email"),
        (MessageKind.FOLLOW_UP, Channel.PORTAL, False, "body", "follow_up:portal"),
        (MessageKind.FOLLOW_UP, Channel.CHAT, True, "body", "escalation:chat"),
        (MessageKind.FOLLOW_UP, Channel.PHONE, False, "body", "follow_up:phone"),
        (MessageKind.FOLLOW_UP, Channel.SOCIAL, False, "body", "follow_up:social"),
        (MessageKind.FOLLOW_UP, Channel.SOCIAL, True, "private", "escalation:social:private"),
        (MessageKind.COMPLAINT, Channel.CHAT, True, "body", "complaint"),
        (MessageKind.ASK_NUMBER, Channel.EMAIL, False, "body", "ask_number"),
        (MessageKind.CHRONOLOGY, Channel.EMAIL, False, "body", "chronology"),
    ],
)
def test_each_message_has_its_own_key(
    kind: MessageKind, channel: Channel, escalate: bool, part: str, key: str
) -> None:
    assert draft_key(kind, channel, escalate, part) == key
    parsed = parse_draft_key(key)
    assert parsed is not None and parsed.kind is kind and parsed.part == part
    if kind is MessageKind.FOLLOW_UP:
        assert parsed == DraftKey(kind, channel, escalate, part)


@pytest.mark.parametrize(
    "key", ["", "follow_up", "follow_up:fax", "note:email", "follow_up:email:private", "x:y:z"]
)
def test_a_key_the_tools_never_write_is_refused(key: str) -> None:
    assert parse_draft_key(key) is None


# --- typing, keeping, showing -------------------------------------------------------------


def test_an_edited_draft_is_kept_and_shown_instead_of_the_tools_even_when_the_case_changes() -> (
    None
):
    state = edited_state()
    case = state.log.active()
    assert case is not None and case.draft("follow_up:email") == EDIT
    company = dom("input", hooks={"field": "company"}, id="stc-builder-company", value="Luz Sur")
    state, effects = update(state, company)
    assert body_of(effects) == EDIT
    html = tool_html(effects, "builder")
    assert labels.DRAFT_EDITED in text_of(one(html, "#stc-builder-draft-body-edited"))
    assert text_of(one(html, 'button[data-action="regenerate"]')) == labels.REGENERATE
    # The subject is still the tool's, and follows the case.
    assert one(html, "#stc-builder-subject")["value"].startswith("Seguimiento – Caso #48213")
    # Reloading: the same document gives the same text.
    stored = storage.serialize(state.log)
    _, effects = update(State(), event("mount", tools=["builder"], stored=stored))
    assert body_of(effects) == EDIT


def test_each_message_keeps_its_own_edit() -> None:
    state = edited_state()
    # The portal's message, the escalation request and the letter are still the tool's.
    state, effects = update(
        state, dom("click", hooks={"action": "channel", "value": "portal"}, tag="BUTTON")
    )
    assert body_of(effects) != EDIT and "Escribo para dar seguimiento" in body_of(effects)
    state, _ = update(state, typed("Mi comentario en el portal", "follow_up:portal"))
    escalate = dom("input", hooks={"pref": "escalate"}, control="checkbox", checked=True)
    state, effects = update(state, escalate)
    assert "Escribo en relación con el caso" in body_of(effects)
    state, effects = update(
        state, dom("click", hooks={"action": "channel", "value": "email"}, tag="BUTTON")
    )
    assert "les pido que lo escalen" in body_of(effects)
    escalate = {**escalate, "checked": False}
    state, effects = update(state, escalate)
    assert body_of(effects) == EDIT
    case = state.log.active()
    assert case is not None
    assert dict(case.drafts) == {
        "follow_up:email": EDIT,
        "follow_up:portal": "Mi comentario en el portal",
    }


def test_the_social_posts_public_and_private_parts_are_kept_apart() -> None:
    state, _ = mounted(log=LOG)
    state, _ = update(
        state, dom("click", hooks={"action": "channel", "value": "social"}, tag="BUTTON")
    )
    state, _ = update(state, typed("Hola, ¿me escriben por privado?", "follow_up:social"))
    state, effects = update(
        state, typed("Mi caso es el 48213.", "follow_up:social:private", "private")
    )
    case = saved(effects).active()
    assert case is not None
    assert case.draft("follow_up:social") == "Hola, ¿me escriben por privado?"
    assert case.draft("follow_up:social:private") == "Mi caso es el 48213."
    _, effects = update(state, dom("input", hooks={"field": "company"}, value="Otra"))
    html = tool_html(effects, "builder")
    assert one(html, "#stc-builder-draft-body").get_text() == "Hola, ¿me escriben por privado?"
    assert one(html, "#stc-builder-draft-private").get_text() == "Mi caso es el 48213."


def test_typing_back_the_tools_own_text_is_no_edit() -> None:
    state, effects = mounted(log=LOG)
    generated = body_of(effects)
    state, _ = update(state, typed(generated + " y algo más"))
    state, effects = update(state, typed(generated))
    case = state.log.active()
    assert case is not None and case.drafts == ()
    assert effects_of(effects, "inner")[-1]["html"] == ""  # no «Editado por ti» any more


def test_a_keystroke_never_redraws_the_box_being_typed_in() -> None:
    state, _ = mounted(log=LOG)
    _, effects = update(state, typed(EDIT))
    assert effects_of(effects, "render") == []
    assert {e["id"] for e in effects_of(effects, "inner")} == {
        "stc-builder-draft-body-warnings",
        "stc-builder-draft-body-said",
        "stc-builder-draft-body-edited",
    }
    store = only(effects, "store")
    assert store["delay_ms"] > 0  # saved like any typing, after a pause


def test_a_draft_too_long_to_store_is_said_and_not_saved() -> None:
    state, _ = mounted(log=LOG)
    text = "x" * (validation.MAX_DRAFT_LENGTH + 1)
    new_state, effects = update(state, typed(text))
    assert new_state.log == state.log and effects_of(effects, "store") == []
    warnings = effects_of(effects, "inner")[0]["html"]
    assert "demasiado largo" in warnings and str(validation.MAX_DRAFT_LENGTH) in warnings


def test_an_unknown_draft_key_changes_nothing() -> None:
    state, _ = mounted(log=LOG)
    new_state, effects = update(state, typed("texto", "postal:fax"))
    assert new_state.log == state.log and effects_of(effects, "store") == []


# --- «Volver a generarlo» -----------------------------------------------------------------


def test_volver_a_generarlo_asks_first_and_a_no_keeps_the_readers_words() -> None:
    state = edited_state()
    click = dom("click", hooks={"action": "regenerate", "key": "follow_up:email"}, tag="BUTTON")
    same, effects = update(state, click)
    ask = only(effects, "confirm")
    assert ask["message"] == labels.CONFIRM_REGENERATE and same == state
    declined, effects = update(state, event("confirmed", event=ask["event"], answer=False))
    assert declined == state and effects == []


def test_volver_a_generarlo_confirmed_writes_the_message_again_from_the_case() -> None:
    state = edited_state()
    click = dom("click", hooks={"action": "regenerate", "key": "follow_up:email"}, tag="BUTTON")
    _, effects = update(state, click)
    ask = only(effects, "confirm")
    state, effects = update(state, event("confirmed", event=ask["event"], answer=True))
    case = saved(effects).active()
    assert case is not None and case.draft("follow_up:email") is None
    body = body_of(effects)
    assert "Escribo para dar seguimiento al caso #48213" in body
    assert only(effects, "values")["values"] == {"stc-builder-draft-body": body}
    assert only(effects, "focus")["id"] == "stc-builder-draft-body"
    html = tool_html(effects, "builder")
    assert text_of(one(html, "#stc-builder-draft-body-edited")) == ""


def test_volver_a_generarlo_for_an_unknown_key_does_nothing() -> None:
    state = edited_state()
    click = dom("click", hooks={"action": "regenerate", "key": "nope"}, tag="BUTTON")
    assert update(state, click) == (state, [])


# --- text typed before the tool was live ----------------------------------------------------


def test_a_draft_typed_before_the_tool_was_live_is_kept_as_the_readers() -> None:
    prerendered = messages.compose(
        CaseFile(id=""), Channel.EMAIL, Goal.STATUS, dt.date(2026, 11, 1)
    )
    early = prerendered.body + "\nMi DNI: 12345678Z"
    pending = [typed(early)]
    log = CaseLog(cases=(CASE.with_changes(message_kind="complaint"),), active_id="c-1")
    state, effects = mounted(log=log, pending=pending)
    case = saved(effects).active()
    assert case is not None and case.draft("follow_up:email") == early
    # The builder opens the message the reader typed into, not the case's last one.
    assert state.view().builder.kind is MessageKind.FOLLOW_UP
    assert body_of(effects) == early
    assert only(effects, "render")["keep"] == "all"


# --- what to write and what for, per case ---------------------------------------------------


def test_the_wizards_hand_off_is_what_this_case_writes_next() -> None:
    log = CaseLog(cases=(CASE.with_changes(message_kind="follow_up"),), active_id="c-1")
    state, effects = mounted(log=log, handoff="complaint:")
    assert state.view().builder.kind is MessageKind.COMPLAINT
    case = saved(effects).active()
    assert case is not None and case.message_kind == "complaint"


def test_a_field_that_changes_the_form_redraws_it_whole() -> None:
    state, _ = mounted(log=LOG)
    state, _ = update(state, dom("input", hooks={"pref": "kind"}, value="complaint"))
    # Chile: the law sets the bank no deadline, so the reply date appears; the ID is a RUT.
    for name, value in (("sector", "banca"), ("country", "CL")):
        state, effects = update(state, dom("input", hooks={"field": name}, value=value))
    assert only(effects, "render")["mode"] == "whole"
    html = tool_html(effects, "builder")
    assert text_of(one(html, 'label[for="stc-builder-reader_id"]')) == "Tu RUT"
    assert one(html, "#stc-builder-reply_by") is not None
    # A field that changes only the text swaps the regions.
    _, effects = update(state, dom("input", hooks={"field": "company"}, value="Banco"))
    assert only(effects, "render")["mode"] == "regions"


def test_the_suggested_reply_date_is_taken_with_one_click() -> None:
    chile = CASE.with_changes(
        country="CL", sector=CaseSector.FINANCE, situation=SituationKind.UNAUTHORISED_CHARGE
    )
    state, _ = mounted(log=CaseLog((chile,), "c-1"))
    use = dom(
        "click",
        hooks={"action": "use-reply-by", "value": "2026-11-26", "tool": "builder"},
        tag="BUTTON",
    )
    state, effects = update(state, use)
    case = saved(effects).active()
    assert case is not None and case.reply_by == dt.date(2026, 11, 26)
    assert only(effects, "values")["values"] == {"stc-builder-reply_by": "2026-11-26"}
    assert only(effects, "focus")["id"] == "stc-builder-reply_by"
    filed = chile.with_changes(complaint_date=dt.date(2026, 11, 10))
    state, _ = mounted(log=CaseLog((filed,), "c-1"))
    bad = {**use, "hooks": {**use["hooks"], "value": "2026-11-01"}}
    same, effects = update(state, bad)
    assert same.log == state.log and "posterior" in same.errors["reply_by"]
    assert only(effects, "focus")["id"] == "stc-builder-reply_by"


# --- the page before the tool is live -------------------------------------------------------


def test_abrir_en_el_correo_is_inert_until_the_tool_is_live() -> None:
    built = BeautifulSoup(render.render("builder"), "html.parser")
    link = one(built, "a[data-mailto]")
    assert not link.has_attr("href") and link["aria-disabled"] == "true"
    assert not link.has_attr("data-action")
    live = BeautifulSoup(render.render("builder", View(today=dt.date(2026, 11, 12))), "html.parser")
    link = one(live, "a[data-mailto]")
    assert link["href"].startswith("mailto:") and link["data-action"] == "open-mail"


def test_the_mail_link_carries_the_readers_edit() -> None:
    state = edited_state()
    _, effects = update(state, dom("input", hooks={"field": "company"}, value="Luz Sur"))
    href = one(tool_html(effects, "builder"), "a[data-mailto]")["href"]
    assert "12345678Z" in href


def test_enter_in_nueva_prueba_adds_the_item_as_anadir_does() -> None:
    state, _ = mounted(("checklist",), log=LOG)
    doc = BeautifulSoup(render.render("checklist", state.view()), "html.parser")
    field = one(doc, "#stc-checklist-evidence")
    assert field["data-keys"] == "Enter" and field["data-action"] == "add-evidence"
    enter = dom(
        "keydown",
        "checklist",
        hooks={"keys": "Enter", "action": "add-evidence", "target": "stc-checklist-evidence"},
        id="stc-checklist-evidence",
        key="Enter",
        target_value="Captura del router",
    )
    state, effects = update(state, enter)
    case = saved(effects).active()
    assert case is not None and case.evidence == ("Captura del router",)
    assert only(effects, "values")["values"] == {"stc-checklist-evidence": ""}


def test_before_any_case_the_builder_keeps_the_pages_own_choices() -> None:
    state = State()
    assert state.view().builder == render.BuilderPrefs()
    use = dom("click", hooks={"action": "use-reply-by", "value": "2026-12-16"}, tag="BUTTON")
    assert update(state, use)[1] == []
    regenerate = dom("click", hooks={"action": "regenerate", "key": "complaint"}, tag="BUTTON")
    assert update(state, regenerate)[1] == []


def test_a_hand_off_to_the_message_the_case_already_writes_saves_nothing_new() -> None:
    log = CaseLog(cases=(CASE.with_changes(message_kind="complaint"),), active_id="c-1")
    state, effects = mounted(log=log, handoff="complaint:")
    assert state.view().builder.kind is MessageKind.COMPLAINT
    assert [e for e in effects_of(effects, "store") if e["key"] == storage.STORAGE_KEY] == []


def test_an_early_draft_that_is_the_tools_own_text_changes_nothing() -> None:
    """A box holding just what the tool writes (a browser restoring form state, say) is
    no edit: the case keeps the letter it was on and no draft is kept."""
    log = CaseLog(cases=(CASE.with_changes(message_kind="complaint"),), active_id="c-1")
    state, _ = mounted(log=log)
    generated = render.generated_text(
        state.view(), DraftKey(MessageKind.FOLLOW_UP, Channel.EMAIL, False, "body")
    )
    state, effects = mounted(log=log, pending=[typed(generated)])
    assert state.view().builder.kind is MessageKind.COMPLAINT
    case = state.log.active()
    assert case is not None and case.drafts == () and case.message_kind == "complaint"
    html = tool_html(effects, "builder")
    assert one(html, "#stc-builder-draft-body")["autocomplete"] == "off"
