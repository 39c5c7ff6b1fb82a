"""Shared test configuration: Debian's Chromium for every Playwright test, and the site built
once per test run for every layer that needs it."""

from __future__ import annotations

import fcntl
import getpass
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]

# Hypothesis fails an example slower than its deadline (200 ms by default). On CI's two busy
# cores, under coverage and beside a second test worker, a correct example can take seconds:
# the deadline here only catches an example that hangs. Properties about speed set their own.
settings.register_profile("sigue-tu-caso", deadline=10_000)
settings.load_profile("sigue-tu-caso")

CHROMIUM = "/usr/bin/chromium"
# Headless Chromium 156 still builds the browser's own omnibox popup, a WebUI page of about
# 300 scripts in a renderer of its own, built again as pages open: ≈ 2.5 s of CPU per tool
# page opened on these two cores, nothing a page sees (Chrome tracing: "WebUI Top Renderer").
# Without it the axe file ran in 98 s instead of 124 s.
BROWSER_UI = [
    "WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup", "OmniboxDuiPrerendering"
]  # fmt: skip
# Chromium keeps only the last --disable-features it is given: Playwright's own (1.65's list,
# what keeps routes, storage and screenshots as it expects) are repeated with ours.
PLAYWRIGHT_DISABLED = [
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding",
    "ThirdPartyStoragePartitioning", "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin", "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled",
    "PreconnectToSearch",
]  # fmt: skip
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=" + ",".join(BROWSER_UI + PLAYWRIGHT_DISABLED),
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # Only package registries are reachable: no `playwright install`, Debian's browser instead.
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


# --- the built site, served by nginx ------------------------------------------------------

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


