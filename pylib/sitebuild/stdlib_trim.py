"""A standard library zip trimmed to what Pyodide's start and `followup` import.

Pyodide's `python_stdlib.zip` holds the whole standard library as sources (2.5 MB, already
deflated). The browser needs a fraction of it: the modules Pyodide imports while it starts,
the modules `followup` imports, and what those import in turn. This module computes that
set statically, from the sources inside the zip, and writes a zip with only those files.

The closure is deliberately generous: it follows every `import` statement of a module,
at module level, inside `try`/`if` blocks and inside functions, so a module imported
lazily by a code path the tools take is still there. Three lists tune it:

- `ALWAYS`: roots that no static scan finds — what Pyodide imports at start (measured
  in Chromium with the untrimmed runtime: `sorted(sys.modules)` right after
  `loadPyodide()`), codecs looked up by name at run time, and modules the tools commonly
  reach through the C core (`_strptime`...).
- `NEVER`: developer tools (the REPL, debugger, doc and test runners...) and features the
  tools don't use (e-mail parsing, HTTP clients, tar, pickle...) that kept modules only
  import lazily. The closure stops there, so a lazy `import pdb` or `import tarfile` does
  not drag a debugger or an archiver into every reader's download.
- `WINDOWS_ONLY`: modules imported only on Windows, where the scan cannot tell.

`tests/pyodide` runs the golden cases and imports every `followup` module on the trimmed
runtime, so a module missing here fails a test, not a reader.
"""

from __future__ import annotations

