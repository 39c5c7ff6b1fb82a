"""Tool blocks: ``/// tool | checklist`` puts a prerendered `followup` tool in a page.

Syntax (pymdownx.blocks, the ``///`` blocks Material users already write)::

    /// tool | builder
    ///

The block's only job is to call `followup.render.render` and stash the HTML, so the page
shows the labelled, printable empty tool with JavaScript off and the browser adapter
mounts on exactly the same markup. See https://facelessuser.github.io/pymdown-extensions/extensions/blocks/
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from markdown import Markdown
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_string_in

from followup import render

TOOL_NAMES = tuple(render.TOOLS)
BASE_MARKER = "stc-site-root/"
STYLESHEET = f'<link rel="stylesheet" href="{BASE_MARKER}assets/herramientas.css">'


class ToolBlock(Block):  # type: ignore[misc]
    NAME = "tool"
    ARGUMENT = True
    OPTIONS: ClassVar[dict[str, Any]] = {}

    def on_validate(self, parent: etree.Element) -> bool:
        try:
            self.tool = type_string_in(TOOL_NAMES)(self.argument)
        except ValueError:
            return False
        return True

    def on_markdown(self) -> str:
        # A tool block has no Markdown content of its own.
        return "raw"

    def on_create(self, parent: etree.Element) -> etree.Element:
        # Links into the guide need the page's path to the site root, known only to
        # MkDocs: the marker is replaced by `hooks.on_page_content`.
        html = render.render(self.tool, render.View(base=BASE_MARKER))
        # The tools' stylesheet is linked here, not in mkdocs.yml's extra_css: only the
        # pages with a tool load it, and pages without one do not wait for it to paint.
        # A <link> in the body applies after instant navigation too (Material inserts it).
        html = STYLESHEET + html
        holder = etree.SubElement(parent, "div", {"class": "stc-tool-holder"})
        holder.text = self.md.htmlStash.store(html)
        return holder


class ToolBlockExtension(BlocksExtension):  # type: ignore[misc]
    def extendMarkdownBlocks(self, md: Markdown, block_mgr: Any) -> None:
        block_mgr.register(ToolBlock, self.getConfigs())


def makeExtension(**kwargs: Any) -> ToolBlockExtension:
    return ToolBlockExtension(**kwargs)
