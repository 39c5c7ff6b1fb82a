"""axe-core on every built page: light and dark, phone and desktop width, search and drawer open.

The pages are enumerated from the built sitemap (plus the 404 page) and checked as a reader
sees them: the first of each run loaded, the next ones reached by a link (Material's instant
navigation, as a reader moving through the guide; the 404 page loaded); tool pages are checked
as prerendered (the loader is not run here: the tools' own checks come with their tests).
Every rule runs in the scheme a page opens in, and the rules about colour in the other one:
the light/dark switch changes Material's palette, nothing axe's other rules look at.
axe-core is the pinned npm package, injected into every page. The only tolerated violations
are the named EXCEPTIONS below, each one rule on one selector with the reason it cannot be
fixed from the project.

The remaining tests cover what axe cannot see: Tab order and the tools' stylesheet after
Material's instant navigation.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from tests.browser import conftest
from tests.browser.conftest import follow_link, search_for

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (390, 1280)
SCHEMES = ("light", "dark")
# (rule id, CSS selector as axe reports it) -> why it cannot be fixed from the project.
EXCEPTIONS: dict[tuple[str, str], str] = {}
# The tool loader, its worker and the Python runtime: not loaded here, tools stay prerendered.
TOOL_RUNTIME = r"/assets/(herramientas[^/]*\.js|pyodide/)"
# accesibilidad.js has run (it names Material's search dialog on every page).
FIXED = ".md-search[aria-label]"


def site_pages(base: str) -> list[str]:
    """Every page of the built site, as paths relative to its root ("" is the home page)."""
    with urllib.request.urlopen(base + "sitemap.xml") as response:
        sitemap = response.read().decode()
    paths = [loc.removeprefix(base) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert "" in paths and len(paths) >= 10, paths
    return [*paths, "404.html"]


def only_this_host(route: Route) -> None:
    """Abort the tool loader (tools stay prerendered) and anything from another host."""
    url = route.request.url
    path = url.split("?")[0]
    if not url.startswith("http://127.0.0.1") or re.search(TOOL_RUNTIME, path):
        route.abort()
    else:
        route.continue_()


def new_context(browser: Browser, width: int, scheme: str) -> BrowserContext:
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,  # type: ignore[arg-type]
        locale="es-ES",
    )
    context.route("**/*", only_this_host)
    context.add_init_script(path=str(AXE))
    return context


# The rules whose result depends on colours alone (AAA contrast is not enabled by default).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def violations(page: Page, rules: list[str] | None = None) -> list[str]:
    """axe's violations on the page as it is now (every rule, or only `rules`), minus the
    named exceptions, one line each."""
    options: dict[str, Any] = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = rules
    result: dict[str, Any] = page.evaluate("o => axe.run(document, o)", options)
    found = []
    for rule in result["violations"]:
        for node in rule["nodes"]:
            selector = " ".join(str(t) for t in node["target"])
            if (rule["id"], selector) in EXCEPTIONS:
                continue
            summary = node.get("failureSummary", "").replace("\n", " ")
            found.append(f"{rule['id']} {selector}: {summary[:300]}")
    return found


# No CSS transition or animation running (colours are only final once fades end).
SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"


def wait_until(page: Page, predicate: str, timeout: float = 30.0) -> None:
    """Until a JS function returns true, checked on every frame inside the page (Playwright's
    wait_for_function evaluates strings with eval, which the site's CSP rightly refuses).
    Up to 30 s, as conftest.wait_until: a fade of a fraction of a second took over 10 s on
    two cores shared with a second test worker and other work."""
    conftest.wait_until(page, predicate, timeout_ms=int(timeout * 1000))


def open_page(page: Page, url: str, *, by_link: bool = False) -> None:
    """Load `url`, or with `by_link` reach it from the page shown by following a link."""
    if by_link:
        follow_link(page, url)
    else:
        page.goto(url)
    page.wait_for_selector(FIXED, state="attached")
    # Every table laid out, as a reader scrolling down sees it: Chromium keeps the colours a
    # table far from the screen had before a switch of scheme until it is laid out again.
    page.evaluate(conftest.LAY_OUT_ALL)
    wait_until(page, SETTLED)
    # Two frames: ResizeObserver callbacks (focusable wide tables) have run.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def scheme_of(page: Page) -> str:
    return "dark" if page.evaluate("document.body.dataset.mdColorScheme") == "slate" else "light"


def switch_scheme(page: Page) -> None:
    """Material's light/dark toggle, clicked as a reader does (the choice is kept: the
    next page opens in it)."""
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").click()
    wait_until(page, f"document.body.dataset.mdColorScheme !== {before!r}")
    wait_until(page, SETTLED)


def in_both_schemes(page: Page, where: str) -> list[str]:
    """Every rule in the scheme the page shows, then the colour rules in the other one (the
    next page opens in it: both schemes get every rule, on every other page)."""
    found = [f"{where} ({scheme_of(page)}) {v}" for v in violations(page)]
    switch_scheme(page)
    return found + [f"{where} ({scheme_of(page)}) {v}" for v in violations(page, COLOUR_RULES)]


@pytest.fixture(params=WIDTHS, ids=str)
def axe_page(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    context = new_context(browser, request.param, "light")
    yield context.new_page()
    context.close()


# The pages are checked in shares (every SHARES-th page), so that test workers can take them
# side by side: every page is still checked at both widths, in both schemes.
SHARES = 3


@pytest.mark.parametrize("share", range(SHARES), ids=lambda n: f"share{n}")
def test_every_page_has_no_axe_violations(axe_page: Page, base_url: str, share: int) -> None:
    problems = []
    for n, path in enumerate(site_pages(base_url)[share::SHARES]):
        by_link = n > 0 and path.endswith("/")  # the 404 page is never reached by a link
        open_page(axe_page, base_url + path, by_link=by_link)
        problems += in_both_schemes(axe_page, f"/{path}")
    assert problems == [], "\n".join(problems)


def test_open_search_and_drawer_have_no_axe_violations(axe_page: Page, base_url: str) -> None:
    problems = []
    for _ in SCHEMES:
        # The search dialog, open and showing results (the count line, highlighted matches).
        open_page(axe_page, base_url)
        axe_page.keyboard.press("/")  # Material's shortcut: opens search at every width
        search_for(axe_page, "reclamación")
        axe_page.wait_for_selector(".md-search-result__item")
        wait_until(axe_page, SETTLED)
        problems += [f"search open ({scheme_of(axe_page)}): {v}" for v in violations(axe_page)]
        # The navigation drawer, open (below 76.25em it is a drawer; at 1280 px a sidebar).
        open_page(axe_page, base_url + "canales/")
        if axe_page.viewport_size and axe_page.viewport_size["width"] < 1220:
            axe_page.locator("label.md-header__button[for='__drawer']").click()
            wait_until(axe_page, SETTLED)
            problems += [f"drawer open ({scheme_of(axe_page)}): {v}" for v in violations(axe_page)]
        open_page(axe_page, base_url + "canales/")  # drawer closed
        switch_scheme(axe_page)
    assert problems == [], "\n".join(problems)


def tab_once(page: Page) -> None:
    """Tab, and wait until what it set off has ended (the search dialog closing, a fade): a
    stop is judged then, since one that hides loses the reader's focus to the page. The stop
    the key reached is kept as `window.stcTabStop`."""
    page.keyboard.press("Tab")
    page.evaluate("() => { window.stcTabStop = document.activeElement; }")
    wait_until(page, SETTLED)


def focused_outside_view(page: Page, presses: int) -> list[str]:
    """Tab `presses` times; describe each stop that is hidden or off screen."""
    hidden = []
    for _ in range(presses):
        tab_once(page)
        where = page.evaluate(
            """() => {
              const el = window.stcTabStop;
              if (!el || el === document.body) return null;
              // Visually hidden radio inputs (content tabs, Material's colour scheme toggle)
              // are drawn by a label: their own, or for the toggle the one of the scheme to
              // switch to.
              const drawn = [el, ...(el.labels || [])];
              if (el.matches('input.md-option')) drawn.push(...el.form.querySelectorAll('label'));
              const seen = drawn.some(node => {
                const box = node.getBoundingClientRect();
                return node.checkVisibility({visibilityProperty: true})
                  && box.width > 0 && box.right > 0 && box.left < innerWidth;
              });
              return seen ? null : el.outerHTML.slice(0, 120);
            }"""
        )
        if where:
            hidden.append(where)
    return hidden


def test_closed_drawer_takes_no_tab_stops_at_phone_width(browser: Browser, base_url: str) -> None:
    context = new_context(browser, 390, "light")
    page = context.new_page()
    open_page(page, base_url + "canales/")
    assert focused_outside_view(page, 30) == []
    context.close()


def test_a_keyboard_reader_reaches_search_results_by_arrows_and_leaves_search_by_tab(
    browser: Browser, base_url: str
) -> None:
    context = new_context(browser, 1280, "light")
    page = context.new_page()
    open_page(page, base_url + "canales/")
    page.keyboard.press("/")
    search_for(page, "reclamación")
    # The results of the whole query (each link carries it), not of its first letters.
    first = page.locator(".md-search-result__item a[href*='h=reclamaci%C3%B3n']").first
    expect(first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(first).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(page.get_by_role("textbox", name="Búsqueda")).to_be_focused()
    # Tab closes Material's search: the focus goes on to the page, to something drawn.
    tab_once(page)
    assert page.evaluate(
        """() => window.stcTabStop === document.activeElement
              && !document.activeElement.closest('.md-search')
              && document.activeElement.checkVisibility({visibilityProperty: true})"""
    ), page.evaluate("() => window.stcTabStop.outerHTML.slice(0, 120)")
    context.close()


def test_table_of_contents_comes_after_the_content(browser: Browser, base_url: str) -> None:
    context = new_context(browser, 1280, "light")
    page = context.new_page()
    open_page(page, base_url + "canales/")
    order = page.evaluate(
        """() => {
          const content = document.querySelector('.md-content');
          const toc = document.querySelector('.md-sidebar--secondary');
          return content.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING;
        }"""
    )
    assert order, "the table of contents precedes the content in Tab order"
    # Still drawn on the right of the text, as Material draws it.
    toc = page.locator(".md-sidebar--secondary").bounding_box()
    text = page.locator(".md-content").bounding_box()
    assert toc and text and toc["x"] >= text["x"] + text["width"] - 1
    context.close()


def test_tool_styles_load_only_on_tool_pages_and_after_instant_navigation(
    browser: Browser, base_url: str
) -> None:
    context = new_context(browser, 1280, "light")
    page = context.new_page()
    sheets = "() => [...document.styleSheets].map(s => s.href).filter(h => /herramientas/.test(h))"
    open_page(page, base_url + "canales/")
    assert page.evaluate(sheets) == []
    page.evaluate("window.__sameWindow = true")
    page.locator(".md-nav--primary a[href$='redactar/']").first.click()
    page.wait_for_url("**/redactar/")
    wait_until(
        page,
        "() => (t => t && getComputedStyle(t).borderLeftWidth === '4px')"
        "(document.querySelector('.stc-tool'))",
    )
    assert page.evaluate("window.__sameWindow === true"), "instant navigation reloaded the page"
    context.close()


def test_a_link_one_folder_deeper_keeps_the_page_s_styles_and_its_way_home(
    browser: Browser, base_url: str
) -> None:
    """Instant navigation from a page to one a folder deeper: the head's stylesheets stay
    the same elements (taken in again, they would flash the page unstyled), and the
    header's logo still leads home. Material resolves the first page's relative
    addresses when it first follows a link, just before the address changes
    (sitebuild/material_startup.py); resolved after it, `..` would point one folder off."""
    context = new_context(browser, 1280, "light")
    page = context.new_page()
    open_page(page, base_url + "canales/")
    sheets = page.evaluate(
        """() => [...document.head.querySelectorAll('link[rel=stylesheet]')]
                   .map((link) => { link.stcFirst = true; return link.href; })"""
    )
    page.evaluate("window.__sameWindow = true")
    menu = page.get_by_role("navigation", name="Navegación")
    menu.get_by_role("link", name="Tu registro de casos", exact=True).click()
    page.wait_for_url("**/herramientas/registro/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("registro de casos")
    kept = page.evaluate(
        """() => [...document.head.querySelectorAll('link[rel=stylesheet]')]
                   .map((link) => [link.href, link.stcFirst === true])"""
    )
    assert kept == [[href, True] for href in sheets]
    assert page.evaluate("window.__sameWindow === true"), "instant navigation reloaded the page"
    page.get_by_role("banner").get_by_role("link", name="Sigue tu caso").click()
    page.wait_for_url(base_url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sigue tu caso")
    assert page.evaluate("window.__sameWindow === true")
    context.close()


def test_a_field_focused_from_below_is_not_under_the_sticky_header(
    browser: Browser, base_url: str
) -> None:
    context = new_context(browser, 390, "light")
    page = context.new_page()
    open_page(page, base_url + "redactar/")
    # The field's top edge 10px from the window's: in view for the browser, under the header
    # for the reader, unless the scroll container's padding tells the browser about it.
    page.evaluate(
        """() => {
          const field = document.querySelector('.stc-tool input[type=text]');
          window.scrollBy(0, field.getBoundingClientRect().top - 10);
          field.focus();
        }"""
    )
    gap = page.evaluate(
        """() => document.activeElement.getBoundingClientRect().top
                 - document.querySelector('.md-header').getBoundingClientRect().bottom"""
    )
    assert gap >= 0, f"the focused field is {-gap}px under the header"
    context.close()


def test_the_404_page_is_spanish_and_opens_search(browser: Browser, base_url: str) -> None:
    context = new_context(browser, 390, "dark")
    page = context.new_page()
    open_page(page, base_url + "no-existe/")
    assert page.locator("h1").inner_text() == "No encontramos esta página"
    for name in ("Ir a la página de inicio", "Empezar la guía por el principio"):
        assert page.get_by_role("link", name=name).count() == 1
    page.get_by_role("button", name="Buscar en la guía").click()
    assert page.evaluate("() => document.activeElement.matches('.md-search__input')")
    assert page.locator(".md-search__input").is_visible()
    context.close()


# The scheme the browser uses for the page's own controls and scrollbars: the first
# <meta name="color-scheme"> of the head, and how many there are.
PAGE_SCHEME = """() => {
  const metas = [...document.head.querySelectorAll('meta[name="color-scheme"]')];
  return [metas[0]?.content, metas.length];
}"""


def test_the_browser_s_own_controls_follow_the_reader_s_scheme(
    browser: Browser, base_url: str
) -> None:
    """The page says which scheme it is in (the browser draws its scrollbars and form
    controls for it): light, then dark once the reader switches, on the next page they open
    and on a new visit. Material's script reuses the head's element instead of adding one
    (sitebuild/material_startup.py: each change restyles the whole page)."""
    context = new_context(browser, 1280, "light")
    page = context.new_page()
    open_page(page, base_url + "canales/")
    assert page.evaluate(PAGE_SCHEME) == ["light", 1]
    page.get_by_title("Cambiar a modo oscuro").click()
    wait_until(page, "document.body.dataset.mdColorScheme === 'slate'")
    wait_until(page, f"({PAGE_SCHEME})()[0] === 'dark'")
    follow_link(page, base_url + "redactar/")
    page.wait_for_url("**/redactar/")
    assert page.evaluate(PAGE_SCHEME)[0] == "dark"
    open_page(page, base_url + "escalar/")
    wait_until(page, "document.body.dataset.mdColorScheme === 'slate'")
    assert page.evaluate(PAGE_SCHEME) == ["dark", 1]
    context.close()


def test_switching_to_dark_changes_the_colours_at_once(browser: Browser, base_url: str) -> None:
    """The light/dark toggle: the first frame after the click already has the new colours.
    A fade would pass through in-between colours for a moment, and the contrast checks above
    would read them. Material's own rule for this is dropped by the build (it restyled every
    page twice on every load: sitebuild/material_startup.py); the site keeps the same rule
    on an attribute set only for a switch."""
    context = new_context(browser, 1280, "light")
    page = context.new_page()
    open_page(page, base_url + "canales/")
    toggle = page.get_by_title("Cambiar a modo oscuro")
    link = "document.querySelector('article p a')"  # a link fades its colour on hover
    before = page.evaluate(f"getComputedStyle({link}).color")
    first_frame = toggle.evaluate(
        f"""(label) => {{
          label.click();
          return new Promise((done) => requestAnimationFrame(() =>
            done(getComputedStyle({link}).color)));
        }}"""
    )
    wait_until(page, "document.body.dataset.mdColorScheme === 'slate'")
    # Whatever fades has ended: the colour the page settles on.
    wait_until(page, "document.getAnimations().every((a) => !(a instanceof CSSTransition))")
    settled_colour = page.evaluate(f"getComputedStyle({link}).color")
    context.close()
    assert settled_colour != before, "the link has one colour in both schemes"
    assert first_frame == settled_colour, "the colours faded instead of switching at once"
