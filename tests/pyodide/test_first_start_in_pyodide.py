"""The first start as the worker runs it, on the runtime and wheel the site ships: the
methods dataclasses writes for the package were compiled by the build, in the same Python,
so the reader's browser compiles none of them (`followup.startup`)."""

from __future__ import annotations

import json

from playwright.sync_api import Page

from sitebuild.hooks import minimal_lock
from tests.browser.conftest import Traffic
from tests.pyodide.runtime import START_LIKE_THE_WORKER

RUN = (
    """
async (lock) => {"""
    + START_LIKE_THE_WORKER
    + """
  return py.runPython(`
import json, sys
from followup import startup
compiled_here = startup.import_all()
from followup import worker
mount = {"type": "mount", "today": "2026-12-03", "now": "2026-12-03T10:00:00",
         "nonce": "a1b2c3d4e5f6", "tools": ["builder"], "base": "../", "stored": None}
json.dumps({
    "version": sys.version,
    "compiled_here": compiled_here,
    "modules": len([m for m in sys.modules if m.startswith("followup.")]),
    "effects": [e["effect"] for e in json.loads(worker.handle(json.dumps(mount)))],
})
`);
}
"""
)


def test_the_first_start_compiles_no_dataclass_method_in_the_browser(
    page: Page, base_url: str, traffic: Traffic
) -> None:
    # A guide page: the tools' own worker stays idle (a reader saving data).
    page.add_init_script(
        "Object.defineProperty(navigator, 'connection', { value: { saveData: true } })"
    )
    page.goto(base_url)
    result = json.loads(page.evaluate(RUN, minimal_lock()))
    assert result["version"].startswith("3.14"), result["version"]
    assert result["compiled_here"] == 0
    assert result["modules"] >= 50
    assert "render" in result["effects"]
    assert traffic.blocked == []
