"""Golden outputs: every sample message and advice reads exactly as reviewed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def load_runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("golden_runner", GOLDEN / "golden_runner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUNNER = load_runner()
DATA = (GOLDEN / "cases.json").read_text(encoding="utf-8")


def test_golden_messages_and_advice_match() -> None:
    assert RUNNER.run_all(DATA) == []


def test_golden_file_covers_every_channel_escalation_sparse_and_advice() -> None:
    entries = json.loads(DATA)
    messages = [e for e in entries if e["kind"] == "message"]
    assert {e["channel"] for e in messages} == {"email", "portal", "chat", "phone", "social"}
    assert any(e["escalate"] for e in messages)
    assert any(set(e["case"]) <= {"id", "case_number"} for e in messages)
    actions = {e["expected"]["action"] for e in entries if e["kind"] == "advice"}
    assert actions == {"wait", "follow_up", "call", "escalate", "social", "complaint", "authority"}
    kinds = {e.get("message_kind", "follow_up") for e in messages}
    assert kinds == {"follow_up", "complaint", "ask_number", "chronology"}


def test_regenerating_unchanged_code_changes_nothing() -> None:
    assert RUNNER.regenerate(DATA) == DATA


def test_runner_reports_differences_line_by_line() -> None:
    entries = json.loads(DATA)
    entries[0]["expected"]["body"][2] = "Otra línea"
    entries[1]["expected"]["body"] = entries[1]["expected"]["body"][:3]
    entries[2]["expected"]["subject"] = "Otro asunto"
    failures = RUNNER.run_all(json.dumps(entries))
    assert failures[0].startswith(f"{entries[0]['name']}: body line 3: expected 'Otra línea'")
    assert "body has" in failures[1]
    assert "subject: expected 'Otro asunto'" in failures[2]


def test_runner_reports_broken_and_duplicate_entries() -> None:
    entries = [
        {"kind": "nope", "name": "a"},
        {"kind": "advice", "name": "a", "situation": {}, "today": "2026-11-10"},
    ]
    failures = RUNNER.run_all(json.dumps(entries))
    assert failures[0] == "a: ValueError: unknown kind: 'nope'"
    assert failures[1] == "a: duplicate name"
    # An advice entry without any situation still runs (nothing is known yet): it differs.
    assert failures[2].startswith("a: action: expected None")


def test_runner_command_line(tmp_path: Path) -> None:
    copy = tmp_path / "cases.json"
    copy.write_text(DATA, encoding="utf-8")
    original = RUNNER.CASES_FILE
    RUNNER.CASES_FILE = copy
    try:
        assert RUNNER.main([]) == 0
        entries = json.loads(DATA)
        entries[0]["expected"]["subject"] = "x"
        copy.write_text(json.dumps(entries), encoding="utf-8")
        assert RUNNER.main([]) == 1
        assert RUNNER.main(["--regenerate"]) == 0
        assert copy.read_text(encoding="utf-8") == DATA
    finally:
        RUNNER.CASES_FILE = original
