"""HTML of the four tools for a given state.

`render(tool, view)` is the only template: MkDocs calls it at build time for the empty state
(so the page is readable and printable without JavaScript) and `followup.browser` calls it
again on every change. Elements marked `data-region` hold output only (no text field the
reader types in), so the browser can swap just those without moving the caret.
Every user value goes through `esc`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import followup.importing as importing
import followup.recheck as recheck
from followup import (
    checklist,
    escalation,
    guards,
    labels,
    ladder,
    messages,
    texts,
    vocabulary,
    wizard,
)
from followup.importing import ImportState
from followup.model import CaseFile, Channel, Impact, InteractionKind
from followup.storage import STORAGE_KEY, CaseLog, case_document
from followup.storage import serialize as storage_serialize
from followup.wizard import WizardState

TOOLS = ("checklist", "builder", "wizard", "caselog")
EMPTY_CASE = CaseFile(id="")


def esc(value: object) -> str:
    """`html.escape(str(value), quote=True)`, without importing `html` (and its 2,200 named
    entities, 4-5 ms of the tools' first start in the browser) for five replacements."""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


@dataclass(frozen=True)
class BuilderPrefs:
    """What the message builder is set to: a preference of the page, not case data."""

    channel: Channel = Channel.EMAIL
    goal: messages.Goal = messages.Goal.STATUS
    escalate: bool = False
    kind: messages.MessageKind = messages.MessageKind.FOLLOW_UP

    def draft_key(self, part: str) -> str:
        """The key of the reader's own text for this part of the message the builder shows."""
        return messages.draft_key(self.kind, self.channel, self.escalate, part)


@dataclass(frozen=True)
class View:
    log: CaseLog = field(default_factory=CaseLog)
    today: dt.date | None = None
    base: str = ""  # the site's root URL, for links into the guide
    announce: str = ""  # said once by a screen reader (an entry added to the timeline)
    errors: Mapping[str, str] = field(default_factory=dict)
    builder: BuilderPrefs = field(default_factory=BuilderPrefs)
    wizard: WizardState = field(default_factory=WizardState)
    notice: str = ""
    persisted: bool | None = None  # did the browser agree to keep the data? None: not asked
    aside: tuple[str, ...] = ()  # keys of the set-aside copies in storage
    warning: str = ""  # about saving (nothing kept, data set aside), above any notice
    importing: ImportState = field(default_factory=ImportState)  # the last import's result

    @property
    def case(self) -> CaseFile:
        return self.log.active() or EMPTY_CASE

    @property
    def day(self) -> dt.date:
        # Build time has no reader's "today"; the browser always passes one.
        return self.today or dt.date.today()


def fid(tool: str, name: str) -> str:
    return f"stc-{tool}-{name}"


def field_value(case: CaseFile, name: str) -> str:
    value = getattr(case, name, None)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def invalid_controls(tool: str, view: View) -> dict[str, str | None]:
    """`aria-invalid` of each control that has (or had) an error, by id: "true" or None.

    Fields are not swapped when only a region changes, so the bridge sets these."""
    marks: dict[str, str | None] = {
        fid(tool, name): "true" if message else None for name, message in view.errors.items()
    }
    if tool == "wizard" and not view.wizard.finished:
        marks[fid(tool, wizard.STEPS[view.wizard.step])] = "true" if view.wizard.error else None
    return marks


def _attrs(pairs: Mapping[str, str | None]) -> str:
    return "".join(f' {k}="{esc(v)}"' for k, v in pairs.items() if v is not None)


def _error(tool: str, name: str, view: View) -> str:
    message = view.errors.get(name, "")
    return (
        f'<p class="stc-error" id="{fid(tool, name)}-error" data-region="error-{name}"'
        f' aria-live="polite">{esc(message)}</p>'
    )


def _options(
    choices: Sequence[tuple[str, str]], selected: str, placeholder: str | None = None
) -> str:
    # The placeholder is marked selected when nothing else is: the page bridge counts a
    # select whose selection differs from its default as typed by the reader.
    known = any(value == selected for value, _ in choices)
    mark = "" if known else " selected"
    out = [f'<option value=""{mark}>{esc(placeholder)}</option>'] if placeholder is not None else []
    for value, text in choices:
        mark = " selected" if value == selected else ""
        out.append(f'<option value="{esc(value)}"{mark}>{esc(text)}</option>')
    return "".join(out)


CHOICES: dict[str, list[tuple[str, str]]] = {
    "channel": [(c.value, labels.CHANNEL_NAMES[c]) for c in Channel],
    "sla_unit": [(u.value, name) for u, name in labels.SLA_UNIT_NAMES.items()],
    "impact": [(i.value, labels.IMPACT_NAMES[i]) for i in Impact],
    "country": labels.COUNTRY_CHOICES,
    "sector": [(k.value, name) for k, name in labels.SECTOR_NAMES.items()],
    "complaint_channel": [(k.value, name) for k, name in labels.COMPLAINT_CHANNEL_NAMES.items()],
    "situation": [(k.value, name) for k, name in labels.SITUATION_NAMES.items()],
    "company_size": [(k.value, name) for k, name in labels.COMPANY_SIZE_NAMES.items()],
}
# Choices shown as radio buttons (a few long options read better side by side than in a list).
RADIOS = {"impact", "company_size"}
TEXTAREAS = {"summary", "new_info"}
DATES = {"opened", "last_contact", "next_action", "complaint_date", "authority_date", "reply_by"}


def field_label(name: str, case: CaseFile) -> str:
    """A field's label: the reader's ID under their country's name for it («Tu RUT»)."""
    if name == "reader_id" and case.country:
        return vocabulary.words(case.country).id_label
    return labels.FIELD_LABELS[name]


def field_hint(name: str, case: CaseFile) -> str:
    """A field's hint: the complaint's reference under the country's name («el CUN…»)."""
    if name == "complaint_ref" and case.country:
        return messages.words_for(case).ref_hint
    return labels.FIELD_HINTS.get(name, "")


def field_html(tool: str, name: str, view: View, *, hint: bool = True, radios: bool = False) -> str:
    """One labelled control bound to a case-file field (`data-field`)."""
    case = view.case
    ident = fid(tool, name)
    value = field_value(case, name)
    hint_text = field_hint(name, case) if hint else ""
    described = " ".join(x for x in (f"{ident}-hint" if hint_text else "", f"{ident}-error") if x)
    words = f"{ident}-words" if name in DATES else ""
    described = " ".join(x for x in (described, words) if x)
    invalid = "true" if view.errors.get(name) else None
    common = {
        "id": ident,
        "name": name,
        "data-field": name,
        "aria-describedby": described,
        "aria-invalid": invalid,
    }
    label = f'<label for="{ident}">{esc(field_label(name, case))}</label>'
    if name in RADIOS or radios:
        buttons = "".join(
            f'<label class="stc-choice"><input type="radio" name="{ident}" value="{esc(v)}"'
            f' data-field="{name}"{" checked" if v == value else ""}> {esc(text)}</label>'
            for v, text in CHOICES[name]
        )
        hint_html = (
            f'<p class="stc-hint" id="{ident}-hint">{esc(hint_text)}</p>' if hint_text else ""
        )
        return (
            f'<fieldset class="stc-field stc-radios" aria-describedby="{described}">'
            f"<legend>{esc(labels.FIELD_LABELS[name])}</legend>{hint_html}{buttons}"
            f"{_error(tool, name, view)}</fieldset>"
        )
    if name == "region":
        regions = list(ladder.regions(case.country))
        control = f"<select{_attrs(common)}>{_options(regions, value, labels.CHOOSE)}</select>"
    elif name in CHOICES:
        placeholder = None if name == "sla_unit" else labels.CHOOSE
        control = f"<select{_attrs(common)}>{_options(CHOICES[name], value, placeholder)}</select>"
    elif name in TEXTAREAS:
        control = f'<textarea{_attrs(common)} rows="3">{esc(value)}</textarea>' + print_copy(
            ident, value
        )
    elif name in DATES:
        control = f'<input type="date"{_attrs(common)} value="{esc(value)}">'
    elif name == "sla_amount":
        control = (
            f'<input type="number" min="1" max="999" inputmode="numeric"{_attrs(common)}'
            f' value="{esc(value)}">'
        )
    else:
        control = f'<input type="text"{_attrs(common)} value="{esc(value)}" autocomplete="off">'
    hint_html = f'<p class="stc-hint" id="{ident}-hint">{esc(hint_text)}</p>' if hint_text else ""
    if name in DATES:
        hint_html = date_words(tool, name, view) + hint_html
    return f'<div class="stc-field">{label}{control}{hint_html}{_error(tool, name, view)}</div>'


def date_words(tool: str, name: str, view: View) -> str:
    """The date a date field understood, in words: «2 de noviembre de 2026» (a browser in
    English shows mm/dd/yyyy, and the reader must see which day and month it took)."""
    day = getattr(view.case, name, None)
    text = labels.DATE_UNDERSTOOD.format(date=messages.format_date_es(day)) if day else ""
    return (
        f'<p class="stc-hint stc-date-words" id="{fid(tool, name)}-words"'
        f' data-region="date-{name}">{esc(text)}</p>'
    )


def _sla_fields(tool: str, view: View) -> str:
    checked = " checked" if "sla" in view.case.checked else ""
    return (
        '<div class="stc-inline">'
        f"{field_html(tool, 'sla_amount', view)}{field_html(tool, 'sla_unit', view, hint=False)}"
        "</div>"
        f'<label class="stc-choice"><input type="checkbox" data-check="sla"{checked}> '
        f"{esc(labels.NO_SLA_CHECK)}</label>"
    )


def _evidence(tool: str, view: View) -> str:
    items = "".join(
        f'<li>{esc(text)} <button type="button" class="stc-link" data-action="remove-evidence"'
        f' id="{fid(tool, "evidence-remove")}-{i}" data-index="{i}" aria-label="{esc(labels.REMOVE_ITEM.format(item=text))}">'
        f"{esc(labels.REMOVE)}</button></li>"
        for i, text in enumerate(view.case.evidence)
    )
    ident = fid(tool, "evidence")
    return (
        f'<ul class="stc-evidence" data-region="evidence">{items}</ul>'
        f'<div class="stc-field stc-inline"><div><label for="{ident}">'
        f"{esc(labels.FIELD_LABELS['evidence'])}</label>"
        # Enter adds the item, as «Añadir» does (the bridge forwards the keys in data-keys).
        f'<input type="text" id="{ident}" data-evidence-input data-keys="Enter"'
        f' data-action="add-evidence" data-target="{ident}" aria-describedby="{ident}-hint'
        f' {ident}-error"><p class="stc-hint" id="{ident}-hint">'
        f"{esc(labels.FIELD_HINTS['evidence'])}</p></div>"
        f'<button type="button" class="md-button" data-action="add-evidence" data-target="{ident}">'
        f"{esc(labels.ADD)}</button></div>{_error(tool, 'evidence', view)}"
    )


def _interactions(view: View) -> str:
    count = len(view.case.interactions)
    return (
        f'<p data-region="interactions-count">{esc(labels.INTERACTIONS_COUNT.format(n=count))}'
        f' <a href="{esc(view.base)}herramientas/registro/">{esc(labels.OPEN_LOG)}</a>.</p>'
    )


# --- shared frame ----------------------------------------------------------------------


def _case_bar(tool: str, view: View) -> str:
    log = view.log
    cases = log.cases or (EMPTY_CASE,)
    options = "".join(
        f'<option value="{esc(c.id)}"{" selected" if c.id == view.case.id else ""}>'
        f"{esc(c.display_name())}</option>"
        for c in cases
    )
    ident = fid(tool, "case")
    return (
        f'<div class="stc-casebar"><h3 class="stc-casebar__title">{esc(labels.CASEBAR_TITLE)}</h3>'
        f'<div class="stc-field"><label for="{ident}">{esc(labels.CASE_SELECT)}</label>'
        f'<span data-region="case-select"><select id="{ident}" data-action="select-case">'
        f"{options}</select></span></div>"
        f"{field_html(tool, 'title', view)}"
        '<div class="stc-actions">'
        f'<button type="button" class="md-button" data-action="new-case">{labels.NEW_CASE}</button>'
        f'<button type="button" class="md-button stc-danger" data-action="delete-case">'
        f"{labels.DELETE_CASE}</button></div>{set_aside_html(tool, view)}</div>"
    )


def set_aside_html(tool: str, view: View) -> str:
    """Values a load set aside in the case shown (followup.recheck), next to the case, with
    the reason for each; empty when there are none."""
    found = recheck.problems(view.log, view.case.id)
    body = (
        f'<h4 id="{fid(tool, "set-aside")}">{esc(labels.SET_ASIDE_TITLE)}</h4>'
        f"<p>{esc(labels.SET_ASIDE_INTRO)}</p>"
        f"<ul>{''.join(f'<li>{esc(line)}</li>' for line in found)}</ul>"
        '<div class="stc-actions"><button type="button" class="md-button stc-danger"'
        f' data-action="discard-set-aside">{esc(labels.SET_ASIDE_DISCARD)}</button></div>'
        if found
        else ""
    )
    return f'<div class="stc-set-aside" data-region="set-aside">{body}</div>'


def _frame(tool: str, view: View, body: str) -> str:
    title_id = fid(tool, "title-heading")
    notice = "".join(
        f'<p class="stc-notice">{esc(text)}</p>' for text in (view.warning, view.notice) if text
    )
    # Built into the page (no reader's day yet): the status reads what the page script says
    # first, so the first paint already shows it. If that script never runs, the page's head
    # puts the not-live text in (overrides/main.html); with no JavaScript, <noscript> speaks.
    built = not view.today
    not_live = f' data-notlive="{esc(labels.NOT_LIVE)}"' if built else ""
    return (
        f'<section class="stc-tool" data-stc-tool="{tool}" id="{fid(tool, "tool")}"'
        f' aria-labelledby="{title_id}">'
        f'<h2 class="stc-tool__title" id="{title_id}">{esc(labels.TOOL_TITLES[tool])}</h2>'
        f'<p class="stc-intro">{esc(labels.TOOL_INTROS[tool])}</p>'
        f'<p class="stc-status" data-stc-status role="status"'
        f' data-loading="{esc(labels.LOADING)}" data-slow="{esc(labels.LOADING_SLOW)}"'
        f' data-failed="{esc(labels.LOAD_FAILED)}" data-broken="{esc(labels.TOOL_FAILED)}"'
        f' data-offline="{esc(labels.OFFLINE_READY)}" data-savedata="{esc(labels.SAVE_DATA_WAIT)}"'
        f' data-progress="{esc(labels.LOADING_PROGRESS)}"{not_live}>'
        f"{esc(labels.LOADING) if built else ''}</p>{update_html()}"
        f'<noscript><p class="stc-notice">{esc(labels.NOSCRIPT)}</p></noscript>'
        f'<div data-region="notice" aria-live="polite">{notice}</div>'
        # The first thing in a tool is its first question; the case bar comes after (the
        # case log shows it under its table of cases).
        f"{body}{'' if tool == 'caselog' else _case_bar(tool, view)}</section>"
    )


# --- checklist -------------------------------------------------------------------------


def _item_fields(item: checklist.Item, view: View) -> str:
    out = []
    for name in item.fields:
        if name == "sla_amount":
            out.append(_sla_fields("checklist", view))
        elif name == "evidence":
            out.append(_evidence("checklist", view))
        elif name == "interactions":
            out.append(_interactions(view))
        elif name in labels.FIELD_LABELS and name != "sla_unit":
            out.append(field_html("checklist", name, view))
    return "".join(out)


def progress_html(view: View) -> str:
    p = checklist.progress(view.case)
    missing = (
        f"<p>{esc(labels.MISSING)} {esc(', '.join(i.label for i in p.missing))}.</p>"
        if p.missing
        else f"<p>{esc(labels.ALL_DONE)}</p>"
    )
    # A screen reader hears a short sentence when the count changes, not the list.
    said = labels.PROGRESS_SAID.format(progress=checklist.progress_text(p))
    return (
        f'<div class="stc-progress" data-region="progress">'
        f'<progress max="{p.total}" value="{p.done}" aria-label="{esc(labels.TOOL_TITLES["checklist"])}">'
        f"</progress> <strong>{esc(checklist.progress_text(p))}</strong>{missing}</div>"
        f'<p class="stc-sr" role="status" data-region="progress-said">{esc(said)}</p>'
    )


def _checklist(view: View) -> str:
    items = []
    for item in checklist.ITEMS:
        done = checklist.is_done(item, view.case)
        mark = (
            f'<span class="stc-mark {"is-done" if done else "is-pending"}" aria-hidden="true">'
            f'{"✓" if done else "○"}</span><span class="stc-sr">'
            f"{labels.DONE if done else labels.PENDING}: </span>"
        )
        items.append(
            f'<li class="stc-item" data-item="{esc(item.key)}">'
            f'<p class="stc-item__head"><span data-region="mark-{esc(item.key)}">{mark}</span>'
            f"<strong>{esc(item.label)}</strong></p>"
            f'<p class="stc-hint">{esc(item.hint)}</p>{_item_fields(item, view)}</li>'
        )
    return f'{progress_html(view)}<ol class="stc-checklist">{"".join(items)}</ol>'


# --- message builder -------------------------------------------------------------------


def findings_said(findings: Sequence[guards.Finding]) -> str:
    """What a screen reader hears about a draft: how many warnings, said when it changes."""
    n = len(findings)
    return labels.WARNINGS_SAID.get(n) or labels.WARNINGS_SAID_MANY.format(n=n)


def findings_html(findings: Iterable[guards.Finding]) -> str:
    found = list(findings)
    if not found:
        return f'<p class="stc-ok">{esc(labels.NO_WARNINGS)}</p>'
    items = "".join(f"<li>{esc(f.message)}</li>" for f in found)
    return f'<p class="stc-warn-title">{esc(labels.WARNINGS_TITLE)}</p><ul>{items}</ul>'


_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


def placeholders(text: str) -> list[guards.Finding]:
    """Bracketed blanks left in a draft («[Tu nombre]»): the reader must fill them in."""
    seen = dict.fromkeys(m.group(0) for m in _PLACEHOLDER.finditer(text))
    return [
        guards.Finding("placeholder", texts.PLACEHOLDER_FINDING.format(excerpt=p), p) for p in seen
    ]


def check_text(text: str, case: CaseFile, *, public: bool) -> list[guards.Finding]:
    found = guards.check_privacy(text, case) if public else []
    return placeholders(text) + found + guards.check_tone(text)


def print_copy(ident: str, text: str) -> str:
    """A box's text for paper. A printed textarea shows only the rows it has on screen, and
    only some engines grow it to its text (`field-sizing`, which WebKit lacks): a letter would
    lose its closing and signature; a one-line field (the subject) prints only what fits. The print stylesheet shows this element's `data-text`
    instead of the box; the page bridge keeps it equal to the box's value. Empty, so the
    text is not in the page twice for search or a screen reader."""
    return f'<div class="stc-print-copy" data-print-copy="{ident}" data-text="{esc(text)}"></div>'


def draft_id(part: str) -> str:
    """The textarea of a draft's part ("body", or a social post's "private" message)."""
    return fid("builder", f"draft-{part}")


def edited_html(key: str, edited: bool) -> str:
    """Under a draft the reader edited: the tool says so and offers to write it again."""
    if not edited:
        return ""
    return (
        f'<p class="stc-hint">{esc(labels.DRAFT_EDITED)}</p>'
        f'<button type="button" class="md-button" data-action="regenerate" data-key="{esc(key)}">'
        f"{esc(labels.REGENERATE)}</button>"
    )


def _draft_box(
    key: str,
    part: str,
    label: str,
    text: str,
    case: CaseFile,
    *,
    public: bool,
    edited: bool,
    live: bool = True,
) -> str:
    ident = draft_id(part)
    rows = max(4, min(18, text.count("\n") + 2))
    # Built into the page (no script yet), nothing was checked: no «Sin avisos» to trust.
    found = check_text(text, case, public=public)
    # data-held: the core keeps every keystroke of this text (the reader's draft), so a
    # whole redraw shows the core's copy rather than carrying it to another message's box.
    return (
        f'<div class="stc-field stc-draft"><label for="{ident}">{esc(label)}</label>'
        # autocomplete off: a browser that restores form state on a return visit would put
        # another message's text back into this box, as if the reader had typed it.
        f'<textarea id="{ident}" data-draft="{esc(key)}" data-held autocomplete="off"'
        f' data-public="{"yes" if public else "no"}" rows="{rows}"'
        f' aria-describedby="{ident}-edited {ident}-warnings">{esc(text)}</textarea>'
        f"{print_copy(ident, text)}"
        f'<div class="stc-edited" id="{ident}-edited" aria-live="polite">'
        f"{edited_html(key, edited)}</div>"
        f'<div class="stc-actions"><button type="button" class="md-button md-button--primary"'
        f' data-action="copy" data-target="{ident}">{esc(labels.COPY)}</button>'
        f'<span class="stc-copied" role="status" id="{ident}-copied" data-copy-status></span></div>'
        f'<div class="stc-warnings" id="{ident}-warnings" data-warnings-for="{ident}">'
        f"{findings_html(found) if live else ''}</div>"
        f'<p class="stc-sr" role="status" id="{ident}-said">'
        f"{esc(findings_said(found)) if live else ''}</p></div>"
    )


def place_text(case: CaseFile) -> str:
    """ "País y sector: España, telecomunicaciones" for the chronology ("" when unknown)."""
    country = ladder.country_of(case.country)
    if country is None or case.sector is None:
        return ""
    return labels.PLACE.format(country=country.name, sector=labels.SECTOR_SHORT[case.sector])


KIND_BODY_LABELS = {
    messages.MessageKind.COMPLAINT: labels.COMPLAINT_BODY,
    messages.MessageKind.ASK_NUMBER: labels.ASK_NUMBER_BODY,
    messages.MessageKind.CHRONOLOGY: labels.CHRONOLOGY_BODY,
}


def wait_until(view: View) -> dt.date | None:
    """The date the wizard told the reader to wait for, once they answered it for this case."""
    if view.case.declared_follow_ups is None:
        return None
    situation = wizard.situation(view.wizard, view.case)
    if situation is None:
        return None
    advice = escalation.advise(situation, view.day)
    return advice.wait_until if advice.action is escalation.Action.WAIT else None


def generated_draft(
    view: View, kind: messages.MessageKind, channel: Channel, escalate: bool
) -> messages.Draft:
    """The message the tool writes from the case, before any edit of the reader's."""
    return messages.compose_kind(
        view.case,
        kind,
        channel,
        view.builder.goal,
        view.day,
        escalate=escalate,
        place=place_text(view.case),
        wait_until=wait_until(view) if channel is Channel.PHONE else None,
    )


def generated_text(view: View, key: messages.DraftKey) -> str:
    """The text the tool writes for one draft key (what an edit is compared with)."""
    draft = generated_draft(view, key.kind, key.channel, key.escalate)
    return messages.draft_part(draft, key.part)


def _mail_link(draft: messages.Draft, live: bool) -> str:
    # Live, the controller opens the mail with the draft as the reader edited it. Built
    # into the page, the link is inert: it would open the placeholder text of an empty case.
    if not live:
        return (
            f'<p><a class="md-button" data-mailto aria-disabled="true">'
            f"{esc(labels.OPEN_MAIL)}</a></p>"
        )
    return (
        f'<p><a class="md-button" data-mailto href="{esc(messages.mailto_link(draft))}"'
        f' data-action="open-mail" data-target="{draft_id("body")}"'
        f' data-subject="{esc(draft.subject or "")}">'
        f"{esc(labels.OPEN_MAIL)}</a></p>"
    )


def company_due_hint(case: CaseFile, today: dt.date) -> str:
    """Under a letter: the date it gives the company, and what its count skipped (the
    reader checks the date; the letter itself only cites it)."""
    step = ladder.company_step(case, today)
    if step is None or step.due is None:
        return ""
    what = labels.REPLY_BY_HINT if step.by_reader else labels.COMPANY_DUE_HINT
    line = what.format(date=messages.format_date_es(step.due))
    note = "" if step.by_reader else ladder.calendar_note(case, step.start, step.due, step.deadline)
    return f'<p class="stc-hint stc-calendar">{esc(" ".join(x for x in (line, note) if x))}</p>'


def draft_html(view: View) -> str:
    prefs = view.builder
    case = view.case
    live = view.today is not None
    generated = generated_draft(view, prefs.kind, prefs.channel, prefs.escalate)
    # The reader's own text wherever they edited it: never written over by the tool.
    texts_by_part = {}
    for part in messages.DRAFT_PARTS:
        key = prefs.draft_key(part)
        own = case.draft(key)
        texts_by_part[part] = (
            key,
            own if own is not None else messages.draft_part(generated, part),
        )
    body = texts_by_part["body"][1]
    draft = messages.Draft(
        channel=generated.channel, subject=generated.subject, body=body, public=generated.public
    )

    def box(part: str, label: str, *, public: bool) -> str:
        key, text = texts_by_part[part]
        edited = case.draft(key) is not None
        return _draft_box(key, part, label, text, case, public=public, edited=edited, live=live)

    parts = []
    if draft.subject is not None:
        ident = fid("builder", "subject")
        parts.append(
            f'<div class="stc-field"><label for="{ident}">{esc(labels.SUBJECT)}</label>'
            f'<div class="stc-inline"><input type="text" id="{ident}" readonly'
            f' value="{esc(draft.subject)}">{print_copy(ident, draft.subject)}'
            f'<button type="button" class="md-button"'
            f' data-action="copy" data-target="{ident}">{esc(labels.COPY_SUBJECT)}</button>'
            f'<span class="stc-copied" role="status" id="{ident}-copied" data-copy-status></span>'
            "</div></div>"
        )
    if prefs.kind is not messages.MessageKind.FOLLOW_UP:
        parts.append(box("body", KIND_BODY_LABELS[prefs.kind], public=False))
        parts.append(company_due_hint(case, view.day))
        parts.append(f'<p class="stc-hint">{esc(labels.EDITABLE_HINT)}</p>')
        return f'<div id="{fid("builder", "panel")}" data-region="draft">{"".join(parts)}</div>'
    if prefs.channel is Channel.SOCIAL:
        parts.append(box("body", labels.PUBLIC_POST, public=True))
        parts.append(box("private", labels.PRIVATE_MESSAGE, public=False))
    else:
        label = labels.PHONE_SCRIPT if prefs.channel is Channel.PHONE else labels.BODY
        parts.append(box("body", label, public=False))
    if prefs.channel is Channel.EMAIL:
        parts.append(_mail_link(draft, live))
    parts.append(f'<p class="stc-hint">{esc(labels.EDITABLE_HINT)}</p>')
    tab_id = fid("builder", f"tab-{prefs.channel.value}")
    return (
        f'<div role="tabpanel" id="{fid("builder", "panel")}" aria-labelledby="{tab_id}"'
        f' data-region="draft">{"".join(parts)}</div>'
    )


# The ARIA tabs pattern: the bridge forwards these keys from a tab to the core.
TAB_KEYS = "ArrowLeft ArrowRight Home End"


def _tabs(view: View) -> str:
    tabs = []
    for channel in Channel:
        selected = channel is view.builder.channel
        tabs.append(
            f'<button type="button" role="tab" id="{fid("builder", "tab-" + channel.value)}"'
            f' aria-selected="{"true" if selected else "false"}"'
            f' aria-controls="{fid("builder", "panel")}" tabindex="{"0" if selected else "-1"}"'
            f' data-action="channel" data-value="{channel.value}" data-keys="{TAB_KEYS}">'
            f"{esc(labels.CHANNEL_NAMES[channel])}</button>"
        )
    return (
        f'<div class="stc-tabs" role="tablist" aria-label="{esc(labels.CHANNELS_LABEL)}"'
        f' data-region="tabs">{"".join(tabs)}</div>'
    )


# --- the builder's fields, by what the reader writes (issue 18) -------------------------

CASE_FIELDS: dict[messages.MessageKind, tuple[str, ...]] = {
    messages.MessageKind.FOLLOW_UP: (
        "case_number",
        "company",
        "opened",
        "summary",
        "agent_name",
        "new_info",
        "country",
        "sector",
        "signer_name",
    ),
    messages.MessageKind.COMPLAINT: (
        "case_number",
        "company",
        "opened",
        "summary",
        "new_info",
        "situation",
        "country",
        "sector",
        "region",
        "company_size",
    ),
    messages.MessageKind.ASK_NUMBER: ("company", "channel", "opened", "summary", "signer_name"),
    messages.MessageKind.CHRONOLOGY: (
        "case_number",
        "company",
        "opened",
        "summary",
        "new_info",
        "situation",
        "country",
        "sector",
        "region",
        "company_size",
        "customer_number",
    ),
}
# The formal complaint: when and how it was filed, and the reply date where the law sets none.
COMPLAINT_FIELDS = ("complaint_date", "complaint_channel", "complaint_ref", "reply_by")
# Who complains: the letter's sender block and signature.
IDENTITY_FIELDS = ("signer_name", "reader_id", "reader_address", "customer_number")


def shown(view: View, names: tuple[str, ...]) -> tuple[str, ...]:
    """The fields this case needs: the region where the country's calendar has regions,
    which company rule applies where it depends on the kind of company (as the wizard asks
    them, `place_fields`), the reply date only where the law sets the company no deadline."""
    case = view.case
    out = []
    for name in names:
        if name in ("region", "company_size") and name not in place_fields(case):
            continue
        if name == "reply_by" and not messages.needs_reply_by(case, view.day):
            continue
        out.append(name)
    return tuple(out)


def builder_groups(view: View) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The builder's fields for what the reader writes, in groups (legend, names)."""
    kind = view.builder.kind
    groups = [("", shown(view, CASE_FIELDS[kind]))]
    if kind in (messages.MessageKind.COMPLAINT, messages.MessageKind.CHRONOLOGY):
        groups.append((labels.COMPLAINT_FIELDS, shown(view, COMPLAINT_FIELDS)))
    if kind is messages.MessageKind.COMPLAINT:
        groups.append((labels.IDENTITY_FIELDS, IDENTITY_FIELDS))
    return tuple(groups)


def reply_by_suggestion(tool: str, view: View) -> str:
    """Under the reply date: the date the tools suggest, to take with one click, while the
    letter does not cite a date of the reader's (none set, or one already past)."""
    case = view.case
    due = messages.company_due(case, view.day)
    text = ""
    if view.today is not None and not (due and due.by_reader):
        # The wizard suggests the same date (10 business days of the case's calendar).
        day = escalation.suggested_reply_by(case, view.day)
        text = (
            f'<button type="button" class="md-button" data-action="use-reply-by"'
            f' data-value="{day.isoformat()}" data-tool="{tool}">'
            f"{esc(labels.USE_REPLY_BY.format(date=messages.format_date_es(day)))}</button>"
        )
    return f'<div class="stc-actions" data-region="reply-by-suggestion">{text}</div>'


def fields_html(tool: str, view: View, names: tuple[str, ...]) -> str:
    out = []
    for name in names:
        html_ = field_html(tool, name, view)
        if name == "reply_by":  # the suggestion right under its field, in the same cell
            html_ = html_.removesuffix("</div>") + reply_by_suggestion(tool, view) + "</div>"
        out.append(html_)
    return "".join(out)


def shape(view: View) -> tuple[object, ...]:
    """What decides which controls the tools show and how they are labelled: when it
    changes, the tools are redrawn whole (fields are not output regions)."""
    case = view.case
    return (
        view.builder.kind,
        builder_groups(view),
        caselog_details(view),
        field_label("reader_id", case),
        field_hint("complaint_ref", case),
    )


def _builder(view: View) -> str:
    prefs = view.builder
    goal_id = fid("builder", "goal")
    goals = [(g.value, labels.GOAL_NAMES[g.value]) for g in messages.Goal]
    kind_id = fid("builder", "kind")
    kinds = [(k.value, labels.MESSAGE_KIND_NAMES[k.value]) for k in messages.MessageKind]
    fields = ""
    for legend, names in builder_groups(view):
        grid = f'<div class="stc-grid">{fields_html("builder", view, names)}</div>'
        fields += (
            f'<fieldset class="stc-field stc-ladder"><legend>{esc(legend)}</legend>{grid}</fieldset>'
            if legend
            else grid
        )
    follow_up = prefs.kind is messages.MessageKind.FOLLOW_UP
    escalate = (
        f'<label class="stc-choice"><input type="checkbox" data-pref="escalate"'
        f"{' checked' if prefs.escalate else ''}> {esc(labels.ESCALATE_CHECK)}</label>"
        if follow_up
        else ""
    )
    return (
        f'<div class="stc-field"><label for="{kind_id}">{esc(labels.MESSAGE_KIND_LABEL)}</label>'
        f'<select id="{kind_id}" data-pref="kind">{_options(kinds, prefs.kind.value)}</select></div>'
        f"{fields}"
        f'<div class="stc-field"><label for="{goal_id}">{esc(labels.GOAL_LABEL)}</label>'
        f'<select id="{goal_id}" data-pref="goal">{_options(goals, prefs.goal.value)}</select></div>'
        f"{escalate}{_tabs(view) if follow_up else ''}{draft_html(view)}"
    )


# --- wizard ----------------------------------------------------------------------------


def place_fields(case: CaseFile) -> tuple[str, ...]:
    """Where the case is: the country and the sector, the region where the calendar has
    regions, and in Spain which company rule applies when the sector does not say it."""
    names = ["country", "sector"]
    if ladder.regions(case.country):
        names.append("region")
    if ladder.asks_company_size(case):
        names.append("company_size")
    return tuple(names)


def complaint_fields(case: CaseFile, today: dt.date) -> tuple[str, ...]:
    """The formal complaint: when, how and its reference; the reply date the reader sets
    where the law sets none; the day they went to the authority."""
    names = ["complaint_date", "complaint_channel", "complaint_ref"]
    if messages.needs_reply_by(case, today):
        names.append("reply_by")
    names.append("authority_date")
    return tuple(names)


def _wizard_step(view: View) -> str:
    state = view.wizard
    step = wizard.STEPS[state.step]
    ident = fid("wizard", step)
    question = esc(labels.WIZARD_QUESTIONS[step])
    hint = labels.WIZARD_HINTS.get(step, "")
    hint_html = f'<p class="stc-hint" id="{ident}-hint">{esc(hint)}</p>' if hint else ""
    described = f"{ident}-hint {ident}-error" if hint else f"{ident}-error"
    if step == "situation":
        return field_html("wizard", "situation", view, radios=True).replace(
            esc(labels.FIELD_LABELS["situation"]), question, 1
        )
    if step == "place":
        return (
            f'<fieldset class="stc-field"><legend>{question}</legend>{hint_html}'
            f'<div class="stc-grid">{"".join(field_html("wizard", n, view) for n in place_fields(view.case))}</div>'
            "</fieldset>"
        )
    if step == "complaint":
        return (
            f'<fieldset class="stc-field"><legend>{question}</legend>{hint_html}'
            f'<div class="stc-grid">{fields_html("wizard", view, complaint_fields(view.case, view.day))}</div>'
            "</fieldset>"
        )
    if step in ("opened", "last_contact"):
        value = field_value(view.case, step)
        invalid = ' aria-invalid="true"' if state.error else ""
        control = (
            f'<label for="{ident}">{question}</label>{hint_html}<input type="date" id="{ident}"'
            f' data-field="{step}" value="{esc(value)}" aria-describedby="{described}'
            f' {ident}-words"{invalid}>{date_words("wizard", step, view)}'
            f"{_error('wizard', step, view)}"
        )
        return f'<div class="stc-field">{control}</div>'
    if step == "sla":
        return (
            f'<fieldset class="stc-field"><legend>{question}</legend>{hint_html}'
            f"{_sla_fields('wizard', view)}</fieldset>"
        )
    if step == "follow_ups":
        invalid = ' aria-invalid="true"' if state.error else ""
        value = "" if state.follow_ups is None else str(state.follow_ups)
        return (
            f'<div class="stc-field"><label for="{ident}">{question}</label>{hint_html}'
            f'<input type="number" min="0" max="50" id="{ident}" data-wizard="follow_ups"'
            f' value="{esc(value)}" aria-describedby="{described}"'
            f"{invalid}>"
            f"{_error('wizard', step, view)}</div>"
        )
    if step == "impact":
        return field_html("wizard", "impact", view).replace(
            esc(labels.FIELD_LABELS["impact"]), question, 1
        )
    if step == "channels":
        tried = state.channels or frozenset()
        boxes = "".join(
            f'<label class="stc-choice"><input type="checkbox" data-wizard="channel"'
            f' value="{c.value}"{" checked" if c in tried else ""}>'
            f" {esc(labels.CHANNEL_NAMES[c])}</label>"
            for c in Channel
        )
        return f'<fieldset class="stc-field"><legend>{question}</legend>{boxes}</fieldset>'
    yes = state.escalated is True
    radios = "".join(
        f'<label class="stc-choice"><input type="radio" name="{ident}" data-wizard="escalated"'
        f' value="{v}"{" checked" if on else ""}> {esc(text)}</label>'
        for v, text, on in (("yes", labels.YES, yes), ("no", labels.NO, not yes))
    )
    return f'<fieldset class="stc-field"><legend>{question}</legend>{radios}</fieldset>'


def section_link(base: str, section: str) -> str:
    page, _, anchor = section.partition("#")
    return f"{base}{page}/#{anchor}" if anchor else f"{base}{page}/"


def advice_html(view: View) -> str:
    situation = wizard.situation(view.wizard, view.case)
    if situation is None:
        return f'<p class="stc-error">{esc(labels.OPENED_REQUIRED)}</p>'
    advice = escalation.advise(situation, view.day)
    legal_date = (
        f'<p class="stc-advice__date">{esc(advice.legal_date_text)}</p>'
        if advice.legal_date_text
        else ""
    )
    if advice.calendar_note:
        legal_date += f'<p class="stc-hint stc-calendar">{esc(advice.calendar_note)}</p>'

    portal = (
        f'<p><a href="{esc(advice.portal.url)}" rel="noopener">'
        f"{esc(labels.PORTAL.format(name=advice.portal.name))}</a></p>"
        if advice.portal
        else ""
    )
    reasons = "".join(
        f'<li>{esc(r.text)} <a href="{esc(section_link(view.base, r.section))}">'
        f"{esc(labels.WHY)}</a></li>"
        for r in advice.reasons
    )
    until = messages.format_date_es(advice.wait_until) if advice.wait_until else ""
    # Said once: a headline that already gives the date ("Espera hasta el …") needs no repeat.
    wait = (
        f'<p class="stc-advice__date">{esc(labels.WAIT_UNTIL.format(date=until))}</p>'
        if until and until not in advice.headline
        else ""
    )
    how = f"<h4>{esc(labels.HOW)}</h4><p>{esc(advice.how)}</p>" if advice.how else ""
    # What to do today comes first: the reasons explain it after.
    today = ""
    if advice.steps:
        items = "".join(f"<li>{esc(step)}</li>" for step in advice.steps)
        today = f"<h4>{esc(labels.TODAY_STEPS)}</h4><ol>{items}</ol>"
    write = (
        ""
        if advice.action is escalation.Action.WAIT
        else f'<button type="button" class="md-button md-button--primary"'
        f' data-action="write-message" data-advice="{advice.action.value}"'
        f' data-channel="{advice.channel.value if advice.channel else ""}">'
        f"{esc(labels.WRITE_THIS)}</button>"
    )
    return (
        f'<div class="stc-advice stc-advice--{advice.action.value}" data-region="advice">'
        f'<h3 id="{fid("wizard", "result")}" tabindex="-1">{esc(advice.headline)}</h3>{wait}'
        f"{legal_date}{today}<h4>{esc(labels.WHY)}</h4><ul>{reasons}</ul>{how}{portal}"
        f'<div class="stc-actions">{write}<button type="button" class="md-button"'
        f' data-action="wizard-restart">{esc(labels.RESTART)}</button></div></div>'
    )


def ladder_fields(tool: str, view: View) -> str:
    """The case beyond the company: what happened, where, the formal complaint and the
    authority (the region, the company rule and the reply date where they apply)."""
    case = view.case
    names = ("situation", *place_fields(case), *complaint_fields(case, view.day))
    fields = fields_html(tool, view, names)
    return (
        f'<fieldset class="stc-field stc-ladder"><legend>{esc(labels.LADDER_FIELDS)}</legend>'
        f'<div class="stc-grid">{fields}</div>'
        f'<p class="stc-hint">{esc(labels.HOLIDAYS_NOTE)}</p></fieldset>'
    )


def questionnaire_html() -> str:
    """Every question of the wizard as a blank form: shown only on paper (print CSS), where
    the one-question-at-a-time form would print only «Pregunta 1 de 7»."""
    boxes = {
        "situation": list(labels.SITUATION_NAMES.values()),
        "impact": [labels.IMPACT_NAMES[i] for i in Impact],
        "channels": [labels.CHANNEL_NAMES[c] for c in Channel],
        "escalated": [labels.YES, labels.NO],
    }
    blanks = {
        "place": labels.WIZARD_PRINT_PLACE,
        "complaint": labels.WIZARD_PRINT_COMPLAINT,
        "opened": labels.WIZARD_PRINT_DATE,
        "last_contact": labels.WIZARD_PRINT_DATE,
        "sla": labels.WIZARD_PRINT_SLA,
        "follow_ups": labels.WIZARD_PRINT_NUMBER,
    }
    items = []
    for step in wizard.STEPS:
        hint = labels.WIZARD_HINTS.get(step, "")
        answer = (
            "".join(f"<li>☐ {esc(choice)}</li>" for choice in boxes[step]) if step in boxes else ""
        )
        items.append(
            f"<li><p><strong>{esc(labels.WIZARD_QUESTIONS[step])}</strong></p>"
            + (f'<p class="stc-hint">{esc(hint)}</p>' if hint else "")
            + (f'<ul class="stc-boxes">{answer}</ul>' if answer else f"<p>{esc(blanks[step])}</p>")
            + "</li>"
        )
    return (
        f'<div class="stc-print-only stc-questionnaire"><h3>{esc(labels.WIZARD_PRINT_TITLE)}</h3>'
        f"<ol>{''.join(items)}</ol><p>{esc(labels.WIZARD_PRINT_AFTER)}</p></div>"
    )


def _wizard(view: View) -> str:
    state = view.wizard
    if state.finished:
        return (
            f'<div class="stc-wizard">{advice_html(view)}{ladder_fields("wizard", view)}</div>'
            f"{questionnaire_html()}"
        )
    n, total = wizard.position(state, view.case)
    last = n == total
    back = (
        f'<button type="button" class="md-button" data-action="wizard-back">{labels.BACK}</button>'
        if n > 1
        else ""
    )
    # Always there (empty when all is well), so the error clears as soon as the answer
    # arrives, and a screen reader hears it when it appears.
    step_error = (
        f'<p class="stc-error" role="alert" data-region="wizard-error">{esc(state.error)}</p>'
    )
    return (
        f'<form class="stc-wizard" data-wizard-form novalidate>'
        f'<p class="stc-step" id="{fid("wizard", "step")}" tabindex="-1">'
        f"{esc(labels.WIZARD_STEP.format(n=n, total=total))}</p>"
        f"{_wizard_step(view)}{step_error}"
        f'<div class="stc-actions">{back}<button type="submit" class="md-button md-button--primary">'
        f"{labels.SEE_ADVICE if last else labels.NEXT}</button></div></form>"
        f"{questionnaire_html()}"
    )


# --- case log --------------------------------------------------------------------------


def short_date(day: dt.date | None) -> str:
    """Day/month/year, the order a Spanish reader expects in a table; a dash when unset."""
    return f"{day:%d/%m/%Y}" if day else "—"


def legal_cell(case: CaseFile, today: dt.date) -> str:
    """The case's legal date in the overview: an overdue one stays, with where to go."""
    found = ladder.next_legal_date(case, today)
    if found is None:
        return "—"
    if found.overdue:
        days = labels.days_ago((today - found.day).days)
        if not found.then:
            return labels.LEGAL_DATE_OVERDUE_NOWHERE.format(date=short_date(found.day), days=days)
        if found.then_day is not None:
            return labels.LEGAL_DATE_OVERDUE_UNTIL.format(
                date=short_date(found.day),
                days=days,
                body=found.then,
                until=short_date(found.then_day),
            )
        return labels.LEGAL_DATE_OVERDUE.format(
            date=short_date(found.day), days=days, body=found.then
        )
    return labels.LEGAL_DATE_CELL.format(
        date=short_date(found.day), what=labels.LEGAL_DATE_KINDS[found.kind]
    )


def _cases_table(view: View) -> str:
    rows = []
    for case in view.log.cases:
        p = checklist.progress(case)
        cells = (
            esc(case.display_name()),
            esc(case.company),
            short_date(case.last_contact),
            short_date(case.next_action),
            esc(legal_cell(case, view.day)),
            esc(checklist.progress_text(p)),
        )
        # data-label lets a phone-width stylesheet show each row as a small card.
        rows.append(
            "<tr>"
            + "".join(
                f'<td data-label="{esc(h)}">{c}</td>'
                for h, c in zip(labels.TABLE_HEADERS, cells, strict=True)
            )
            + "</tr>"
        )
    body = "".join(rows) or f'<tr><td colspan="6">{esc(labels.NO_CASES)}</td></tr>'
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in labels.TABLE_HEADERS)
    return (
        f'<div class="stc-table" data-region="cases-table"><table>'
        f"<caption>{esc(labels.CASES_TABLE)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
    )


