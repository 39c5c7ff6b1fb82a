"""Importing a backup adds to what the device holds; it never replaces it.

Cases from the file join those on the device. A case on both sides (the same id: exported
from here earlier, or from a device that imported from here) is merged with the rules two
tabs use (`followup.sync`), with an empty case as the common ancestor: a field filled on
one side only takes that value, the timeline and the evidence keep both sides' entries, and
where both sides hold different values the device's stays while the file's waits, under
`CONFLICTS` among the case's extra fields (so it is saved and survives a reload), for the
reader to choose: the file's, the device's, or both kept as two cases.

`merge_into` also returns what the page says (`Report`) and what «Deshacer la importación»
needs (`Undo`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import Any

from . import labels, storage
from .model import CaseFile, case_to_dict
from .storage import CaseLog

# Among a case's extra fields: {field name: the file's value}, until the reader chooses.
CONFLICTS = "import_conflicts"
_LISTS = ("evidence", "checked")


@dataclass(frozen=True)
class Report:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicted: int = 0
    empty: bool = False  # the file held no case at all


@dataclass(frozen=True)
class Undo:
    before: CaseLog  # the log just before the import
    touched: frozenset[str] = frozenset()  # cases the import added or changed


@dataclass(frozen=True)
class ImportState:
    """An import under way (written to check it fits, not yet shown) and the last one's
    result, which «Deshacer la importación» takes back."""

    pending: CaseLog | None = None
    report: Report | None = None
    undo: Undo | None = None
    fail: str = ""  # why the last import could not be kept


def _blank(document: dict[str, Any]) -> bool:
    return document == case_to_dict(CaseFile(id=document["id"]))


def _union(mine: list[Any], theirs: list[Any]) -> list[Any]:
    """The device's entries in their order, then the file's it does not have."""
    return [*mine, *(x for x in theirs if x not in mine)]


def _merge_case(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Field by field, with an empty case as the common ancestor; a value both sides
    changed differently stays as the device has it, the file's under CONFLICTS."""
    empty = case_to_dict(CaseFile(id=mine["id"]))
    conflicts = dict(mine.get(CONFLICTS) or {})
    merged = dict(mine)
    for name, value in theirs.items():
        here = mine.get(name, empty.get(name))
        if name == CONFLICTS or value == here or value == empty.get(name, _MISSING):
            continue
        if name in _LISTS and isinstance(here, list) and isinstance(value, list):
            merged[name] = _union(here, value)
        elif name == "drafts" and isinstance(here, dict) and isinstance(value, dict):
            # The reader's edited messages, message by message: the file's where there is
            # none here; where both edited one, the file's waits for the reader.
            merged[name] = {**value, **here}
            differ = {k: v for k, v in value.items() if k in here and here[k] != v}
            if differ:
                conflicts[name] = differ
        elif name == "interactions" and isinstance(here, list) and isinstance(value, list):
            merged[name] = sorted(_union(here, value), key=lambda e: str(e.get("date", "")))
        elif here == empty.get(name, _MISSING) or (name not in mine and name not in empty):
            merged[name] = value
        else:
            conflicts[name] = value
    if conflicts:
        merged[CONFLICTS] = conflicts
    return merged


_MISSING = object()


def _documents(log: CaseLog) -> dict[str, dict[str, Any]]:
    return {c.id: storage.case_document(log, c) for c in log.cases}


def merge_into(device: CaseLog, file: CaseLog) -> tuple[CaseLog, Report, Undo]:
    """The device's log with the file's cases added or merged in (see the module)."""
    ours, theirs = _documents(device), _documents(file)
    incoming = {k: v for k, v in theirs.items() if not _blank(v)}
    merged: dict[str, dict[str, Any]] = {}
    added = updated = unchanged = conflicted = 0
    for case_id, document in ours.items():
        if case_id in incoming:
            result = _merge_case(document, incoming[case_id])
            if result.get(CONFLICTS) != document.get(CONFLICTS):
                conflicted += 1
            elif result != document:
                updated += 1
            else:
                unchanged += 1
            merged[case_id] = result
        elif not (incoming and _blank(document)):  # the empty case a first visit opens on
            merged[case_id] = document
    for case_id, document in incoming.items():
        if case_id not in ours:
            merged[case_id] = document
            added += 1
    active = device.active_id if device.active_id in merged else next(iter(merged), None)
    if added and (active is None or _blank(merged[active])):
        active = next(k for k in incoming if k not in ours)  # the first case it brought
    log = _rebuild(device, list(merged.values()), active)
    report = Report(added, updated, unchanged, conflicted, empty=not file.cases)
    touched = frozenset(k for k in merged if merged[k] != ours.get(k)) | (ours.keys() - merged)
    return log, report, Undo(before=device, touched=frozenset(touched))


