"""MkDocs hook: nav entries that point at a tool inside a chapter, and anchors in raw HTML.

The «Herramientas» section of the nav lists three tools that live inside chapters, by
anchor: ``preparacion/#stc-checklist-tool`` (the chapter's URL, which Zensical also takes
as it is) or ``preparacion.md#stc-checklist-tool``. MkDocs 1.6 takes only whole pages in the
nav: any other relative entry becomes a link it reports as "not found in the documentation
files", although it works. This hook resolves those entries itself and checks them as
strictly as a link inside a page: the chapter must exist and its built page must carry the
anchor, or the build logs a WARNING, which ``--strict`` turns into a failure. Every other
nav entry stays MkDocs' business, and mkdocs.yml makes an unresolved one a warning too.

MkDocs also learns the ids of the HTML that Markdown extensions stash (the tools'
prerendered HTML, `sitebuild.tool_blocks`): it collects anchors from the Markdown tree only,
so a link to a tool (``escalar.md#stc-wizard-tool``) looked broken to it. With every id of
the page known, mkdocs.yml makes a link to a missing anchor a warning as well.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any

log = logging.getLogger("mkdocs.sitebuild.nav_anchors")

# A nav entry "chapter/#anchor" or "chapter.md#anchor". MkDocs only logs entries with a URL
# scheme at DEBUG level ("an external link"), so on_config hides these behind one until
# on_nav resolves them.
ANCHORED = re.compile(r"^(?P<page>[^:#?]+)#(?P<anchor>[\w-]+)$")
SCHEME = "stc-nav-anchor:"

# Source path of a chapter -> the anchors the nav points at in it (filled by on_nav).
EXPECTED: dict[str, set[str]] = {}


def hide(items: Any) -> Any:
    """The nav with each "chapter/#anchor" entry behind SCHEME (idempotent)."""
    if isinstance(items, list):
        return [hide(item) for item in items]
    if isinstance(items, dict):
        return {title: hide(value) for title, value in items.items()}
    if isinstance(items, str) and ANCHORED.match(items):
        return SCHEME + items
    return items


def on_config(config: Any) -> Any:
    if config.get("nav"):
        config["nav"] = hide(config["nav"])
    return config


def links(items: Any) -> Any:
    for item in items:
        if getattr(item, "children", None):
            yield from links(item.children)
        elif item.is_link:
            yield item


def chapter(files: Any, page: str) -> Any:
    """The documentation file of a nav entry's page: its source path or its URL."""
    if page.endswith(".md"):
        found = files.get_file_from_path(page)
        return found if found is not None and found.is_documentation_page() else None
    return next(
        (f for f in files.documentation_pages() if f.url == page or f.url == page + "/"), None
    )


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    EXPECTED.clear()
    for link in links(nav.items):
        if not link.url.startswith(SCHEME):
            continue
        entry = link.url.removeprefix(SCHEME)
        match = ANCHORED.match(entry)
        assert match is not None
        target = chapter(files, match["page"])
        if target is None:
            log.warning(
                f"The nav entry '{link.title}: {entry}' points at '{match['page']}', "
                "which is not in the documentation files."
            )
            continue
        # A URL from the site root, as a page entry's; the theme makes it relative to each page.
        link.url = f"{target.url}#{match['anchor']}"
        EXPECTED.setdefault(target.src_uri, set()).add(match["anchor"])
    return nav


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "id" or (name == "name" and tag == "a")):
                self.ids.add(value)


def page_ids(html: str) -> set[str]:
    parser = _Ids()
    parser.feed(html)
    parser.close()
    return parser.ids


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    ids = page_ids(html)
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= ids
    for anchor in sorted(EXPECTED.get(page.file.src_uri, set()) - ids):
        log.warning(
            f"The nav points at '{page.file.src_uri}#{anchor}', but that page has no "
            f"element with id '{anchor}'."
        )
    return html
