"""The built site in two more engines: WebKitGTK (Safari's family) and Firefox ESR, both
from Debian, each driven over WebDriver (see drivers.py). The site is built and served
exactly as for the Chromium suite (tests/browser/conftest.py: built for its port, Debian's
nginx with deploy/nginx.conf).

One browser per engine for the whole session, with its storage kept from test to test,
as one reader's browser: the tests here are a smoke run of what a reader does, in order
(the last one goes offline), not isolation checks — the Chromium suite does those."""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import READY, Nginx, build_and_serve
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

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.base, self.server = build_and_serve(folder)
        self.port = int(self.base.rstrip("/").rsplit(":", 1)[1])
        self.up = True

    def offline(self) -> None:
        self.server.shutdown()
        self.up = False

    def online(self) -> None:
        if not self.up:
            self.server = Nginx(self.folder, self.port)
            self.up = True


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    served = Site(tmp_path_factory.mktemp("site"))
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

    def wait_ready(self) -> None:
        self.wait(f"document.querySelector({READY!r})", timeout_ms=90_000)

    def wait(self, predicate: str, arg: Any = None, timeout_ms: int = 30_000) -> Any:
        """The truthy value of `predicate` (JS) once it has one."""
        said = self.session.execute_async(WAIT % predicate, arg, timeout_ms)
        assert "value" in said, f"{self.engine}: waiting for {predicate} ({arg!r}): {said}"
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
        label = element.computed_label()
        assert re.sub(r"\s+", " ", label).strip() == name, f"{self.engine}: «{label}» ≠ «{name}»"
        return element

    def field(self, label: str) -> Element:
        return self.find("field", label)

    def choose(self, label: str) -> None:
        self.find("choice", label).click()

    def press(self, name: str) -> None:
        self.find("button", name).click()

    def type(self, label: str, text: str) -> None:
        self.field(label).send_keys(text)

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
