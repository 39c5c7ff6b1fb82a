"""MkDocs hook: the tools start fast on every return and the site works offline.

Runs after `hooks.py` has put the runtime, the wheel and the CSP into `site/`:

- writes the runtime's lock header into the tools' worker script, so `loadPyodide` gets it
  inline instead of fetching `pyodide-lock.json`;
- writes `site/sw.js`, the service worker (template: `service-worker.js` beside this file),
  with the precache lists of this build and a version that is a hash of every file's
  content, so a new deploy replaces the old cache as a whole. Under `mkdocs serve` the lists
  are empty: nothing is cached, so live reload always shows the current files.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sitebuild.hooks import minimal_lock

TEMPLATE = Path(__file__).with_name("service-worker.js")
WORKER_SCRIPT = Path("assets") / "herramientas-worker.js"
LOCK_MARKER = '"__STC_PYODIDE_LOCK__"'
# Cached only once a reader has opened a tool page (Save-Data readers of the guide never
# download it).
RUNTIME_DIR = "assets/pyodide/"
# Material ships lunr for 30 languages and two word segmenters; Spanish search loads these.
LUNR_USED = {"lunr.stemmer.support.min.js", "lunr.es.min.js", "lunr.multi.min.js"}
NOT_CACHED = {"sw.js", "_headers"}
# Requested with the build's ?v=, and cached under that exact URL: a module's
# import.meta.url is the URL of the response, and the scripts read their version from it.
VERSIONED = {
    "assets/herramientas.js",
    "assets/herramientas-worker.js",
    "assets/pyodide/followup-0.1.0-py3-none-any.whl",
}

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


def manifest(site: Path, version: str) -> tuple[list[list[str]], list[list[str]]]:
    """([url, hash] of the guide, [url, hash] of the tools' runtime), sorted."""
    guide: list[list[str]] = []
    runtime: list[list[str]] = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = path.relative_to(site).as_posix()
        if not wanted(relative):
            continue
        url = f"{relative}?v={version}" if relative in VERSIONED else url_of(relative)
        entry = [url, hashlib.sha256(path.read_bytes()).hexdigest()[:16]]
        (runtime if relative.startswith(RUNTIME_DIR) else guide).append(entry)
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
    worker = site / WORKER_SCRIPT
    worker.write_text(
        worker.read_text(encoding="utf-8").replace(LOCK_MARKER, json.dumps(minimal_lock())),
        encoding="utf-8",
    )
    guide, runtime = ([], []) if SERVING else manifest(site, config.extra["stc_version"])
    (site / "sw.js").write_text(service_worker(guide, runtime), encoding="utf-8")
