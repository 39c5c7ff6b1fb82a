"""The tools' first start in a reader's browser: every module imported, quickly, once.

The worker (`docs/assets/herramientas-worker.js`) calls `import_all()` on a reader's first
visit and stores a memory snapshot right after it, so later visits start from that snapshot
and never import again.

Inside WebAssembly, half of that import was `dataclasses` writing the methods of the
package's 37 classes as source text and compiling it, and reading each class's signature to
write it a docstring. The build runs `record_dataclass_code()` in the runtime's own Python
and ships what it compiled in the wheel (`followup._dataclass_code`, written by
`sitebuild.stdlib_bytecode`; 11 KB of brotli); `import_all()` hands `dataclasses` that code
instead of letting it compile the same text again. A text the build did not see is compiled
as usual. Measured in Chromium on a 2-core desktop: the import 285-395 ms → 142-155 ms on
an idle page, 400-520 ms → 210-315 ms during a real first visit.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import os
import sys
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import CodeType
from typing import Any

import followup

# Generated at build time, present only in the wheel the browser loads.
PRECOMPILED = "followup._dataclass_code"


def module_names() -> list[str]:
    """Every module of the package and its subpackages, in a stable order (`__init__` is
    its package's, and the generated `_dataclass_code` is read once, not kept)."""
    root = followup.__path__[0]
    names = []
    for folder, _, files in sorted(os.walk(root)):
        package = "followup" + folder[len(root) :].replace(os.sep, ".")
        for name in sorted(files):
            stem, _, suffix = name.partition(".")
            if suffix in ("py", "pyc") and not stem.startswith("_"):
                names.append(f"{package}.{stem}")
    return names


_ABSENT = object()


@contextmanager
def _in_dataclasses(**names: object) -> Iterator[None]:
    # dataclasses looks `exec` (once per class) and `inspect` up in its own module's globals
    # first: module attributes take their place for a while, and are put back after.
    before = {name: getattr(dataclasses, name, _ABSENT) for name in names}
    for name, value in names.items():
        setattr(dataclasses, name, value)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is _ABSENT:
                delattr(dataclasses, name)
            else:
                setattr(dataclasses, name, value)


class _NoSignatureDocs:
    """`inspect` for dataclasses, but without the signature it reads to write a docstring for
    a class that has none (the wheel's bytecode keeps no docstrings): 37 signatures, ≈ 20 ms
    on a desktop, for a `__doc__` nothing in the browser reads. Such a class's `__doc__` is
    its name."""

    def __getattr__(self, name: str) -> Any:
        return getattr(inspect, name)

    @staticmethod
    def signature(*args: object, **kwargs: object) -> inspect.Signature:
        raise ValueError("not computed at start")


# A text is known by its length and two checksums: shipping the 88 KB of texts themselves
# as keys cost 8 KB more of brotli on every first visit.
TextKey = tuple[int, int, int]


def text_key(text: str) -> TextKey:
    data = text.encode()
    return len(data), zlib.crc32(data), zlib.adler32(data)


def keyed(recorded: Mapping[str, CodeType]) -> dict[TextKey, CodeType]:
    """What the wheel ships: the recorded code by `text_key`."""
    code = {text_key(text): compiled for text, compiled in recorded.items()}
    if len(code) != len(recorded):
        raise ValueError("two dataclass texts share a key")
    return code


def import_all() -> int:
    """Import every module; return how many dataclass texts had to be compiled here."""
    try:
        precompiled: Mapping[TextKey, CodeType] = importlib.import_module(PRECOMPILED).CODE
    except ImportError:
        precompiled = {}  # a wheel built without it (the CPython tests import the sources)
    compiled: list[str] = []

    def exec_precompiled(text: str, globals: Any = None, locals: Any = None, /) -> None:
        code = precompiled.get(text_key(text))
        if code is None:
            compiled.append(text)
        exec(code if code is not None else text, globals, locals)

    try:
        with _in_dataclasses(exec=exec_precompiled, inspect=_NoSignatureDocs()):
            for name in module_names():
                importlib.import_module(name)
    finally:
        sys.modules.pop(PRECOMPILED, None)  # its code objects are not kept in the snapshot
    return len(compiled)


def record_dataclass_code() -> dict[str, CodeType]:
    """For the build: import every module (in a fresh interpreter, the runtime's Python)
    and return each text dataclasses compiled, with its code."""
    recorded: dict[str, CodeType] = {}

    def exec_recording(text: str, globals: Any = None, locals: Any = None, /) -> None:
        # As the built-in `exec` compiles a text: file "<string>", no inherited flags.
        code = compile(text, "<string>", "exec", dont_inherit=True)
        recorded[text] = code
        exec(code, globals, locals)

    with _in_dataclasses(exec=exec_recording):
        for name in module_names():
            importlib.import_module(name)
    return recorded
