"""The preparation checklist: each item is filled in the case file, not merely ticked.

An item is done when the case-file fields it stands for hold a value, so the
checklist, the message builder and the case log always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import texts
from .model import CaseFile


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    hint: str
    fields: tuple[str, ...]


def _item(key: str, *fields: str) -> Item:
    label, hint = texts.CHECKLIST[key]
    return Item(key=key, label=label, hint=hint, fields=fields)


# In the order the guide gathers them ("Reúne toda la información relevante").
ITEMS: tuple[Item, ...] = (
    _item("case_number", "case_number"),
    _item("company", "company", "channel"),
    _item("opened", "opened"),
    _item("last_contact", "last_contact"),
    _item("summary", "summary"),
    _item("interactions", "interactions", "agent_name"),
    _item("evidence", "evidence"),
    _item("impact", "impact"),
    _item("sla", "sla_amount"),
)

# How each item is judged done; the default is "every listed field has a value".
_SPECIAL: dict[str, Callable[[CaseFile], bool]] = {
    # Either earlier contacts are logged, or at least the agent's name is known.
    "interactions": lambda c: bool(c.interactions) or bool(c.agent_name.strip()),
    # A reader with no promised time ticks "no me dieron plazo": that is checked too.
    "sla": lambda c: c.sla_amount is not None or "sla" in c.checked,
}


def _has_value(case: CaseFile, name: str) -> bool:
    value = getattr(case, name)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple | frozenset):
        return bool(value)
    return value is not None


def is_done(item: Item, case: CaseFile) -> bool:
    special = _SPECIAL.get(item.key)
    if special is not None:
        return special(case)
    return all(_has_value(case, name) for name in item.fields)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    missing: tuple[Item, ...]


def progress(case: CaseFile) -> Progress:
    missing = tuple(item for item in ITEMS if not is_done(item, case))
    return Progress(done=len(ITEMS) - len(missing), total=len(ITEMS), missing=missing)


def progress_text(p: Progress) -> str:
    return texts.PROGRESS.format(done=p.done, total=p.total)
