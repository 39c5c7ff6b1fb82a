"""How fast a tool page becomes usable and stays responsive: this build beside a baseline.

Run with `make bench`. Builds this tree's site and the baseline's (a git revision, by
default the last one that started Pyodide on the page's main thread) into temporary
folders, serves both with nginx and the shipped configuration, and measures both in one
run, in Debian's Chromium:

- main-thread long tasks from navigation until the tool is ready (count, total, max);
- navigation → tool ready, cold (fresh profile) and warm (second visit), medians of N, and
  the same for a bare `loadPyodide()` from this build's runtime files, as the reference;
- bytes of a cold tool page, raw and as served (gzip);
- keystroke → updated draft (p50, p95) while typing in the builder;
- whether, after one tool page, other pages and tools load with the network off;
- Lighthouse mobile performance and Total Blocking Time of the tool page, medians of 3.

Speed is measured here, never asserted in a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserType, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import READY, Nginx, build_and_serve, free_port  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402

# The last commit whose loader ran loadPyodide() on the page's main thread.
BASELINE = "5338464"

LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push(e.duration);
}).observe({ type: "longtask", buffered: true });
"""

# Time from each key press to the next change inside the tool (the draft regions swapped).
KEY_LATENCY = """
(root) => {
  window.__latencies = [];
  let pressed = null;
  document.addEventListener("keydown", () => { pressed = performance.now(); }, true);
  new MutationObserver(() => {
    if (pressed !== null) {
      window.__latencies.push(performance.now() - pressed);
      pressed = null;
    }
  }).observe(root, { subtree: true, childList: true, attributes: true });
}
"""


# The reference: the same runtime files, loaded by a page that does nothing else.
BARE_PAGE = """<!doctype html><html lang="es"><meta charset="utf-8"><title>bare</title>
<script type="module" src="bench-bare.js"></script><p id="state">cargando</p></html>"""
BARE_SCRIPT = """
const root = new URL("assets/herramientas/__TOOLS__/pyodide/", location.href);
const { loadPyodide } = await import(new URL("pyodide.mjs", root).href);
await loadPyodide({ indexURL: root.href });
document.getElementById("state").dataset.ready = "yes";
"""
BARE_READY = "#state[data-ready='yes']"
SNAPSHOT_STORED = (
    "caches.has('sigue-tu-caso-snapshot').then((has) => has &&"
    " caches.open('sigue-tu-caso-snapshot').then((c) => c.keys()).then((k) => k.length > 0))"
)


@dataclass
class Figures:
    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    transferred: list[int] = field(default_factory=list)
    raw: list[int] = field(default_factory=list)
    offline: str = ""
    long_tasks: list[list[float]] = field(default_factory=list)
    keys: list[float] = field(default_factory=list)
    lighthouse: dict[str, float] = field(default_factory=dict)


@contextmanager
def baseline_site(revision: str) -> Iterator[tuple[str, Nginx]]:
    """The baseline revision's own site, built by its own code, served like ours."""
    work = Path(tempfile.mkdtemp(prefix="stc-bench-base-"))
    tree = work / "tree"
    subprocess.run(
        ["git", "worktree", "add", "--detach", "--quiet", str(tree), revision],
        cwd=ROOT,
        check=True,
    )
    try:
        (tree / "node_modules").symlink_to(ROOT / "node_modules")
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        site = work / "site"
        env = {**os.environ, "SITE_URL": base, "PYTHONPATH": str(tree / "pylib")}
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(site)],
            cwd=tree,
            check=True,
            env=env,
        )
        server = Nginx(site, port)
        try:
            yield base, server
        finally:
            server.shutdown()
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
        shutil.rmtree(work, ignore_errors=True)


def measure_start(
    chromium: BrowserType, url: str, home: str, figures: Figures, ready: str = READY
) -> None:
    with tempfile.TemporaryDirectory() as profile:
        context = chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS
        )
        context.add_init_script(LONG_TASKS)
        page = context.new_page()
        served: list[int] = []
        raw: list[int] = []

        def record(request: Any) -> None:
            # The service worker caches the site once the tool is live: not waited for.
            # A worker's requests can finish after its page is gone; count what is known.
            try:
                if request.service_worker is not None:
                    return
                served.append(request.sizes()["responseBodySize"])
                response = request.response()
                raw.append(len(response.body()) if response else 0)
            except Exception:
                return

        context.on("requestfinished", record)  # the context's: the worker's requests too
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(ready, timeout=180_000)
        figures.cold.append(time.perf_counter() - start)
        figures.transferred.append(sum(served))  # what the reader waited for
        figures.raw.append(sum(raw))
        page.wait_for_timeout(200)
        figures.long_tasks.append(page.evaluate("window.__longTasks"))
        if page.locator("[data-start]").count():  # a build that stores a snapshot: let it
            for _ in range(60):
                if page.evaluate(SNAPSHOT_STORED):
                    break
                page.wait_for_timeout(500)
        page.goto(home)  # leave, then come back with a warm HTTP cache
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(ready, timeout=180_000)
        figures.warm.append(time.perf_counter() - start)
        if not figures.offline and ready == READY:
            figures.offline = works_offline(context, page, home)
        context.close()


