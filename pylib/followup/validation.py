"""Turning what a reader types into a valid case file, field by field.

The browser sends raw strings from form controls; `set_field` parses one of them and
either applies it or explains, in Spanish, why it cannot. Nothing here raises for any
string input: a form must never crash because of what someone typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from . import calendars, labels, legal, texts
from .model import (
    OTHER_COUNTRY,
    CaseFile,
    CaseSector,
    Channel,
    CompanySize,
    ComplaintChannel,
    Impact,
    Interaction,
    InteractionKind,
    SituationKind,
    SlaUnit,
)

_E = TypeVar(
    "_E",
    Channel,
    Impact,
    SlaUnit,
    InteractionKind,
    CaseSector,
    ComplaintChannel,
    SituationKind,
    CompanySize,
)
_T = TypeVar("_T")

FIELDS: tuple[str, ...] = (
    "title",
    "case_number",
    "company",
    "channel",
    "opened",
    "last_contact",
    "sla_amount",
    "sla_unit",
    "summary",
    "impact",
    "new_info",
    "agent_name",
    "next_action",
    "country",
    "sector",
    "complaint_date",
    "complaint_channel",
    "complaint_ref",
    "authority_date",
    "signer_name",
    "situation",
    "region",
    "company_size",
    "reader_id",
    "reader_address",
    "customer_number",
    "reply_by",
)

# Generous limits that keep one case file small in localStorage and in a message.
MAX_LENGTH: dict[str, int] = {
    "title": 120,
    "case_number": 60,
    "company": 120,
    "agent_name": 120,
    "summary": 2000,
    "new_info": 2000,
    "complaint_ref": 60,
    "signer_name": 120,
    "reader_id": 40,
    "reader_address": 200,
    "customer_number": 60,
}
MAX_EVIDENCE_LENGTH = 300
# A draft the reader edits: far above any letter, small enough for localStorage.
MAX_DRAFT_LENGTH = 20000
MAX_NOTE_LENGTH = 2000
MAX_SLA = 999

_SINGLE_LINE = frozenset(
    {
        "title",
        "case_number",
        "company",
        "agent_name",
        "complaint_ref",
        "signer_name",
        "reader_id",
        "reader_address",
        "customer_number",
    }
)
# A region is a short subdivision code ("MD", "CT"): anything else is not one of ours.
_REGION = re.compile(r"[A-Z0-9]{1,6}")
# Dates a case can carry: typing "2" on the way to "2026" is not year 2, nor 9999 a date.
MIN_YEAR, MAX_YEAR = 1970, 2100
# A lone surrogate (half of a pasted emoji) can't be encoded: it would break messages and
# calendar files. It becomes the replacement character.
_SURROGATE = re.compile("[\ud800-\udfff]")
_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class _FieldError(Exception):
    """Internal: carries the Spanish message of a rejected value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_date(raw: str) -> dt.date | None:
    """ISO `YYYY-MM-DD` (what `<input type=date>` sends) or `DD/MM/YYYY`; None if empty."""
    text = raw.strip()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise _FieldError(texts.ERR_DATE_FORMAT)
    try:
        return _in_range(dt.date(year, month, day))
    except ValueError:
        raise _FieldError(texts.ERR_DATE_FORMAT) from None


def _in_range(day: dt.date) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _FieldError(labels.ERR_DATE_RANGE.format(low=MIN_YEAR, high=MAX_YEAR))
    return day


def clean_text(raw: str) -> str:
    return _SURROGATE.sub("\ufffd", raw)


def _past_date(raw: str, today: dt.date) -> dt.date | None:
    day = parse_date(raw)
    if day is not None and day > today:
        raise _FieldError(texts.ERR_DATE_FUTURE)
    return day


def _text(name: str, raw: str) -> str:
    value = clean_text(raw)
    if name in _SINGLE_LINE:
        # A pasted line break would end up inside an e-mail subject or a calendar title.
        value = " ".join(value.splitlines())
    if name == "case_number":
        # Readers often copy "#12345"; the messages add the "#" themselves.
        value = value.strip().lstrip("#").strip()
    limit = MAX_LENGTH[name]
    if len(value) > limit:
        raise _FieldError(texts.ERR_TOO_LONG.format(limit=limit))
    return value


