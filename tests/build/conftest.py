"""Fixtures for tests of the built site: the run's one build (tests/conftest.py, RunSite),
the same files the browser tests are served, or a site built elsewhere (STC_SITE_DIR)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import RunSite


@pytest.fixture(scope="session")
def site_dir(run_site: RunSite) -> Path:
    """The built site. STC_SITE_DIR points the tests at a site built elsewhere (e.g.
    `mkdocs build -d /tmp/x`); otherwise it is built once for the run (`mkdocs build --strict`)."""
    elsewhere = os.environ.get("STC_SITE_DIR")
    return Path(elsewhere) if elsewhere else run_site.built()
