"""`followup` on Pyodide's own Python: the golden cases, run inside Chromium.

The same data and the same runner as `tests/unit/test_golden.py` on CPython, so a
difference between CPython and Pyodide's Python (3.14) shows up as a failing case here.

They run on the runtime the site ships: the standard library trimmed by the build
(`sitebuild.stdlib_trim`) and compiled to bytecode (`sitebuild.stdlib_bytecode`), and no
lock file fetched (`lockFileContents`, as the tools' worker passes it), so a module the
trim left out, or bytecode that does not load, fails here, not in a reader's browser.
"""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page

from sitebuild.hooks import minimal_lock
from sitebuild.stdlib_trim import RUNTIME
from tests.browser.conftest import Traffic
from tests.pyodide.runtime import START_LIKE_THE_WORKER

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
PACKAGE = Path(__file__).resolve().parents[2] / "pylib" / "followup"
# Every module, subpackages too (followup.legal and its country modules).
FOLLOWUP_MODULES = sorted(
    ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
    for p in PACKAGE.rglob("*.py")
)

RUN = (
    """
async ([lock, runner, cases, modules]) => {"""
    + START_LIKE_THE_WORKER
    + """
  py.FS.writeFile("/home/pyodide/golden_runner.py", runner);
  py.globals.set("cases_text", cases);
  py.globals.set("module_names", modules);
  const out = py.runPython(`
import importlib, importlib.util, json, sys
sys.path.insert(0, "/home/pyodide")
failed_imports = {}
for name in json.loads(module_names):
    try:
        importlib.import_module(name)
    except Exception as error:
        failed_imports[name] = repr(error)
import golden_runner
json.dumps({
    "version": sys.version,
    "failures": golden_runner.run_all(cases_text),
    "count": len(json.loads(cases_text)),
    "failed_imports": failed_imports,
    "unittest_shipped": importlib.util.find_spec("unittest") is not None,
})
`);
  return JSON.parse(out);
}
"""
)


def test_golden_cases_pass_on_the_trimmed_runtime(
    page: Page, base_url: str, traffic: Traffic
) -> None:
    # A guide page: on a fast connection the bridge would start the tools' own worker in
    # idle time (a second download of the runtime); a reader saving data gets none.
    page.add_init_script(
        "Object.defineProperty(navigator, 'connection', { value: { saveData: true } })"
    )
    page.goto(base_url)
    runner = (GOLDEN / "golden_runner.py").read_text(encoding="utf-8")
    cases = (GOLDEN / "cases.json").read_text(encoding="utf-8")
    result = page.evaluate(
        RUN, [minimal_lock(), runner, cases, json.dumps([*FOLLOWUP_MODULES, *RUNTIME])]
    )
    assert result["version"].startswith("3.14"), result["version"]
    assert result["count"] == len(json.loads(cases)) > 0
    assert result["failures"] == []
    # Every followup module (the worker entry too) and the allow-listed standard modules
    # import on the trimmed standard library...
    assert "followup.worker" in FOLLOWUP_MODULES
    assert result["failed_imports"] == {}
    # ...which is the trimmed one, and no lock file was fetched.
    assert result["unittest_shipped"] is False
    assert traffic.count("pyodide-lock.json") == 0
    assert traffic.count("python_stdlib.zip") == 1
    assert traffic.blocked == []
