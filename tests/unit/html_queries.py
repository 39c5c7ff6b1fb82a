"""Reading rendered tool HTML the way the tests need it: one element, its visible text."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag


def one(doc: BeautifulSoup | Tag, selector: str) -> Tag:
    found = doc.select(selector)
    assert len(found) == 1, f"{selector}: {len(found)} matches"
    return found[0]


def text_of(node: Tag) -> str:
    return " ".join(node.get_text(" ").split())
