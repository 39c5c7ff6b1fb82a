"""The trimmed standard library as bytecode, compiled by the runtime's own Python.

Pyodide's `python_stdlib.zip` holds sources, so every reader's first visit compiles about
200 modules inside WebAssembly before a tool answers: 1.5 s of the 3.3 s a cold start
takes on a 2-core desktop (more on a phone). Shipping bytecode skips that work.

Bytecode only loads in the Python that wrote it (3.14 for Pyodide 314); the build runs on
another one, so the build compiles inside Pyodide under Node (`stdlib_bytecode.mjs`, with
the pinned `node_modules/pyodide`): `to_bytecode()` runs on the build's Python,
`compile_zip()` inside Pyodide.

What the bytes cost: the zip's gzip grows 0.96 MB -> 1.20 MB, kept small three ways. The
standard library proper is compiled as `python -OO` does (no docstrings, no asserts: a
configuration CPython supports and tests); Pyodide's own packages (`pyodide`, `_pyodide`)
keep their docstrings: its start reads them to document its JavaScript proxies. And each
code object's line table says only the line of its `def` (`def_lines`): a traceback still
names every file and function, at the line where the function starts. The full tables
(line numbers only, PYTHONNODEBUGRANGES) were a seventh of the brotli of both archives,
141 KB of the 4.2 MB a first visit waits for; an empty table is not an option, as Python's
`traceback` module fails on it. Tracebacks with every line are the tests' (CPython, the
sources).

Each module becomes a sourceless `.pyc` (zipimport loads `name.pyc` when `name.py` is
absent) in the unchecked hash-based format: no timestamp to compare, nothing to re-read.

The `followup` wheel gets the same treatment (`compile_wheel`): compiled like `-OO` (the
package reads no docstring; its few asserts only narrow types for mypy), sourceless `.pyc`
files stored uncompressed, its RECORD rewritten. Importing every `followup` module on a
first visit took ≈ 0.45 s of compiling inside WebAssembly (more on a phone); from
bytecode, ≈ 0.03 s. As served (brotli) the bytecode is larger than the sources since the
package grew (December 2026: 184 KB with `def_lines`, the sources 157 KB): 27 KB, a
seventh of a second on slow 4G, against the compile time on a phone's CPU.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import marshal
import subprocess
import sys
import types
import zipfile
from pathlib import Path

KEEPS_DOCSTRINGS = ("pyodide/", "_pyodide/")
# PEP 552 flags: hash-based (bit 0), source not checked (bit 1 clear).
UNCHECKED_HASH = (1).to_bytes(4, "little")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def to_bytecode(source: Path, target: Path, pyodide_dir: Path, *, kind: str = "stdlib") -> None:
    """Write `target`: the sources of the zip `source` (`kind`: "stdlib" or "wheel") compiled
    by the Pyodide in `pyodide_dir` (an npm package folder). Needs Node, which `npm ci`
    needs anyway."""
    here = Path(__file__)  # not at module level: Pyodide runs this file's text, no __file__
    runner = here.with_name("stdlib_bytecode.mjs")
    try:
        subprocess.run(
            ["node", str(runner), str(pyodide_dir), str(here), str(source), str(target), kind],
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        raise SystemExit("Node.js is missing: the build compiles the runtime with it.") from None
    except subprocess.CalledProcessError as failure:
        raise SystemExit(f"Compiling the {kind} to bytecode failed:\n{failure.stderr}") from None


def def_lines(code: types.CodeType) -> types.CodeType:
    """`code` and the code objects inside it with a line table that puts every instruction on
    the code's first line: one «no columns, line + 0» entry per 8 code units, the format of
    CPython's Objects/locations.md (code 13, then a signed varint 0)."""
    units = len(code.co_code) // 2
    table = bytearray()
    while units > 0:
        span = min(8, units)
        table += bytes((0x80 | (13 << 3) | (span - 1), 0))
        units -= span
    consts = tuple(def_lines(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_linetable=bytes(table), co_consts=consts)


def pyc(source: bytes, filename: str, optimize: int) -> bytes:
    """A sourceless, unchecked hash-based .pyc of `source` (runs inside Pyodide)."""
    code = compile(source, filename, "exec", dont_inherit=True, optimize=optimize)
    header = importlib.util.MAGIC_NUMBER + UNCHECKED_HASH
    return header + importlib.util.source_hash(source) + marshal.dumps(def_lines(code))


def compile_zip(source: str, target: str) -> None:
    """Runs inside Pyodide (its Python writes bytecode its Python reads)."""
    # Where the runtime mounts the zip (/lib/python3XX.zip): tracebacks name the same files.
    mounted_at = next(p for p in sys.path if p.endswith(".zip")) + "/"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            name = info.filename
            if name.endswith(".py"):
                optimize = 0 if name.startswith(KEEPS_DOCSTRINGS) else 2
                data = pyc(data, mounted_at + name, optimize)
                name += "c"
            # Stored, not deflated: the server's gzip over the whole archive is smaller.
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            out.writestr(entry, data, compress_type=zipfile.ZIP_STORED)


def dataclass_code(wheel: str, installed_at: str) -> tuple[str, bytes]:
    """Runs inside Pyodide: the wheel's name and bytes of `followup/_dataclass_code.pyc`, the
    code of every method `dataclasses` writes for the package's classes, compiled by the
    runtime's Python from the package's sources in `wheel` (read by
    `followup.startup.import_all` on a first visit)."""
    import tempfile

    with tempfile.TemporaryDirectory() as where:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(where)
        sys.path.insert(0, where)
        try:
            from followup import startup

            recorded = startup.record_dataclass_code()
        finally:
            sys.path.remove(where)
    code = startup.keyed({text: def_lines(compiled) for text, compiled in recorded.items()})
    source = f"import marshal\nCODE = marshal.loads({marshal.dumps(code)!r})\n".encode()
    name = startup.PRECOMPILED.replace(".", "/") + ".py"
    return name + "c", pyc(source, installed_at + name, 2)


def compile_wheel(source: str, target: str) -> None:
    """Runs inside Pyodide: the wheel `source` with sourceless bytecode, stored, its RECORD
    rewritten for the files it now holds."""
    import sysconfig

    installed_at = sysconfig.get_path("purelib") + "/"  # where unpackArchive puts it
    files: list[tuple[str, bytes]] = []
    record = ""
    with zipfile.ZipFile(source) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            name = info.filename
            if name.endswith(".dist-info/RECORD"):
                record = name
                continue
            if name.endswith(".py"):
                data = pyc(data, installed_at + name, 2)
                name += "c"
            files.append((name, data))
    files.append(dataclass_code(source, installed_at))
    lines = []
    for name, data in files:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        lines.append(f"{name},sha256={digest},{len(data)}\n")
    files.append((record, ("".join(lines) + f"{record},,\n").encode()))
    with zipfile.ZipFile(target, "w") as out:
        for name, data in files:
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            out.writestr(entry, data, compress_type=zipfile.ZIP_STORED)
