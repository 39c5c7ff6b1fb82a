"""The first start's import (`followup.startup`), in fresh interpreters: what the build
records is what the start uses, and nothing the tools need is lost on the way.

Each case runs in its own interpreter (the package is already imported in this one). The
build records with the runtime's Python inside Pyodide (`sitebuild.stdlib_bytecode`); here
both sides are this CPython, whose code objects marshal between its processes alike.
"""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

PYLIB = Path(__file__).resolve().parents[2] / "pylib"

RECORD = """
import marshal, sys
from followup import startup
sys.stdout.buffer.write(marshal.dumps(startup.record_dataclass_code()))
"""

# The start as the worker runs it, with `followup._dataclass_code` holding what the build
# recorded (read from stdin), then the tools used on a case built from those classes.
START = """
import dataclasses, datetime, inspect, json, marshal, sys, types
precompiled = marshal.loads(sys.stdin.buffer.read())
from followup import startup
if precompiled is not None:
    generated = types.ModuleType("followup._dataclass_code")
    generated.CODE = startup.keyed(precompiled)
    sys.modules["followup._dataclass_code"] = generated
compiled_here = startup.import_all()
from followup import controller, model
mount = {"type": "mount", "today": "2026-12-03", "now": "2026-12-03T10:00:00",
         "nonce": "a1b2c3d4e5f6", "tools": ["builder"], "base": "../", "stored": None}
state, effects = controller.update(controller.State(), mount)
first = model.Interaction(date=datetime.date(2026, 11, 2), channel=model.Channel("phone"),
                          note="Me dieron el número 48213.")
same = model.Interaction(date=datetime.date(2026, 11, 2), channel=model.Channel("phone"),
                         note="Me dieron el número 48213.")
try:
    first.note = "cambiada"
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
print(json.dumps({
    "compiled_here": compiled_here,
    "effects": [e["effect"] for e in effects],
    "equal": first == same,
    "hashable": len({first, same}) == 1,
    "replaced": dataclasses.replace(first, note="Otra").note,
    "repr": repr(first),
    "frozen": frozen,
    "generated_kept": "followup._dataclass_code" in sys.modules,
    "exec_left": hasattr(dataclasses, "exec"),
    "inspect_back": dataclasses.inspect is inspect,
}))
"""


def run(code: str, stdin: bytes = b"") -> bytes:
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        env={"PYTHONPATH": str(PYLIB), "PYTHONHASHSEED": "0"},
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def start(precompiled: object) -> dict[str, object]:
    result: dict[str, object] = json.loads(run(START, marshal.dumps(precompiled)))
    return result


def test_the_first_start_compiles_no_dataclass_text_the_build_recorded() -> None:
    recorded = marshal.loads(run(RECORD))
    assert len(recorded) >= 37  # one text per class on 3.14, one per method on 3.11
    result = start(recorded)
    assert result["compiled_here"] == 0
    # The classes made from the build's code behave as dataclasses: the tool mounts, entries
    # compare, hash, copy with a change and print their fields.
    assert "render" in result["effects"]
    assert result["equal"] is True
    assert result["hashable"] is True
    assert result["replaced"] == "Otra"
    assert "48213" in str(result["repr"])
    assert result["frozen"] is True
    # Nothing of the start stays behind: dataclasses is itself again, and the build's code
    # objects are not kept (they would sit in every snapshot).
    assert result["exec_left"] is False
    assert result["inspect_back"] is True
    assert result["generated_kept"] is False


def test_a_text_the_build_did_not_see_is_compiled_at_the_start() -> None:
    recorded = marshal.loads(run(RECORD))
    missing = next(text for text in recorded if "note" in text and "__init__" in text)
    del recorded[missing]
    result = start(recorded)
    assert result["compiled_here"] == 1
    assert result["equal"] is True
    assert result["replaced"] == "Otra"


def test_without_the_generated_module_every_text_is_compiled() -> None:
    result = start(None)
    assert isinstance(result["compiled_here"], int)
    assert result["compiled_here"] >= 37
    assert "render" in result["effects"]
    assert result["exec_left"] is False
