"""A new version deployed while readers have the site open (issue 21).

Build A is published into a release folder and served by nginx from a `current` symlink,
as README «Publicar» says; build B (another wheel, another page) is published into a new
folder beside it and the symlink switched in one step. Then, as readers meet it:

- a tab with a tool open learns of B and says so in the tool; «Actualizar» switches to B and
  reloads, keeping the reader's cases and what they had typed but not saved;
- a reader who had only read the guide opens a tool page: it runs A's page with A's scripts,
  runtime and wheel (kept by B's release), never one of B's files;
- after the update, the site works offline again.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from sitebuild import publish

from .conftest import READY, ROOT, Nginx, follow_link, free_port, wait_saved, wait_until

LOG = "herramientas/registro/"
TOOLS = re.compile(r"/assets/herramientas/([0-9a-f]{16})/")
COPIED = ("pylib", "docs", "overrides", "deploy", "mkdocs.yml", "pyproject.toml")


class Deploys:
    """Releases A then B of the site, served from one symlinked folder."""

    def __init__(self, where: Path) -> None:
        self.out = where / "dist"
        port = free_port()
        self.base = f"http://127.0.0.1:{port}/"
        self.a = publish.build(self.base, self.out, allow_local=True)
        publish.switch(self.out, self.a)
        self.server = Nginx(self.a, port, root=(self.out / "current").absolute())
        self.source_b = where / "source-b"

    def build_b(self) -> Path:
        """Another version: a changed wheel and a changed page, from a copy of the sources."""
        self.source_b.mkdir()
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(
                    source,
                    self.source_b / name,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                )
            else:
                shutil.copy2(source, self.source_b / name)
        (self.source_b / "node_modules").symlink_to(ROOT / "node_modules")
        # The compressed twins are keyed by content: B reuses A's rather than compressing the
        # unchanged runtime again at brotli's best (half a minute of CPU).
        (self.source_b / ".cache").mkdir()
        (ROOT / ".cache" / "twins").mkdir(parents=True, exist_ok=True)
        (self.source_b / ".cache" / "twins").symlink_to(ROOT / ".cache" / "twins")
        init = self.source_b / "pylib" / "followup" / "__init__.py"
        init.write_text(init.read_text(encoding="utf-8") + "\n# Build B.\n", encoding="utf-8")
        index = self.source_b / "docs" / "index.md"
        index.write_text(index.read_text(encoding="utf-8") + "\nVersión B.\n", encoding="utf-8")
        return publish.build(self.base, self.out, source=self.source_b, allow_local=True)


@pytest.fixture(scope="module")
def deploys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deploys]:
    running = Deploys(tmp_path_factory.mktemp("deploys"))
    yield running
    running.server.shutdown()


def tools_of(page: Page) -> str:
    """The hash of the tools folder the page runs."""
    src = page.evaluate(
        "document.querySelector('script[type=module][src*=\"/herramientas.js\"]').src"
    )
    found = TOOLS.search(src)
    assert found, src
    return found.group(1)


def reader(browser: Browser) -> BrowserContext:
    return browser.new_context(locale="es-ES", accept_downloads=True)


def test_a_new_deploy_reaches_open_tabs_without_mixing_versions_or_losing_anything(
    browser: Browser, deploys: Deploys
) -> None:
    base = deploys.base
    a_tools = publish.tools_folder(deploys.a)
    # A reader with the case log open, their case saved, the site kept for offline use.
    with_tools = reader(browser)
    page = with_tools.new_page()
    page.goto(base + LOG)
    page.wait_for_selector(READY, timeout=60_000)
    page.get_by_label("Número de caso").fill("48213")
    wait_saved(page, "doc.cases[0].case_number === '48213'")
    status = page.locator("[data-stc-tool='caselog'] [data-stc-status]")
    expect(status).to_contain_text("Listo para usar sin conexión", timeout=60_000)
    # A reader who only read the guide: its pages are kept offline, not the tools' runtime.
    guide_only = reader(browser)
    other = guide_only.new_page()
    other.goto(base)
    wait_until(other, "() => navigator.serviceWorker.controller !== null")

    b = deploys.build_b()
    b_tools = publish.tools_folder(b)
    assert b_tools != a_tools
    assert (b / "assets" / "herramientas" / a_tools).is_dir()  # B keeps A's tools folder
    publish.switch(deploys.out, b)

    # The open tab learns of B on its next page change, and says so in the tool.
    follow_link(page, base + "redactar/")
    page.wait_for_selector(READY, timeout=60_000)
    notice = page.locator("[data-stc-tool] [data-stc-update]").first
    expect(notice).to_have_text(
        re.compile(r"Hay una versión nueva de la guía\s+—\s+Actualizar"), timeout=60_000
    )
    assert tools_of(page) == a_tools  # until the reader says so, A runs
    follow_link(page, base + LOG)
    page.wait_for_selector(READY, timeout=60_000)
    page.get_by_label("Qué se dijo o qué se acordó").fill("Me llamarán el lunes")  # not saved
    page.get_by_role("button", name="Actualizar").first.click()
    page.wait_for_function(f"() => !document.querySelector('script[src*=\"{a_tools}\"]')")
    page.wait_for_selector(READY, timeout=60_000)
    assert tools_of(page) == b_tools
    expect(page.get_by_label("Número de caso")).to_have_value("48213")
    expect(page.get_by_label("Qué se dijo o qué se acordó")).to_have_value("Me llamarán el lunes")
    expect(page.locator("[data-stc-update]").first).to_be_hidden()

    # The guide-only reader opens a tool: A's page, with A's scripts, runtime and wheel.
    # What the page and its tools' worker ask for (B's service worker, installing beside A's,
    # fetches B's files to keep them for when the reader updates: not the page's).
    asked: list[str] = []
    guide_only.on("request", lambda request: request.service_worker or asked.append(request.url))
    other.goto(base + LOG)
    other.wait_for_selector(READY, timeout=60_000)
    assert tools_of(other) == a_tools
    folders = {m.group(1) for url in asked if (m := TOOLS.search(url))}
    assert folders == {a_tools}, asked
    expect(other.locator("[data-stc-update]").first).to_be_visible(timeout=60_000)

    # After the update, the site works offline again.
    expect(page.locator("[data-stc-tool='caselog'] [data-stc-status]")).to_contain_text(
        "Listo para usar sin conexión", timeout=60_000
    )
    with_tools.set_offline(True)
    page.reload()
    page.wait_for_selector(READY, timeout=60_000)
    assert tools_of(page) == b_tools
    expect(page.get_by_label("Número de caso")).to_have_value("48213")
    follow_link(page, base)
    expect(page.locator("article")).to_contain_text("Versión B.")
    with_tools.close()
    guide_only.close()
