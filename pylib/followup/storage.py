"""The case log and its saved form: one versioned JSON document.

The browser keeps this document in localStorage, and the same text is the JSON backup
a reader exports and imports. `parse` accepts every older version through
`MIGRATIONS` and refuses anything it cannot read with a `StorageError` whose
`.message` is Spanish, so the caller can keep the damaged text aside and tell the
reader instead of silently starting empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import Enum
from typing import Any

from . import texts
from .model import CaseFile, Interaction, case_from_dict, case_to_dict

SCHEMA_VERSION = 4
# localStorage keys: the document itself, unreadable copies set aside, and the message the
# wizard hands to the builder on the next page.
STORAGE_KEY = "sigue-tu-caso"
BACKUP_PREFIX = "sigue-tu-caso:apartado:"
HANDOFF_KEY = "sigue-tu-caso:mensaje"
# Changes a tab could not save, each with the document it was made on (the merge's ancestor):
# a document field with those of tabs that closed while another tab's save waited (the page
# adds them to the stored document in the same write), merged in by the next tab that reads
# it; and, when storage is full, this key in the tab's own sessionStorage, merged at a reload.
UNSAVED = "unsaved"
# The ids of the stored documents a document holds, which the page writes first in each of
# its saves (herramientas-guardado.js) to find a merge's ancestor: the page's, not the log's,
# so never read into it, kept across saves or exported.
REVISIONS = "revisions"
# How the page writes them: first in the text, before the core's own serialized document.
_STAMP = re.compile(r'^\{"revisions":\[[^\]]*\],?')
UNSAVED_SESSION_KEY = "sigue-tu-caso:sin-guardar"


class StorageError(ValueError):
    """Saved data that cannot be read; `.message` is for the reader."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(f"{message} ({detail})" if detail else message)
        self.message = message


@dataclass(frozen=True)
class CaseLog:
    cases: tuple[CaseFile, ...] = ()
    active_id: str | None = None
    # When «Borrar mis datos» last ran (the reader's ISO time): a tab holding data from
    # before it adopts the cleared document instead of saving its old copy over it.
    cleared_at: str = ""
    # Fields this version does not know, kept as they were across saves: the document's
    # own, and each case's by case id (a newer version may have written them).
    extra: Mapping[str, Any] = field(default_factory=dict)
    case_extra: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def get(self, case_id: str) -> CaseFile | None:
        return next((c for c in self.cases if c.id == case_id), None)

    def active(self) -> CaseFile | None:
        return self.get(self.active_id) if self.active_id is not None else None


def _require(log: CaseLog, case_id: str) -> int:
    for i, case in enumerate(log.cases):
        if case.id == case_id:
            return i
    raise KeyError(case_id)


def add_case(log: CaseLog, case_id: str, title: str = "") -> CaseLog:
    """A new empty case at the end of the log; it becomes the active one."""
    if log.get(case_id) is not None:
        raise ValueError(f"duplicate case id: {case_id}")
    case = CaseFile(id=case_id, title=title)
    return replace(log, cases=(*log.cases, case), active_id=case_id)


def update_case(log: CaseLog, case: CaseFile) -> CaseLog:
    """Replace the case with the same id (KeyError if there is none)."""
    i = _require(log, case.id)
    return replace(log, cases=(*log.cases[:i], case, *log.cases[i + 1 :]))


def rename_case(log: CaseLog, case_id: str, title: str) -> CaseLog:
    i = _require(log, case_id)
    return update_case(log, log.cases[i].with_changes(title=" ".join(title.split())))


def delete_case(log: CaseLog, case_id: str) -> CaseLog:
    """Remove a case (unknown ids are ignored); the active case moves to a neighbour."""
    if log.get(case_id) is None:
        return log
    i = _require(log, case_id)
    cases = log.cases[:i] + log.cases[i + 1 :]
    active = log.active_id
    if active == case_id:
        # The case that took its place in the list, else the one before it.
        active = cases[min(i, len(cases) - 1)].id if cases else None
    extras = {k: v for k, v in log.case_extra.items() if k != case_id}
    return replace(log, cases=cases, active_id=active, case_extra=extras)


def select_case(log: CaseLog, case_id: str) -> CaseLog:
    _require(log, case_id)
    return replace(log, active_id=case_id)