import ast
import io
import tokenize
import zipfile
from collections.abc import Iterable
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated names; `#` starts a comment that runs to the end of its line."""
    return tuple(word for line in text.splitlines() for word in line.split("#")[0].split())


# `sorted(sys.modules)` after `loadPyodide()` with the untrimmed 314.0.7 runtime (only the
# names with a source in the zip matter; built-in C modules are ignored).
PYODIDE_STARTUP = _words(
    """
    __future__ _colorize _py_warnings _pyodide _pyodide._base _pyodide._core_docs
    _pyodide._future_helper _pyodide._importhook _pyodide.docs_argspec _pyodide.docstring
    _pyodide.jsbind _sitebuiltins abc annotationlib ast asyncio base64 bisect bz2 codecs
    codeop collections collections.abc compression compression._common
    compression._common._streams compression.zstd compression.zstd._zstdfile concurrent
    concurrent.futures concurrent.futures._base contextlib contextvars copy copyreg
    dataclasses dis encodings encodings.aliases encodings.utf_8 enum fnmatch functools
    genericpath glob heapq importlib importlib._abc importlib._bootstrap
    importlib._bootstrap_external importlib.abc importlib.machinery importlib.util inspect
    io json keyword linecache locale logging lzma ntpath opcode operator os pathlib
    pathlib._os posixpath pyodide pyodide._package_loader pyodide._state pyodide.code
    pyodide.common pyodide.ffi pyodide.webloop random re reprlib selectors shutil signal
    site socket ssl stat string struct subprocess tempfile textwrap threading token
    tokenize traceback types typing warnings weakref zipfile zipfile._path
    zipfile._path.glob zipimport
    """
)

# Imported by name at run time, or from C, where no `import` statement shows them.
RUNTIME = _words(
    """
    # codecs: `codecs.lookup()` imports `encodings.<normalized name>` (zipfile: cp437)
    encodings.ascii encodings.latin_1 encodings.utf_8_sig encodings.utf_16
    encodings.utf_16_le encodings.utf_16_be encodings.utf_32 encodings.utf_32_le
    encodings.utf_32_be encodings.cp437 encodings.cp1252 encodings.iso8859_15 encodings.idna
    encodings.punycode encodings.charmap encodings.raw_unicode_escape
    encodings.unicode_escape encodings.base64_codec encodings.hex_codec
    # what the C core imports lazily (strptime, warnings, sysconfig) and the site's data
    _strptime calendar _pydatetime datetime sysconfig
    _sysconfigdata__emscripten_wasm32-emscripten
    # commonly needed by the tools and by unpackArchive; cheap to keep
    json json.decoder json.encoder json.scanner dataclasses enum re csv io uuid html
    html.entities urllib urllib.parse string textwrap unicodedata hashlib
    secrets zipfile asyncio typing traceback weakref copy pprint
    contextlib functools itertools operator collections collections.abc
    """
)

# Never shipped: developer tools, and features the tools don't use, that the kept modules
# only import lazily (inside a function). The closure checks it: one of these imported at
# module level by a kept module is an error.
NEVER = frozenset(
    _words(
        """
        _pyrepl pdb bdb pydoc pydoc_data doctest unittest idlelib tkinter turtle turtledemo
        lib2to3 ensurepip venv test curses cProfile profile pstats timeit trace tabnanny
        code pyodide.console pyodide._nodesock_transport multiprocessing xmlrpc wsgiref
        concurrent.futures.process concurrent.futures.interpreter concurrent.interpreters
        http.server sqlite3 dbm mailbox imaplib smtplib poplib ftplib nntplib telnetlib
        webbrowser __phello__ __hello__ antigravity this
        # reached only through lazy imports of features the tools do not use
        email importlib.metadata urllib.request urllib.response urllib.error http.client
        http.cookiejar http.cookies tarfile argparse pickle statistics ctypes plistlib
        getopt optparse tracemalloc
        """
    )
)


# Imported only where `sys.platform == "win32"` (asyncio picks its event loop by platform;
# the scan reads that `if` as any other): never on the runtime's emscripten. Left out
# without the check NEVER gets; asyncio's proactor loop goes with them (only they import it).
WINDOWS_ONLY = frozenset({"asyncio.windows_events", "asyncio.windows_utils"})


def _within(name: str, modules: frozenset[str]) -> bool:
    """`name` is one of `modules` or inside one of them (a submodule, or a name it defines)."""
    return any(name == n or name.startswith(n + ".") for n in modules)


def scan_imports(source: str, package: str) -> tuple[set[str], set[str]]:
    """The modules a source imports: (at module level, inside a function).

    Read with `tokenize`, not `ast`: the zip's sources are for a newer Python than the one
    building the site (t-strings, `except A, B:`, nested f-string quotes), which `ast` of
    an older interpreter cannot parse but its tokenizer reads well enough for imports. A
    module-level import inside `try`/`if` counts as module level; the body of an
    `if TYPE_CHECKING:` or `if __name__ == "__main__":` block is never imported here."""
    eager: set[str] = set()
    lazy: set[str] = set()
    blocks: list[str] = []  # kind of each open indented block: def / class / skip / other
    pending = "other"
    line: list[tokenize.TokenInfo] = []
    skip = {tokenize.NL, tokenize.COMMENT, tokenize.ENCODING}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.INDENT:
            blocks.append(pending)
        elif tok.type == tokenize.DEDENT:
            blocks.pop()
        elif tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            words = [t.string for t in line if t.type != tokenize.INDENT]
            line = []
            if not words:
                continue
            pending = _block_kind(words)
            if "skip" in blocks:
                continue
            found = _imported(words, package)
            (lazy if "def" in blocks else eager).update(found)
        elif tok.type not in skip:
            line.append(tok)
    return eager, lazy


def _block_kind(words: list[str]) -> str:
    if words[0] == "def" or words[:2] == ["async", "def"]:
        return "def"
    if words[0] == "class":
        return "class"
    if words[:2] == ["if", "TYPE_CHECKING"] or words[:4] == ["if", "typing", ".", "TYPE_CHECKING"]:
        return "skip"
    if words[:3] == ["if", "__name__", "=="] and words[3].strip("'\"") == "__main__":
        return "skip"
    return "other"


def _dotted(words: list[str]) -> list[str]:
    """`a . b as c , d` -> [a.b, d] (parentheses ignored)."""
    names: list[str] = []
    current = ""
    skip_next = False
    for word in words:
        if skip_next:
            skip_next = False
        elif word == "as":
            skip_next = True
        elif word == ",":
            names.append(current)
            current = ""
        elif word not in ("(", ")"):
            current += word
    names.append(current)
    return [n for n in names if n]


def _imported(words: list[str], package: str) -> set[str]:
    if words[0] == "import":
        return set(_dotted(words[1:]))
    if words[0] != "from" or "import" not in words:
        return set()
    at = words.index("import")
    module = "".join(words[1:at])
    level = len(module) - len(module.lstrip("."))
    base = _absolute(module.lstrip("."), level, package)
    return {base} | {f"{base}.{name}" for name in _dotted(words[at + 1 :]) if name != "*"}


def _absolute(module: str, level: int, package: str) -> str:
    if level == 0:
        return module
    parts = package.split(".")
    if level > 1:
        parts = parts[: -(level - 1)]
    return ".".join([*parts, module] if module else parts)


class Stdlib:
    """The modules inside a `python_stdlib.zip`, by dotted name."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.files: dict[str, str] = {}  # module name -> its .py inside the zip
        self.packages: set[str] = set()
        for name in archive.namelist():
            if not name.endswith(".py"):
                continue
            parts = name[: -len(".py")].split("/")
            if parts[-1] == "__init__":
                parts.pop()
                self.packages.add(".".join(parts))
            self.files[".".join(parts)] = name

    def imports_of(self, module: str) -> tuple[set[str], set[str]]:
        source = self.archive.read(self.files[module]).decode("utf-8")
        package = module if module in self.packages else module.rpartition(".")[0]
        return scan_imports(source, package)

    def closure(self, roots: Iterable[str]) -> set[str]:
        """Every module in the zip that the roots import, transitively, with their packages.

        Lazy imports (inside functions) are followed too, except into `NEVER`; a module in
        `NEVER` imported at module level by a kept module is an error in the lists."""
        seen: set[str] = set()
        errors: list[str] = []
        todo = [(name, "") for name in roots]
        while todo:
            name, importer = todo.pop()
            if _within(name, WINDOWS_ONLY):
                continue
            if _within(name, NEVER):
                if importer:
                    errors.append(f"{importer} imports {name} at module level")
                continue
            parts = name.split(".")
            for i in range(1, len(parts) + 1):  # importing a.b.c runs a and a.b first
                prefix = ".".join(parts[:i])
                if prefix in self.files and prefix not in seen:
                    seen.add(prefix)
                    eager, lazy = self.imports_of(prefix)
                    todo.extend((n, prefix) for n in eager)
                    todo.extend((n, "") for n in lazy)
        if errors:
            raise ValueError("Kept modules need modules in NEVER: " + "; ".join(sorted(errors)))
        return seen


