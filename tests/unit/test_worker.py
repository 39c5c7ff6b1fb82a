"""The worker's entry: JSON in, JSON out, and a broken event never kills the session."""

from __future__ import annotations

import json

from followup import labels, storage
from followup.worker import Session


def test_a_mount_message_answers_with_json_effects_and_the_session_remembers() -> None:
    session = Session()
    mount = {"type": "mount", "tools": ["builder"], "stored": None, "today": "2026-11-12"}
    effects = json.loads(session.handle(json.dumps(mount)))
    assert {e["effect"] for e in effects} == {"render", "persist"}
    typed = {
        "type": "input",
        "hooks": {"field": "company"},
        "value": "Conecta Fibra",
        "today": "2026-11-12",
    }
    effects = json.loads(session.handle(json.dumps(typed)))
    stored = next(e for e in effects if e["effect"] == "store")
    assert storage.parse(stored["value"]).cases[0].company == "Conecta Fibra"


def test_a_message_that_breaks_the_core_is_answered_with_a_spanish_error() -> None:
    session = Session()
    before = session.state
    for message in ("{not json", "[1, 2]", json.dumps({"type": "mount", "tools": 5})):
        effects = json.loads(session.handle(message))
        assert effects == [{"effect": "failed", "message": labels.TOOL_FAILED}]
    assert session.state == before
