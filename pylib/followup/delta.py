"""Only what changed goes to the page: `render` effects trimmed to the regions that changed.

The controller answers an edit with the HTML of the page's tools (`render` effect, mode
`regions`), and the page bridge swaps each `data-region` element whose HTML differs from
the page's. Typing in a long case, most regions stay the same: sending every tool whole on
every keystroke made the page parse and compare tens of kilobytes for one changed draft.
`Sent` remembers, per tool, the HTML of each region it let through and trims a `regions`
render to the regions whose HTML changed since, in the form the bridge already reads (the
changed regions inside one `<div>`); `whole` renders pass untouched and are remembered.
Attributes set by id (`aria-invalid`) are trimmed the same way.

Effects that change a region's markup outside the controller's HTML (`inner`: the draft's
warnings; `copy`: its status line) make `Sent` forget: the next render sends every region
again, and the bridge compares them with the page as it always did. The worker entry
(`followup.worker`) owns one `Sent` per visit; the controller stays a pure function whose
effects say everything.

The markup is ours (`followup.render`): attribute values and text are escaped, so a tag
ends at the first `>`, and regions nest properly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

Effect = dict[str, Any]

_REGION = re.compile(r'<([a-z][a-z0-9]*)\b[^>]*\bdata-region="([^"]*)"[^>]*>')
_TAGS: dict[str, re.Pattern[str]] = {}
# Elements the HTML parser drops outside their table or select: such regions go whole.
_CONTEXTUAL = frozenset({"tr", "td", "th", "thead", "tbody", "tfoot", "caption", "col", "colgroup"})


def _tag(name: str) -> re.Pattern[str]:
    if name not in _TAGS:
        _TAGS[name] = re.compile(rf"<(/?){name}\b[^>]*>")
    return _TAGS[name]


def regions(markup: str) -> dict[str, tuple[str, str]]:
    """The outermost `data-region` elements of `markup`: name -> (tag, outer HTML)."""
    found: dict[str, tuple[str, str]] = {}
    at = 0
    while match := _REGION.search(markup, at):
        tag, name = match.group(1), match.group(2)
        depth = 1
        for edge in _tag(tag).finditer(markup, match.end()):
            depth += -1 if edge.group(1) else 1
            if depth == 0:
                break
        else:
            raise ValueError(f"region {name!r}: <{tag}> never closes")
        found[name] = (tag, markup[match.start() : edge.end()])
        at = edge.end()
    return found


class Sent:
    """What the page was last sent: each tool's regions and the attributes set by id."""

    def __init__(self) -> None:
        self.regions: dict[str, dict[str, str]] = {}
        self.attributes: dict[str, dict[str, str | None]] = {}

    def forget(self) -> None:
        self.regions.clear()
        self.attributes.clear()

    def trim(self, effects: list[Effect]) -> list[Effect]:
        """The effects to send: `regions` renders cut down to what changed."""
        out: list[Effect] = []
        for effect in effects:
            kind = effect.get("effect")
            if kind == "render":
                trimmed = self._render(effect)
                if trimmed is not None:
                    out.append(trimmed)
                continue
            if kind in ("inner", "copy"):
                self.forget()  # the page's regions now differ from what was sent
            out.append(effect)
        return out

    def _render(self, effect: Effect) -> Effect | None:
        tools: Mapping[str, str] = effect.get("tools") or {}
        attributes: Mapping[str, Mapping[str, str | None]] = effect.get("attributes") or {}
        if effect.get("mode") == "whole":
            for tool, markup in tools.items():
                self.regions[tool] = {n: html for n, (_, html) in regions(markup).items()}
            for ident, values in attributes.items():
                self.attributes.setdefault(ident, {}).update(values)
            return effect
        sent_tools: dict[str, str] = {}
        for tool, markup in tools.items():
            fresh = regions(markup)
            known = self.regions.setdefault(tool, {})
            changed = {n: (tag, html) for n, (tag, html) in fresh.items() if known.get(n) != html}
            known.update({n: html for n, (_, html) in changed.items()})
            if any(tag in _CONTEXTUAL for tag, _ in changed.values()):
                sent_tools[tool] = markup
            elif changed:
                sent_tools[tool] = (
                    "<div>" + "".join(html for _, html in changed.values()) + "</div>"
                )
        sent_attributes: dict[str, dict[str, str | None]] = {}
        for ident, values in attributes.items():
            known_values = self.attributes.setdefault(ident, {})
            new = {k: v for k, v in values.items() if k not in known_values or known_values[k] != v}
            known_values.update(new)
            if new:
                sent_attributes[ident] = new
        if not sent_tools and not sent_attributes:
            return None
        return {**effect, "tools": sent_tools, "attributes": sent_attributes}
