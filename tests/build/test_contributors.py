"""For contributors: previewing the site installs only what building it needs."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_TOOLS = ("pytest", "playwright", "hypothesis", "ruff", "mypy", "beautifulsoup4")


def extras() -> dict[str, list[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {name: list(reqs) for name, reqs in project["optional-dependencies"].items()}


def names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=\[ ;]", r, maxsplit=1)[0].lower() for r in requirements}


def test_the_site_extra_builds_without_the_test_toolchain() -> None:
    site = names(extras()["site"])
    assert {"mkdocs", "mkdocs-material", "pymdown-extensions", "holidays"} <= site
    assert not site & set(TEST_TOOLS)


def test_the_dev_extra_is_the_site_extra_plus_the_tests() -> None:
    dev = extras()["dev"]
    assert "followup[site]" in dev
    assert set(TEST_TOOLS) <= names(dev)


def test_make_serve_and_build_install_only_the_site_extra() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("serve", "build", "publish"):
        assert re.search(rf"^{target}: site-setup$", makefile, re.M), target
    assert re.search(r'^\t\$\(PY\) -m pip install --quiet -e "\.\[site\]"$', makefile, re.M)
    assert re.search(r"^test: setup ", makefile, re.M)


def test_make_serve_and_build_install_only_the_runtime_from_npm() -> None:
    """The test tools (lighthouse, axe-core) are devDependencies: `make serve` on a fresh
    machine neither downloads them nor prints their Node version warnings."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^site-setup: .*node_modules/\.site-stamp$", makefile, re.M)
    assert re.search(r"^\tnpm ci --omit=dev ", makefile, re.M)
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert set(package["dependencies"]) == {"pyodide"}
    assert {"lighthouse", "axe-core"} <= set(package["devDependencies"])
