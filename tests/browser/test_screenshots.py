"""Every page a reader lands on, light and dark, phone and desktop width.

The PNGs go to `screenshots/` for a person to look at; the test itself checks what a reader
would notice at once: the page fits the screen (no sideways scroll) and its tool is ready.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from .conftest import READY

OUT = Path(__file__).resolve().parents[2] / "screenshots"
PAGES = {
    "inicio": ("", False),
    "capitulo-canales": ("canales/", False),
    "lista": ("preparacion/", True),
    "redactor": ("redactar/", True),
    "asistente": ("escalar/", True),
    "registro": ("herramientas/registro/", True),
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_the_screen(
    browser: Browser, base_url: str, name: str, width: int, scheme: str
) -> None:
    path, has_tool = PAGES[name]
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, locale="es-ES"
    )
    page = context.new_page()
    page.goto(base_url + path)
    if has_tool:
        page.wait_for_selector(READY, timeout=60_000)
        page.locator("[data-stc-tool]").scroll_into_view_if_needed()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=OUT / f"{name}-{width}-{scheme}.png", full_page=not has_tool)
    if has_tool:
        page.locator("[data-stc-tool]").screenshot(path=OUT / f"{name}-{width}-{scheme}-tool.png")
    context.close()
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