def _timeline(view: View) -> str:
    entries = []
    for i, item in enumerate(view.case.interactions):
        who = f" · {esc(item.agent)}" if item.agent else ""
        entries.append(
            f"<li><p><strong>{esc(messages.format_date_es(item.date))}</strong> · "
            f"{esc(labels.CHANNEL_NAMES[item.channel])} · {esc(labels.KIND_NAMES[item.kind])}"
            f"{who}</p><p>{esc(item.note)}</p>"
            f'<button type="button" class="stc-link" data-action="remove-entry" data-index="{i}"'
            f' id="{fid("caselog", "entry-remove")}-{i}"'
            f' aria-label="{esc(labels.REMOVE_ITEM.format(item=messages.format_date_es(item.date)))}">'
            f"{esc(labels.REMOVE)}</button></li>"
        )
    said = f'<p class="stc-sr" role="status" data-region="timeline-said">{esc(view.announce)}</p>'
    if not entries:  # a numbered "1." before "nothing yet" reads as an entry
        return f'<p class="stc-empty" data-region="timeline">{esc(labels.TIMELINE_EMPTY)}</p>{said}'
    return f'<ol class="stc-timeline" data-region="timeline">{"".join(entries)}</ol>{said}'


def entry_added(case: CaseFile) -> str:
    """What a screen reader hears once an interaction is added to the timeline."""
    last = case.interactions[-1].date if case.interactions else None
    day = messages.format_date_es(last) if last else ""
    return labels.ENTRY_ADDED.format(date=day, n=len(case.interactions))


