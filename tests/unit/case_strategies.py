"""Hypothesis strategies for case files and case logs, shared by the storage and export tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from followup.model import CaseFile, Channel, Impact, Interaction, InteractionKind, SlaUnit
from followup.storage import CaseLog

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
texts = st.text(max_size=40)

interactions = st.builds(
    Interaction,
    date=days,
    channel=st.sampled_from(Channel),
    kind=st.sampled_from(InteractionKind),
    agent=texts,
    note=texts,
)


case_ids = st.text(min_size=1, max_size=12)


def case_files() -> st.SearchStrategy[CaseFile]:
    return st.builds(
        CaseFile,
        id=case_ids,
        title=texts,
        case_number=texts,
        company=texts,
        channel=st.none() | st.sampled_from(Channel),
        opened=st.none() | days,
        last_contact=st.none() | days,
        sla_amount=st.none() | st.integers(1, 999),
        sla_unit=st.sampled_from(SlaUnit),
        summary=texts,
        impact=st.none() | st.sampled_from(Impact),
        new_info=texts,
        agent_name=texts,
        evidence=st.lists(texts, max_size=3).map(tuple),
        interactions=st.lists(interactions, max_size=3).map(tuple),
        next_action=st.none() | days,
        checked=st.frozensets(st.sampled_from(["sla", "x", "ñ"])),
    )


@st.composite
def case_logs(draw: st.DrawFn) -> CaseLog:
    cases = draw(st.lists(case_files(), max_size=4, unique_by=lambda c: c.id))
    active = draw(st.none() | st.sampled_from([c.id for c in cases])) if cases else None
    return CaseLog(cases=tuple(cases), active_id=active)
