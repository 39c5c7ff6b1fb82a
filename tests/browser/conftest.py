"""The built site served on 127.0.0.1, and pages that refuse to talk to any other host."""

from __future__ import annotations

import getpass
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

ROOT = Path(__file__).resolve().parents[2]
READY = "[data-stc-tool][data-mounted='yes']"
# A visible change the reader waits for comes within seconds, more on a machine busy with
# other work: assertions wait up to 20 s for it (Playwright's default is 5 s).
expect.set_options(timeout=20_000)


NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


class Nginx:
    """Debian's nginx serving one built site with deploy/nginx.conf. Started as a daemon: the
    command returns once nginx listens (it opens its sockets before it forks), so nothing
    waits on a clock. `root`: the served folder when it is a symlink switched between
    releases (sitebuild.publish)."""

    def __init__(
        self,
        site_dir: Path,
        port: int,
        root: Path | None = None,
        template: Path | None = None,
    ) -> None:
        from sitebuild.serving import NGINX_TEMPLATE, render_nginx

        if not Path(NGINX).exists():
            raise RuntimeError("nginx is missing: `make test` installs it (apt-get install nginx)")
        self.prefix = Path(tempfile.mkdtemp(prefix="stc-nginx-"))
        (self.prefix / "tmp").mkdir()
        self.conf = self.prefix / "nginx.conf"
        # As root, the workers would switch to www-data, which can't read pytest's 0700 folders.
        user = "root" if os.geteuid() == 0 else getpass.getuser()
        text = render_nginx(
            site_dir,
            listen=f"127.0.0.1:{port}",
            user=user,
            root=root,
            template=template or NGINX_TEMPLATE,
        )
        self.conf.write_text(text, "utf-8")
        self.log = self.prefix / "error.log"
        # Output to a file, not a pipe: the daemon keeps the parent's stderr open.
        with (self.prefix / "start.log").open("wb") as output:
            started = subprocess.run(
                [*self.command(), "-g", "daemon on;"], stdout=output, stderr=output, timeout=30
            )
        if started.returncode != 0:
            said = (self.prefix / "start.log").read_text(errors="replace")
            shutil.rmtree(self.prefix, ignore_errors=True)
            raise RuntimeError(f"nginx did not start:\n{said}")

    def command(self) -> list[str]:
        return [NGINX, "-p", str(self.prefix), "-e", str(self.log), "-c", str(self.conf)]

    def shutdown(self) -> None:
        subprocess.run([*self.command(), "-s", "stop"], capture_output=True, timeout=30)
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
    expect(page.locator(".md-search-result__meta")).to_contain_text("Teclee", timeout=30_000)
    page.locator(".md-search__input").press_sequentially(text)


# --- waiting for what the reader waits for (never a fixed sleep) -------------------------


def wait_until(page: Page, predicate: str, arg: Any = None, timeout_ms: int = 30_000) -> Any:
    """The truthy value of `predicate` (JS source of a function of `arg`, maybe async, or of
    an expression) once it has one, checked inside the page on every frame (a background tab
    gets no frames: on every timer tick there). Evaluated through the DevTools protocol, so
    the site's CSP, which refuses eval and with it Playwright's wait_for_function, does not
    apply."""
    value = page.evaluate(
        f"""async ([arg, timeout]) => {{
          const source = () => ({predicate});
          const first = source();
          const check = typeof first === "function" ? first : source;
          const end = performance.now() + timeout;
          for (;;) {{
            const value = await check(arg);
            if (value) return value;
            if (performance.now() > end) return null;
            await new Promise((next) =>
              document.hidden ? setTimeout(next, 50) : requestAnimationFrame(() => next()));
          }}
        }}""",
        [arg, timeout_ms],
    )
    assert value, f"timed out waiting for {predicate} ({arg!r})"
    return value


def wait_saved(page: Page, condition: str) -> Any:
    """The stored case log once `condition` (JS, of `doc`) holds on it: the save the reader
    expects (debounced, or merged with another tab's) has reached storage."""
    raw = wait_until(
        page,
        f"""() => {{
          const raw = localStorage.getItem("sigue-tu-caso");
          try {{
            const doc = raw && JSON.parse(raw);
            return doc && ({condition}) ? raw : null;
          }} catch {{
            return null;  // not there yet (no case, no such field)
          }}
        }}""",
    )
    return json.loads(raw)


def settled(page: Page) -> None:
    """The tools have answered everything sent so far and written every pending save: what
    a reader sees once the tool has caught up with their typing."""
    wait_until(
        page,
        """() => {
          const app = globalThis.__sigueTuCaso;
          return app && app.ready && app.replies.length === 0 && app.saver?.state.saves.size === 0;
        }""",
    )


def flush_events(page: Page) -> None:
    """Events the page has queued (CSP reports, observers) are dispatched: one task and one
    frame go by inside the page."""
    page.evaluate(
        "() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => done()), 0))"
    )


NEXT = "Siguiente"
OTHER_PROBLEM = "Otro problema"


def wizard_to_the_dates(page: Page, situation: str = OTHER_PROBLEM) -> None:
    """«¿Qué pasó?» and «¿Dónde…?», as a reader with a general problem answers them: the
    next question is the opening date («Pregunta 3 de 10»)."""
    page.get_by_label(situation).check()
    page.get_by_role("button", name=NEXT).click()
    page.get_by_role("button", name=NEXT).click()  # country and sector can wait
