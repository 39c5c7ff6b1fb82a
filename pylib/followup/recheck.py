"""Stored data re-checked on every load, as typing checks it.

A document written by an older version, by another tab or by hand can hold a value typing
would refuse: an opening date of 9999-12-31, a promised time of -1 days, a choice this
version does not know. `read` loads such a document anyway. Each value that fails is set
aside in its own case — kept, never deleted, under `SET_ASIDE` among the case's extra
fields, so it is saved and backed up with the case — and the case shows it with the reason
(`problems`); every other value of that case and every other case load as usual. A
timeline entry or a piece of evidence that fails is set aside alone.

Only a document that is not one of ours at all (not JSON, no list of cases, a newer
version) still raises `storage.StorageError`, and is set aside whole by the controller.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from . import labels, storage, texts, validation
from .model import CaseFile, case_to_dict, interaction_from_dict, interaction_to_dict
from .storage import CaseLog, StorageError

# Among a case's extra fields: {field name: [values set aside, oldest first]}.
SET_ASIDE = "set_aside"
_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_READ_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def read(text: str) -> CaseLog:
    """The saved document (any schema version), every case re-checked (see the module)."""
    data = storage.document(text)
    taken: set[str] = set()
    renamed: dict[str, str] = {}
    cases = []
    for raw in data["cases"]:
        if not isinstance(raw, dict):
            raise StorageError(texts.STORAGE_DAMAGED, "a case is not an object")
        case = clean_case(raw, taken)
        if isinstance(raw.get("id"), str):  # the first case with an id keeps it
            renamed.setdefault(raw["id"], case["id"])
        cases.append(case)
    active = data.get("active_id")
    if isinstance(active, str) and renamed.get(active, active) != active:
        data = {**data, "active_id": renamed[active]}
    return storage.from_document({**data, "cases": cases})


def _known_fields() -> dict[str, Any]:
    return case_to_dict(CaseFile(id=""))


def clean_case(raw: Mapping[str, Any], taken: set[str]) -> dict[str, Any]:
    """One stored case as a document every check passes: values that fail are moved under
    `SET_ASIDE`; fields this version does not know stay as they are."""
    known = _known_fields()
    aside = _earlier(raw.get(SET_ASIDE))
    out: dict[str, Any] = {k: v for k, v in raw.items() if k not in known and k != SET_ASIDE}
    out["id"] = _case_id(raw.get("id"), taken)
    for name, value in raw.items():
        if name not in known or name == "id":
            continue
        if name == "interactions":
            out[name] = _entries(value, aside)
        elif name == "evidence":
            out[name] = _evidence(value, aside)
        elif name == "drafts" and isinstance(value, dict):
            out[name] = _drafts(value, aside)
        elif (kept := _value(name, value)) is _ASIDE:
            _put(aside, name, value)
        else:
            out[name] = kept
    if aside:
        out[SET_ASIDE] = aside
    return out


class _Aside:
    """The marker of a value that does not pass."""


_ASIDE = _Aside()


def _parsed(name: str, value: Any) -> Any:
    """The model's value of one stored field (raises as `storage.read_case` does)."""
    return getattr(storage.read_case({"id": "x", name: value}), name)


def _value(name: str, value: Any) -> Any:
    """The stored JSON value as typing would keep it, or `_ASIDE`."""
    try:
        parsed = _parsed(name, value)
    except _READ_ERRORS:
        return _ASIDE
    kept, why = validation.stored_value(name, parsed)
    if why is not None:
        return _ASIDE
    if kept == parsed:
        return value
    changes: dict[str, Any] = {name: kept}
    return case_to_dict(CaseFile(id="x", **changes))[name]


def _entries(value: Any, aside: dict[str, list[Any]]) -> list[Any]:
    if not isinstance(value, list):
        _put(aside, "interactions", value)
        return []
    kept = []
    for raw in value:
        try:
            entry, why = validation.stored_entry(interaction_from_dict(raw))
        except _READ_ERRORS:
            why = labels.SET_ASIDE_UNREADABLE
        if why is None:
            kept.append(raw if interaction_to_dict(entry) == raw else interaction_to_dict(entry))
        else:
            _put(aside, "interactions", raw)
    return kept