def works_offline(context: Any, page: Any, home: str) -> str:
    """After one tool page: do a guide page and another tool load with the network off?"""
    page.wait_for_timeout(3000)  # the service worker keeps the runtime
    context.set_offline(True)
    try:
        page.goto(home + "canales/")
        page.goto(home + "herramientas/registro/")
        page.wait_for_selector(READY, timeout=30_000)
        return "yes"
    except Exception:
        return "no"
    finally:
        context.set_offline(False)


def measure_keys(chromium: BrowserType, base: str, figures: Figures) -> None:
    browser = chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
    page = browser.new_page()
    page.goto(base + "redactar/")
    page.wait_for_selector(READY, timeout=180_000)
    page.evaluate(KEY_LATENCY, page.locator("[data-stc-tool='builder']").element_handle())
    page.get_by_label("Resumen del problema").click()
    for char in "Corte intermitente de internet desde el lunes":
        page.keyboard.press(char if char != " " else "Space")
        page.wait_for_timeout(120)  # a brisk typist: each key is its own event
    page.wait_for_timeout(500)
    figures.keys = page.evaluate("window.__latencies")
    browser.close()


def lighthouse(url: str) -> dict[str, float]:
    try:
        from tests.bench.lighthouse import scores
    except ImportError:
        return {}
    return scores(url, runs=3)


def quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(base: str, page_path: str, runs: int, with_lighthouse: bool) -> Figures:
    figures = Figures()
    with sync_playwright() as p:
        for _ in range(runs):
            measure_start(p.chromium, base + page_path, base, figures)
        measure_keys(p.chromium, base, figures)
    if with_lighthouse:
        figures.lighthouse = lighthouse(base + page_path)
    return figures


def run_bare(site: Path, base: str, runs: int) -> Figures:
    (site / "bench-bare.html").write_text(BARE_PAGE, encoding="utf-8")
    (tools,) = site.glob("assets/herramientas/*/")
    script = BARE_SCRIPT.replace("__TOOLS__", tools.name)
    (site / "bench-bare.js").write_text(script, encoding="utf-8")
    figures = Figures()
    with sync_playwright() as p:
        for _ in range(runs):
            measure_start(p.chromium, base + "bench-bare.html", base, figures, BARE_READY)
    return figures


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(name: str, f: Figures, bare: Figures | None = None) -> list[str]:
    tasks = [t for run in f.long_tasks for t in run]
    per_run = [len(run) for run in f.long_tasks]

    def versus(mine: list[float], reference: list[float] | None) -> str:
        return f"  ({median(mine) / median(reference):.2f}× bare)" if reference else ""

    lines = [
        f"{name}:",
        f"  main-thread long tasks during start: {median(per_run):.0f} per visit,"
        f" total {sum(tasks) / max(1, len(f.long_tasks)):.0f} ms per visit,"
        f" max {max(tasks, default=0):.0f} ms",
        f"  navigation → ready, cold: median {median(f.cold):.2f} s"
        f"{versus(f.cold, bare.cold if bare else None)}  {[round(x, 2) for x in f.cold]}",
        f"  navigation → ready, warm: median {median(f.warm):.2f} s"
        f"{versus(f.warm, bare.warm if bare else None)}  {[round(x, 2) for x in f.warm]}",
        f"  bytes until the tool is ready, cold: {median(f.raw) / 1e6:.2f} MB raw,"
        f" {median(f.transferred) / 1e6:.2f} MB as served",
    ]
    if f.keys:
        lines.append(
            f"  keystroke → updated draft: p50 {quantile(f.keys, 0.5):.1f} ms,"
            f" p95 {quantile(f.keys, 0.95):.1f} ms ({len(f.keys)} keys)"
        )
    if f.offline:
        lines.append(f"  works offline after one tool page: {f.offline}")
    if f.lighthouse:
        scores = ", ".join(f"{name} {value:.0f}" for name, value in f.lighthouse.items())
        lines.append(f"  Lighthouse mobile (medians of 3): {scores}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page", default="redactar/")
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()
    lighthouse_on = not args.no_lighthouse
    site = Path(tempfile.mkdtemp(prefix="stc-bench-"))
    base, server = build_and_serve(site)
    try:
        with baseline_site(args.baseline) as (old_base, _):
            before = run(old_base, args.page, args.runs, lighthouse_on)
        bare = run_bare(site, base, args.runs)
        after = run(base, args.page, args.runs, lighthouse_on)
    finally:
        server.shutdown()
    print(f"page: /{args.page}  runs: {args.runs}  (Debian Chromium, nginx, this machine)")
    for line in [
        *report("bare loadPyodide() on a blank page, this build's runtime files", bare),
        *report(f"before ({args.baseline}, Pyodide on the main thread)", before, bare),
        *report("after (this tree: Web Worker, snapshot, service worker)", after, bare),
    ]:
        print(line)


if __name__ == "__main__":
    main()
