"""Two tabs open on the same case log: a three-way merge instead of last-writer-wins.

Every tab remembers the document it last read or wrote (the common ancestor); when another
tab's save arrives, or before its own save finds the stored document changed, it merges
by case and by timeline entry, so neither tab's edits are lost.
"""

from __future__ import annotations

import json
from typing import Any

from .model import CaseFile, case_to_dict
from .storage import SCHEMA_VERSION, CaseLog, StorageError, case_document, parse

_LIST_FIELDS = ("evidence", "interactions", "checked")


def _merge_list(base: list[Any], mine: list[Any], theirs: list[Any]) -> list[Any]:
    """The other side's entries in its order, less those this side removed, then what only
    this side added (entries compared whole). When this side adds and removes nothing, that
    is the other side's list as it is: a tab that merges what another saved writes nothing
    back unless it has something to add, so two tabs never answer each other forever."""
    return [x for x in theirs if x in mine or x not in base] + [
        x for x in mine if x not in base and x not in theirs
    ]


def _merge_drafts(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> Any:
    """The reader's edited drafts, message by message: each tab's edit of one message wins
    over the ancestor's, so editing the letter here and the chat there keeps both."""
    keys = [*mine, *(k for k in theirs if k not in mine)]
    merged = {k: _merge_value("", base.get(k), mine.get(k), theirs.get(k)) for k in keys}
    return {k: v for k, v in merged.items() if v is not None}


def _merge_value(name: str, base: Any, mine: Any, theirs: Any) -> Any:
    if mine in (base, theirs):
        return theirs
    if theirs == base:
        return mine
    if name == "drafts" and all(isinstance(v, dict) for v in (mine, theirs)):
        return _merge_drafts(base if isinstance(base, dict) else {}, mine, theirs)
    if name in _LIST_FIELDS and isinstance(mine, list) and isinstance(theirs, list):
        # No list in the ancestor (a case both sides hold that it lacks): both sides added.
        merged = _merge_list(base if isinstance(base, list) else [], mine, theirs)
        if name == "interactions":  # the timeline stays in date order (a stable sort)
            merged.sort(key=lambda entry: str(entry.get("date", "")))
        return merged
    return mine


def _merge_case(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """Field by field: each side's change wins over the common ancestor's value; lists
    (timeline, evidence, checked items) keep both sides' additions and removals."""
    names = [*theirs, *(k for k in mine if k not in theirs)]
    return {k: _merge_value(k, base.get(k), mine.get(k), theirs.get(k)) for k in names}


def _blank(document: dict[str, Any]) -> bool:
    """A case that holds nothing yet (the one the tools open on an empty log)."""
    return document == case_to_dict(CaseFile(id=document["id"]))


def _documents(log: CaseLog) -> dict[str, dict[str, Any]]:
    return {c.id: case_document(log, c) for c in log.cases}


def merge(base: CaseLog, mine: CaseLog, theirs: CaseLog) -> CaseLog:
    """This tab's log (`mine`) merged with what another tab saved (`theirs`), both grown
    from `base` (what this tab last read or wrote). Merged by case and by timeline entry,
    so neither tab's edits are lost; a case deleted on one side and untouched on the other
    goes; a clear made after the other side's data wins whole. `mine` keeps its own
    selected case."""
    if theirs.cleared_at > mine.cleared_at:
        return theirs
    if mine.cleared_at > theirs.cleared_at:
        return mine
    old, ours, other = _documents(base), _documents(mine), _documents(theirs)
    merged: list[dict[str, Any]] = []
    # The other side's order, then this side's new cases: nothing to add, nothing to save.
    for case_id in [*other, *(k for k in ours if k not in other)]:
        was, m, t = old.get(case_id), ours.get(case_id), other.get(case_id)
        if m is not None and t is not None:
            # A case the ancestor lacks was blank when made (the page found no ancestor
            # both sides hold, or both made it): each side's change to it is kept.
            merged.append(_merge_case(was or case_to_dict(CaseFile(id=case_id)), m, t))
        elif m is not None and m != was and not (was is None and _blank(m)):
            merged.append(m)  # new here, or changed here while the other tab deleted it
        elif t is not None and t != was and not (was is None and _blank(t)):
            merged.append(t)
    document = {**dict(theirs.extra), **dict(mine.extra), "version": SCHEMA_VERSION}
    document["cases"] = merged
    document["active_id"] = mine.active_id
    if mine.cleared_at:
        document["cleared_at"] = mine.cleared_at
    try:
        return parse(json.dumps(document))
    except StorageError:
        return mine  # never reached with logs that parse; never lose ours if it is
