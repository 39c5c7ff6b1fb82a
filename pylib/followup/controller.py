"""The tools' behaviour as a pure function: `update(state, event) -> (state, effects)`.

Events and effects are plain JSON-ready dicts, so the same code runs on CPython in the
tests and in the page's Web Worker (`followup.worker`), and the page bridge that performs
the effects stays generic: it knows the DOM, localStorage, the clipboard, downloads and
`confirm()`, but no tool by name.

An event carries what the bridge can see of a tool element: its `data-*` hooks (`hooks`,
without the `data-` prefix), `value`, `checked`, `control` (the input type) and `id`, plus
the reader's `today` and `now` and a random `nonce` (the core reads no clock and draws no
random numbers). Kinds of event:

- `mount`: tools appeared on the page (first load or an instant navigation); carries the
  stored document, the wizard's hand-off, the page's path to the site root and `pending`,
  the edits the reader made before the tools were live.
- `input`, `change`, `click`, `submit`: a DOM event inside a tool.
- `keydown`: a key listed in the element's `data-keys` (`key`: its name; the bridge
  prevents the browser's default for it), e.g. the arrow keys of the builder's tabs.
- `storage`: another tab saved (`key`, `value`, and `base`: the document this tab last
  read or wrote, the common ancestor of a three-way merge; the bridge also sends one
  instead of saving when the stored document changed since); `confirmed`: the reader
  answered a `confirm` effect; `persisted`: the browser answered the request to keep the
  data; `save-failed` (`key`: a write that threw) and `stored` (`key`: a write asked for
  with `report` that succeeded).

`mount` also carries `aside` (every set-aside copy in storage, key -> text) and
`writable` (false when localStorage cannot be written: private mode, blocked or full).

Effects (each a dict with an `effect` key): `render` (the HTML of the page's tools; mode
`regions` swaps only changed `data-region` elements, mode `whole` redraws the tools and
keeps what the reader typed when `keep_typed`; `attributes` sets or, when null, removes
attributes by element id, such as `aria-invalid`), `focus`, `inner` (an element's HTML),
`values` (set control values), `store` / `remove` (localStorage; `delay_ms` debounces;
`report` asks for a `stored` event),
`copy`, `download`, `confirm`, `navigate`, `persist`, `print` (open the browser's print
dialog: the page's print stylesheet shows only the case's dossier).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import followup.importing as importing
import followup.recheck as recheck
from followup import export, labels, ladder, messages, render, storage, sync, validation, wizard
from followup.importing import ImportState
from followup.messages import Draft, Goal, MessageKind
from followup.model import CaseFile, Channel
from followup.render import BuilderPrefs, View
from followup.storage import BACKUP_PREFIX, HANDOFF_KEY, STORAGE_KEY, CaseLog, StorageError
from followup.wizard import WizardState

SAVE_DELAY_MS = 300

Event = Mapping[str, Any]
Effect = dict[str, Any]


@dataclass(frozen=True)
class State:
    """Everything the tools remember during a visit (the case log is also saved)."""

    log: CaseLog = field(default_factory=CaseLog)
    tools: tuple[str, ...] = ()  # the tools on the current page, in page order
    base: str = ""
    errors: Mapping[str, str] = field(default_factory=dict)
    builder: BuilderPrefs = field(default_factory=BuilderPrefs)
    announce: str = ""  # said once by a screen reader (an entry added to the timeline)
    wizard: WizardState = field(default_factory=WizardState)
    notice: str = ""
    persisted: bool | None = None  # None until the browser answered
    today: dt.date | None = None
    # Set-aside copies in storage (key -> text): unreadable or newer documents, never
    # deleted but by «Borrar mis datos». STORAGE_KEY among them: the saved document could
    # be neither read nor set aside, and stays where it is.
    aside: Mapping[str, str] = field(default_factory=dict)
    # Why the document is not saved: "" (it is), HOLD_ASIDE (until its unreadable copy is
    # safely set aside), HOLD_STUCK (that copy stays in place), HOLD_MEMORY (no storage).
    hold: str = ""
    warning: str = ""  # what the reader must know about saving, shown until it changes
    importing: ImportState = field(default_factory=ImportState)  # the last import, undoable

    def view(self) -> View:
        # What the reader told the wizard, and what the builder was set to for this case
        # (what to write, the goal, the "escalate" tick), live in the case.
        case = self.log.active()
        answers = wizard.with_answers(self.wizard, case) if case else self.wizard
        return View(
            log=self.log,
            today=self.today,
            base=self.base,
            announce=self.announce,
            errors=dict(self.errors),
            builder=case_prefs(self.builder, case),
            wizard=answers,
            notice=self.notice,
            persisted=self.persisted,
            aside=tuple(self.aside),
            warning=self.warning,
            importing=self.importing,
        )

    @property
    def day(self) -> dt.date:
        # Every event from the bridge carries the reader's date; only a state that has not
        # seen one yet falls back to the clock (as View.day does at build time).
        return self.today or dt.date.today()

    def with_error(self, name: str, message: str | None) -> State:
        return replace(self, errors={**self.errors, name: message or ""})


def _enum_or_none(kind: type[Any], value: str) -> Any:
    try:
        return kind(value) if value else None
    except ValueError:
        return None


def case_prefs(prefs: BuilderPrefs, case: CaseFile | None) -> BuilderPrefs:
    """The builder as this case left it: what the reader writes and wants, remembered per
    case (`message_kind`, `goal`), over the page's own choice for a case that has none."""
    if case is None:
        return prefs
    kind = _enum_or_none(MessageKind, case.message_kind) or prefs.kind
    goal = _enum_or_none(Goal, case.goal) or prefs.goal
    return replace(prefs, kind=kind, goal=goal, escalate=prefs.escalate or case.escalate)


# --- helpers that build effects ---------------------------------------------------------


# What a whole redraw keeps of what the reader typed into the page: "all" (every control
# changed since it was rendered, at mount), "local" (the focused control and text the core
# has not seen: a new evidence item, an edited draft) or "none" (another case is shown).
KEEP_ALL, KEEP_LOCAL, KEEP_NONE = "all", "local", "none"