def _evidence(value: Any, aside: dict[str, list[Any]]) -> list[str]:
    if not isinstance(value, list):
        _put(aside, "evidence", value)
        return []
    kept = []
    for raw in value:
        item, why = validation.stored_evidence(raw) if isinstance(raw, str) else (raw, "?")
        if why is None:
            kept.append(item)
        else:
            _put(aside, "evidence", raw)
    return kept


def _drafts(value: dict[str, Any], aside: dict[str, list[Any]]) -> dict[str, Any]:
    """The reader's edited messages: one longer than typing allows is set aside alone."""
    kept = {}
    for key, text in value.items():
        if isinstance(text, str) and len(text) <= validation.MAX_DRAFT_LENGTH:
            kept[key] = text
        else:
            _put(aside, "drafts", {key: text})
    return kept


def _case_id(raw: Any, taken: set[str]) -> str:
    """The case's own id, unless it is not one the tools make, or another case has it."""
    base = raw if isinstance(raw, str) and _ID.fullmatch(raw) else ""
    if not base:
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", str(raw if raw is not None else ""))[:56]
        base = base.strip("-") or "caso"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def _earlier(value: Any) -> dict[str, list[Any]]:
    """What an earlier load set aside (kept as it was)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        return {SET_ASIDE: [value]}
    return {str(k): list(v) if isinstance(v, list) else [v] for k, v in value.items()}


def _put(aside: dict[str, list[Any]], name: str, value: Any) -> None:
    values = aside.setdefault(name, [])
    if value not in values:
        values.append(value)


# --- what the reader is told, and their say ----------------------------------------------


def set_aside(log: CaseLog, case_id: str) -> dict[str, list[Any]]:
    """The values set aside in one case, by field (empty when there are none)."""
    return _earlier(log.case_extra.get(case_id, {}).get(SET_ASIDE))


def field_label(name: str) -> str:
    return labels.SET_ASIDE_LABELS.get(name) or labels.FIELD_LABELS.get(name) or name


def _shown(value: Any) -> str:
    if isinstance(value, dict) and "date" in value:  # a timeline entry: its date and note
        words = " ".join(str(value.get(k, "")) for k in ("date", "note"))
    elif isinstance(value, str):
        words = value
    else:
        words = json.dumps(value, ensure_ascii=False)
    words = " ".join(validation.clean_text(words).split())
    return f"«{words[:60]}…»" if len(words) > 60 else f"«{words}»"


def _why(name: str, value: Any) -> str:
    try:
        if name == "interactions":
            why = validation.stored_entry(interaction_from_dict(value))[1]
        elif name == "evidence":
            why = validation.stored_evidence(value)[1] if isinstance(value, str) else None
        elif name == "drafts" and isinstance(value, dict):
            limit = validation.MAX_DRAFT_LENGTH
            why = texts.ERR_TOO_LONG.format(limit=limit) if len(str(value)) > limit else None
        else:
            why = validation.stored_value(name, _parsed(name, value))[1]
    except _READ_ERRORS:
        why = None
    return why or labels.SET_ASIDE_UNREADABLE


def problems(log: CaseLog, case_id: str) -> list[str]:
    """One plain sentence per value set aside in the case: where it was, what, and why."""
    return [
        labels.SET_ASIDE_ITEM.format(
            label=field_label(name), value=_shown(value), why=_why(name, value)
        )
        for name, values in set_aside(log, case_id).items()
        for value in values
    ]


def discard(log: CaseLog, case_id: str) -> CaseLog:
    """The reader's say: the values set aside in one case are dropped."""
    extra = {k: v for k, v in log.case_extra.get(case_id, {}).items() if k != SET_ASIDE}
    others = {k: v for k, v in log.case_extra.items() if k != case_id}
    return replace(log, case_extra={**others, **({case_id: extra} if extra else {})})
