"""Fixtures for tests of the built site: `make test` builds `site/` before running them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; built here when the tests run alone (`pytest tests/build`)."""
    if not (SITE / "index.html").exists():
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=ROOT, check=True)
    return SITE