def _rebuild(device: CaseLog, cases: list[dict[str, Any]], active: str | None) -> CaseLog:
    document = {"version": storage.SCHEMA_VERSION, "active_id": active, "cases": cases}
    log = storage.from_document(document)
    return replace(log, cleared_at=device.cleared_at, extra=device.extra)


def undo(current: CaseLog, taken: Undo) -> CaseLog:
    """The import taken back: the cases it added go, those it changed are as they were
    before it; every other case keeps what was done since."""
    before = _documents(taken.before)
    now = _documents(current)
    cases = []
    for case_id in [*before, *(k for k in now if k not in before)]:
        if case_id in taken.touched:
            if case_id in before:
                cases.append(before[case_id])
        elif case_id in now:
            cases.append(now[case_id])
    ids = [c["id"] for c in cases]
    active = current.active_id if current.active_id in ids else taken.before.active_id
    return _rebuild(current, cases, active if active in ids else None)


# --- the reader's choice where both sides changed a field ---------------------------------


def conflicts(log: CaseLog, case_id: str) -> dict[str, Any]:
    found = log.case_extra.get(case_id, {}).get(CONFLICTS)
    return dict(found) if isinstance(found, dict) else {}


def _with_case(log: CaseLog, document: dict[str, Any]) -> CaseLog:
    cases = [
        document if c.id == document["id"] else storage.case_document(log, c) for c in log.cases
    ]
    return _rebuild(log, cases, log.active_id)


def choose(log: CaseLog, case_id: str, name: str, *, take_file: bool) -> CaseLog:
    """One field settled: the file's value replaces the device's, or the device's stays."""
    case = log.get(case_id)
    waiting = conflicts(log, case_id)
    if case is None or name not in waiting:
        return log
    document = storage.case_document(log, case)
    if take_file and name == "drafts" and isinstance(document.get(name), dict):
        document[name] = {**document[name], **waiting[name]}
    elif take_file:
        document[name] = waiting[name]
    left = {k: v for k, v in waiting.items() if k != name}
    document.pop(CONFLICTS, None)
    if left:
        document[CONFLICTS] = left
    try:
        return _with_case(log, document)
    except storage.StorageError:
        return log  # never reached: both values were read and checked already


def keep_both(log: CaseLog, case_id: str, new_id: str, day: dt.date) -> CaseLog:
    """Both versions kept as two cases: this one as the device has it, and a new one with
    the file's values, named so."""
    case = log.get(case_id)
    waiting = conflicts(log, case_id)
    if case is None or not waiting:
        return log
    mine = storage.case_document(log, case)
    mine.pop(CONFLICTS)
    copy = {**mine, **waiting, "id": new_id}
    name = CaseFile(id="", title=str(copy.get("title") or ""), case_number=case.case_number)
    copy["title"] = labels.IMPORT_COPY_TITLE.format(
        name=name.display_name(), date=day.strftime("%d/%m/%Y")
    )
    cases = []
    for c in log.cases:
        cases.append(mine if c.id == case_id else storage.case_document(log, c))
        if c.id == case_id:
            cases.append(copy)
    return _rebuild(log, cases, new_id)


def shown(value: Any) -> str:
    """A field's value as the reader would recognise it, in one short line."""
    if value is None or value == "":
        return labels.IMPORT_EMPTY_VALUE
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            pass
        words = " ".join(value.split())
    else:
        words = json.dumps(value, ensure_ascii=False)
    return f"«{words[:80]}…»" if len(words) > 80 else f"«{words}»"


def said(report: Report) -> str:
    """«Se añadieron 2 casos; 1 ya estaba y se actualizó.»"""
    if report.empty:
        return labels.IMPORT_NOTHING
    parts = [
        labels.import_added(report.added),
        labels.import_updated(report.updated),
        labels.import_unchanged(report.unchanged),
        labels.import_conflicted(report.conflicted),
    ]
    text = "; ".join(p for p in parts if p)
    return text[0].upper() + text[1:] + "."
