"""The built site in two more engines: WebKitGTK (Safari's family) and Firefox ESR, both
from Debian, each driven over WebDriver (see drivers.py). The site is the run's build
(tests/conftest.py, RunSite: the same build as the Chromium suite's when `make test` runs
both) served by an nginx of its own with deploy/nginx.conf on a port of its own, so that it can
go offline.

One browser per engine for the whole session, with its storage kept from test to test,
as one reader's browser: the tests here are a smoke run of what a reader does, in order
(the last one goes offline), not isolation checks — the Chromium suite does those."""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import READY
from tests.conftest import Nginx, RunSite, free_port
from tests.printed import keep, pdf_text

from .drivers import ENGINES, Element, Session, WebDriverError

# Debian's packages these tests need (the Makefile installs them).
NEEDS = {
    "webkit": [
        "/usr/bin/WebKitWebDriver",
        "/usr/bin/Xvfb",
        "/usr/lib/x86_64-linux-gnu/girepository-1.0/WebKit2-4.1.typelib",
    ],
    "firefox": ["/usr/bin/firefox-esr"],
}


class Site:
    """The served site; `offline()` stops its server (as a network that is gone: nothing
    answers on the port) and `online()` starts it again on the same port."""

    def __init__(self, run_site: RunSite) -> None:
        # Another port than the one the build is for (the Chromium tests may be serving it):
        # only the canonical links name that port, and these tests load every page in full.
        self.folder = run_site.built()
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/"
        self.server = Nginx(self.folder, self.port)
        self.up = True

    def offline(self) -> None:
        self.server.shutdown()
        self.up = False

    def online(self) -> None:
        if not self.up:
            self.server = Nginx(self.folder, self.port)
            self.up = True


@pytest.fixture(scope="session")
def site(run_site: RunSite) -> Iterator[Site]:
    served = Site(run_site)
    yield served
    served.online()
    served.server.shutdown()


# The few queries a reader's eyes make, run inside the page: the visible controls of a kind
# with a label (or accessible name), as people and screen readers find them. Included in
# the scripts that need it.
FIND = """
const stcFind = (kind, name) => {
  const norm = (s) => (s || "").replace(/\\s+/g, " ").trim();
  const text = (id) => document.getElementById(id)?.textContent ?? "";
  const nameOf = (el) => {
    if (el.getAttribute("aria-label")) return norm(el.getAttribute("aria-label"));
    const by = el.getAttribute("aria-labelledby");
    if (by) return norm(by.split(/\\s+/).map(text).join(" "));
    if (el.labels?.length) return norm([...el.labels].map((l) => l.textContent).join(" "));
    return norm(el.textContent || el.value);
  };
  const shown = (el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const selector = {
    field: "input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea, select",
    choice: "input[type=radio], input[type=checkbox]",
    button: "button, [role=button], input[type=submit], input[type=button]",
  }[kind];
  return [...document.querySelectorAll(selector)].filter((el) => shown(el) && nameOf(el) === name);
};
"""

# `predicate` (JS: an expression, or a function of `arg`, maybe async) until it is truthy,
# checked on every frame (every timer tick if the page is hidden), never on a clock. Written
# into the script itself: the site's CSP refuses eval inside the page.
WAIT = (
    FIND
    + """
const [arg, timeout, done] = arguments;
const source = () => (%s);
const end = performance.now() + timeout;
const step = async () => {
  try {
    let value = source();
    if (typeof value === "function") value = value(arg);
    value = await value;
    if (value) return done({value});
  } catch (error) {
    if (performance.now() > end) return done({error: String(error)});
  }
  if (performance.now() > end) return done({timeout: true});
  document.hidden ? setTimeout(step, 50) : requestAnimationFrame(step);
};
step();
"""
)


