"""The built site served on 127.0.0.1, and pages that refuse to talk to any other host."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Route,
    WebError,
    expect,
)

from tests.conftest import ROOT, Nginx, RunSite, build_site, free_port

__all__ = ["ROOT", "Nginx", "free_port"]  # for test_deploys and the benchmarks
READY = "[data-stc-tool][data-mounted='yes']"
# A table far from the screen is not laid out (content-visibility, accesibilidad.css) until a
# reader scrolls near it: what it looks like there is what a whole-page capture or a check of
# every element must see. Set through the CSSOM (the site's CSP refuses a <style>).
LAY_OUT_ALL = """() => {
  for (const el of document.querySelectorAll('.md-typeset__scrollwrap, .md-typeset table')) {
    el.style.contentVisibility = 'visible';
  }
}"""
# A visible change the reader waits for comes within seconds, more on a machine busy with
# other work: assertions wait up to 20 s for it (Playwright's default is 5 s).
expect.set_options(timeout=20_000)


def build_and_serve(site_dir: Path) -> tuple[str, Nginx]:
    """Build the site for the port it will be served on, then serve it on 127.0.0.1 with
    nginx and the shipped configuration (deploy/nginx.conf): what is tested is what readers
    get. For the benchmarks; the tests share the run's one site (`run_site`)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    build_site(site_dir, base)
    return base, Nginx(site_dir, port)


@pytest.fixture(scope="session")
def base_url(run_site: RunSite) -> str:
    return run_site.served()


class Traffic:
    """Every request a page made; anything not on 127.0.0.1 is aborted and remembered."""

    def __init__(self) -> None:
        self.urls: list[str] = []  # what pages and their workers asked for
        self.cached: list[str] = []  # what the service worker fetched to keep offline
        self.blocked: list[str] = []
        # Requests that failed and errors the pages logged, printed with a failing test.
        self.failures: list[str] = []

    def failed(self, request: Request) -> None:
        self.failures.append(f"{request.url} failed: {request.failure}")

    def logged(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.failures.append(f"console: {message.text[:300]}")

    def uncaught(self, error: WebError) -> None:
        self.failures.append(f"uncaught: {error.error}"[:300])

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
def traffic(context: BrowserContext) -> Iterator[Traffic]:
    record = Traffic()
    context.route("**/*", record.handle)
    # The returning reader's profile outlives the test: its listeners must not.
    listeners = {
        "requestfailed": record.failed,
        "console": record.logged,
        "weberror": record.uncaught,
    }
    for event, listener in listeners.items():
        context.on(event, listener)
    yield record
    for event, listener in listeners.items():
        context.remove_listener(event, listener)


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, **READER}


READER: dict[str, Any] = {"locale": "es-ES", "accept_downloads": True}
SNAPSHOTS = "sigue-tu-caso-snapshot"  # the Cache Storage the tools' worker keeps its snapshot in


# What each open tab's tools were doing when a test failed, printed with the failure: a tool
# that never became ready says there whether its worker started, its mount was sent, an
# answer is held (CI keeps no browser to look at afterwards).
TOOL_STATE = r"""() => {
  const app = globalThis.__sigueTuCaso ?? {};
  const tools = [...document.querySelectorAll("[data-stc-tool]")].map((tool) => ({
    tool: tool.dataset.stcTool, mounted: tool.dataset.mounted, state: tool.dataset.state,
    status: tool.querySelector("[data-stc-status]")?.textContent.trim().slice(0, 160),
  }));
  const stored = localStorage.getItem("sigue-tu-caso");
  // Which scripts the page fetched, how long each took and with what status (0: failed).
  const scripts = performance.getEntriesByType("resource")
    .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
    .map((e) => [e.name.split("/").pop(), Math.round(e.duration), e.responseStatus]);
  return {
    url: location.href, visibility: document.visibilityState, readyState: document.readyState,
    scripts,
    uptime_ms: Math.round(performance.now()),
    worker: Boolean(app.worker), ready: app.ready, start: app.start, watched: app.watched,
    posted: app.posted, answering: app.answering, replies: app.replies?.length,
    held: app.held?.length ?? null, tools, stored: stored && stored.slice(0, 600),
  };
}"""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    fixtures = getattr(item, "funcargs", {})
    context = fixtures.get("context")
    if report.failed and isinstance(context, BrowserContext):
        states = []
        for page in context.pages:
            try:
                state = page.evaluate(TOOL_STATE)
                states.append(state if state["tools"] else {"url": state["url"]})
            except Exception as error:  # a crashed or closing tab: say so, and go on
                states.append({"url": page.url, "unreadable": str(error)[:200]})
        report.sections.append(("tools in each open tab", json.dumps(states, indent=1)))
        record = fixtures.get("traffic")
        if isinstance(record, Traffic) and record.failures:
            report.sections.append(("failed requests and page errors", "\n".join(record.failures)))
    return report


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fresh_context: a test taking `open_tool` that needs a browser profile of its own "
        "(a first visit, or a change to the profile that can't be undone, e.g. an init script)",
    )