# --- Saved form ------------------------------------------------------------------------


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: the first prototype saved a bare list of case dicts."""
    cases = data["cases"]
    first = cases[0].get("id") if cases and isinstance(cases[0], dict) else None
    return {"version": 1, "active_id": first, "cases": cases}


def _add_country_and_complaint(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: each case learns where it is (country, sector) and how far it went
    beyond support (formal complaint, authority). Every existing field is kept as it was;
    version-1 units ("hours", "days") already meant business hours and days."""
    if not isinstance(data["cases"], list):
        return {**data, "version": 2}  # `parse` says it is not one of our documents
    cases = []
    for case in data["cases"]:
        upgraded = dict(case)
        for name, empty in V2_FIELDS.items():
            upgraded.setdefault(name, empty)
        cases.append(upgraded)
    return {**data, "version": 2, "cases": cases}


V2_FIELDS: dict[str, Any] = {
    "country": "",
    "sector": None,
    "complaint_date": None,
    "complaint_channel": None,
    "complaint_ref": "",
    "authority_date": None,
}


def _add_what_the_reader_told(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 -> 3: each case keeps the reader's signature name, the wizard's answers
    (unanswered until the reader runs it again) and the builder's "escalate" tick."""
    if not isinstance(data["cases"], list):
        return {**data, "version": 3}  # `parse` says it is not one of our documents
    cases = [{**V3_FIELDS, **case} if isinstance(case, dict) else case for case in data["cases"]]
    return {**data, "version": 3, "cases": cases}


V3_FIELDS: dict[str, Any] = {
    "signer_name": "",
    "declared_follow_ups": None,
    "channels_tried": None,
    "escalated": None,
    "escalate": False,
}


def _add_what_happened(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 -> 4: each case learns what happened (the situation), the reader's region
    and identity for formal letters, the reply date they set, their own edited drafts, the
    builder's settings and whether the wizard gave its result. Nothing existing changes."""
    if not isinstance(data["cases"], list):
        return {**data, "version": 4}  # `parse` says it is not one of our documents
    cases = [{**V4_FIELDS, **case} if isinstance(case, dict) else case for case in data["cases"]]
    return {**data, "version": 4, "cases": cases}


V4_FIELDS: dict[str, Any] = {
    "situation": None,
    "region": "",
    "company_size": None,
    "reader_id": "",
    "reader_address": "",
    "customer_number": "",
    "reply_by": None,
    "drafts": {},
    "message_kind": "",
    "goal": "",
    "wizard_done": False,
}

# From version N to N+1. Add one entry per schema change and never edit an old one.
# Saved documents leave out every field that holds its default (`serialize`): a version
# that changes a field's default must write the old default into older documents.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _from_unversioned,
    1: _add_country_and_complaint,
    2: _add_what_the_reader_told,
    3: _add_what_happened,
}


_DOCUMENT_FIELDS = frozenset({"version", "active_id", "cases", "cleared_at"})


def case_document(log: CaseLog, case: CaseFile) -> dict[str, Any]:
    known = case_to_dict(case)
    return {**{k: v for k, v in log.case_extra.get(case.id, {}).items() if k not in known}, **known}


def _compact(document: dict[str, Any]) -> dict[str, Any]:
    """A case without the fields that hold their default (read back as that default), and
    its timeline entries without theirs: defaults come from the model itself, so a field
    added later is left out too while it is empty."""
    defaults = _case_defaults()
    compact = {k: v for k, v in document.items() if k == "id" or defaults.get(k, _NO) != v}
    if isinstance(entries := compact.get("interactions"), list):
        compact["interactions"] = [
            {k: v for k, v in e.items() if _ENTRY_DEFAULTS.get(k, _NO) != v}
            if isinstance(e, dict)
            else e
            for e in entries
        ]
    return compact


_NO = object()  # never equal to a stored value
_ENTRY_DEFAULTS: dict[str, Any] = {
    f.name: f.default.value if isinstance(f.default, Enum) else f.default
    for f in fields(Interaction)
    if f.default is not MISSING
}


def _case_defaults() -> dict[str, Any]:
    return case_to_dict(CaseFile(id=""))


def unstamped(text: str) -> str:
    """A stored text as the core serialized it, without the revision ids the page wrote
    first in it (`herramientas-guardado.js`, `stamped`)."""
    return _STAMP.sub("{", text, count=1)


def serialize(log: CaseLog) -> str:
    """The saved form: compact JSON (no indentation, no field that holds its default), so
    a backup that can be imported can also be kept in the browser's storage."""
    document: dict[str, Any] = {k: v for k, v in log.extra.items() if k not in _DOCUMENT_FIELDS}
    document.update(
        {
            "version": SCHEMA_VERSION,
            "active_id": log.active_id,
            "cases": [_compact(case_document(log, c)) for c in log.cases],
        }
    )
    if log.cleared_at:
        document["cleared_at"] = log.cleared_at
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _migrate(data: Any) -> dict[str, Any]:
    if isinstance(data, list):
        data = {"version": 0, "cases": data}
    if not isinstance(data, dict) or "cases" not in data:
        raise StorageError(texts.STORAGE_NOT_OURS, "no cases")
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise StorageError(texts.STORAGE_DAMAGED, f"version {version!r}")
    if version > SCHEMA_VERSION:
        raise StorageError(texts.STORAGE_TOO_NEW, f"version {version}")
    document: dict[str, Any] = data
    try:
        while version < SCHEMA_VERSION:
            document = MIGRATIONS[version](document)
            version += 1
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise StorageError(texts.STORAGE_DAMAGED, f"migration: {error}") from error
    return document


_LIST_FIELDS = ("evidence", "interactions", "checked")
_TEXT_FIELDS = (
    "id",
    "title",
    "case_number",
    "company",
    "summary",
    "new_info",
    "agent_name",
    "country",
    "complaint_ref",
    "signer_name",
    "region",
    "reader_id",
    "reader_address",
    "customer_number",
    "message_kind",
    "goal",
)


def read_case(data: Any) -> CaseFile:
    """One case dict, checked for the shapes `case_from_dict` does not check itself."""
    if not isinstance(data, dict):
        raise TypeError("a case must be an object")
    for name in _LIST_FIELDS:
        if not isinstance(data.get(name, []), list):
            raise TypeError(f"{name} must be a list")
    for name in _TEXT_FIELDS:
        if name in data and not isinstance(data[name], str):
            raise TypeError(f"{name} must be text")
    if not all(isinstance(i, dict) for i in data.get("interactions", [])):
        raise TypeError("interactions must be objects")
    return case_from_dict(data)


def document(text: str) -> dict[str, Any]:
    """The saved document as JSON, migrated to the current version, with a list of cases
    (each still to be read); a `StorageError` if it is none of ours."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise StorageError(texts.STORAGE_DAMAGED, f"JSON: {error}") from error
    data = _migrate(data)
    if not isinstance(data.get("cases"), list):
        raise StorageError(texts.STORAGE_NOT_OURS, "cases is not a list")
    return data


def parse(text: str) -> CaseLog:
    """The case log saved by `serialize` (any schema version up to the current one)."""
    return from_document(document(text))


def from_document(data: dict[str, Any]) -> CaseLog:
    """The case log of a document read by `document`; a `StorageError` if a case cannot be
    read."""
    raw_cases = data["cases"]
    try:
        cases = tuple(read_case(c) for c in raw_cases)
    except (KeyError, TypeError, ValueError) as error:
        raise StorageError(texts.STORAGE_DAMAGED, f"case: {error!r}") from error
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        raise StorageError(texts.STORAGE_DAMAGED, "duplicate case ids")
    active = data.get("active_id")
    if active is not None and active not in ids:
        # A dangling pointer is not worth losing the data over: fall back to the first case.
        active = ids[0] if ids else None
    cleared_at = data.get("cleared_at")
    known = set(case_to_dict(CaseFile(id="")))
    case_extra = {
        case.id: extra
        for case, raw in zip(cases, raw_cases, strict=True)
        if (extra := {k: v for k, v in raw.items() if k not in known})
    }
    return CaseLog(
        cases=cases,
        active_id=active,
        cleared_at=cleared_at if isinstance(cleared_at, str) else "",
        extra={k: v for k, v in data.items() if k not in _DOCUMENT_FIELDS and k != REVISIONS},
        case_extra=case_extra,
    )