class Nginx:
    """Debian's nginx serving one built site with deploy/nginx.conf. Started as a daemon: the
    command returns once nginx listens (it opens its sockets before it forks), so nothing
    waits on a clock. `root`: the served folder when it is a symlink switched between
    releases (sitebuild.publish)."""

    def __init__(
        self,
        site_dir: Path,
        port: int,
        root: Path | None = None,
        template: Path | None = None,
    ) -> None:
        from sitebuild.serving import NGINX_TEMPLATE, render_nginx

        if not Path(NGINX).exists():
            raise RuntimeError("nginx is missing: `make test` installs it (apt-get install nginx)")
        self.prefix = Path(tempfile.mkdtemp(prefix="stc-nginx-"))
        (self.prefix / "tmp").mkdir()
        # As root, the workers would switch to www-data, which can't read pytest's 0700 folders.
        user = "root" if os.geteuid() == 0 else getpass.getuser()
        text = render_nginx(
            site_dir,
            listen=f"127.0.0.1:{port}",
            user=user,
            root=root,
            template=template or NGINX_TEMPLATE,
        )
        (self.prefix / "nginx.conf").write_text(text, "utf-8")
        # Output to a file, not a pipe: the daemon keeps the parent's stderr open.
        with (self.prefix / "start.log").open("wb") as output:
            started = subprocess.run(
                [*self.command(), "-g", "daemon on;"], stdout=output, stderr=output, timeout=30
            )
        if started.returncode != 0:
            said = (self.prefix / "start.log").read_text(errors="replace")
            shutil.rmtree(self.prefix, ignore_errors=True)
            raise RuntimeError(f"nginx did not start:\n{said}")

    @property
    def conf(self) -> Path:
        return self.prefix / "nginx.conf"

    @property
    def log(self) -> Path:
        return self.prefix / "error.log"

    def command(self) -> list[str]:
        return Nginx.command_at(self.prefix)

    @staticmethod
    def command_at(prefix: Path) -> list[str]:
        conf, log = prefix / "nginx.conf", prefix / "error.log"
        return [NGINX, "-p", str(prefix), "-e", str(log), "-c", str(conf)]

    def shutdown(self) -> None:
        Nginx.shutdown_at(self.prefix)

    @staticmethod
    def shutdown_at(prefix: Path) -> None:
        """Stop the nginx started with this prefix (perhaps by another process of the run)."""
        subprocess.run([*Nginx.command_at(prefix), "-s", "stop"], capture_output=True, timeout=30)
        shutil.rmtree(prefix, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_site(site_dir: Path, base: str) -> None:
    """`mkdocs build --strict` for a site served at `base`.

    Material's instant navigation only takes over links whose host and port match the
    sitemap's, which come from site_url: a site built for :8000 served on another port
    would silently fall back to full page loads."""
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
        cwd=ROOT,
        check=True,
        # Material's end-of-life banner (its documented opt-out, as the Makefile sets it).
        env={**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"},
    )


class RunSite:
    """The site of one test run: built once, for the port it is then served on, and served
    once, by nginx with the shipped configuration (what is tested is what readers get).

    Shared by every layer (tests/build reads the files, tests/browser and tests/pyodide load
    the pages) and by every pytest-xdist worker: the first to need it builds it (the others
    wait on a file lock) and the run's main process stops nginx when the run ends."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.state_file = folder / "site.json"

    @contextmanager
    def _locked(self) -> Iterator[dict[str, Any]]:
        with (self.folder / "site.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            state = self._state()
            try:
                yield state
            finally:  # a failed build too: the other workers fail at once rather than retry
                self.state_file.write_text(json.dumps(state), "utf-8")

    def _state(self) -> dict[str, Any]:
        if not self.state_file.exists():
            return {}
        loaded: dict[str, Any] = json.loads(self.state_file.read_text("utf-8"))
        return loaded

    @staticmethod
    def _build(state: dict[str, Any], folder: Path) -> None:
        if "failed" in state:
            raise RuntimeError(f"the site did not build earlier in this run: {state['failed']}")
        if "site" in state:
            return
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        site = folder / "site"
        try:
            build_site(site, base)
        except subprocess.CalledProcessError as error:
            state["failed"] = str(error)
            raise
        state.update(site=str(site), port=port, base=base)

    def built(self) -> Path:
        """The built site's folder."""
        with self._locked() as state:
            self._build(state, self.folder)
            return Path(state["site"])

    def served(self) -> str:
        """The base URL the built site is served on."""
        with self._locked() as state:
            self._build(state, self.folder)
            if "nginx" not in state:
                state["nginx"] = str(Nginx(Path(state["site"]), state["port"]).prefix)
            return str(state["base"])

    def stop(self) -> None:
        """Stop nginx (the built site stays: a later run given this folder serves it again)."""
        with self._locked() as state:
            if "nginx" in state:
                Nginx.shutdown_at(Path(state.pop("nginx")))


# Inherited by pytest-xdist's workers from the main process. Set before pytest starts (the
# Makefile's `test`), it is a folder two runs share: the Chromium run builds the site, the
# engines' run (tests/engines) serves the same build, and neither deletes it.
RUN_FOLDER = "STC_TEST_RUN"
_RUN_KEY = pytest.StashKey[tuple[Path, bool]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "alone: measures time on the main thread: runs with no other test of the run beside it "
        "(the other pytest-xdist workers wait)",
    )
    if hasattr(config, "workerinput"):
        return  # a pytest-xdist worker: the main process made the run's folder
    given = os.environ.get(RUN_FOLDER)
    if given:
        Path(given).mkdir(parents=True, exist_ok=True)
        config.stash[_RUN_KEY] = (Path(given), False)
        return
    folder = Path(tempfile.mkdtemp(prefix="stc-run-"))
    os.environ[RUN_FOLDER] = str(folder)
    config.stash[_RUN_KEY] = (folder, True)


def pytest_unconfigure(config: pytest.Config) -> None:
    folder, owned = config.stash.get(_RUN_KEY, (None, False))
    if folder is not None:
        RunSite(folder).stop()
        if owned:
            shutil.rmtree(folder, ignore_errors=True)
            os.environ.pop(RUN_FOLDER, None)


@pytest.fixture(scope="session")
def run_site() -> RunSite:
    return RunSite(Path(os.environ[RUN_FOLDER]))


@pytest.fixture(autouse=True)
def _alone_if_timed(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test holds the run's lock shared; a test marked `alone` holds it alone, so a
    second worker's browser does not share the cores while it measures."""
    alone = request.node.get_closest_marker("alone") is not None
    with (Path(os.environ[RUN_FOLDER]) / "alone.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        yield
