"""Spelling of the built guide with `hunspell -d es_ES` (Debian `hunspell-es`).

Names, acronyms and a few correct forms the dictionary lacks (enclitic imperatives such
as «confírmalo») live in `palabras.txt`, one per line. The guide passes when fewer than
1 % of its words are unknown; the unknown ones are listed so a typo is easy to spot.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

WORD_LIST = Path(__file__).with_name("palabras.txt")
WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")
MAX_UNKNOWN = 0.01


def guide_words(site: Path) -> list[str]:
    """Words of every page's article, without code, tools (their own texts) or anchors."""
    words: list[str] = []
    for page in sorted(site.rglob("index.html")):
        if "assets" in page.relative_to(site).parts:
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        article = soup.find("article")
        if article is None:
            continue
        for skip in article.select(".stc-tool-holder, code, pre, kbd, .headerlink"):
            skip.decompose()
        for link in article.find_all("a"):  # a bare URL as link text is not prose
            if link.get_text().startswith(("http", "www.")):
                link.decompose()
        words += WORD.findall(article.get_text(" "))
    return words


def unknown_words(words: list[str]) -> list[str]:
    result = subprocess.run(
        ["hunspell", "-d", "es_ES", "-p", str(WORD_LIST), "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_hunspell_knows_the_guide(site_dir: Path) -> None:
    if shutil.which("hunspell") is None:
        pytest.fail("hunspell is missing: `make test` installs Debian's hunspell and hunspell-es")
    words = guide_words(site_dir)
    assert len(words) > 5000
    unknown = unknown_words(words)
    ratio = len(unknown) / len(words)
    listed = ", ".join(f"{w} ({n})" for w, n in Counter(unknown).most_common())
    assert ratio < MAX_UNKNOWN, f"{ratio:.2%} unknown words: {listed}"


def test_the_dictionary_catches_a_typo() -> None:
    if shutil.which("hunspell") is None:
        pytest.fail("hunspell is missing: `make test` installs Debian's hunspell and hunspell-es")
    assert unknown_words(["reclamación", "reclamasión", "PROFECO"]) == ["reclamasión"]