def _entry_form(view: View) -> str:
    def ident(name: str) -> str:
        return fid("caselog", f"entry-{name}")

    def err(name: str) -> str:
        return (
            f'<p class="stc-error" id="{ident(name)}-error" data-region="error-entry-{name}"'
            f' aria-live="polite">{esc(view.errors.get("entry-" + name, ""))}</p>'
        )

    lab = labels.ENTRY_LABELS
    kinds = [(k.value, labels.KIND_NAMES[k]) for k in InteractionKind]
    channel = view.case.channel.value if view.case.channel else Channel.EMAIL.value
    return (
        '<form class="stc-entry" data-entry-form novalidate><fieldset>'
        f'<legend>{esc(labels.ENTRY_FORM)}</legend><div class="stc-grid">'
        f'<div class="stc-field"><label for="{ident("date")}">{lab["date"]}</label>'
        f'<input type="date" id="{ident("date")}" name="date" value="{view.day.isoformat()}"'
        f' aria-describedby="{ident("date")}-error">{err("date")}</div>'
        f'<div class="stc-field"><label for="{ident("channel")}">{lab["channel"]}</label>'
        f'<select id="{ident("channel")}" name="channel">{_options(CHOICES["channel"], channel)}'
        f"</select>{err('channel')}</div>"
        f'<div class="stc-field"><label for="{ident("kind")}">{lab["kind"]}</label>'
        f'<select id="{ident("kind")}" name="kind">{_options(kinds, "contact")}</select>'
        f"{err('kind')}</div>"
        f'<div class="stc-field"><label for="{ident("agent")}">{lab["agent"]}</label>'
        f'<input type="text" id="{ident("agent")}" name="agent" autocomplete="off"'
        f' aria-describedby="{ident("agent")}-error">{err("agent")}</div></div>'
        f'<div class="stc-field"><label for="{ident("note")}">{lab["note"]}</label>'
        f'<textarea id="{ident("note")}" name="note" rows="2"'
        f' aria-describedby="{ident("note")}-error"></textarea>{err("note")}</div>'
        f'<button type="submit" class="md-button md-button--primary">{labels.ADD_ENTRY}</button>'
        "</fieldset></form>"
    )


