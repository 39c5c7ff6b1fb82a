"""Shared test configuration: Debian's Chromium for every Playwright test."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import settings

# Hypothesis fails an example slower than 200 ms by default; on CI's two busy cores a
# correct example can be that slow. Properties about speed set their own deadline.
settings.register_profile("sigue-tu-caso", deadline=1000)
settings.load_profile("sigue-tu-caso")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # Only package registries are reachable: no `playwright install`, Debian's browser instead.
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}
