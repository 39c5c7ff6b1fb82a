"""The Web Worker's entry into the core: one JSON event in, a JSON list of effects out.

`docs/assets/herramientas-worker.js` loads Pyodide, imports this module and calls
`handle` for every message of the page bridge. JSON is the whole interface, so this module
needs neither `js` nor `pyodide` and runs unchanged on CPython in the tests. A bug in the
core must not leave the reader with a dead page: it is logged and answered with an error
effect, and the state stays as it was before the event. Render effects go out trimmed to
the regions that changed (`followup.delta`).
"""

from __future__ import annotations

import json
import traceback

from followup import controller, delta, labels


class Session:
    """The tools' state for one visit (one worker lives as long as the page's window)."""

    def __init__(self) -> None:
        self.state = controller.State()
        self.sent = delta.Sent()

    def handle(self, message: str) -> str:
        try:
            event = json.loads(message)
            if not isinstance(event, dict):
                raise TypeError("an event is a JSON object")
            self.state, effects = controller.update(self.state, event)
        except Exception:
            traceback.print_exc()
            effects = [{"effect": "failed", "message": labels.TOOL_FAILED}]
        try:
            effects = self.sent.trim(effects)
        except ValueError:
            traceback.print_exc()
            self.sent.forget()  # markup it cannot read: sent whole, the page compares it
        return json.dumps(effects, ensure_ascii=False)


SESSION = Session()
handle = SESSION.handle