def persist_html(view: View) -> str:
    """Whether the browser promised to keep the data; empty until it answered."""
    text = (
        ""
        if view.persisted is None
        else labels.PERSISTED
        if view.persisted
        else labels.NOT_PERSISTED
    )
    return f'<p data-persist-status data-region="persist" role="status">{esc(text)}</p>'


def _deadline_lines(case: CaseFile, today: dt.date) -> list[str]:
    """Each deadline of the case with its state: met, missed or pending."""
    out = []

    def state(day: dt.date, met: bool) -> str:
        return (
            labels.DEADLINE_MET
            if met
            else labels.DEADLINE_MISSED
            if today > day
            else labels.DEADLINE_PENDING
        )

    sla = ladder.sla_due(case)
    if sla is not None and case.sla_amount is not None:
        words = texts.sla_phrase(case.sla_amount, case.sla_unit, ladder.calendar_word(case.country))
        answered = any(
            i.kind is InteractionKind.CONTACT and case.opened and case.opened < i.date <= sla
            for i in case.interactions
        )
        line = labels.DEADLINE_SLA.format(words=words, date=messages.format_date_es(sla))
        out.append(labels.DEADLINE_STATE.format(line=line, state=state(sla, answered)))
    if case.complaint_date is not None:
        # The same deadline as the letter and the chronology (messages.company_due).
        due = messages.company_due(case, today)
        if due is not None:
            answered_on = ladder.answered_on(case)
            day = messages.format_date_es(due.day)
            line = (
                labels.DEADLINE_READER.format(date=day)
                if due.by_reader
                else labels.DEADLINE_LEGAL.format(words=due.words, date=day)
            )
            met = answered_on is not None and answered_on <= due.day
            entry = labels.DEADLINE_STATE.format(line=line, state=state(due.day, met))
            step = ladder.company_step(case, today)
            if step is not None and not due.by_reader:
                note = ladder.calendar_note(case, step.start, due.day, step.deadline)
                entry = f"{entry} {note}" if note else entry
            out.append(entry)
        steps = ladder.authority_steps(case, today)
        for auth in [s for s in steps if not ladder.needs_answer(s.rung)][:1]:
            if auth.opens is not None and auth.opens > today:
                # Spain's month: the body takes the case from this day, not before.
                out.append(
                    labels.DEADLINE_OPENS.format(
                        body=auth.rung.body, date=messages.format_date_es(auth.opens)
                    )
                )
            if auth.limit is not None:
                line = labels.DEADLINE_LIMIT.format(
                    body=auth.rung.body, date=messages.format_date_es(auth.limit)
                )
                met = case.authority_date is not None and case.authority_date <= auth.limit
                out.append(labels.DEADLINE_STATE.format(line=line, state=state(auth.limit, met)))
    return out