def _sla_amount(raw: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    if not re.fullmatch(r"[+-]?\d{1,6}", text):
        raise _FieldError(texts.ERR_INTEGER)
    value = int(text)
    if not 1 <= value <= MAX_SLA:
        raise _FieldError(texts.ERR_SLA_RANGE)
    return value


def _choice(kind: type[_E], raw: str) -> _E:
    try:
        return kind(raw.strip())
    except ValueError:
        raise _FieldError(texts.ERR_CHOICE) from None


def _parse(case: CaseFile, name: str, raw: str, today: dt.date) -> dict[str, object]:
    """The changes `raw` makes to field `name`, or a _FieldError."""
    if name in MAX_LENGTH:
        return {name: _text(name, raw)}
    if name == "channel":
        return {"channel": _choice(Channel, raw) if raw.strip() else None}
    if name == "impact":
        return {"impact": _choice(Impact, raw) if raw.strip() else None}
    if name == "sla_unit":
        # Not optional: clearing it goes back to the default, business days.
        return {"sla_unit": _choice(SlaUnit, raw) if raw.strip() else SlaUnit.DAYS}
    if name == "sla_amount":
        return {"sla_amount": _sla_amount(raw)}
    if name == "country":
        code = raw.strip()
        if code and code != OTHER_COUNTRY and code.upper() not in legal.COUNTRIES:
            raise _FieldError(texts.ERR_CHOICE)
        country = code if code == OTHER_COUNTRY else code.upper()
        changes: dict[str, object] = {"country": country}
        if case.region and case.region not in {c for c, _ in calendars.regions(country)}:
            changes["region"] = ""  # another country's region would skip the wrong holidays
        return changes
    if name == "sector":
        return {"sector": _choice(CaseSector, raw) if raw.strip() else None}
    if name == "complaint_channel":
        return {"complaint_channel": _choice(ComplaintChannel, raw) if raw.strip() else None}
    if name == "complaint_date":
        day = _past_date(raw, today)
        if day and case.opened and day < case.opened:
            raise _FieldError(texts.ERR_BEFORE_OPENED)
        return {"complaint_date": day}
    if name == "authority_date":
        day = _past_date(raw, today)
        if day and case.complaint_date and day < case.complaint_date:
            raise _FieldError(texts.ERR_AUTHORITY_BEFORE_COMPLAINT)
        return {"authority_date": day}
    if name == "situation":
        return {"situation": _choice(SituationKind, raw) if raw.strip() else None}
    if name == "company_size":
        return {"company_size": _choice(CompanySize, raw) if raw.strip() else None}
    if name == "region":
        code = raw.strip().upper()
        known = {c for c, _ in calendars.regions(case.country)}
        if code and (not _REGION.fullmatch(code) or code not in known):
            raise _FieldError(texts.ERR_CHOICE)
        return {"region": code}
    if name == "reply_by":
        # The date the reader asks the company to answer by: usually in the future.
        day = parse_date(raw)
        if day and case.complaint_date and day <= case.complaint_date:
            raise _FieldError(texts.ERR_REPLY_BY_BEFORE_COMPLAINT)
        return {"reply_by": day}
    if name == "next_action":
        # A reminder date: past or future are both legitimate.
        return {"next_action": parse_date(raw)}
    if name == "opened":
        opened = _past_date(raw, today)
        if opened and case.last_contact and opened > case.last_contact:
            raise _FieldError(texts.ERR_OPENED_AFTER_LAST)
        return {"opened": opened}
    if name == "last_contact":
        last = _past_date(raw, today)
        if last and case.opened and last < case.opened:
            raise _FieldError(texts.ERR_LAST_BEFORE_OPENED)
        return {"last_contact": last}
    raise _FieldError(texts.ERR_UNKNOWN_FIELD)


def set_field(case: CaseFile, name: str, raw: str, today: dt.date) -> tuple[CaseFile, str | None]:
    """Apply one form value: (updated case, None), or (unchanged case, Spanish error)."""
    try:
        changes = _parse(case, name, raw, today)
    except _FieldError as error:
        return case, error.message
    return case.with_changes(**changes), None


def validate(case: CaseFile, today: dt.date) -> dict[str, str]:
    """Problems of a whole case file, by field name (empty when there are none)."""
    errors: dict[str, str] = {}
    if not case.case_number.strip():
        errors["case_number"] = texts.ERR_CASE_NUMBER_MISSING
    if case.opened and case.opened > today:
        errors["opened"] = texts.ERR_DATE_FUTURE
    if case.last_contact and case.last_contact > today:
        errors["last_contact"] = texts.ERR_DATE_FUTURE
    elif case.last_contact and case.opened and case.last_contact < case.opened:
        errors["last_contact"] = texts.ERR_LAST_BEFORE_OPENED
    if case.sla_amount is not None and not 1 <= case.sla_amount <= MAX_SLA:
        errors["sla_amount"] = texts.ERR_SLA_RANGE
    for name, limit in MAX_LENGTH.items():
        value = getattr(case, name)
        if isinstance(value, str) and len(value) > limit:
            errors[name] = texts.ERR_TOO_LONG.format(limit=limit)
    return errors


def _catch(errors: dict[str, str], key: str, parse: Callable[[], _T]) -> _T | None:
    try:
        return parse()
    except _FieldError as error:
        errors[key] = error.message
        return None


def add_interaction(
    case: CaseFile,
    date_raw: str,
    channel_raw: str,
    kind_raw: str,
    agent: str,
    note: str,
    today: dt.date,
) -> tuple[CaseFile, dict[str, str]]:
    """Add one entry to the timeline; errors by field ("date", "channel", "kind", "note").

    The timeline stays sorted by date (entries of the same day keep their order), and a
    later date moves `last_contact` forward.
    """
    errors: dict[str, str] = {}

    def parse_day() -> dt.date:
        day = _past_date(date_raw, today)
        if day is None:
            raise _FieldError(texts.ERR_DATE_REQUIRED)
        if case.opened and day < case.opened:
            raise _FieldError(texts.ERR_BEFORE_OPENED)
        return day

    def parse_channel() -> Channel:
        if not channel_raw.strip():
            raise _FieldError(texts.ERR_CHANNEL_REQUIRED)
        return _choice(Channel, channel_raw)

    def parse_kind() -> InteractionKind:
        return _choice(InteractionKind, kind_raw) if kind_raw.strip() else InteractionKind.CONTACT

    day = _catch(errors, "date", parse_day)
    channel = _catch(errors, "channel", parse_channel)
    kind = _catch(errors, "kind", parse_kind)
    agent_name = " ".join(clean_text(agent).split())
    note = clean_text(note)
    if len(agent_name) > MAX_LENGTH["agent_name"]:
        errors["agent"] = texts.ERR_TOO_LONG.format(limit=MAX_LENGTH["agent_name"])
    if len(note) > MAX_NOTE_LENGTH:
        errors["note"] = texts.ERR_TOO_LONG.format(limit=MAX_NOTE_LENGTH)
    if errors or day is None or channel is None or kind is None:
        return case, errors
    entry = Interaction(date=day, channel=channel, kind=kind, agent=agent_name, note=note.strip())
    timeline = tuple(sorted((*case.interactions, entry), key=lambda i: i.date))
    last = case.last_contact
    if last is None or day > last:
        last = day
    return case.with_changes(interactions=timeline, last_contact=last), {}


def remove_interaction(case: CaseFile, index: int) -> CaseFile:
    """Drop one timeline entry; an index out of range leaves the case as it is."""
    if not 0 <= index < len(case.interactions):
        return case
    return case.with_changes(
        interactions=case.interactions[:index] + case.interactions[index + 1 :]
    )


def add_evidence(case: CaseFile, text: str) -> tuple[CaseFile, str | None]:
    item = " ".join(clean_text(text).split())
    if not item:
        return case, texts.ERR_EVIDENCE_EMPTY
    if len(item) > MAX_EVIDENCE_LENGTH:
        return case, texts.ERR_TOO_LONG.format(limit=MAX_EVIDENCE_LENGTH)
    if item.casefold() in (e.casefold() for e in case.evidence):
        return case, texts.ERR_EVIDENCE_DUPLICATE
    return case.with_changes(evidence=(*case.evidence, item)), None


def remove_evidence(case: CaseFile, index: int) -> CaseFile:
    if not 0 <= index < len(case.evidence):
        return case
    return case.with_changes(evidence=case.evidence[:index] + case.evidence[index + 1 :])


def set_checked(case: CaseFile, key: str, on: bool) -> CaseFile:
    """Tick or untick a checklist item that has no field of its own ("no me dieron plazo")."""
    checked = case.checked | {key} if on else case.checked - {key}
    return case.with_changes(checked=frozenset(checked))


_DATE_FIELDS = (
    "opened",
    "last_contact",
    "next_action",
    "complaint_date",
    "authority_date",
    "reply_by",
)


def imported_case(case: CaseFile) -> tuple[CaseFile, tuple[str, str] | None]:
    """A case read from a backup, through the checks typing goes through: (the case as
    typing would have left it, None), or (the case, (field, Spanish reason)) to refuse."""
    if not _ID.fullmatch(case.id):
        return case, (labels.IMPORT_ID_FIELD, labels.IMPORT_BAD_ID)
    name = ""
    try:
        changes: dict[str, object] = {}
        for name in MAX_LENGTH:
            if isinstance(value := getattr(case, name, None), str):
                changes[name] = _text(name, value)
        for name in _DATE_FIELDS:
            if (day := getattr(case, name)) is not None:
                _in_range(day)
        name = "sla_amount"
        if case.sla_amount is not None and not 1 <= case.sla_amount <= MAX_SLA:
            raise _FieldError(texts.ERR_SLA_RANGE)
        name = "evidence"
        evidence = []
        for item in case.evidence:
            evidence.append(" ".join(clean_text(item).split()))
            if len(evidence[-1]) > MAX_EVIDENCE_LENGTH:
                raise _FieldError(texts.ERR_TOO_LONG.format(limit=MAX_EVIDENCE_LENGTH))
        name = "interactions"
        timeline = []
        for entry in case.interactions:
            _in_range(entry.date)
            agent = " ".join(clean_text(entry.agent).split())
            if len(agent) > MAX_LENGTH["agent_name"] or len(entry.note) > MAX_NOTE_LENGTH:
                raise _FieldError(texts.ERR_TOO_LONG.format(limit=MAX_NOTE_LENGTH))
            timeline.append(replace(entry, agent=agent, note=clean_text(entry.note)))
    except _FieldError as error:
        return case, (labels.FIELD_LABELS.get(name, labels.TIMELINE), error.message)
    changes["evidence"] = tuple(evidence)
    changes["interactions"] = tuple(timeline)
    return case.with_changes(**changes), None
