"""Returning readers: a warm start from a memory snapshot, and the site without a network.

These tests use their own browser contexts and no request routing: Playwright's routing
bypasses service workers, and the point here is what the service worker serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import READY, search_for, wait_until, wizard_to_the_dates

SNAPSHOTS = "sigue-tu-caso-snapshot"
STORED = f"caches.open('{SNAPSHOTS}').then((c) => c.keys()).then((k) => k.map((r) => r.url))"


@pytest.fixture
def reader(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(locale="es-ES")
    yield context
    context.close()


def open_tool(page: Page, url: str) -> str:
    """Open a tool page; how its Python started ("plain" or "snapshot")."""
    page.goto(url)
    page.wait_for_selector(READY, timeout=90_000)
    return page.locator("[data-stc-tool]").first.get_attribute("data-start") or ""


def wait_for_snapshot(page: Page, other_than: str = "") -> list[str]:
    """The stored snapshots' keys once there is exactly one (and not `other_than`): it is
    stored once the reader pauses, a few seconds after the tool is ready."""
    urls: list[str] = wait_until(
        page,
        f"""async (other) => {{
          const urls = await ({STORED});
          return urls.length === 1 && urls[0] !== other ? urls : null;
        }}""",
        other_than,
        timeout_ms=60_000,
    )
    return urls


def test_after_one_tool_page_the_guide_search_and_tools_work_offline(
    reader: BrowserContext, base_url: str
) -> None:
    page = reader.new_page()
    open_tool(page, base_url + "redactar/")
    status = page.locator("[data-stc-tool] [data-stc-status]")
    expect(status).to_contain_text("Listo para usar sin conexión", timeout=60_000)

    reader.set_offline(True)
    page.goto(base_url + "canales/")  # a full page load, not instant navigation
    expect(page.get_by_role("heading", level=1)).to_contain_text("Elige el canal")

    search = page.get_by_role("textbox", name="Búsqueda")
    search.click()
    search_for(page, "reclamación")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=30_000)

    open_tool(page, base_url + "herramientas/registro/")
    page.get_by_label("Número de caso").fill("48213")
    page.get_by_label("Empresa", exact=True).fill("Conecta Fibra")
    expect(page.locator(".stc-table")).to_contain_text("Conecta Fibra")
    open_tool(page, base_url + "redactar/")
    expect(page.get_by_label("Asunto")).to_have_value(re.compile("Caso #48213"))


@pytest.mark.parametrize("width", [320, 1280])
def test_the_offline_line_appears_without_moving_the_question_under_the_finger(
    reader: BrowserContext, base_url: str, width: int
) -> None:
    page = reader.new_page()
    page.set_viewport_size({"width": width, "height": 720})
    open_tool(page, base_url + "escalar/")
    answer = page.get_by_role("radio", name="Otro problema")
    # Where the answer is in the page (not the window), and whether the line is there yet.
    where = """(el) => [el.getBoundingClientRect().top + scrollY,
                        document.querySelector('[data-stc-status]').textContent]"""
    before, line = answer.evaluate(where)
    assert line == "", f"the line came with the tool ({line!r}): nothing appeared to measure"
    status = page.locator("[data-stc-tool] [data-stc-status]")
    expect(status).to_contain_text("Listo para usar sin conexión", timeout=60_000)
    assert answer.evaluate(where)[0] == before, "the answers moved when the line appeared"


def test_a_return_visit_starts_from_the_snapshot_and_the_tool_works(
    reader: BrowserContext, base_url: str
) -> None:
    page = reader.new_page()
    assert open_tool(page, base_url + "preparacion/") == "plain"
    [stored] = wait_for_snapshot(page)
    assert re.search(r"/assets/herramientas/[0-9a-f]{16}/pyodide/snapshot/[\d.]+$", stored), stored
    assert open_tool(page, base_url + "preparacion/") == "snapshot"
    page.get_by_label("Número de caso").fill("48213")
    expect(page.locator("[data-region='progress'] strong")).to_have_text(re.compile(r"^1 de"))
    page.get_by_label("Nueva prueba").fill("Factura de octubre")
    page.get_by_role("button", name="Añadir", exact=True).click()
    expect(page.locator("ul.stc-evidence")).to_contain_text("Factura de octubre")


# Puts `bytes` in place of the first entry of the cache named `cache` (or the first whose
# name starts with it) whose URL ends with `suffix`, the original kept aside in the cache
# named `aside` (if any); with `bytes` null, puts it back. Returns the entry's URL.
SWAP_CACHED = """
async ([cache, suffix, bytes, aside]) => {
  const name = (await caches.keys()).find((n) => n === cache || n.startsWith(cache));
  const store = await caches.open(name);
  const key = (await store.keys()).find((r) => r.url.endsWith(suffix));
  if (bytes) {
    if (aside) await (await caches.open(aside)).put(key.url, await store.match(key));
    const type = suffix.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    const headers = { 'Content-Type': type };
    await store.put(key, new Response(new Uint8Array(bytes), { headers }));
  } else {
    await store.put(key, await (await caches.open(aside)).match(key.url));
    await caches.delete(aside);
  }
  return key.url;
}
"""
ASIDE = "stc-test-aside"

# A well-formed snapshot of garbage (the worker's sparse format: "STC1", the length, the
# page map, the pages): it reads, but cannot be restored.
GARBAGE_SNAPSHOT = [0x53, 0x54, 0x43, 0x31, 0, 0, 0x10, 0, 1, *([7] * 4096)]


def test_an_unusable_snapshot_means_a_plain_start_and_is_replaced(
    reader: BrowserContext, base_url: str
) -> None:
    page = reader.new_page()
    open_tool(page, base_url + "escalar/")
    wait_for_snapshot(page)
    spoiled = page.evaluate(SWAP_CACHED, [SNAPSHOTS, "", GARBAGE_SNAPSHOT, None])
    assert open_tool(page, base_url + "escalar/") == "plain"
    wizard_to_the_dates(page)
    page.get_by_label("¿Qué día abriste el caso?").fill("2026-11-02")
    page.get_by_role("button", name="Siguiente").click()
    expect(page.get_by_text("Pregunta 4 de 10")).to_be_visible()
    # A good snapshot takes the spoiled one's place.
    wait_until(
        page,
        f"""() => caches.open('{SNAPSHOTS}').then((c) => c.match('{spoiled}'))
          .then((r) => (r ? r.blob().then((b) => b.size > 100000) : false))""",
        timeout_ms=60_000,
    )
    assert open_tool(page, base_url + "escalar/") == "snapshot"


def test_a_snapshot_of_another_wheel_or_runtime_is_deleted(
    reader: BrowserContext, base_url: str
) -> None:
    page = reader.new_page()
    page.goto(base_url)
    old = base_url + "assets/herramientas/0ld0ld0ld0ld0ld0/pyodide/snapshot/314.0.1"
    page.evaluate(
        "([name, url]) => caches.open(name).then((c) => c.put(url, new Response('old')))",
        [SNAPSHOTS, old],
    )
    assert open_tool(page, base_url + "herramientas/registro/") == "plain"
    [stored] = wait_for_snapshot(page, other_than=old)
    assert "/snapshot/314.0.1" not in stored


# The tools' folder keeps a copy of every runtime file in the service worker's cache (Cache
# Storage). A return visit online must take pyodide.asm.wasm from the HTTP cache instead: V8
# reuses the code it compiled from that response, never from a Cache Storage one. Offline,
# with the HTTP cache gone, the copy starts the tools.
# Not a WebAssembly module: the magic number and version, then bytes that mean nothing.
NOT_WASM = [0, 97, 115, 109, 1, 0, 0, 0, 255, 255, 255, 255]


def test_a_return_visit_online_takes_the_runtime_from_the_http_cache_and_offline_the_copy(
    reader: BrowserContext, base_url: str
) -> None:
    page = reader.new_page()
    open_tool(page, base_url + "redactar/")
    status = page.locator("[data-stc-tool] [data-stc-status]")
    expect(status).to_contain_text("Listo para usar sin conexión", timeout=60_000)
    # Online: the service worker's copy is not a WebAssembly module any more, the tool
    # starts all the same (from the HTTP cache's response).
    wasm = page.evaluate(SWAP_CACHED, ["stc-site-", "/pyodide.asm.wasm", NOT_WASM, ASIDE])
    assert re.search(r"/assets/herramientas/[0-9a-f]{16}/pyodide/pyodide\.asm\.wasm$", wasm)
    open_tool(page, base_url + "preparacion/")
    page.get_by_label("Número de caso").fill("48213")
    expect(page.locator("[data-region='progress'] strong")).to_have_text(re.compile(r"^1 de"))
    # Offline without the HTTP cache: the copy (put back) starts the tools.
    page.evaluate(SWAP_CACHED, ["stc-site-", "/pyodide.asm.wasm", None, ASIDE])
    page.context.new_cdp_session(page).send("Network.clearBrowserCache")
    reader.set_offline(True)
    open_tool(page, base_url + "herramientas/registro/")
    page.get_by_label("Número de caso").fill("48213")
    expect(page.locator(".stc-table")).to_contain_text("48213")
