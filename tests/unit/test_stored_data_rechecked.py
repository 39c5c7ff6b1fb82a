"""Stored data is re-checked on every load like typed data (issue 21): a value out of range
is set aside next to its case, the rest loads, and nothing a tool does with it fails."""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import export, recheck, render, storage, validation
from followup.controller import State, update
from followup.model import CaseFile, case_to_dict, interaction_from_dict
from followup.storage import STORAGE_KEY, CaseLog

NOW = "2026-11-12T10:30:00.000Z"
TOOLS = ["checklist", "builder", "wizard", "caselog"]
BLANK = case_to_dict(CaseFile(id=""))


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "today": "2026-11-12", "now": NOW, "nonce": "a1b2c3", **fields}


def mount(stored: str) -> tuple[State, list[dict[str, Any]]]:
    return update(State(), event("mount", tools=TOOLS, stored=stored))


def document(*cases: dict[str, Any], active: str | None = None) -> str:
    return json.dumps({"version": 3, "active_id": active, "cases": list(cases)})


def rendered(effects: list[dict[str, Any]]) -> dict[str, str]:
    (whole,) = [e for e in effects if e["effect"] == "render"]
    tools: dict[str, str] = whole["tools"]
    return tools


# --- the failures of the issue, each as the reader met it -------------------------------


def test_a_negative_promised_time_is_set_aside_and_the_case_log_still_loads() -> None:
    stored = document(
        {"id": "a", "case_number": "48213", "company": "Conecta", "sla_amount": -1},
        {"id": "b", "case_number": "777"},
        active="a",
    )
    state, effects = mount(stored)
    assert not [e for e in effects if e["effect"] == "failed"]
    case = state.log.active()
    assert case is not None and case.case_number == "48213" and case.sla_amount is None
    assert state.log.get("b") is not None  # every other case loads
    html = rendered(effects)["caselog"]
    assert "Datos apartados de este caso" in html
    assert "Plazo de respuesta prometido: «-1». El plazo tiene que estar entre 1 y 999." in html
    # Saved as it now reads, the value kept with the case (and in its backup).
    (saved,) = [e["value"] for e in effects if e["effect"] == "store"]
    assert json.loads(saved)["cases"][0]["set_aside"] == {"sla_amount": [-1]}


def test_an_opening_date_of_9999_is_set_aside_and_nothing_else_of_the_case_is() -> None:
    stored = document({"id": "a", "opened": "9999-12-31", "company": "Conecta"}, active="a")
    state, effects = mount(stored)
    case = state.log.active()
    assert case is not None and case.opened is None and case.company == "Conecta"
    assert "Fecha de apertura: «9999-12-31»" in rendered(effects)["checklist"]


def test_a_stored_reminder_of_9999_no_longer_crashes_the_calendar_export() -> None:
    state, _ = mount(document({"id": "a", "next_action": "9999-12-31"}, active="a"))
    click = event("click", tool="caselog", hooks={"action": "export-ics"}, tag="BUTTON")
    _, effects = update(state, click)
    assert not [e for e in effects if e["effect"] in ("failed", "download")]
    assert "Pon primero una fecha de próxima acción." in json.dumps(effects, ensure_ascii=False)


def test_another_tabs_document_is_re_checked_too() -> None:
    state, _ = mount(document({"id": "a", "company": "Conecta"}, active="a"))
    theirs = document({"id": "a", "company": "Conecta", "opened": "0002-01-01"}, active="a")
    base = storage.serialize(state.log)
    state, _ = update(state, event("storage", key=STORAGE_KEY, value=theirs, base=base))
    case = state.log.active()
    assert case is not None and case.opened is None
    assert recheck.set_aside(state.log, "a") == {"opened": ["0002-01-01"]}


def test_the_reader_discards_what_was_set_aside_once_they_confirm() -> None:
    state, _ = mount(document({"id": "a", "sla_amount": 5000}, active="a"))
    click = event("click", tool="caselog", hooks={"action": "discard-set-aside"}, tag="BUTTON")
    same, effects = update(state, click)
    assert same == state and [e["effect"] for e in effects] == ["confirm"]
    assert update(state, event("confirmed", event=effects[0]["event"], answer=False))[1] == []
    state, effects = update(state, event("confirmed", event=effects[0]["event"], answer=True))
    assert recheck.set_aside(state.log, "a") == {}
    (saved,) = [e["value"] for e in effects if e["effect"] == "store"]
    assert "set_aside" not in saved and "5000" not in saved


def test_what_an_earlier_load_set_aside_is_kept_when_more_is_set_aside() -> None:
    first = recheck.read(document({"id": "a", "sla_amount": -1}))
    again = json.loads(storage.serialize(first))
    again["cases"][0]["sla_amount"] = 5000  # an old tab wrote another bad value
    log = recheck.read(json.dumps(again))
    assert recheck.set_aside(log, "a") == {"sla_amount": [-1, 5000]}


def test_duplicate_and_odd_case_ids_no_longer_lose_the_whole_log() -> None:
    log = recheck.read(
        document({"id": "a", "company": "Uno"}, {"id": "a", "company": "Dos"}, {"id": "x\r\n"})
    )
    assert [c.company for c in log.cases] == ["Uno", "Dos", ""]
    assert len({c.id for c in log.cases}) == 3


# --- a property: every field out of range, in every case --------------------------------

