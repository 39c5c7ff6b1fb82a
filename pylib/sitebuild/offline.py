"""MkDocs hook: the tools start fast on every return, the site works offline, and a deploy
never mixes with another.

Runs after `hooks.py` has put the tools' scripts, the runtime, the wheel and the CSP into the
tools' placeholder folder of `site/`:

- writes the runtime's lock header into the tools' worker script, so `loadPyodide` gets it
  inline instead of fetching `pyodide-lock.json`;
- names the tools' folder by a hash of everything in it (`assets/herramientas/<hash>/`) and
  points every page at it: a page of one deploy can only ever load the scripts, the runtime
  and the wheel it was built with — a page of an older deploy asks for its own folder, which
  a newer deploy no longer has (`make publish` keeps the previous one), never for newer files
  under its old address;
- writes `site/sw.js`, the service worker (template: `service-worker.js` beside this file),
  with the precache lists of this build and each file's content hash (it refuses a file
  whose content is not the one listed), and a version that is a hash of them all, so a new
  deploy replaces the old cache as a whole. Under `mkdocs serve` the lists are empty:
  nothing is cached, so live reload always shows the current files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from sitebuild.hooks import TOOLS_PLACEHOLDER, minimal_lock

TEMPLATE = Path(__file__).with_name("service-worker.js")
TOOLS_DIR = "assets/herramientas/"
LOCK_MARKER = '"__STC_PYODIDE_LOCK__"'
# Material ships lunr for 30 languages and two word segmenters; Spanish search loads these.
LUNR_USED = {"lunr.stemmer.support.min.js", "lunr.es.min.js", "lunr.multi.min.js"}
NOT_CACHED = {"sw.js", "_headers"}

SERVING = False


def on_startup(command: str, dirty: bool) -> None:
    global SERVING
    SERVING = command == "serve"


def url_of(relative: str) -> str:
    """The URL a file is requested by: directory URLs for pages."""
    if relative == "index.html":
        return "./"
    if relative.endswith("/index.html"):
        return relative.removesuffix("index.html")
    return relative


def wanted(relative: str) -> bool:
    name = relative.rsplit("/", 1)[-1]
    # A .br or .gz twin is sent by the server in place of its original, never asked for by name.
    if relative in NOT_CACHED or name.endswith((".map", ".gz", ".br")):
        return False
    # tinyseg.js and wordcut.js segment Japanese and Thai: never loaded for Spanish.
    return not ("/javascripts/lunr/" in f"/{relative}" and name not in LUNR_USED)


def is_runtime(relative: str) -> bool:
    """The tools' runtime (Pyodide, the standard library, the wheel): cached only once a
    tool page has been opened (Save-Data readers of the guide never download it)."""
    return relative.startswith(TOOLS_DIR) and "/pyodide/" in relative


def content_hash(folder: Path) -> str:
    """A hash of every file in folder: names and bytes."""
    hashed = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        hashed.update(path.relative_to(folder).as_posix().encode() + b"\0")
        hashed.update(hashlib.sha256(path.read_bytes()).digest())
    return hashed.hexdigest()[:16]


def name_tools_folder(site: Path) -> str:
    """Rename the placeholder folder after its content and point the pages at it."""
    pending = site / TOOLS_PLACEHOLDER
    name = content_hash(pending)
    final = site / TOOLS_DIR / name
    for older in (site / TOOLS_DIR).iterdir():  # `mkdocs serve` rebuilds into the same site/
        if older != pending:
            shutil.rmtree(older)
    pending.rename(final)
    target = f"{TOOLS_DIR}{name}/"
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if TOOLS_PLACEHOLDER in text:
            page.write_text(text.replace(TOOLS_PLACEHOLDER, target), encoding="utf-8")
    return target


def manifest(site: Path) -> tuple[list[list[str]], list[list[str]]]:
    """([url, hash] of the guide, [url, hash] of the tools' runtime), sorted."""
    guide: list[list[str]] = []
    runtime: list[list[str]] = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = path.relative_to(site).as_posix()
        if not wanted(relative):
            continue
        entry = [url_of(relative), hashlib.sha256(path.read_bytes()).hexdigest()[:16]]
        (runtime if is_runtime(relative) else guide).append(entry)
    return guide, runtime


def service_worker(guide: list[list[str]], runtime: list[list[str]]) -> str:
    version = hashlib.sha256(json.dumps([guide, runtime]).encode()).hexdigest()[:16]
    text = TEMPLATE.read_text(encoding="utf-8")
    for marker, value in (
        ('"__STC_VERSION__"', json.dumps(version)),
        ("__STC_GUIDE__", json.dumps(guide)),
        ("__STC_RUNTIME__", json.dumps(runtime)),
    ):
        text = text.replace(marker, value)
    return text


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    worker = site / TOOLS_PLACEHOLDER / "herramientas-worker.js"
    worker.write_text(
        worker.read_text(encoding="utf-8").replace(LOCK_MARKER, json.dumps(minimal_lock())),
        encoding="utf-8",
    )
    name_tools_folder(site)
    guide, runtime = ([], []) if SERVING else manifest(site)
    (site / "sw.js").write_text(service_worker(guide, runtime), encoding="utf-8")
