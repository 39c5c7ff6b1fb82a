"""The checklist fills itself from the case file."""

from __future__ import annotations

import datetime as dt

from followup.checklist import ITEMS, Item, Progress, is_done, progress, progress_text
from followup.model import CaseFile, Channel, Impact, Interaction

EMPTY = CaseFile(id="c1")
FULL = CaseFile(
    id="c1",
    case_number="48213",
    company="Red Rápida",
    channel=Channel.EMAIL,
    opened=dt.date(2026, 11, 3),
    last_contact=dt.date(2026, 11, 5),
    summary="Se corta la conexión",
    evidence=("Captura",),
    interactions=(Interaction(date=dt.date(2026, 11, 5), channel=Channel.EMAIL),),
    impact=Impact.AFFECTS_ME,
    sla_amount=5,
)


def item(key: str) -> Item:
    return next(i for i in ITEMS if i.key == key)


def test_checklist_has_the_nine_preparation_items_in_order() -> None:
    assert [i.key for i in ITEMS] == [
        "case_number",
        "company",
        "opened",
        "last_contact",
        "summary",
        "interactions",
        "evidence",
        "impact",
        "sla",
    ]
    assert all(i.label and i.hint and i.fields for i in ITEMS)


def test_empty_case_has_nothing_ready() -> None:
    p = progress(EMPTY)
    assert p == Progress(done=0, total=9, missing=ITEMS)
    assert progress_text(p) == "0 de 9 listos"


def test_full_case_has_everything_ready() -> None:
    p = progress(FULL)
    assert (p.done, p.missing) == (9, ())
    assert progress_text(p) == "9 de 9 listos"


def test_typing_the_case_number_ticks_its_item() -> None:
    assert not is_done(item("case_number"), EMPTY.with_changes(case_number="   "))
    assert is_done(item("case_number"), EMPTY.with_changes(case_number="48213"))


def test_company_item_needs_both_company_and_channel() -> None:
    assert not is_done(item("company"), EMPTY.with_changes(company="Red Rápida"))
    assert not is_done(item("company"), EMPTY.with_changes(channel=Channel.CHAT))
    assert is_done(item("company"), EMPTY.with_changes(company="Red", channel=Channel.CHAT))


def test_knowing_the_agent_counts_as_previous_interactions() -> None:
    assert not is_done(item("interactions"), EMPTY)
    assert is_done(item("interactions"), EMPTY.with_changes(agent_name="Laura"))


def test_evidence_item_needs_at_least_one_entry() -> None:
    assert not is_done(item("evidence"), EMPTY)
    assert is_done(item("evidence"), EMPTY.with_changes(evidence=("Factura",)))


def test_sla_item_is_done_with_a_deadline_or_when_ticked_as_none_given() -> None:
    assert not is_done(item("sla"), EMPTY)
    assert is_done(item("sla"), EMPTY.with_changes(sla_amount=3))
    assert is_done(item("sla"), EMPTY.with_changes(checked=frozenset({"sla"})))


def test_progress_lists_what_is_missing() -> None:
    p = progress(FULL.with_changes(summary="", impact=None))
    assert p.done == 7
    assert [i.key for i in p.missing] == ["summary", "impact"]
    assert progress_text(p) == "7 de 9 listos"
