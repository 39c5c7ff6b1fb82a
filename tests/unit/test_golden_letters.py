"""Golden letters: the formal complaint and the chronology, as a company and an authority
read them, for the issue's cases in the six countries the guide covers in full.

The inputs are `tests/golden/letters/cases.json` (the fields filled as a reader would:
identity, customer number, complaint channel and reference, reply date); each letter is kept
as plain text beside them (`<case>.complaint.txt`, `<case>.chronology.txt`), so a review diff
shows exactly how a letter changed. To rewrite them after a deliberate change:

    STC_REGENERATE=1 .venv/bin/pytest tests/unit/test_golden_letters.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from followup import messages, render
from followup.messages import Goal
from followup.model import case_from_dict

FOLDER = Path(__file__).resolve().parents[1] / "golden" / "letters"
CASES: list[dict[str, Any]] = json.loads((FOLDER / "cases.json").read_text(encoding="utf-8"))
REGENERATE = os.environ.get("STC_REGENERATE") == "1"


def letters(entry: dict[str, Any]) -> dict[str, str]:
    case = case_from_dict(entry["case"])
    today = dt.date.fromisoformat(entry["today"])
    goal = Goal(entry["goal"])
    complaint = messages.complaint_letter(case, goal, today)
    chronology = messages.chronology(case, goal, today, render.place_text(case))
    return {
        "complaint": f"Asunto: {complaint.subject}\n\n{complaint.body}\n",
        "chronology": f"{chronology.body}\n",
    }


@pytest.mark.parametrize("entry", CASES, ids=[e["name"] for e in CASES])
@pytest.mark.parametrize("kind", ["complaint", "chronology"])
def test_the_letter_reads_as_its_golden_file(entry: dict[str, Any], kind: str) -> None:
    path = FOLDER / f"{entry['name']}.{kind}.txt"
    text = letters(entry)[kind]
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text


def test_the_six_countries_of_the_guide_have_golden_letters() -> None:
    countries = {e["case"]["country"] for e in CASES}
    assert countries == {"ES", "MX", "AR", "CO", "CL", "PE"}
    kept = {p.name for p in FOLDER.glob("*.txt")}
    expected = {f"{e['name']}.{k}.txt" for e in CASES for k in ("complaint", "chronology")}
    assert kept == expected  # no letter left behind by a renamed case
