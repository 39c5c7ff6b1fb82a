"""The built site served on 127.0.0.1, and pages that refuse to talk to any other host."""

from __future__ import annotations

import functools
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from playwright.sync_api import BrowserContext, Page, Route

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
READY = "[data-stc-tool][data-mounted='yes']"


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".json": "application/json",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def site_root() -> Path:
    if not (SITE / "index.html").exists():
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=ROOT, check=True)
    return SITE


@pytest.fixture(scope="session")
def base_url(site_root: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site_root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class Traffic:
    """Every request a page made; anything not on 127.0.0.1 is aborted and remembered."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.blocked: list[str] = []

    def handle(self, route: Route) -> None:
        url = route.request.url
        self.urls.append(url)
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def count(self, suffix: str) -> int:
        return sum(1 for u in self.urls if u.split("?")[0].endswith(suffix))


@pytest.fixture
def traffic(context: BrowserContext) -> Traffic:
    record = Traffic()
    context.route("**/*", record.handle)
    return record


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "locale": "es-ES", "accept_downloads": True}


@pytest.fixture
def open_tool(page: Page, base_url: str, traffic: Traffic) -> Any:
    """Open a page and wait until its tool is mounted by Pyodide."""

    def go(path: str) -> Page:
        page.goto(base_url + path)
        page.wait_for_selector(READY, timeout=60_000)
        return page

    return go
