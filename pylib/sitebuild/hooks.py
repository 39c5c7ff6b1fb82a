"""MkDocs hooks: make the built site self-contained.

`on_config` stamps the version of the `followup` sources (the wheel's cache key);
`on_post_build` drops one start-up rule from Material's palette stylesheet and makes its
palette script reuse the head's color-scheme element and its instant navigation resolve the
page's addresses only when it first follows a link (`sitebuild.material_startup`), moves
the tools' scripts, builds the `followup` wheel and copies the pinned Pyodide runtime from
`node_modules/pyodide` into the tools' folder (`sitebuild.offline` names it by its content),
so the site loads nothing from another host. The
runtime's standard library is trimmed to what Pyodide and `followup` import
(`sitebuild.stdlib_trim`) and compiled to bytecode (`sitebuild.stdlib_bytecode`), its lock
file cut to the header `loadPyodide` checks, and the site's large files get brotli and gzip
twins for nginx (`sitebuild.precompress`). Then every
page gets the strict Content Security Policy (`sitebuild.csp`) and the site a `_headers` file
(`sitebuild.serving`). `STC_PUBLISH=1` (`make publish`) refuses a build for 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pylib" / "followup"
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# Only what loadPyodide() fetches at start; the npm package also ships consoles, maps, types.
# python_stdlib.zip (trimmed) and pyodide-lock.json (cut down) are written, not copied.
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
)
WHEEL_NAME = "followup-0.1.0-py3-none-any.whl"
CACHE = ROOT / ".cache" / "wheel"
# The tools' scripts, as MkDocs copies them from docs/assets/: moved into the tools' folder.
SCRIPTS = (
    "herramientas.js",
    "herramientas-worker.js",
    "herramientas-guardado.js",
    "herramientas-compilar.js",
)
# Everything the tools load lives in one folder named by a hash of its content
# (sitebuild.offline names it once it is complete); pages point at this placeholder until then.
TOOLS_PLACEHOLDER = "assets/herramientas/_/"


def digest(paths: list[Path]) -> str:
    hashed = hashlib.sha256()
    for path in paths:
        hashed.update(path.relative_to(ROOT).as_posix().encode())
        hashed.update(path.read_bytes())
    return hashed.hexdigest()[:12]


BYTECODE_MAKERS = [
    ROOT / "pylib" / "sitebuild" / "stdlib_bytecode.py",
    ROOT / "pylib" / "sitebuild" / "stdlib_bytecode.mjs",
]


def package_files() -> list[Path]:
    """What makes the wheel (its sources, and the bytecode compiler it ships through): it
    is rebuilt only when one of these changes."""
    return [*sorted(PACKAGE.rglob("*.py")), ROOT / "pyproject.toml", *BYTECODE_MAKERS]


SERVING = False  # `mkdocs serve`: its live-reload script is inline, so no CSP <meta> there


def on_startup(command: str, dirty: bool) -> None:
    global SERVING
    SERVING = command == "serve"


# The runtime's large files, in the order the page counts them (`herramientas.js`).
RUNTIME_LARGE = ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs", WHEEL_NAME)


RUNTIME_MARKER = '"__STC_RUNTIME_FILES__"'


def runtime_files(runtime: Path) -> str:
    """[[path from the tools' folder, bytes as brotli], ...] of the large runtime files, for
    the bridge's progress line (it counts each file, as the server sends it, once the worker
    has all of it)."""
    sizes = [[f"pyodide/{name}", brotli_size(runtime / name)] for name in RUNTIME_LARGE]
    return json.dumps(sizes)


def brotli_size(path: Path) -> int:
    twin = path.with_name(path.name + ".br")
    return twin.stat().st_size if twin.exists() else path.stat().st_size


def on_config(config: Any) -> Any:
    config.extra["stc_wheel"] = digest(package_files())
    config.extra["stc_tools"] = TOOLS_PLACEHOLDER
    return config


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Point the prerendered tools' links at the site root, relative to this page; mark the
    pages that hold a tool (their <head> starts the tools' worker, overrides/main.html)."""
    from sitebuild.tool_blocks import BASE_MARKER

    if "data-stc-tool=" in html:
        page.meta["stc_tools"] = True
    return html.replace(BASE_MARKER, "../" * page.url.count("/"))


def build_wheel(version: str) -> Path:
    """The `py3-none-any` wheel, with the package as bytecode of the runtime's Python
    (`sitebuild.stdlib_bytecode.compile_wheel`), rebuilt only when the sources changed
    (live reload stays fast)."""
    from sitebuild import stdlib_bytecode

    cached = CACHE / version / WHEEL_NAME
    if cached.exists():
        return cached
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise SystemExit(f"Building the followup wheel failed:\n{result.stdout}{result.stderr}")
        built = Path(tmp) / WHEEL_NAME
        compiled = Path(tmp) / "compiled.whl"
        stdlib_bytecode.to_bytecode(built, compiled, PYODIDE_NPM, kind="wheel")
        shutil.rmtree(CACHE, ignore_errors=True)
        cached.parent.mkdir(parents=True)
        shutil.copy2(compiled, cached)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    return cached


def trimmed_stdlib() -> Path:
    """python_stdlib.zip with only what Pyodide's start and `followup` import, compiled to
    bytecode by the runtime's Python (cached: compiling starts Pyodide under Node, ≈ 3 s)."""
    from sitebuild import stdlib_bytecode, stdlib_trim

    makers = [Path(m.__file__ or "") for m in (stdlib_trim, stdlib_bytecode)]
    makers.append(makers[-1].with_suffix(".mjs"))
    version = digest([*package_files(), PYODIDE_NPM / "package.json", *makers])
    cached = ROOT / ".cache" / "stdlib" / version / "python_stdlib.zip"
    if not cached.exists():
        # Builds run side by side (tests, `make serve`): write aside, then rename atomically;
        # drop only versions nobody has written for a while.
        for old in cached.parents[1].glob("*"):
            if old.name != version and time.time() - old.stat().st_mtime > 600:
                shutil.rmtree(old, ignore_errors=True)
        cached.parent.mkdir(parents=True, exist_ok=True)
        sources = cached.with_name(f"sources.{os.getpid()}.part")
        partial = cached.with_name(f"python_stdlib.{os.getpid()}.part")
        stdlib_trim.trim(PYODIDE_NPM / "python_stdlib.zip", sources, PACKAGE)
        stdlib_bytecode.to_bytecode(sources, partial, PYODIDE_NPM)
        sources.unlink()
        os.replace(partial, cached)
    return cached


def minimal_lock() -> str:
    """The lock file without its 357 packages (the site installs none from it): loadPyodide
    only checks `info.abi_version`. Workers pass the same object as `lockFileContents`."""
    info = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    return json.dumps({"info": info, "packages": {}}, separators=(",", ":"))


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    from sitebuild import csp, material_startup, precompress, serving

    if os.environ.get("STC_PUBLISH") and serving.is_local(config["site_url"]):
        raise SystemExit(
            f"A build to publish must not keep site_url = {config['site_url']}: instant "
            "navigation would fall back to full page loads and restart Pyodide on every click. "
            "Run `SITE_URL=https://your.host/ make publish`."
        )
    material_startup.drop_switching_rule(site)  # before the twins and the offline hashes
    material_startup.patch_bundle(site)
    tools = site / TOOLS_PLACEHOLDER
    runtime = tools / "pyodide"
    runtime.mkdir(parents=True, exist_ok=True)
    for name in SCRIPTS:
        shutil.move(site / "assets" / name, tools / name)
    if not PYODIDE_NPM.is_dir():
        raise SystemExit("node_modules/pyodide is missing: run `make build` (it runs `npm ci`).")
    for name in RUNTIME_FILES:
        shutil.copy2(PYODIDE_NPM / name, runtime / name)
    shutil.copy2(trimmed_stdlib(), runtime / "python_stdlib.zip")
    (runtime / "pyodide-lock.json").write_text(minimal_lock(), encoding="utf-8")
    shutil.copy2(build_wheel(config.extra["stc_wheel"]), runtime / WHEEL_NAME)
    precompress.write_twins(site, ROOT / ".cache" / "twins")
    loader = tools / "herramientas.js"
    text = loader.read_text(encoding="utf-8")
    loader.write_text(text.replace(RUNTIME_MARKER, runtime_files(runtime)), encoding="utf-8")
    if not SERVING:
        policy = csp.apply_to_site(site)
        (site / "_headers").write_text(serving.headers_file(policy, config["site_url"]), "utf-8")