def dossier_html(view: View) -> str:
    """The printable dossier of the active case: data, chronology, evidence, deadlines."""
    case = view.case
    today = view.day
    fields = labels.DOSSIER_FIELDS
    place = place_text(case).partition(": ")[2]
    complaint = ""
    if case.complaint_date:
        # In the channel's own words (no «por escrito» for a phone complaint), with the
        # reference under the country's name for it («CUN …», «clave identificativa …»).
        ref = messages.complaint_ref_text(case)
        complaint = labels.DOSSIER_COMPLAINT.format(
            date=messages.format_date_es(case.complaint_date),
            channel=messages.complaint_channel_about(case),
            ref=labels.DOSSIER_COMPLAINT_REF.format(ref=ref) if ref else "",
        )
    words = messages.words_for(case)
    reader_id = " ".join(case.reader_id.split())
    values = {
        "signer_name": case.signer_name,
        "reader_id": labels.DOSSIER_ID.format(
            value=reader_id, id_name=words.id_name or texts.ID_NAME_ANY
        )
        if reader_id
        else "",
        "reader_address": case.reader_address,
        "case_number": case.case_number,
        "customer_number": case.customer_number,
        "company": case.company,
        "place": place,
        "channel": labels.CHANNEL_NAMES[case.channel] if case.channel else "",
        "opened": messages.format_date_es(case.opened) if case.opened else "",
        "summary": case.summary,
        "new_info": case.new_info,
        "impact": labels.IMPACT_NAMES[case.impact] if case.impact else "",
        "complaint": complaint,
        "authority": labels.DOSSIER_AUTHORITY.format(
            date=messages.format_date_es(case.authority_date)
        )
        if case.authority_date
        else "",
    }
    data = "".join(
        f"<dt>{esc(fields[k])}</dt><dd>{esc(v)}</dd>" for k, v in values.items() if v.strip()
    )
    draft = messages.chronology(case, view.builder.goal, today, place_text(case))
    timeline = draft.body.split("\n\n")[1].split("\n")
    chrono = "".join(f"<li>{esc(line)}</li>" for line in timeline)
    evidence = "".join(f"<li>{esc(e)}</li>" for e in case.evidence) or (
        f"<li>{esc(labels.DOSSIER_NONE)}</li>"
    )
    deadlines = "".join(f"<li>{esc(line)}</li>" for line in _deadline_lines(case, today)) or (
        f"<li>{esc(labels.NO_DEADLINES)}</li>"
    )
    # Printed for an authority: the reader's private name for the case stays out of it.
    title = labels.dossier_title(messages.case_number_text(case), " ".join(case.company.split()))
    return (
        f'<section class="stc-dossier" data-region="dossier" aria-labelledby="{fid("caselog", "dossier")}">'
        f'<h3 id="{fid("caselog", "dossier")}">{esc(title)}</h3>'
        f'<h4>{esc(labels.DOSSIER_DATA)}</h4><dl class="stc-dossier__data">{data}</dl>'
        f"<h4>{esc(labels.DOSSIER_CHRONOLOGY)}</h4><ol>{chrono}</ol>"
        f"<h4>{esc(labels.DOSSIER_EVIDENCE)}</h4><ul>{evidence}</ul>"
        f"<h4>{esc(labels.DOSSIER_DEADLINES)}</h4><ul>{deadlines}</ul></section>"
    )


