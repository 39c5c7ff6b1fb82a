"""`followup` on Pyodide's own Python: the golden cases, run inside Chromium.

The same data and the same runner as `tests/unit/test_golden.py` on CPython, so a
difference between CPython and Pyodide's Python (3.14) shows up as a failing case here.
"""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page

from tests.browser.conftest import Traffic

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

RUN = """
async ([runner, cases]) => {
  const root = new URL("assets/pyodide/", location.href);
  const { loadPyodide } = await import(new URL("pyodide.mjs", root).href);
  const py = await loadPyodide({ indexURL: root.href });
  const wheel = await fetch(new URL("followup-0.1.0-py3-none-any.whl", root));
  py.unpackArchive(await wheel.arrayBuffer(), "wheel");
  py.FS.writeFile("/home/pyodide/golden_runner.py", runner);
  py.globals.set("cases_text", cases);
  const out = py.runPython(`
import sys, json
sys.path.insert(0, "/home/pyodide")
import golden_runner
json.dumps({"version": sys.version, "failures": golden_runner.run_all(cases_text),
            "count": len(json.loads(cases_text))})
`);
  return JSON.parse(out);
}
"""


def test_golden_cases_pass_on_pyodides_python(page: Page, base_url: str, traffic: Traffic) -> None:
    page.goto(base_url)
    runner = (GOLDEN / "golden_runner.py").read_text(encoding="utf-8")
    cases = (GOLDEN / "cases.json").read_text(encoding="utf-8")
    result = page.evaluate(RUN, [runner, cases])
    assert result["version"].startswith("3.14"), result["version"]
    assert result["count"] == len(json.loads(cases)) > 0
    assert result["failures"] == []
    assert traffic.blocked == []
