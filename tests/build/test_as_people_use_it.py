"""Issue 10 in the built site: tool grids fit a 320 px phone, focus rings are visible."""

from __future__ import annotations

import re
from pathlib import Path


def test_tool_grids_never_ask_for_more_than_a_phone_is_wide(site_dir: Path) -> None:
    css = (site_dir / "assets" / "herramientas.css").read_text(encoding="utf-8")
    grid = re.search(r"\.stc-grid \{[^}]*\}", css)
    assert grid is not None
    assert "minmax(min(14rem, 100%), 1fr)" in grid.group(0)


def test_focus_rings_use_the_text_colour_and_cover_date_fields(site_dir: Path) -> None:
    css = (site_dir / "assets" / "herramientas.css").read_text(encoding="utf-8")
    rule = re.search(r"[^}]*input\[type=\"date\"\]:focus[^{]*\{[^}]*\}", css)
    assert rule is not None
    assert "outline: 2px solid var(--md-default-fg-color)" in rule.group(0)
