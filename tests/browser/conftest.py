"""The built site served on 127.0.0.1, and pages that refuse to talk to any other host."""

from __future__ import annotations

import functools
import os
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


def build_and_serve(site_dir: Path) -> tuple[str, ThreadingHTTPServer]:
    """Build the site for the port it will be served on, then serve it on 127.0.0.1.

    Material's instant navigation only takes over links whose host and port match the
    sitemap's, which come from site_url: a site built for :8000 served on another port
    would silently fall back to full page loads."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), QuietHandler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "SITE_URL": base},
    )
    server.RequestHandlerClass = functools.partial(QuietHandler, directory=str(site_dir))  # type: ignore[assignment]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return base, server


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base, server = build_and_serve(tmp_path_factory.mktemp("site"))
    yield base
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
