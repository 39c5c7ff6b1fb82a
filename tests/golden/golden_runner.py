"""Golden tests kept as data: every generated message and advice, as a reader sees it.

`cases.json` lists entries of two kinds: "message" (a case file, channel, goal and
date, and optionally a `message_kind`: the formal complaint, the case-number request or
the chronology; with the expected subject and body) and "advice" (a situation and date, with
the expected action, date, headline and guide sections). Texts are stored as lists of
lines so that a review diff shows exactly which line of a reader's message changed.

Standard library and `followup` only, no pytest: the same runner executes inside
Pyodide. Usage:

    python tests/golden/golden_runner.py               # check, print failures
    python tests/golden/golden_runner.py --regenerate  # rewrite the expected outputs
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from followup import legal
from followup.escalation import Situation, advise
from followup.messages import Goal, MessageKind, compose_kind
from followup.model import Channel, CompanySize, Impact, SituationKind, case_from_dict

CASES_FILE = Path(__file__).with_name("cases.json")


def _lines(text: str | None) -> list[str] | None:
    return None if text is None else text.split("\n")


def _message_output(entry: dict[str, Any]) -> dict[str, Any]:
    draft = compose_kind(
        case_from_dict(entry["case"]),
        MessageKind(entry.get("message_kind", "follow_up")),
        Channel(entry["channel"]),
        Goal(entry["goal"]),
        dt.date.fromisoformat(entry["today"]),
        escalate=bool(entry.get("escalate", False)),
        place=entry.get("place", ""),
    )
    return {
        "subject": draft.subject,
        "body": _lines(draft.body),
        "private_body": _lines(draft.private_body),
    }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _advice_output(entry: dict[str, Any]) -> dict[str, Any]:
    s = entry["situation"]
    original = s.get("original_channel")
    what, size = s.get("what"), s.get("company_size")
    situation = Situation(
        opened=_date(s.get("opened")),
        last_contact=_date(s.get("last_contact")),
        deadline=_date(s.get("deadline")),
        follow_ups=int(s.get("follow_ups", 0)),
        impact=Impact(s.get("impact", "affects_me")),
        channels_tried=frozenset(Channel(c) for c in s.get("channels_tried", [])),
        escalated=bool(s.get("escalated", False)),
        original_channel=Channel(original) if original else None,
        country=s.get("country", ""),
        sector=legal.Sector(s.get("sector", "general")),
        complaint_date=_date(s.get("complaint_date")),
        complaint_answered=_date(s.get("complaint_answered")),
        authority_date=_date(s.get("authority_date")),
        what=SituationKind(what) if what else None,
        company_size=CompanySize(size) if size else None,
        region=s.get("region", ""),
        reply_by=_date(s.get("reply_by")),
    )
    advice = advise(situation, dt.date.fromisoformat(entry["today"]))
    return {
        "action": advice.action.value,
        "wait_until": advice.wait_until.isoformat() if advice.wait_until else None,
        "headline": advice.headline,
        "sections": [r.section for r in advice.reasons],
        "reasons": [r.text for r in advice.reasons],
        "legal_date": advice.legal_date.isoformat() if advice.legal_date else None,
        "portal": advice.portal.url if advice.portal else None,
        **({"steps": list(advice.steps)} if advice.steps else {}),
    }


def _output(entry: dict[str, Any]) -> dict[str, Any]:
    if entry["kind"] == "message":
        return _message_output(entry)
    if entry["kind"] == "advice":
        return _advice_output(entry)
    raise ValueError(f"unknown kind: {entry['kind']!r}")


def _describe(name: str, key: str, expected: Any, actual: Any) -> str:
    if isinstance(expected, list) and isinstance(actual, list):
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            if e != a:
                return f"{name}: {key} line {i + 1}: expected {e!r}, got {a!r}"
        return f"{name}: {key} has {len(actual)} lines, expected {len(expected)}"
    return f"{name}: {key}: expected {expected!r}, got {actual!r}"


def run_all(data_text: str) -> list[str]:
    """Every difference between the expected and the actual outputs (empty: all pass)."""
    failures: list[str] = []
    names: set[str] = set()
    for entry in json.loads(data_text):
        name = entry.get("name", "?")
        if name in names:
            failures.append(f"{name}: duplicate name")
        names.add(name)
        try:
            actual = _output(entry)
        except Exception as error:  # a golden run reports every entry, never stops
            failures.append(f"{name}: {type(error).__name__}: {error}")
            continue
        expected = entry.get("expected") or {}
        for key, value in actual.items():
            if expected.get(key) != value:
                failures.append(_describe(name, key, expected.get(key), value))
    return failures


def regenerate(data_text: str) -> str:
    """The same data with every `expected` rewritten from the current code."""
    entries = json.loads(data_text)
    for entry in entries:
        entry["expected"] = _output(entry)
    return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = CASES_FILE.read_text(encoding="utf-8")
    if "--regenerate" in argv:
        CASES_FILE.write_text(regenerate(text), encoding="utf-8")
        print(f"rewrote {CASES_FILE}")
        return 0
    failures = run_all(text)
    for failure in failures:
        print(failure)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