def followup_imports(package_dir: Path) -> set[str]:
    """Every module `followup`'s sources name in an import, at any depth (a function too)."""
    found: set[str] = set()
    for path in sorted(package_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] != "followup"}


def needed_modules(stdlib: Stdlib, package_dir: Path) -> set[str]:
    roots = {*PYODIDE_STARTUP, *RUNTIME, *followup_imports(package_dir)}
    # Pyodide's own Python (the `pyodide` and `_pyodide` packages) stays whole.
    roots.update(name for name in stdlib.files if name.split(".")[0] in ("pyodide", "_pyodide"))
    return stdlib.closure(roots)


def trim(source: Path, target: Path, package_dir: Path) -> list[str]:
    """Write `target`: `source` with only the needed modules. Returns the kept file names.

    Entries keep their order, compression and timestamps; directory entries and the
    non-Python files of kept packages (`py.typed`, READMEs) are kept too."""
    with zipfile.ZipFile(source) as archive:
        stdlib = Stdlib(archive)
        needed = needed_modules(stdlib, package_dir)
        keep_files = {stdlib.files[name] for name in needed}
        kept_dirs = {f.rpartition("/")[0] + "/" for f in keep_files if "/" in f}
        kept: list[str] = []
        with zipfile.ZipFile(target, "w") as out:
            for info in archive.infolist():
                name = info.filename
                folder = name.rpartition("/")[0] + "/"
                if name.endswith("/"):
                    keep = name in kept_dirs
                elif name.endswith(".py"):
                    keep = name in keep_files
                else:  # py.typed, README... of a kept package
                    keep = folder in kept_dirs
                if keep:
                    # Stored, not deflated: the server's gzip over the whole archive is
                    # smaller (1.04 MB -> 0.97 MB: it sees across files) and imports skip
                    # inflating each module.
                    out.writestr(info, archive.read(info), compress_type=zipfile.ZIP_STORED)
                    kept.append(name)
    return kept