# The case log's details: the case, then who complains (for the letters). The reply date
# where the law sets the company none is with the formal complaint (`ladder_fields`).
CASELOG_DETAILS = (
    "case_number",
    "company",
    "channel",
    "opened",
    "next_action",
    "customer_number",
    "signer_name",
    "reader_id",
    "reader_address",
)


def caselog_details(view: View) -> tuple[str, ...]:
    return shown(view, CASELOG_DETAILS)


def _caselog(view: View) -> str:
    details = fields_html("caselog", view, caselog_details(view))
    import_id = fid("caselog", "import")
    return (
        f"{_cases_table(view)}{_case_bar('caselog', view)}"
        f'<h3>{labels.DETAILS}</h3><div class="stc-grid">{details}</div>'
        f"{ladder_fields('caselog', view)}"
        f'<div class="stc-actions"><button type="button" class="md-button" data-action="export-ics">'
        f"{labels.EXPORT_ICS}</button>"
        f'<button type="button" class="md-button" data-action="export-legal-ics">'
        f"{labels.EXPORT_LEGAL_ICS}</button></div>{_error('caselog', 'legal_ics', view)}"
        f'<div class="stc-dossier-wrap"><p class="stc-hint">{esc(labels.DOSSIER_HINT)}</p>'
        f'<div class="stc-actions"><button type="button" class="md-button" data-action="print">'
        f'{labels.PRINT_DOSSIER}</button><span class="stc-hint">{esc(labels.PRINT_HINT)}</span>'
        f"</div>{dossier_html(view)}</div>"
        f'<h3 id="{fid("caselog", "timeline")}" tabindex="-1">{labels.TIMELINE}</h3>'
        f"{_timeline(view)}{_entry_form(view)}"
        f"<h3>{labels.BACKUP}</h3>"
        f'<p class="stc-hint">{esc(labels.STORAGE_WARNING)}</p>'
        f"{persist_html(view)}"
        '<div class="stc-actions">'
        f'<button type="button" class="md-button" data-action="export-csv">{labels.EXPORT_CSV}</button>'
        f'<button type="button" class="md-button" data-action="export-timeline-csv">'
        f"{labels.EXPORT_TIMELINE_CSV}</button>"
        f"{backup_button()}"
        "</div>"
        f'<div class="stc-field"><label for="{import_id}">{labels.IMPORT_JSON}</label>'
        f'<input type="file" id="{import_id}" accept=".json,application/json" data-action="import"'
        f' aria-describedby="{import_id}-error">{_error("caselog", "import", view)}</div>'
        f"{import_html(view)}"
        f"{aside_html(view)}"
        f'<div class="stc-actions">{clear_button()}</div>'
    )