def render_tools(state: State, *, whole: bool = False, keep: str = KEEP_LOCAL) -> Effect:
    view = state.view()
    return {
        "effect": "render",
        "mode": "whole" if whole else "regions",
        "keep": keep,
        "tools": {tool: render.render(tool, view) for tool in state.tools},
        "attributes": {
            ident: {"aria-invalid": mark}
            for tool in state.tools
            for ident, mark in render.invalid_controls(tool, view).items()
        },
    }


def save(state: State, *, now: bool = False) -> Effect:
    return {
        "effect": "store",
        "key": STORAGE_KEY,
        "value": storage.serialize(state.log),
        "delay_ms": 0 if now else SAVE_DELAY_MS,
    }


def focus(element_id: str, *, first_control: bool = False) -> Effect:
    return {"effect": "focus", "id": element_id, "first_control": first_control}


def _text(event: Event, name: str) -> str:
    value = event.get(name)
    return value if isinstance(value, str) else ""


def _hooks(event: Event) -> Mapping[str, str]:
    hooks = event.get("hooks")
    return hooks if isinstance(hooks, Mapping) else {}


def _day(event: Event, fallback: dt.date | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(_text(event, "today"))
    except ValueError:
        return fallback


def _new_id(state: State, event: Event) -> str:
    """A fresh local case id from the bridge's random nonce (never a clash in this log)."""
    base = "".join(c for c in _text(event, "nonce") if c.isalnum())[:12] or "caso"
    candidate, n = base, 1
    while state.log.get(candidate) is not None:
        n += 1
        candidate = f"{base}{n}"
    return candidate


def ensure_case(state: State, event: Event) -> State:
    """Tools always edit a case: a first one is created in memory, saved on first change."""
    log = state.log
    if log.active() is not None:
        return state
    if log.cases:
        return replace(state, log=storage.select_case(log, log.cases[0].id))
    return replace(state, log=storage.add_case(log, _new_id(state, event)))


def _fresh_case_state(state: State) -> State:
    """After moving to another case: its own errors and wizard answers start empty."""
    return replace(state, errors={}, wizard=WizardState())


# --- mount, storage, hand-off ---------------------------------------------------------

HOLD_ASIDE, HOLD_STUCK, HOLD_MEMORY = "aside", "stuck", "memory"


def _aside_copies(event: Event) -> dict[str, str]:
    raw = event.get("aside")
    if not isinstance(raw, Mapping):
        return {}
    copies = {
        k: v
        for k, v in raw.items()
        if isinstance(k, str) and k.startswith(BACKUP_PREFIX) and isinstance(v, str)
    }
    return dict(sorted(copies.items()))


def _parse_or_empty(text: Any) -> CaseLog:
    try:
        return absorbed(recheck.read(text)) if isinstance(text, str) else CaseLog()
    except StorageError:
        return CaseLog()


def load(state: State, event: Event, stored: Any) -> tuple[State, list[Effect]]:
    """Read the saved document. An unreadable one is copied aside before anything is saved
    over it; if even that fails (storage full) it stays in place and nothing is saved."""
    writable = event.get("writable") is not False
    state = replace(state, aside=_aside_copies(event), hold="", warning="")
    if not writable:
        state = replace(state, hold=HOLD_MEMORY, warning=labels.MEMORY_ONLY)
    elif event.get("full"):  # saving is tried all the same: a save that fits clears this
        state = replace(state, warning=labels.STORAGE_FULL)
    if not isinstance(stored, str):
        return ensure_case(replace(state, log=CaseLog()), event), []
    try:
        # Re-checked as typing checks it: a value out of range is set aside in its case.
        log = absorbed(recheck.read(stored))
    except StorageError as problem:
        state = ensure_case(replace(state, log=CaseLog()), event)
        if not writable:
            return _stuck(state, stored, problem.message), []
        key = f"{BACKUP_PREFIX}{_text(event, 'now') or 'sin-fecha'}"
        warning = labels.CORRUPT_NOTICE.format(why=problem.message, key=key)
        state = replace(
            state,
            aside={**state.aside, key: stored},
            hold=HOLD_ASIDE,
            warning=f"{warning} {labels.ASIDE_WHERE}",
        )
        effect = {"effect": "store", "key": key, "value": stored, "delay_ms": 0, "report": True}
        return state, [effect]
    state = ensure_case(replace(state, log=log), event)
    # Values set aside, or a document in an older or roomier form: saved as it now reads.
    # Compared without the revision ids the page writes first in every save: compared with
    # them, every page opened rewrote the log, and every other open tab redrew its tools.
    return state, [save(state)] if storage.serialize(log) != storage.unstamped(stored) else []


def _stuck(state: State, stored: str, why: str) -> State:
    """The unreadable document could not be set aside: it stays in place, untouched."""
    aside = {k: v for k, v in state.aside.items() if v != stored or k == STORAGE_KEY}
    return replace(
        state,
        aside={STORAGE_KEY: stored, **aside},
        hold=HOLD_STUCK,
        warning=labels.STUCK_NOTICE.format(why=why),
    )


def handoff_prefs(raw: str) -> BuilderPrefs:
    """The message the wizard asked the builder to open ("escalate:email", "call:")."""
    action, _, channel = raw.partition(":")
    try:
        prefs = BuilderPrefs(channel=Channel(channel)) if channel else BuilderPrefs()
    except ValueError:
        prefs = BuilderPrefs()
    if action == "escalate":
        return replace(prefs, escalate=True)
    if action == "complaint":
        return replace(prefs, kind=MessageKind.COMPLAINT)
    if action == "authority":
        return replace(prefs, kind=MessageKind.CHRONOLOGY)
    if action == "call":
        return replace(prefs, channel=Channel.PHONE)
    if action == "social":
        return replace(prefs, channel=Channel.SOCIAL)
    return prefs


def on_mount(state: State, event: Event) -> tuple[State, list[Effect]]:
    tools = tuple(t for t in event.get("tools") or () if t in render.TOOLS)
    first_mount = not state.tools and state.persisted is None
    remount = bool(state.tools) and not state.hold and state.log.cases
    previous = state.log
    state = replace(state, tools=tools, base=_text(event, "base"))
    state, effects = load(state, event, event.get("stored"))
    if not state.hold and isinstance(event.get("unsaved"), list):
        state, merged_in = _merge_unsaved(state, event["unsaved"], render=False)
        effects += merged_in
    if remount and not state.hold:
        # An instant navigation: what this visit holds merges with what is stored now.
        merged = sync.merge(_parse_or_empty(event.get("base_stored")), previous, state.log)
        state = ensure_case(replace(state, log=merged), event)
        if merged.cases != _parse_or_empty(event.get("stored")).cases:
            effects.append(save(state))
    handoff = event.get("handoff")
    changed = False
    if isinstance(handoff, str):
        state = replace(state, builder=handoff_prefs(handoff))
        effects.append({"effect": "remove", "key": HANDOFF_KEY})
        case = state.log.active()
        if case is not None and case.message_kind != state.builder.kind.value:
            # The message the wizard asked for is what this case's builder now writes.
            state = update_case(state, case.with_changes(message_kind=state.builder.kind.value))
            changed = True
    # What the reader typed before the tools were live is applied as ordinary edits.
    for pending in event.get("pending") or ():
        if isinstance(pending, Mapping):
            before = state.log
            state = apply_input(state, pending)
            changed = changed or state.log != before
    if changed:
        effects.append(save(state))
    effects.append(render_tools(state, whole=True, keep=KEEP_ALL))
    if first_mount:
        effects.append({"effect": "persist"})
    return state, effects


def on_storage(state: State, event: Event) -> tuple[State, list[Effect]]:
    key, value = _text(event, "key"), event.get("value")
    if key.startswith(BACKUP_PREFIX):
        aside = {k: v for k, v in state.aside.items() if k != key}
        if isinstance(value, str):
            aside[key] = value
        state = replace(state, aside=dict(sorted(aside.items())))
        return state, [render_tools(state)]
    if key != STORAGE_KEY or not isinstance(value, str) or state.hold == HOLD_STUCK:
        return state, []
    try:
        theirs = recheck.read(value)
    except StorageError:
        return state, []  # the other tab shows the notice; keep ours as it is
    records = storage.UNSAVED in theirs.extra  # saved again without them once taken in
    theirs = absorbed(theirs)
    mine = state.log
    # Without a common ancestor (an older bridge), the other tab's save wins as it did.
    base = _ancestor(event["base"], event.get("more_bases")) if "base" in event else mine
    merged = sync.merge(base, mine, theirs)
    if merged.cleared_at > mine.cleared_at:
        state = _fresh_case_state(replace(state, notice=labels.OTHER_TAB_CLEARED))
    elif merged.cases != mine.cases:
        state = replace(state, notice=labels.OTHER_TAB)
    state = ensure_case(replace(state, log=merged), event)
    unsaved = records or replace(merged, active_id=None) != replace(theirs, active_id=None)
    # The focused field and text not yet sent keep what the reader is typing.
    effects = [*([save(state)] if unsaved else []), render_tools(state, whole=True)]
    if state.importing.pending is not None:  # its check did not write: try on top of this
        effects.append(_import_check(state, state.importing.pending))
    return state, effects


# --- input ----------------------------------------------------------------------------


def update_case(state: State, case: Any) -> State:
    return replace(state, log=storage.update_case(state.log, case))


def apply_input(state: State, event: Event) -> State:
    """One `input` event's effect on the state (no effects: callers decide what to show)."""
    case = state.log.active()
    hooks = _hooks(event)
    value = _text(event, "value")
    checked = bool(event.get("checked"))
    if case is None:
        return state
    if name := hooks.get("field"):
        if event.get("control") == "radio" and not checked:
            return state
        updated, error = validation.set_field(case, name, value, state.day)
        state = state.with_error(name, error)
        if error is not None:
            return state
        if state.wizard.error and not wizard.step_error(state.wizard, updated):
            # The answer the wizard was waiting for has arrived: the reader is not stuck.
            state = replace(state, wizard=replace(state.wizard, error=""))
        return update_case(state, updated)
    if item := hooks.get("check"):
        return update_case(state, validation.set_checked(case, item, checked))
    if key := hooks.get("draft"):
        return apply_draft(state, key, value, switch=True)
    if pref := hooks.get("pref"):
        # What to write and what for are remembered per case.
        if pref == "goal" and (goal := _enum_or_none(Goal, value)):
            state = replace(state, builder=replace(state.builder, goal=goal))
            return update_case(state, case.with_changes(goal=goal.value))
        if pref == "escalate":
            state = replace(state, builder=replace(state.builder, escalate=checked))
            return update_case(state, case.with_changes(escalate=checked))
        if pref == "kind" and (kind := _enum_or_none(MessageKind, value)):
            state = replace(state, builder=replace(state.builder, kind=kind))
            return update_case(state, case.with_changes(message_kind=kind.value))
        return state
    if answer := hooks.get("wizard"):
        answered = wizard_answer(wizard.with_answers(state.wizard, case), answer, value, checked)
        state = replace(state, wizard=replace(state.wizard, error=answered.error))
        return update_case(state, wizard.store(case, answered))
    return state


def apply_draft(state: State, key: str, text: str, *, switch: bool = False) -> State:
    """The reader's own text for one message, kept in the case (`drafts`): never written
    over by the tool. A text equal to what the tool writes is no edit, and is forgotten.
    With `switch` (typed before the tool was live), the builder opens that message, so the
    reader finds their words where they typed them."""
    case = state.log.active()
    parsed = messages.parse_draft_key(key)
    if case is None or parsed is None:
        return state
    text = validation.clean_text(text)
    if len(text) > validation.MAX_DRAFT_LENGTH:
        return state
    edited = text != render.generated_text(state.view(), parsed)
    if switch and edited:
        prefs = replace(
            state.builder, kind=parsed.kind, channel=parsed.channel, escalate=parsed.escalate
        )
        case = case.with_changes(message_kind=parsed.kind.value)
        state = replace(state, builder=prefs)
    return update_case(state, case.with_draft(key, text if edited else None))


def _draft_typed(state: State, event: Event) -> tuple[State, list[Effect]]:
    """A keystroke in a draft: the text is kept as the reader's, checked, and said to be
    theirs. The textarea itself is never redrawn while the reader types in it (caret,
    undo): only its warnings and the «Editado por ti» note change."""
    hooks = _hooks(event)
    key = hooks.get("draft", "")
    text = _text(event, "value")
    updated = apply_draft(state, key, text)
    case = updated.log.active()
    if case is None:
        return state, []
    effects: list[Effect] = [save(updated)] if updated.log != state.log else []
    if key not in {updated.builder.draft_key(part) for part in messages.DRAFT_PARTS}:
        # Typed into a box the builder has since switched to another message (a click
        # answered late): kept for its own message; this box's notes are not about it.
        return updated, effects
    ident = _text(event, "id")
    found = render.check_text(text, case, public=hooks.get("public") == "yes")
    warnings = render.findings_html(found)
    if len(text) > validation.MAX_DRAFT_LENGTH:
        too_long = labels.DRAFT_TOO_LONG.format(limit=validation.MAX_DRAFT_LENGTH)
        warnings = f'<p class="stc-error">{render.esc(too_long)}</p>{warnings}'
    # The bridge leaves an element whose HTML is unchanged alone: the short sentence
    # is announced when the number of warnings changes, not on every keystroke.
    return updated, [
        *effects,
        {"effect": "inner", "id": f"{ident}-warnings", "html": warnings},
        {"effect": "inner", "id": f"{ident}-said", "html": render.esc(render.findings_said(found))},
        {
            "effect": "inner",
            "id": f"{ident}-edited",
            "html": render.edited_html(key, case.draft(key) is not None),
        },
    ]


def wizard_answer(current: WizardState, answer: str, value: str, checked: bool) -> WizardState:
    if answer == "follow_ups":
        return wizard.set_follow_ups(current, value)
    if answer == "channel":
        try:
            return wizard.toggle_channel(current, Channel(value), checked)
        except ValueError:
            return current
    if answer == "escalated" and checked:
        return replace(current, escalated=value == "yes")
    return current


RESHAPING_FIELDS = frozenset({"situation", "country", "sector", "complaint_date"})


def on_input(state: State, event: Event) -> tuple[State, list[Effect]]:
    if "draft" in _hooks(event):
        return _draft_typed(state, event)
    updated = apply_input(state, event)
    if updated == state:
        return state, []
    effects = [save(updated)] if updated.log != state.log else []
    # Other controls (another kind of message, the tabs, the reply date where the law sets
    # none, the ID under the country's name), and what happened, the country, the sector or
    # the complaint's date change which questions and fields the tools show: redraw them
    # whole, keeping what is typed.
    whole = (
        render.shape(updated.view()) != render.shape(state.view())
        or _hooks(event).get("field") in RESHAPING_FIELDS
    )
    return updated, [*effects, render_tools(updated, whole=whole)]


def on_change(state: State, event: Event) -> tuple[State, list[Effect]]:
    action = _hooks(event).get("action")
    if action == "select-case":
        try:
            log = storage.select_case(state.log, _text(event, "value"))
        except KeyError:
            return state, []
        state = _fresh_case_state(replace(state, log=log))
        return state, [save(state, now=True), render_tools(state, whole=True, keep=KEEP_NONE)]
    if action == "import" and "file_text" in event:
        return import_backup(state, _text(event, "file_text"))
    return state, []


def import_backup(state: State, text: str) -> tuple[State, list[Effect]]:
    """A backup adds to what the device holds (followup.importing). Nothing changes until the
    result is written: a write that does not fit refuses the import, whole."""
    try:
        imported = export.from_json(text)
    except StorageError as problem:
        state = state.with_error("import", problem.message)
        return state, [render_tools(state)]
    state = replace(state.with_error("import", ""), importing=ImportState(pending=imported))
    if state.hold:  # nothing can be written: the import lives in memory, like the rest
        return _import_done(state)
    return state, [_import_check(state, imported), render_tools(state)]


# --- submit ---------------------------------------------------------------------------


def on_submit(state: State, event: Event) -> tuple[State, list[Effect]]:
    hooks = _hooks(event)
    if "wizard-form" in hooks:
        return wizard_next(state)
    if "entry-form" in hooks:
        form = event.get("form")
        return add_entry(state, form if isinstance(form, Mapping) else {})
    return state, []


def wizard_focus(state: State) -> Effect:
    if state.wizard.finished:
        return focus(render.fid("wizard", "result"))
    return focus(render.fid("wizard", "step"), first_control=True)


def wizard_next(state: State) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []
    if state.wizard.error == labels.FOLLOW_UPS_INVALID:
        return state, [render_tools(state, whole=True)]
    error = wizard.step_error(state.wizard, case)
    if error:
        state = replace(state, wizard=replace(state.wizard, error=error))
        return state, [render_tools(state, whole=True)]
    current = wizard.with_answers(state.wizard, case)
    moved = wizard.next_step(current, case)
    answers = wizard.prefilled(replace(current, step=moved.step), case)
    updated = update_case(replace(state, wizard=moved), wizard.store(case, answers))
    effects = [save(updated)] if updated.log != state.log else []
    return updated, [*effects, render_tools(updated, whole=True), wizard_focus(updated)]


def add_entry(state: State, form: Mapping[str, Any]) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []

    def value(name: str) -> str:
        raw = form.get(name)
        return raw if isinstance(raw, str) else ""

    updated, errors = validation.add_interaction(
        case,
        value("date"),
        value("channel"),
        value("kind"),
        value("agent"),
        value("note"),
        state.day,
    )
    for name in ("date", "channel", "kind", "agent", "note"):
        state = state.with_error(f"entry-{name}", errors.get(name))
    if errors:
        return state, [render_tools(state)]
    said = render.entry_added(updated)
    state = replace(update_case(state, updated), announce=said)
    cleared = {render.fid("caselog", "entry-agent"): "", render.fid("caselog", "entry-note"): ""}
    return state, [save(state), render_tools(state), {"effect": "values", "values": cleared}]


# --- clicks (data-action="…") -----------------------------------------------------------


def do_new_case(state: State, event: Event) -> tuple[State, list[Effect]]:
    state = _fresh_case_state(
        replace(state, log=storage.add_case(state.log, _new_id(state, event)))
    )
    tool = _text(event, "tool") or (state.tools[0] if state.tools else "caselog")
    return state, [
        save(state, now=True),
        render_tools(state, whole=True, keep=KEEP_NONE),
        focus(render.fid(tool, "title")),
    ]


def do_delete_case(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []
    if not event.get("confirmed"):
        message = labels.CONFIRM_DELETE.format(name=case.display_name())
        return state, [{"effect": "confirm", "message": message, "event": dict(event)}]
    state = replace(state, log=storage.delete_case(state.log, case.id))
    state = ensure_case(_fresh_case_state(state), event)
    tool = _text(event, "tool") or (state.tools[0] if state.tools else "caselog")
    return state, [
        save(state, now=True),
        render_tools(state, whole=True, keep=KEEP_NONE),
        focus(render.fid(tool, "case")),  # the case now shown, not the page's body
    ]


def do_channel(state: State, event: Event) -> tuple[State, list[Effect]]:
    try:
        channel = Channel(_hooks(event).get("value", ""))
    except ValueError:
        return state, []
    state = replace(state, builder=replace(state.builder, channel=channel))
    return state, [render_tools(state)]


def do_channel_key(state: State, event: Event) -> tuple[State, list[Effect]]:
    """The ARIA tabs pattern: arrows move to the previous/next tab (wrapping), Home and End
    to the first and last; the tab reached is selected and focused (roving tabindex)."""
    channels = list(Channel)
    try:
        at = channels.index(Channel(_hooks(event).get("value", "")))
    except ValueError:
        return state, []
    key = _text(event, "key")
    moves = {"ArrowLeft": at - 1, "ArrowRight": at + 1, "Home": 0, "End": len(channels) - 1}
    if key not in moves:
        return state, []
    channel = channels[moves[key] % len(channels)]
    state = replace(state, builder=replace(state.builder, channel=channel))
    return state, [render_tools(state), focus(render.fid("builder", f"tab-{channel.value}"))]


def do_copy(state: State, event: Event) -> tuple[State, list[Effect]]:
    return state, [
        {
            "effect": "copy",
            "text": _text(event, "target_value"),
            "status_id": f"{_hooks(event).get('target', '')}-copied",
            "ok": labels.COPIED,
            "fail": labels.COPY_FAILED,
        }
    ]


def do_add_evidence(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []
    input_id = _hooks(event).get("target", "")
    updated, error = validation.add_evidence(case, _text(event, "target_value"))
    state = state.with_error("evidence", error)
    if error is not None:
        return state, [render_tools(state), focus(input_id)]
    state = update_case(state, updated)
    return state, [
        save(state),
        render_tools(state),
        {"effect": "values", "values": {input_id: ""}},
        focus(input_id),
    ]


def _index(event: Event) -> int:
    raw = _hooks(event).get("index", "")
    return int(raw) if raw.isascii() and raw.isdigit() else -1


def _focus_after_remove(event: Event, what: str, index: int, left: int) -> Effect:
    """Focus after «Quitar»: the item that took the removed one's place, else the one
    before it, else the list's own field (evidence) or heading (timeline); never the body."""
    tool = _text(event, "tool") or ("caselog" if what == "entry" else "checklist")
    if left:
        return focus(f"{render.fid(tool, what + '-remove')}-{min(max(index, 0), left - 1)}")
    return focus(render.fid(tool, "evidence" if what == "evidence" else "timeline"))


def do_remove_evidence(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []
    index = _index(event)
    updated = validation.remove_evidence(case, index)
    state = update_case(state, updated)
    return state, [
        save(state),
        render_tools(state),
        _focus_after_remove(event, "evidence", index, len(updated.evidence)),
    ]


def do_remove_entry(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []
    index = _index(event)
    updated = validation.remove_interaction(case, index)
    state = replace(
        update_case(state, updated),
        announce=labels.ENTRY_REMOVED.format(n=len(updated.interactions)),
    )
    focus_to = _focus_after_remove(event, "entry", index, len(updated.interactions))
    return state, [save(state), render_tools(state), focus_to]


def do_wizard_back(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None:
        return state, []
    current = wizard.with_answers(state.wizard, case)
    state = replace(state, wizard=wizard.previous_step(current, case))
    updated = update_case(state, case.with_changes(wizard_done=False))
    effects = [save(updated)] if updated.log != state.log else []
    return updated, [*effects, render_tools(updated, whole=True), wizard_focus(updated)]


def do_wizard_restart(state: State, event: Event) -> tuple[State, list[Effect]]:
    """«Empezar de nuevo»: the first question again; the answers stay in the case."""
    state = replace(state, wizard=WizardState(moved=True))
    case = state.log.active()
    if case is not None and case.wizard_done:
        state = update_case(state, case.with_changes(wizard_done=False))
        return state, [save(state), render_tools(state, whole=True), wizard_focus(state)]
    return state, [render_tools(state, whole=True), wizard_focus(state)]


def do_write_message(state: State, event: Event) -> tuple[State, list[Effect]]:
    hooks = _hooks(event)
    handoff = f"{hooks.get('advice', '')}:{hooks.get('channel', '')}"
    return state, [
        {"effect": "store", "key": HANDOFF_KEY, "value": handoff, "delay_ms": 0},
        save(state, now=True),
        {"effect": "navigate", "url": f"{state.base}redactar/#stc-builder-tool"},
    ]


def _download(filename: str, text: str, mime: str) -> Effect:
    return {"effect": "download", "filename": filename, "text": text, "mime": mime}


def do_export_csv(state: State, event: Event) -> tuple[State, list[Effect]]:
    day = state.day
    return state, [_download(export.csv_filename(day), export.to_csv(state.log), "text/csv")]


def do_export_timeline_csv(state: State, event: Event) -> tuple[State, list[Effect]]:
    day = state.day
    text = export.to_timeline_csv(state.log)
    return state, [_download(export.timeline_csv_filename(day), text, "text/csv")]


def do_export_json(state: State, event: Event) -> tuple[State, list[Effect]]:
    day = state.day
    text = export.to_json(state.log)
    return state, [_download(export.json_filename(day), text, "application/json")]


def _stamp(state: State, event: Event) -> dt.datetime:
    """The moment of the event for a calendar file's DTSTAMP: the bridge's `now`, else the
    start of the reader's day (the core reads no clock)."""
    try:
        return dt.datetime.fromisoformat(_text(event, "now").replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.combine(state.day, dt.time(), dt.UTC)


def do_export_ics(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    if case is None or case.next_action is None:
        state = state.with_error("next_action", labels.ICS_NEEDS_DATE)
        return state, [render_tools(state)]
    if not validation.in_range(case.next_action):
        state = state.with_error("next_action", validation.RANGE_MESSAGE)
        return state, [render_tools(state)]
    state = state.with_error("next_action", "")
    stamp = _stamp(state, event)
    ics = export.to_ics(case, stamp)
    return state, [
        _download(export.ics_filename(case), ics, "text/calendar"),
        render_tools(state),
    ]


def legal_todo(case: CaseFile, found: ladder.LegalDate, today: dt.date) -> str:
    """What to do once the legal date passes, and where (said in the calendar file)."""
    steps = [s for s in ladder.authority_steps(case, today) if not ladder.needs_answer(s.rung)]
    body = found.then or (steps[0].rung.body if steps else "")
    portal = steps[0].rung.portal if steps and steps[0].rung.portal else None
    where = f" ({portal.url})" if portal else ""
    if found.kind == "authority":
        return labels.LEGAL_TODO["authority"]
    if not body:
        return labels.LEGAL_TODO["no_body"]
    # An overdue company date is reminded on the reader's last day to go further.
    kind = "reader" if found.overdue else found.kind
    return labels.LEGAL_TODO[kind].format(body=body, where=where)


def do_export_legal_ics(state: State, event: Event) -> tuple[State, list[Effect]]:
    case = state.log.active()
    day = state.day
    found = ladder.next_legal_date(case, day) if case else None
    when = found.remind_on if found else None
    if case is None or found is None or when is None:
        state = state.with_error("legal_ics", legal_ics_missing(case, day))
        return state, [render_tools(state)]
    state = state.with_error("legal_ics", "")
    stamp = _stamp(state, event)
    what = labels.LEGAL_DATE_KINDS["reader" if found.overdue else found.kind]
    ics = export.legal_ics(case, stamp, when, what, legal_todo(case, found, day))
    return state, [
        _download(export.legal_ics_filename(case), ics, "text/calendar"),
        render_tools(state),
    ]


def legal_ics_missing(case: CaseFile | None, today: dt.date) -> str:
    """Why there is no legal date to remind: what is missing, or that the law sets none."""
    if case is None or not (case.country and case.sector and case.complaint_date):
        return labels.LEGAL_ICS_NEEDS_DATE
    step = ladder.company_step(case, today)
    if step is not None and step.deadline is None and step.due is None:
        return labels.LEGAL_ICS_NO_LAW_DEADLINE.format(country=step.country.name)
    return labels.LEGAL_ICS_NOTHING_AHEAD


def do_print(state: State, event: Event) -> tuple[State, list[Effect]]:
    return state, [{"effect": "print"}]


def do_clear_all(state: State, event: Event) -> tuple[State, list[Effect]]:
    """Every case and every set-aside copy goes; the document left says when, so another
    open tab adopts the cleared log instead of saving its old copy back."""
    if not event.get("confirmed"):
        return state, [{"effect": "confirm", "message": labels.CONFIRM_CLEAR, "event": dict(event)}]
    removed = [{"effect": "remove", "key": k} for k in state.aside if k != STORAGE_KEY]
    memory = state.hold == HOLD_MEMORY
    cleared = CaseLog(cleared_at=_text(event, "now") or state.log.cleared_at)
    state = replace(
        state,
        log=cleared,
        notice=labels.CLEARED,
        aside={},
        hold=HOLD_MEMORY if memory else "",
        warning=state.warning if memory else "",
    )
    state = ensure_case(_fresh_case_state(state), event)
    tool = _text(event, "tool") or (state.tools[0] if state.tools else "caselog")
    return state, [
        *removed,
        {"effect": "remove", "key": STORAGE_KEY},  # first: a full storage has room again
        {"effect": "store", "key": STORAGE_KEY, "value": storage.serialize(cleared), "delay_ms": 0},
        render_tools(state, whole=True, keep=KEEP_NONE),
        focus(render.fid(tool, "case")),  # the empty case now shown, not the page's body
    ]


def do_open_mail(state: State, event: Event) -> tuple[State, list[Effect]]:
    """«Abrir en el correo» with the draft the reader edited; one-line subject only."""
    subject = " ".join(_hooks(event).get("subject", "").split())
    body = validation.clean_text(_text(event, "target_value"))
    draft = Draft(channel=Channel.EMAIL, subject=subject, body=body, public=False)
    return state, [{"effect": "navigate", "url": messages.mailto_link(draft)}]


def do_discard_set_aside(state: State, event: Event) -> tuple[State, list[Effect]]:
    """«Descartar los datos apartados»: the values a load set aside in the case shown go,
    once the reader confirms."""
    case = state.log.active()
    if case is None or not recheck.set_aside(state.log, case.id):
        return state, []
    if not event.get("confirmed"):
        message = labels.CONFIRM_DISCARD_SET_ASIDE.format(name=case.display_name())
        return state, [{"effect": "confirm", "message": message, "event": dict(event)}]
    state = replace(state, log=recheck.discard(state.log, case.id))
    tool = _text(event, "tool") or (state.tools[0] if state.tools else "caselog")
    return state, [save(state, now=True), render_tools(state), focus(render.fid(tool, "case"))]


def do_regenerate(state: State, event: Event) -> tuple[State, list[Effect]]:
    """«Volver a generarlo»: after the reader confirms (their words go), the tool writes
    the message again from the case."""
    case = state.log.active()
    key = _hooks(event).get("key", "")
    parsed = messages.parse_draft_key(key)
    if case is None or parsed is None:
        return state, []
    if not event.get("confirmed"):
        return state, [
            {"effect": "confirm", "message": labels.CONFIRM_REGENERATE, "event": dict(event)}
        ]
    state = update_case(state, case.with_draft(key, None))
    ident = render.draft_id(parsed.part)
    text = render.generated_text(state.view(), parsed)
    return state, [
        save(state),
        render_tools(state),
        {"effect": "values", "values": {ident: text}},
        focus(ident),
    ]


def do_use_reply_by(state: State, event: Event) -> tuple[State, list[Effect]]:
    """«Usar el 16 de diciembre de 2026»: the suggested reply date, taken with one click."""
    case = state.log.active()
    hooks = _hooks(event)
    if case is None:
        return state, []
    value = hooks.get("value", "")
    updated, error = validation.set_field(case, "reply_by", value, state.day)
    state = state.with_error("reply_by", error)
    tool = hooks.get("tool") or _text(event, "tool") or "builder"
    ident = render.fid(tool, "reply_by")
    if error is not None:
        return state, [render_tools(state), focus(ident)]
    state = update_case(state, updated)
    return state, [
        save(state),
        render_tools(state),
        {"effect": "values", "values": {ident: value}},
        focus(ident),
    ]


def do_download_aside(state: State, event: Event) -> tuple[State, list[Effect]]:
    key = _hooks(event).get("key", "")
    text = state.aside.get(key)
    if text is None:
        return state, []
    n = list(state.aside).index(key) + 1
    return state, [_download(labels.ASIDE_FILENAME.format(n=n), text, "application/json")]


# --- importing a backup, and changes a tab could not save (issue 21) ---------------------


def _import_check(state: State, file: CaseLog) -> Effect:
    """Write the log the import would give: whether it fits is known before anything shows."""
    log, _, _ = importing.merge_into(state.log, file)
    return {
        "effect": "store",
        "key": STORAGE_KEY,
        "value": storage.serialize(log),
        "delay_ms": 0,
        "report": True,
    }


def _import_done(state: State) -> tuple[State, list[Effect]]:
    """The import fitted: it is merged into the log as it is now (edits made meanwhile kept)."""
    file = state.importing.pending
    if file is None:
        return state, []
    log, report, undo = importing.merge_into(state.log, file)
    state = _fresh_case_state(
        replace(state, log=log, importing=ImportState(report=report, undo=undo))
    )
    state = ensure_case(state, {})
    return state, [save(state, now=True), render_tools(state, whole=True, keep=KEEP_NONE)]


def _import_refused(state: State, event: Event) -> tuple[State, list[Effect]]:
    file = state.importing.pending
    size = len(storage.serialize(importing.merge_into(state.log, file)[0])) if file else 0
    why = labels.IMPORT_NO_ROOM.format(size=f"{max(size, 1) / 1_000_000:.1f} MB")
    state = replace(state.with_error("import", why), importing=ImportState())
    # Edits waiting for their save went with the write that failed: saved again.
    return state, [save(state), render_tools(state), focus(render.fid("caselog", "import"))]


def do_undo_import(state: State, event: Event) -> tuple[State, list[Effect]]:
    taken = state.importing.undo
    if taken is None:
        return state, []
    log = importing.undo(state.log, taken)
    state = _fresh_case_state(replace(state, log=log, importing=ImportState(), notice=""))
    state = ensure_case(replace(state, notice=labels.IMPORT_UNDONE), event)
    return state, [
        save(state, now=True),
        render_tools(state, whole=True, keep=KEEP_NONE),
        focus(render.fid("caselog", "import")),
    ]


def do_import_choice(state: State, event: Event) -> tuple[State, list[Effect]]:
    """«Usar el de la copia» / «Dejar el de aquí» for one field of one case."""
    hooks = _hooks(event)
    take = hooks.get("action") == "import-take"
    log = importing.choose(state.log, hooks.get("case", ""), hooks.get("field", ""), take_file=take)
    if log == state.log:
        return state, []
    state = replace(state, log=log)
    return state, [
        save(state),
        render_tools(state, whole=True, keep=KEEP_NONE),
        focus(render.fid("caselog", "import-conflicts")),
    ]


def do_import_keep_both(state: State, event: Event) -> tuple[State, list[Effect]]:
    log = importing.keep_both(
        state.log, _hooks(event).get("case", ""), _new_id(state, event), state.day
    )
    if log == state.log:
        return state, []
    state = _fresh_case_state(replace(state, log=log))
    return state, [
        save(state, now=True),
        render_tools(state, whole=True, keep=KEEP_NONE),
        focus(render.fid("caselog", "case")),
    ]


def _ancestor(base: Any, more: Any) -> CaseLog:
    """The common ancestor of a merge: the document `base`, or, when more than one document
    is held by both sides (two tabs wrote at once and each side merged the other's in),
    their merge (`more`: each with what it shares with `base`), as in git's recursive merge."""
    log = _parse_or_empty(base)
    for each in more if isinstance(more, list) else []:
        if isinstance(each, Mapping):
            log = sync.merge(
                _parse_or_empty(each.get("on")), log, _parse_or_empty(each.get("value"))
            )
    return log


def _unsaved_record(raw: Any) -> tuple[CaseLog, CaseLog] | None:
    """(the document the changes were made on, the changes) of an unsaved record."""
    try:
        record = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(record, dict) or not isinstance(record.get("value"), str):
            return None
        return _ancestor(record.get("base"), record.get("more")), recheck.read(record["value"])
    except (ValueError, StorageError):
        return None


def _merged_records(log: CaseLog, records: list[Any]) -> CaseLog:
    """Changes a tab could not save (`storage.UNSAVED`), merged in the order given."""
    for record in records:
        if (found := _unsaved_record(record)) is not None:
            base, changes = found
            log = sync.merge(base, log, changes)
    return log


def _merge_unsaved(
    state: State, records: list[Any], *, render: bool = True
) -> tuple[State, list[Effect]]:
    """This tab's own changes that storage had no room for before a reload (the page kept
    them in its session): merged into what is stored now. The page drops its copy once a
    document is written."""
    own = [r.get("record") for r in records if isinstance(r, Mapping)]
    log = _merged_records(state.log, own)
    if log == state.log:
        return state, []
    state = ensure_case(replace(state, log=log), {})
    return state, [save(state, now=True), *([render_tools(state, whole=True)] if render else [])]


def absorbed(log: CaseLog) -> CaseLog:
    """A stored document with the records of tabs that closed while another tab's save
    waited (`storage.UNSAVED`, added to it by the page) merged in, and without them: every
    tab reads a document so, so the ancestor of a merge is always in the same form as both
    sides. Saving it drops the records in the write that takes them in."""
    records = log.extra.get(storage.UNSAVED)
    if records is None:
        return log
    log = _merged_records(log, records if isinstance(records, list) else [])
    return replace(log, extra={k: v for k, v in log.extra.items() if k != storage.UNSAVED})


ACTIONS: dict[str, Callable[[State, Event], tuple[State, list[Effect]]]] = {
    "new-case": do_new_case,
    "delete-case": do_delete_case,
    "channel": do_channel,
    "copy": do_copy,
    "add-evidence": do_add_evidence,
    "remove-evidence": do_remove_evidence,
    "remove-entry": do_remove_entry,
    "wizard-back": do_wizard_back,
    "wizard-restart": do_wizard_restart,
    "write-message": do_write_message,
    "export-csv": do_export_csv,
    "export-timeline-csv": do_export_timeline_csv,
    "export-json": do_export_json,
    "export-ics": do_export_ics,
    "export-legal-ics": do_export_legal_ics,
    "print": do_print,
    "clear-all": do_clear_all,
    "download-aside": do_download_aside,
    "discard-set-aside": do_discard_set_aside,
    "undo-import": do_undo_import,
    "import-take": do_import_choice,
    "import-keep": do_import_choice,
    "import-keep-both": do_import_keep_both,
    "open-mail": do_open_mail,
    "regenerate": do_regenerate,
    "use-reply-by": do_use_reply_by,
}


KEY_ACTIONS: dict[str, Callable[[State, Event], tuple[State, list[Effect]]]] = {
    "channel": do_channel_key,
    "add-evidence": do_add_evidence,  # Enter in «Nueva prueba», as «Añadir»
}


def on_keydown(state: State, event: Event) -> tuple[State, list[Effect]]:
    handler = KEY_ACTIONS.get(_hooks(event).get("action", ""))
    return handler(state, event) if handler else (state, [])


def on_click(state: State, event: Event) -> tuple[State, list[Effect]]:
    # Selects and file inputs carry a data-action for their `change` event, not a click.
    if event.get("tag") in ("SELECT", "INPUT"):
        return state, []
    handler = ACTIONS.get(_hooks(event).get("action", ""))
    return handler(state, event) if handler else (state, [])


def on_confirmed(state: State, event: Event) -> tuple[State, list[Effect]]:
    original = event.get("event")
    if not isinstance(original, Mapping) or not event.get("answer"):
        return state, []  # declined: nothing changes
    return update(state, {**original, "confirmed": True})


def on_persisted(state: State, event: Event) -> tuple[State, list[Effect]]:
    state = replace(state, persisted=bool(event.get("value")))
    return state, [render_tools(state)]


def on_save_failed(state: State, event: Event) -> tuple[State, list[Effect]]:
    key = _text(event, "key")
    if key == STORAGE_KEY and state.importing.pending is not None:
        return _import_refused(state, event)
    if key == STORAGE_KEY and _text(event, "reason") == "QuotaExceededError" and not state.hold:
        # Kept by the page in this tab's session storage, merged back on a reload.
        state = replace(state, warning=labels.STORAGE_FULL)
        return state, [render_tools(state)]
    if state.hold == HOLD_ASIDE and key.startswith(BACKUP_PREFIX) and key in state.aside:
        text = state.aside[key]
        why = _parse_error(text)
        others = {k: v for k, v in state.aside.items() if k != key}
        state = _stuck(replace(state, aside=others), text, why)
        return state, [render_tools(state)]
    if state.hold:
        return state, []  # the reader already knows nothing is being saved
    state = replace(state, notice=labels.SAVE_FAILED)
    return state, [render_tools(state)]


def _parse_error(text: str) -> str:
    try:
        recheck.read(text)
    except StorageError as problem:
        return problem.message
    return ""  # pragma: no cover - only unreadable documents are set aside


def on_stored(state: State, event: Event) -> tuple[State, list[Effect]]:
    """The unreadable document is safely set aside: saving over it is allowed again. Or the
    document was written: an import under way fitted, and a full storage has room again."""
    if _text(event, "key") == STORAGE_KEY:
        if state.importing.pending is not None:
            return _import_done(state)
        if state.warning == labels.STORAGE_FULL:
            state = replace(state, warning="")
            return state, [render_tools(state)]
        return state, []
    if state.hold != HOLD_ASIDE or _text(event, "key") not in state.aside:
        return state, []
    state = replace(state, hold="")
    return state, [save(state, now=True), render_tools(state)]


HANDLERS: dict[str, Callable[[State, Event], tuple[State, list[Effect]]]] = {
    "mount": on_mount,
    "input": on_input,
    "change": on_change,
    "submit": on_submit,
    "click": on_click,
    "keydown": on_keydown,
    "storage": on_storage,
    "confirmed": on_confirmed,
    "persisted": on_persisted,
    "save-failed": on_save_failed,
    "stored": on_stored,
}


def update(state: State, event: Event) -> tuple[State, list[Effect]]:
    """The new state and the effects for one event; unknown events change nothing."""
    handler = HANDLERS.get(_text(event, "type"))
    if handler is None:
        return state, []
    state, effects = handler(replace(state, today=_day(event, state.today)), event)
    if state.hold:  # nothing may be saved over the document now: it works in memory
        effects = [e for e in effects if e.get("key") != STORAGE_KEY or e["effect"] != "store"]
    return state, effects