HOSTILE_ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
LONG_TEXT = st.builds(lambda n, c: c * n, st.integers(121, 2500), st.sampled_from("xñ€"))
HOSTILE_TEXT = st.one_of(
    LONG_TEXT,
    st.text(st.characters(codec=None, categories=None), max_size=40),
    st.sampled_from(["48213\r\nBcc: x@example.com", '\x00=HYPERLINK("http://x")', "#"]),
)
HOSTILE_DATE = st.sampled_from(
    ["9999-12-31", "0001-01-01", "1969-12-31", "2101-01-01", "2026-02-30", "mañana", "", "9999"]
)
HOSTILE_NUMBER = st.one_of(
    st.sampled_from([-1, 0, 1000, 51, 10**30, 1.5, "5", True]), st.integers(-(10**6), 10**6)
)
HOSTILE_ENTRY = st.one_of(
    HOSTILE_ANY,
    st.fixed_dictionaries(
        {
            "date": HOSTILE_DATE | st.just("2026-11-04"),
            "channel": st.sampled_from(["email", "fax"]),
        },
        optional={"note": HOSTILE_TEXT, "agent": HOSTILE_TEXT, "kind": HOSTILE_ANY},
    ),
)


def hostile(name: str) -> st.SearchStrategy[Any]:
    """Values out of range (or of the wrong type) for one stored field."""
    default = BLANK[name]
    if name in ("interactions", "evidence", "checked", "channels_tried"):
        items = HOSTILE_ENTRY if name == "interactions" else HOSTILE_TEXT | HOSTILE_ANY
        return HOSTILE_ANY | st.lists(items, max_size=4)
    if name in validation.FIELDS and (default is None or isinstance(default, str)):
        return HOSTILE_ANY | HOSTILE_TEXT | HOSTILE_DATE | HOSTILE_NUMBER
    return HOSTILE_ANY | HOSTILE_NUMBER | HOSTILE_TEXT


@st.composite
def stored_cases(draw: st.DrawFn) -> dict[str, Any]:
    """A stored case with every field this version knows (new fields included) out of range
    or of the wrong type; a few are left out, as saved documents leave defaults out."""
    names = [n for n in BLANK if n != "id"]
    case: dict[str, Any] = {"id": draw(st.sampled_from(["a", "b", "a", "x y", ""]) | HOSTILE_ANY)}
    for name in names:
        if draw(st.integers(0, 9)):  # nine in ten
            case[name] = draw(hostile(name))
    return case


def _as_loaded(name: str, raw: Any) -> Any:
    """What a load keeps of a value that passes: typing's own form of it."""
    parsed = getattr(storage.read_case({"id": "x", name: raw}), name)
    return validation.stored_value(name, parsed)[0]


def assert_nothing_lost(raw: dict[str, Any], case: CaseFile, log: CaseLog) -> None:
    aside = recheck.set_aside(log, case.id)
    for name, value in raw.items():
        if name not in BLANK or name == "id":
            continue
        if name in ("interactions", "evidence") and isinstance(value, list):
            kept = [*getattr(case, name)]
            for item in value:
                if item in aside.get(name, []):
                    continue
                if name == "interactions":
                    entry = validation.stored_entry(interaction_from_dict(item))[0]
                    assert entry in kept
                else:
                    assert validation.stored_evidence(item)[0] in kept
            continue
        if name == "drafts" and isinstance(value, dict):  # message by message
            for key, text in value.items():
                assert dict(case.drafts).get(key) == text or {key: text} in aside[name]
            continue
        if value in aside.get(name, []):
            continue
        assert getattr(case, name) == _as_loaded(name, value), name


def assert_every_value_passes(case: CaseFile) -> None:
    for name in validation.FIELDS:
        assert validation.stored_value(name, getattr(case, name))[1] is None, name
    assert validation.stored_value("declared_follow_ups", case.declared_follow_ups)[1] is None
    assert all(validation.stored_entry(e)[1] is None for e in case.interactions)
    assert all(validation.stored_evidence(e)[1] is None for e in case.evidence)


EXPORTS = ["export-csv", "export-timeline-csv", "export-json", "export-ics", "export-legal-ics"]


@settings(
    max_examples=int(os.environ.get("STC_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(stored_cases(), min_size=1, max_size=3), st.sampled_from(["a", "b", None]))
def test_a_stored_document_with_every_field_out_of_range_loads_and_every_tool_works(
    raw_cases: list[dict[str, Any]], active: str | None
) -> None:
    stored = document(*raw_cases, active=active)
    state, effects = mount(stored)
    assert not [e for e in effects if e["effect"] == "failed"]
    assert set(rendered(effects)) == set(TOOLS)
    log = state.log
    assert len(log.cases) == len(raw_cases)  # every case loads
    for raw, case in zip(raw_cases, log.cases, strict=True):
        assert_every_value_passes(case)
        assert_nothing_lost(raw, case, log)
        for tool in TOOLS:
            render.render(tool, state.view())
    assert recheck.read(storage.serialize(log)) == log  # what it loads, it saves the same
    for case in log.cases:  # every export of every case
        selected = update(state, event("change", hooks={"action": "select-case"}, value=case.id))
        for action in EXPORTS:
            click = event("click", tool="caselog", hooks={"action": action}, tag="BUTTON")
            _, done = update(selected[0], click)
            assert not [e for e in done if e["effect"] == "failed"], action
            for download in (e for e in done if e["effect"] == "download"):
                if download["mime"] == "text/calendar":
                    from tests.unit.test_export import assert_valid_calendar

                    assert_valid_calendar(download["text"])
    assert export.from_json(storage.serialize(log)).cases == log.cases  # a backup imports
