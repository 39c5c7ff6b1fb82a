"""The built pages parsed once per test process: the build tests read the same few dozen pages
hundreds of times (one country page per parametrised test), and html.parser took most of
their time. A parsed page is shared: a test that changes its tree (decompose, extract) parses
its own copy instead."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup


@cache
def _parse(path: str, modified: int) -> BeautifulSoup:
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def parsed(path: Path) -> BeautifulSoup:
    """The page at `path`, parsed (again only if the file changed since); read-only."""
    return _parse(str(path), path.stat().st_mtime_ns)


def own_copy(path: Path) -> BeautifulSoup:
    """The page at `path` parsed for a test that changes the tree."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
