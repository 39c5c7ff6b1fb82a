"""How fast a tool page becomes usable and stays responsive: this build beside a baseline.

Run with `make bench`. Builds this tree's site and the baseline's (a git revision, by
default the last one that started Pyodide on the page's main thread) into temporary
folders, serves both with nginx and the shipped configuration, and measures both in one
run, in Debian's Chromium:

- main-thread long tasks from navigation until the tool is ready (count, total, max);
- navigation → tool ready, cold (fresh profile) and warm (second visit), medians of N;
- bytes transferred for a cold tool page;
- keystroke → updated draft (p50, p95) while typing in the builder;
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


@dataclass
class Figures:
    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    transferred: list[int] = field(default_factory=list)
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


def measure_start(chromium: BrowserType, url: str, home: str, figures: Figures) -> None:
    with tempfile.TemporaryDirectory() as profile:
        context = chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS
        )
        context.add_init_script(LONG_TASKS)
        page = context.new_page()
        sizes: list[int] = []

        def record(request: Any) -> None:
            # A worker's requests can finish after its page is gone; count what is known.
            try:
                got = request.sizes()
            except Exception:
                return
            sizes.append(got["responseBodySize"] + got["responseHeadersSize"])

        context.on("requestfinished", record)  # the context's: the worker's requests too
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(READY, timeout=180_000)
        figures.cold.append(time.perf_counter() - start)
        page.wait_for_timeout(200)
        figures.long_tasks.append(page.evaluate("window.__longTasks"))
        figures.transferred.append(sum(sizes))
        page.goto(home)  # leave, then come back with a warm HTTP cache
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(READY, timeout=180_000)
        figures.warm.append(time.perf_counter() - start)
        context.close()


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


def report(name: str, f: Figures) -> list[str]:
    tasks = [t for run in f.long_tasks for t in run]
    per_run = [len(run) for run in f.long_tasks]
    lines = [
        f"{name}:",
        f"  main-thread long tasks during start: {statistics.median(per_run):.0f} per visit,"
        f" total {sum(tasks) / max(1, len(f.long_tasks)):.0f} ms per visit,"
        f" max {max(tasks, default=0):.0f} ms",
        f"  navigation → tool ready, cold: median {statistics.median(f.cold):.2f} s"
        f"  {[round(x, 2) for x in f.cold]}",
        f"  navigation → tool ready, warm: median {statistics.median(f.warm):.2f} s"
        f"  {[round(x, 2) for x in f.warm]}",
        f"  bytes transferred (cold tool page): median"
        f" {statistics.median(f.transferred) / 1e6:.2f} MB",
        f"  keystroke → updated draft: p50 {quantile(f.keys, 0.5):.1f} ms,"
        f" p95 {quantile(f.keys, 0.95):.1f} ms ({len(f.keys)} keys)",
    ]
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
    base, server = build_and_serve(Path(tempfile.mkdtemp(prefix="stc-bench-")))
    try:
        with baseline_site(args.baseline) as (old_base, _):
            before = run(old_base, args.page, args.runs, lighthouse_on)
            after = run(base, args.page, args.runs, lighthouse_on)
    finally:
        server.shutdown()
    print(f"page: /{args.page}  runs: {args.runs}  (Debian Chromium, this machine)")
    for line in [
        *report(f"before ({args.baseline}, Pyodide on the main thread)", before),
        *report("after (this tree, Pyodide in a Web Worker)", after),
    ]:
        print(line)


if __name__ == "__main__":
    main()
