"""MkDocs hooks: make the built site self-contained.

`on_config` stamps versions (hashes of the `followup` sources and of the loader) that bust
caches; `on_post_build` builds the `followup` wheel and copies the pinned Pyodide runtime from
`node_modules/pyodide` into `site/assets/`, so the site loads nothing from another host.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pylib" / "followup"
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# Only what loadPyodide() fetches at start; the npm package also ships consoles, maps, types.
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
WHEEL_NAME = "followup-0.1.0-py3-none-any.whl"
CACHE = ROOT / ".cache" / "wheel"
LOADER = ROOT / "docs" / "assets" / "herramientas.js"


def digest(paths: list[Path]) -> str:
    hashed = hashlib.sha256()
    for path in paths:
        hashed.update(path.relative_to(ROOT).as_posix().encode())
        hashed.update(path.read_bytes())
    return hashed.hexdigest()[:12]


def package_files() -> list[Path]:
    """What goes into the wheel: it is rebuilt only when one of these changes."""
    return [*sorted(PACKAGE.rglob("*.py")), ROOT / "pyproject.toml"]


def on_config(config: Any) -> Any:
    # The loader's ?v= also versions the wheel URL, so it covers the package and the loader.
    config.extra["stc_wheel"] = digest(package_files())
    config.extra["stc_version"] = digest([*package_files(), LOADER])
    return config


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Point the prerendered tools' links at the site root, relative to this page."""
    from sitebuild.tool_blocks import BASE_MARKER

    return html.replace(BASE_MARKER, "../" * page.url.count("/"))


def build_wheel(version: str) -> Path:
    """The `py3-none-any` wheel, rebuilt only when the sources changed (live reload stays fast)."""
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
        shutil.rmtree(CACHE, ignore_errors=True)
        cached.parent.mkdir(parents=True)
        shutil.copy2(built, cached)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    return cached


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    runtime = site / "assets" / "pyodide"
    runtime.mkdir(parents=True, exist_ok=True)
    if not PYODIDE_NPM.is_dir():
        raise SystemExit("node_modules/pyodide is missing: run `make build` (it runs `npm ci`).")
    for name in RUNTIME_FILES:
        shutil.copy2(PYODIDE_NPM / name, runtime / name)
    shutil.copy2(build_wheel(config.extra["stc_wheel"]), runtime / WHEEL_NAME)