class ReturningReader:
    """The browser profile of a reader who has opened a tool page before: the service worker
    keeps the site, and the tools' worker has stored its start-up snapshot, so a tool page
    starts from it (about a second) instead of starting Python from nothing and then
    snapshotting and caching it (several seconds of both cores).

    Tests of what the tools do with what a reader types share it, one after another (per
    test process): each gets new tabs and an empty localStorage and sessionStorage, with no
    routes, permissions or offline mode left from the test before. What a first visit does
    (the start itself, downloads, the service worker's install) is tested in profiles of
    their own: tests that don't take `open_tool`, or are marked `fresh_context`."""

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.browser = browser
        self.base_url = base_url
        self.context: BrowserContext | None = None
        # A tab of the site's origin with no script of its own (no tool starts there), kept
        # open to empty the storage between tests: opening one per test cost ≈ 0.35 s.
        self.cleaner: Page | None = None

    def _warm(self) -> BrowserContext:
        context = self.browser.new_context(**READER, base_url=self.base_url)
        page = context.new_page()
        page.goto(self.base_url + "preparacion/")
        page.wait_for_selector(READY, timeout=90_000)
        status = page.locator("[data-stc-tool] [data-stc-status]")
        expect(status).to_contain_text("Listo para usar sin conexión", timeout=90_000)
        wait_until(
            page,
            f"() => caches.open('{SNAPSHOTS}').then((c) => c.keys()).then((k) => k.length > 0)",
            timeout_ms=90_000,
        )
        page.close()
        return context

    def next_test(self) -> BrowserContext:
        """The profile with nothing left of the previous test but the cached site and the
        snapshot."""
        if self.context is None:
            self.context = self._warm()
        context = self.context
        self.close_tabs()
        context.unroute_all(behavior="ignoreErrors")
        context.clear_permissions()
        context.clear_cookies()
        context.set_offline(False)
        if self.cleaner is None or self.cleaner.is_closed():
            self.cleaner = context.new_page()
            self.cleaner.goto(self.base_url + "sitemap.xml")
        # sessionStorage is per tab: each test's tabs are new, so theirs starts empty.
        left = self.cleaner.evaluate("() => { localStorage.clear(); return localStorage.length; }")
        assert left == 0, "the shared profile's storage did not empty"
        return context

    def close_tabs(self) -> None:
        """Close the tabs of the test that ran (their workers stop now)."""
        if self.context is not None:
            for page in list(self.context.pages):
                if page is not self.cleaner:
                    page.close()

    def close(self) -> None:
        if self.context is not None:
            self.context.close()
            self.context = None


@pytest.fixture(scope="session")
def returning_reader(browser: Browser, base_url: str) -> Iterator[ReturningReader]:
    reader = ReturningReader(browser, base_url)
    yield reader
    reader.close()


@pytest.fixture
def context(request: pytest.FixtureRequest, new_context: Any) -> Iterator[BrowserContext]:
    """pytest-playwright's new context per test; for a test that takes `open_tool`, the
    returning reader's profile (ReturningReader), unless it is marked `fresh_context`."""
    shared = bool({"open_tool", "returning_page"} & set(request.fixturenames))
    if not shared or request.node.get_closest_marker("fresh_context"):
        yield new_context()
        return
    reader: ReturningReader = request.getfixturevalue("returning_reader")
    try:
        yield reader.next_test()
    finally:
        reader.close_tabs()  # their workers stop now, not during the next test


@pytest.fixture
def returning_page(page: Page) -> Page:
    """A new tab in the returning reader's profile (ReturningReader), for a test that sets
    its own window size or colour scheme on it (`set_viewport_size`, `emulate_media`)."""
    return page


# True once the tools' bridge (herramientas.js, a module: it runs before the load event) ran.
BRIDGE_RAN = "() => Boolean(globalThis.__sigueTuCaso)"


@pytest.fixture
def open_tool(page: Page, base_url: str, traffic: Traffic) -> Any:
    """Open a page and wait until its tool is mounted by Pyodide."""

    def go(path: str) -> Page:
        page.goto(base_url + path)
        if not page.evaluate(BRIDGE_RAN):
            # The load event came and the tools' module never ran: a script of the page failed
            # to arrive. Once in CI (one test in 3,172, no file named), never here in
            # hundreds of runs. Do what the page tells a reader then («Recarga la página»),
            # once and loudly, with what failed; a second time fails the test.
            warnings.warn(
                f"{path}: the tools' script did not run; reloading once. "
                f"Failed: {traffic.failures or 'nothing reported'}; "
                f"page: {json.dumps(page.evaluate(TOOL_STATE))}",
                stacklevel=2,
            )
            page.reload()
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
