"""The built site served on 127.0.0.1, and pages that refuse to talk to any other host."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route

ROOT = Path(__file__).resolve().parents[2]
READY = "[data-stc-tool][data-mounted='yes']"


NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


class Nginx:
    """Debian's nginx in the foreground, serving one built site with deploy/nginx.conf."""

    def __init__(self, site_dir: Path, port: int, template: Path | None = None) -> None:
        from sitebuild.serving import NGINX_TEMPLATE, render_nginx

        if not Path(NGINX).exists():
            raise RuntimeError("nginx is missing: `make test` installs it (apt-get install nginx)")
        self.prefix = Path(tempfile.mkdtemp(prefix="stc-nginx-"))
        (self.prefix / "tmp").mkdir()
        conf = self.prefix / "nginx.conf"
        # As root, the workers would switch to www-data, which can't read pytest's 0700 folders.
        user = "root" if os.geteuid() == 0 else getpass.getuser()
        listen = f"127.0.0.1:{port}"
        template = template or NGINX_TEMPLATE
        config = render_nginx(site_dir, listen=listen, user=user, template=template)
        conf.write_text(config, "utf-8")
        self.log = (self.prefix / "error.log").open("wb")
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.prefix), "-e", "stderr", "-c", str(conf), "-g", "daemon off;"],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.shutdown()
                    log = (self.prefix / "error.log").read_text(errors="replace")
                    raise RuntimeError(f"nginx did not start:\n{log}") from None
                time.sleep(0.05)

    def shutdown(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: nginx's fast shutdown
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.prefix, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_and_serve(site_dir: Path) -> tuple[str, Nginx]:
    """Build the site for the port it will be served on, then serve it on 127.0.0.1 with
    nginx and the shipped configuration (deploy/nginx.conf): what is tested is what readers get.

    Material's instant navigation only takes over links whose host and port match the
    sitemap's, which come from site_url: a site built for :8000 served on another port
    would silently fall back to full page loads."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "SITE_URL": base},
    )
    return base, Nginx(site_dir, port)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base, server = build_and_serve(tmp_path_factory.mktemp("site"))
    yield base
    server.shutdown()


class Traffic:
    """Every request a page made; anything not on 127.0.0.1 is aborted and remembered."""

    def __init__(self) -> None:
        self.urls: list[str] = []  # what pages and their workers asked for
        self.cached: list[str] = []  # what the service worker fetched to keep offline
        self.blocked: list[str] = []

    def handle(self, route: Route) -> None:
        url = route.request.url
        (self.cached if route.request.service_worker else self.urls).append(url)
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def count(self, suffix: str, *, by_service_worker: bool = False) -> int:
        urls = self.cached if by_service_worker else self.urls
        return sum(1 for u in urls if u.split("?")[0].endswith(suffix))


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


def follow_link(page: Page, url: str) -> None:
    """Click a link to url, as one in the guide's text: Material's instant navigation swaps
    the page's content and the tools' worker keeps running (one start for the visit).
    Returns once the new content is in place (its tools are not necessarily ready)."""
    page.evaluate(
        """url => {
          document.querySelector("[data-md-component=container]").dataset.stcLeft = "yes";
          const link = Object.assign(document.createElement("a"), {href: url});
          document.body.append(link);
          link.click();
          link.remove();
        }""",
        url,
    )
    page.wait_for_selector("[data-md-component=container]:not([data-stc-left])", state="attached")
    # Material's anchor tracking may already have added the heading in view (#...).
    page.wait_for_url(lambda now: now.split("#")[0] == url)


def search_for(page: Page, text: str) -> None:
    """Type into Material's open search once its index is loaded: typed earlier, a query can
    stay unanswered ("Inicializando búsqueda" turns into the placeholder when it is ready)."""
    meta = page.locator(".md-search-result__meta")
    for _ in range(60):
        if "Teclee" in meta.inner_text():
            break
        page.wait_for_timeout(500)
    page.locator(".md-search__input").press_sequentially(text)


NEXT = "Siguiente"
OTHER_PROBLEM = "Otro problema"


def wizard_to_the_dates(page: Page, situation: str = OTHER_PROBLEM) -> None:
    """«¿Qué pasó?» and «¿Dónde…?», as a reader with a general problem answers them: the
    next question is the opening date («Pregunta 3 de 10»)."""
    page.get_by_label(situation).check()
    page.get_by_role("button", name=NEXT).click()
    page.get_by_role("button", name=NEXT).click()  # country and sector can wait
