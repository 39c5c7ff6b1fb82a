"""Fixtures for tests of the built site: `make test` builds `site/` before running them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# STC_SITE_DIR points the tests at a site built elsewhere (e.g. `mkdocs build -d /tmp/x`).
SITE = Path(os.environ.get("STC_SITE_DIR", ROOT / "site"))


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; built here when the tests run alone (`pytest tests/build`)."""
    if not (SITE / "index.html").exists():
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(SITE)]
        subprocess.run(build, cwd=ROOT, check=True)
    return SITE