# --- what works without the core (the page bridge's fallbacks), and new versions ---------


def backup_button() -> str:
    """«Descargar copia de seguridad (JSON)»: the core's export when it runs; the page
    downloads what storage holds when it does not (still starting, failed, broken)."""
    attributes = _attrs(
        {
            "data-fallback": "backup",
            "data-filename": texts.FILENAME_JSON,
            "data-empty": storage_serialize(CaseLog()),
        }
    )
    return (
        f'<button type="button" class="md-button" data-action="export-json"{attributes}>'
        f"{labels.EXPORT_JSON}</button>"
    )


def clear_button() -> str:
    """«Borrar mis datos»: the page can erase everything from storage alone as well."""
    attributes = _attrs(
        {
            "data-fallback": "clear",
            "data-confirm": labels.CONFIRM_CLEAR,
            "data-done": labels.CLEARED_WITHOUT_TOOL,
            "data-cleared": storage_serialize(CaseLog(cleared_at="__NOW__")),
        }
    )
    return (
        f'<button type="button" class="md-button stc-danger" data-action="clear-all"{attributes}>'
        f"{labels.CLEAR_ALL}</button>"
    )


def update_html() -> str:
    """Hidden until the page learns of a new version of the site (the bridge shows it)."""
    return (
        f'<p class="stc-update" data-stc-update hidden>{esc(labels.UPDATE_READY)} '
        f'<button type="button" class="md-button md-button--primary" data-stc-update-button>'
        f"{esc(labels.UPDATE_BUTTON)}</button></p>"
    )


