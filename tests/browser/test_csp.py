"""The strict Content Security Policy blocks nothing the site does.

Every page carries the policy in a <meta> and nginx sends it as a header (with
frame-ancestors). A reader navigates the guide — instant navigation re-runs each page's
inline scripts under the first page's policy — opens the search and loads pages at every
depth: no `securitypolicyviolation` event and no CSP console error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.sync_api import ConsoleMessage, Page, expect

from tests.browser.conftest import READY, Traffic, flush_events, search_for, wizard_to_the_dates

LISTEN = """
document.addEventListener("securitypolicyviolation", (e) => {
  const where = `${e.sourceFile}:${e.lineNumber}`;
  window.stcReportViolation(`${e.violatedDirective} ${e.blockedURI} ${where}`);
});
"""


class Violations:
    def __init__(self, page: Page) -> None:
        self.seen: list[str] = []
        page.expose_function("stcReportViolation", self.report)
        page.add_init_script(LISTEN)
        page.on("console", self.console)

    def report(self, violation: str) -> None:
        self.seen.append(violation)

    def console(self, message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            self.seen.append(f"console: {message.text}")


MENU = ".md-nav--primary a.md-nav__link"


def guide_pages(page: Page) -> list[str]:
    """The menu's pages (absolute URLs), a few at every depth."""
    urls: list[str] = page.eval_on_selector_all(
        MENU, "links => [...new Set(links.map(a => a.href.split('#')[0]))]"
    )
    urls = [u for u in urls if u != page.url]
    deep = [u for u in urls if u.count("/") > 4]
    return urls[:5] + deep[:2]


def go_by_menu(page: Page, url: str) -> None:
    page.eval_on_selector_all(MENU, "(links, url) => links.find(a => a.href === url).click()", url)
    page.wait_for_url(url)
    page.wait_for_load_state("networkidle")


def test_guide_and_search_under_the_policy(page: Page, base_url: str, traffic: Traffic) -> None:
    violations = Violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url)
    page.wait_for_load_state("networkidle")  # Material has read the sitemap: instant navigation
    page.evaluate("window.stcSameWindow = true")
    pages = guide_pages(page)
    assert len(pages) >= 5
    instant = 0
    for url in pages:
        go_by_menu(page, url)
        if page.evaluate("window.stcSameWindow"):
            instant += 1
        else:  # Material fell back to a full load (it sometimes does, CSP or not)
            page.evaluate("window.stcSameWindow = true")
    # Most were instant navigations: new pages' inline scripts ran under the first policy.
    assert instant >= len(pages) // 2

    search = page.locator("input.md-search__input")
    search.click()
    search_for(page, "caso")
    page.locator(".md-search-result__item").first.wait_for(state="attached")  # results came
    page.keyboard.press("Escape")

    # Full loads at every page depth (the __md_scope script differs by depth) and the 404.
    for url in (
        base_url,
        pages[0],
        pages[-1],
        base_url + "herramientas/registro/",
        base_url + "x/",
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
    flush_events(page)

    assert violations.seen == []
    assert traffic.blocked == []


def test_all_four_tools_under_the_policy(
    page: Page, base_url: str, traffic: Traffic, tmp_path: Path
) -> None:
    """Typing, wizard steps, downloads, import and navigation: nothing is refused."""
    violations = Violations(page)

    def ready() -> None:
        page.wait_for_selector(READY, timeout=60_000)

    page.goto(base_url + "preparacion/")
    ready()
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Nueva prueba").fill("Captura del router")
    page.get_by_role("button", name="Añadir", exact=True).click()
    expect(page.locator("ul.stc-evidence")).to_contain_text("Captura del router")

    page.goto(base_url + "redactar/")
    ready()
    page.get_by_label("Novedades desde tu último contacto").fill("El corte dura horas")
    page.get_by_role("tab", name="Redes sociales").click()
    expect(page.get_by_label("Mensaje privado (cuando te lo pidan)")).to_contain_text("48213")

    page.goto(base_url + "escalar/")
    ready()
    wizard_to_the_dates(page)
    page.get_by_label("¿Qué día abriste el caso?").fill("2026-10-01")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Pregunta 4 de 10")).to_be_visible()

    page.goto(base_url + "herramientas/registro/")
    ready()
    page.get_by_label("Qué se dijo o qué se acordó").fill("Prometen llamar")
    page.get_by_role("button", name="Añadir al historial").click()
    expect(page.locator(".stc-timeline")).to_contain_text("Prometen llamar")
    page.get_by_label("Próxima acción").fill("2026-12-01")
    for name in (
        "Descargar hoja de cálculo (CSV)",
        "Descargar copia de seguridad (JSON)",
        "Descargar recordatorio (.ics)",
    ):
        with page.expect_download() as info:
            page.get_by_role("button", name=name).click()
        if name.endswith("(JSON)"):
            backup = Path(info.value.path()).read_text(encoding="utf-8")
        if name.endswith("(.ics)"):
            from tests.unit.test_export import assert_valid_calendar

            assert_valid_calendar(Path(info.value.path()).read_bytes().decode("utf-8"))
    copy = tmp_path / "copia.json"
    copy.write_text(backup, encoding="utf-8")
    page.get_by_label("Importar copia de seguridad (JSON)").set_input_files(copy)
    expect(page.locator("[data-region='import-result']")).to_contain_text("ya estaba igual")
    assert json.loads(backup)["cases"]

    page.wait_for_load_state("networkidle")  # Material has read the sitemap
    go_by_menu(page, base_url + "preparacion/")  # an instant navigation back to a tool
    ready()
    flush_events(page)
    assert violations.seen == []
    assert traffic.blocked == []


def test_the_policy_is_enforced(page: Page, base_url: str) -> None:
    """The listener works: an inline script the build did not hash is refused."""
    violations = Violations(page)
    page.goto(base_url)
    page.evaluate(
        """() => {
          const s = document.createElement("script");
          s.textContent = "window.stcInjected = true";
          document.head.append(s);
        }"""
    )
    flush_events(page)
    injected: Any = page.evaluate("window.stcInjected")
    assert injected is None
    assert any("script-src" in v for v in violations.seen)