class Reader:
    """What a reader does in one engine's browser, in the words of the Chromium suite."""

    def __init__(self, session: Session, site: Site) -> None:
        self.session = session
        self.engine = session.engine
        self.site = site
        self.session.set_script_timeout(120_000)

    def open(self, path: str) -> None:
        """A full page load of `path`; returns once its tool is mounted by Pyodide."""
        self.session.navigate(self.site.base + path)
        self.wait_ready()

    def reload(self) -> None:
        self.session.refresh()
        self.wait_ready()

    def settle(self) -> None:
        """Until the tools have answered every event sent so far (what the reader sees as the
        page no longer changing): a click on a button a redraw is about to replace would go
        to the old one, which WebKit's WebDriver drops without a word."""
        self.wait(
            "(() => { const a = globalThis.__sigueTuCaso;"
            " return !a || a.posted === a.answering; })()"
        )

    def wait_ready(self) -> None:
        self.wait(f"document.querySelector({READY!r})", timeout_ms=90_000)

    def wait(self, predicate: str, arg: Any = None, timeout_ms: int = 30_000) -> Any:
        """The truthy value of `predicate` (JS) once it has one."""
        said = self.session.execute_async(WAIT % predicate, arg, timeout_ms)
        if "value" not in said:
            shown = self.session.execute(
                "return [document.activeElement?.outerHTML.slice(0, 200),"
                " [...document.querySelectorAll('[data-stc-tool]')]"
                ".map((t) => t.innerText.slice(0, 600))]"
            )
            raise AssertionError(
                f"{self.engine}: waiting for {predicate} ({arg!r}): {said}\n"
                f"focused: {shown[0]}\ntools: {shown[1]}"
            )
        return said["value"]

    def find(self, kind: str, name: str) -> Element:
        """The one visible control of `kind` named `name`, once there is one, scrolled to
        the middle of the window (where a reader brings it, clear of the sticky header); the
        engine's own accessibility tree names it so too (WebDriver's computed label)."""
        found = self.wait(
            "(arg) => { const all = stcFind(arg[0], arg[1]); return all.length && all; }",
            [kind, name],
        )
        assert len(found) == 1, f"{self.engine}: {len(found)} {kind}s named «{name}»"
        element: Element = found[0]
        self.session.execute("arguments[0].scrollIntoView({block: 'center'})", element)
        # Where it stays, as Playwright waits for in the Chromium suite: WebDriver clicks the
        # point where the control was, whatever is there once the click lands.
        self.wait(
            "(el) => { const r = el.getBoundingClientRect(), at = `${r.left},${r.top}`;"
            " const still = el.stcAt === at; el.stcAt = at; return still; }",
            element,
        )
        label = element.computed_label()
        assert re.sub(r"\s+", " ", label).strip() == name, f"{self.engine}: «{label}» ≠ «{name}»"
        return element

    def field(self, label: str) -> Element:
        return self.find("field", label)

    def on(self, kind: str, name: str, action: Callable[[Element], Any]) -> Any:
        """`action` on the control found as `find` finds it. The tools redraw a region or a
        whole tool when the core answers, so the control found a moment ago may be gone:
        then it is looked for again, as a reader's eyes would."""
        for _ in range(5):
            self.settle()
            try:
                return action(self.find(kind, name))
            except WebDriverError as error:
                if "stale element" not in str(error):
                    raise
        raise AssertionError(f"{self.engine}: «{name}» kept being redrawn")

    def choose(self, label: str) -> None:
        self.on("choice", label, Element.click)

    def press(self, name: str) -> None:
        self.on("button", name, Element.click)

    def type(self, label: str, text: str) -> None:
        self.on("field", label, lambda field: field.send_keys(text))

    def value(self, element: Element) -> str:
        return str(self.session.execute("return arguments[0].value", element))

    def wait_value(self, label: str, contains: str) -> str:
        """The value of the field labelled `label` once it contains `contains` (looked up
        afresh on every frame: the tool may redraw it meanwhile)."""
        return str(
            self.wait(
                "(arg) => { const [el] = stcFind('field', arg[0]);"
                " return el && el.value.includes(arg[1]) ? el.value || ' ' : null; }",
                [label, contains],
            )
        )

    def wait_text(self, selector: str, contains: str) -> str:
        """The visible text of `selector` once it contains `contains`."""
        return str(
            self.wait(
                "(arg) => { const el = document.querySelector(arg[0]);"
                " return el && el.getClientRects().length && el.innerText.includes(arg[1])"
                " ? el.innerText : null; }",
                [selector, contains],
            )
        )

    def printed_text(self) -> str:
        """The page as it comes out of the printer (WebDriver's Print, A4), as text."""
        pdf = self.session.print_pdf()
        keep(pdf, self.engine)
        return pdf_text(pdf)


@pytest.fixture(scope="session", params=sorted(ENGINES))
def reader(request: pytest.FixtureRequest, site: Site) -> Iterator[Reader]:
    engine = str(request.param)
    missing = [p for p in NEEDS[engine] if not Path(p).exists()]
    if missing or not shutil.which("pdftotext"):
        pytest.fail(f"{engine}: missing {missing or 'pdftotext'}: `make engines` installs them")
    started = time.monotonic()
    session = ENGINES[engine]()
    try:
        yield Reader(session, site)
    finally:
        site.online()
        with contextlib.suppress(WebDriverError):
            session.close()
        print(f"\n{engine}: {time.monotonic() - started:.1f} s with its browser")