def import_html(view: View) -> str:
    """What the last import did (said once), «Deshacer la importación», and the fields where
    the file and this browser hold different values, each waiting for the reader's choice."""
    state = view.importing
    said = ""
    if state.pending is not None:
        said = labels.IMPORT_CHECKING
    elif state.report is not None:
        said = importing.said(state.report)
    undo = (
        f'<button type="button" class="md-button" data-action="undo-import">'
        f"{esc(labels.IMPORT_UNDO)}</button>"
        if state.undo is not None and state.pending is None
        else ""
    )
    blocks = []
    for case in view.log.cases:
        waiting = importing.conflicts(view.log, case.id)
        if not waiting:
            continue
        mine = case_document(view.log, case)
        name = case.display_name()
        items = []
        for key, theirs in waiting.items():
            label = recheck.field_label(key)
            line = labels.IMPORT_CONFLICT_ITEM.format(
                label=label, here=importing.shown(mine.get(key)), there=importing.shown(theirs)
            )
            hooks = f' data-case="{esc(case.id)}" data-field="{esc(key)}"'
            items.append(
                f"<li>{esc(line)} "
                f'<button type="button" class="md-button" data-action="import-take"{hooks}'
                f' aria-label="{esc(labels.IMPORT_TAKE)}: {esc(label)}, {esc(name)}">'
                f"{esc(labels.IMPORT_TAKE)}</button> "
                f'<button type="button" class="md-button" data-action="import-keep"{hooks}'
                f' aria-label="{esc(labels.IMPORT_KEEP)}: {esc(label)}, {esc(name)}">'
                f"{esc(labels.IMPORT_KEEP)}</button></li>"
            )
        blocks.append(
            f"<h4>{esc(labels.IMPORT_CONFLICTS_TITLE.format(name=name))}</h4>"
            f"<p>{esc(labels.IMPORT_CONFLICTS_INTRO)}</p><ul>{''.join(items)}</ul>"
            f'<div class="stc-actions"><button type="button" class="md-button"'
            f' data-action="import-keep-both" data-case="{esc(case.id)}"'
            f' aria-label="{esc(labels.IMPORT_KEEP_BOTH)}: {esc(name)}">'
            f"{esc(labels.IMPORT_KEEP_BOTH)}</button></div>"
        )
    return (
        f'<p data-region="import-result" role="status">{esc(said)}</p>'
        f'<div data-region="import-undo">{undo}</div>'
        f'<div data-region="import-conflicts" id="{fid("caselog", "import-conflicts")}"'
        f' tabindex="-1">{"".join(blocks)}</div>'
    )


def aside_html(view: View) -> str:
    """The set-aside copies, each downloadable; nothing when there are none."""
    items = []
    for key in view.aside:
        when = key.rpartition(":")[2]
        name = (
            labels.ASIDE_IN_PLACE
            if key == STORAGE_KEY
            else labels.ASIDE_ITEM.format(when=f"{when[:10]} {when[11:16]}".strip())
        )
        items.append(
            f'<li>{esc(name)} <button type="button" class="md-button"'
            f' data-action="download-aside" data-key="{esc(key)}"'
            f' aria-label="{esc(labels.ASIDE_DOWNLOAD)}: {esc(name)}">'
            f"{esc(labels.ASIDE_DOWNLOAD)}</button></li>"
        )
    body = (
        f'<h4>{esc(labels.ASIDE_TITLE)}</h4><p class="stc-hint">{esc(labels.ASIDE_HINT)}</p>'
        f"<ul>{''.join(items)}</ul>"
        if items
        else ""
    )
    return f'<div data-region="aside">{body}</div>'


BODIES = {
    "checklist": _checklist,
    "builder": _builder,
    "wizard": _wizard,
    "caselog": _caselog,
}


def render(tool: str, view: View | None = None) -> str:
    """The whole HTML of one tool; `view=None` is the empty state used at build time."""
    if tool not in BODIES:
        raise ValueError(f"unknown tool {tool!r}; expected one of {', '.join(TOOLS)}")
    current = view or View()
    markup = _frame(tool, current, BODIES[tool](current))
    return markup if current.today is not None else prerendered(markup)


def prerendered(markup: str) -> str:
    """The tool as built into the page, before (or without) its script: buttons and the
    file picker are disabled, for they do nothing yet (a form's «Siguiente» would reload
    the page and wipe the answer); the core's first render, at mount, enables them."""
    return markup.replace("<button ", "<button disabled ").replace(
        '<input type="file"', '<input type="file" disabled'
    )
