"""How fast a tool page becomes usable and stays responsive: this build beside a baseline.

Run with `make bench`. Builds this tree's site and the baseline's (a git revision, by
default the landed site this work started from) into temporary folders, serves both with
nginx and the shipped configuration, and measures both in one run, in Debian's Chromium,
beside a bare `loadPyodide()` from this build's runtime files (the reference):

- desktop (no throttling): main-thread long tasks from navigation until the tool is ready;
  navigation → tool ready, first visit (fresh profile) and return visit, medians of N, both
  moments as the page saw them (Playwright's wait sees the answer up to 0.5 s late); the
  bytes moved until the tool answers (as served, and raw); keystroke → updated draft (p50,
  p95) while typing in the builder with a filled case (ten timeline entries, a long
  summary); whether, after one tool page, other pages and tools load with the network off;
  whether V8 reused the WebAssembly it compiled before on a return visit (one more return
  visit, traced with Chrome's trace events, not timed);
  Lighthouse mobile performance and Total Blocking Time of the tool page, medians of 3;
- phone (slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms RTT, and 4× CPU, through the Chrome
  DevTools Protocol): first visit, return visit and keystroke p95 with the same filled case.
  CDP slows down the page's main thread only: Chromium refuses CPU throttling for a
  worker target, so the tools' worker (and V8's compiler threads) run at this machine's
  speed; network throttling covers the worker's requests too.

Speed is measured here, never asserted in a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserType, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "pylib"))

from tests.browser.conftest import READY, Nginx, build_and_serve, free_port  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from tests.golden.golden_runner import CASES_FILE  # noqa: E402

from followup import storage  # noqa: E402
from followup.model import (  # noqa: E402
    CaseSector,
    Interaction,
    InteractionKind,
    SituationKind,
    case_from_dict,
)

# The landed site when issue 20 was filed: a worker, the snapshot, the service worker, gzip.
BASELINE = "ccbce03"


@dataclass(frozen=True)
class Conditions:
    """Network and CPU of the emulated reader (CDP); -1 means not throttled."""

    name: str
    latency_ms: float = 0
    down_bytes_per_s: float = -1
    up_bytes_per_s: float = -1
    cpu_slowdown: float = 1
    key_interval_ms: int = 120  # a brisk typist: each key is its own event

    def apply(self, page: Page) -> None:
        if self.cpu_slowdown == 1 and self.latency_ms == 0:
            return
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": self.latency_ms,
                "downloadThroughput": self.down_bytes_per_s,
                "uploadThroughput": self.up_bytes_per_s,
            },
        )
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": self.cpu_slowdown})


DESKTOP = Conditions("desktop")
PHONE = Conditions(
    "phone",
    latency_ms=150,
    down_bytes_per_s=1.6e6 / 8,
    up_bytes_per_s=750e3 / 8,
    cpu_slowdown=4,
    key_interval_ms=200,
)

LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push(e.duration);
}).observe({ type: "longtask", buffered: true });
"""

# The moment (ms since 1970, as Playwright's request timings) the tool answered: the ready
# selector's first match, seen by the page itself. Playwright notices it up to half a second
# later, and what a page asks for after its tool answered is not what the reader waited for.
READY_AT = """
(ready) => {
  const seen = () => {
    if (window.__readyAt || !document.querySelector(ready)) return;
    window.__readyAt = performance.timeOrigin + performance.now();
  };
  const all = { subtree: true, childList: true, attributes: true };
  new MutationObserver(seen).observe(document, all);
}
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


def filled_log() -> str:
    """The golden set's fullest case grown to what a long case holds: ten timeline entries,
    a long summary, the country, the sector and a formal complaint; two more cases."""
    entries = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    case = next(case_from_dict(e["case"]) for e in entries if e["name"] == "email-full-status")
    kinds = list(InteractionKind)
    timeline = tuple(
        Interaction(
            dt.date(2026, 10, 1) + dt.timedelta(days=3 * i),
            case.channel or case.interactions[0].channel,
            kinds[i % len(kinds)],
            "Laura Gómez",
            f"Llamada {i + 1}: prometen revisar la línea y llamar en 48 horas; no llaman.",
        )
        for i in range(10)
    )
    case = replace(
        case,
        summary=" ".join([case.summary] * 6),
        interactions=timeline,
        country="ES",
        sector=CaseSector.TELECOM,
        situation=SituationKind.SERVICE_CUT,
        complaint_date=dt.date(2026, 11, 2),
        signer_name="Ana Pérez Ruiz",
    )
    others = tuple(replace(case, id=f"otro-{n}", title=f"Otro caso {n}") for n in (1, 2))
    return storage.serialize(storage.CaseLog(cases=(case, *others), active_id=case.id))


@dataclass
class Figures:
    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    transferred: list[int] = field(default_factory=list)
    raw: list[int] = field(default_factory=list)
    offline: str = ""
    code_cache: str = ""
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
        # Served as that revision shipped it (its own nginx configuration: gzip only before
        # the brotli twins).
        server = Nginx(site, port, template=tree / "deploy" / "nginx.conf")
        try:
            yield base, server
        finally:
            server.shutdown()
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
        shutil.rmtree(work, ignore_errors=True)


def answered_after(page: Page) -> float:
    """Seconds from the navigation's start to the tool's answer, as the page saw both.
    Playwright's own wait notices the answer up to half a second late, and by how much
    varies: a clock around it moved the bare runtime's first visit by 1.1 s between two runs
    of the same build."""
    seconds: float = page.evaluate("(window.__readyAt - performance.timeOrigin) / 1000")
    return seconds


def measure_start(
    chromium: BrowserType,
    url: str,
    home: str,
    figures: Figures,
    ready: str = READY,
    conditions: Conditions = DESKTOP,
) -> None:
    with tempfile.TemporaryDirectory() as profile:
        context = chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS
        )
        context.add_init_script(LONG_TASKS)
        context.add_init_script(f"({READY_AT})({json.dumps(ready)})")
        page = context.new_page()
        conditions.apply(page)
        # (started at, bytes as served, URL) of each request the page and its workers
        # made. Bodies are not read here: read as each request finished, 15 MB went through
        # the DevTools pipe while the start was being timed (0.6 s more on a desktop first
        # visit of a build whose page prefetched the large files that its worker then asked
        # for again).
        requests: list[tuple[float, int, str]] = []

        def record(request: Any) -> None:
            # The service worker caches the site once the tool is live: not waited for.
            try:
                if request.service_worker is not None:
                    return
                # negative for a file the worker took from the page's prefetch (a build
                # that prefetches)
                served = max(0, request.sizes()["responseBodySize"])
                requests.append((request.timing["startTime"], served, request.url))
            except Exception:
                return

        context.on("requestfinished", record)  # the context's: the worker's requests too
        page.goto(url, timeout=180_000)
        page.wait_for_selector(ready, timeout=300_000)
        figures.cold.append(answered_after(page))
        page.wait_for_timeout(200)
        figures.long_tasks.append(page.evaluate("window.__longTasks"))
        if page.locator("[data-start]").count():  # a build that stores a snapshot: let it
            for _ in range(120):
                if page.evaluate(SNAPSHOT_STORED):
                    break
                page.wait_for_timeout(500)
        # What the reader waited for: every request asked for before the tool answered (all
        # of them have finished by now: the snapshot is stored, or two minutes went by).
        ready_at = page.evaluate("window.__readyAt")
        waited = [r for r in requests if r[0] < ready_at]
        figures.transferred.append(sum(r[1] for r in waited))
        # raw: what moved, uncompressed (a file the worker took from the page's prefetch, in
        # a build that prefetches, moved once, with the prefetch)
        figures.raw.append(sum(body_size(r[2]) for r in waited if r[1] > 0))
        # Leave (a blank page: a guide page would start the tools in idle time there, work a
        # full navigation throws away), then come back with warm caches.
        page.goto("about:blank")
        page.wait_for_timeout(1000)
        page.goto(url, timeout=180_000)
        page.wait_for_selector(ready, timeout=300_000)
        figures.warm.append(answered_after(page))
        if not figures.code_cache and conditions is DESKTOP:
            figures.code_cache = traced_return(context, page, url, ready)
        if not figures.offline and ready == READY and conditions is DESKTOP:
            figures.offline = works_offline(context, page, home)
        context.close()


def body_size(url: str) -> int:
    """Bytes of what a URL serves, uncompressed: asked for again, without compression, once
    the timing is over (the browser's copy of a body may be gone by then, and reading it
    while the start is timed slowed the start)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return len(response.read())
    except OSError:
        return 0


# Chrome's trace events of V8 compiling the tools' WebAssembly (third_party/blink/.../
# v8_wasm_response_extensions.cc and V8's wasm compiler).
WASM_TRACE = ["disabled-by-default-devtools.timeline", "v8.wasm"]


def traced_return(context: Any, page: Page, url: str, ready: str) -> str:
    """One more return visit, traced (not timed): did V8 reuse the WebAssembly it compiled
    before (its code cache), and how many functions did it still compile on first call?"""
    browser = context.browser
    if browser is None:
        return ""
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "trace.json"
        page.goto("about:blank")
        browser.start_tracing(path=str(trace), categories=WASM_TRACE)
        page.goto(url, timeout=180_000)
        page.wait_for_selector(ready, timeout=300_000)
        browser.stop_tracing()
        events = json.loads(trace.read_text(encoding="utf-8"))["traceEvents"]
    names = [e.get("name") for e in events]
    hit = "v8.wasm.moduleCacheHit" in names
    lazy = names.count("wasm.CompileLazy")
    return f"{'hit' if hit else 'miss'}, {lazy} functions compiled on first call"


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


def measure_keys(
    chromium: BrowserType, base: str, figures: Figures, conditions: Conditions = DESKTOP
) -> None:
    """Typing at the start of a long summary in the builder (its first sentence is in the
    draft), the case log holding a long case."""
    browser = chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
    context = browser.new_context()
    log = json.dumps(filled_log())
    context.add_init_script(
        f"if (!localStorage.getItem('sigue-tu-caso')) localStorage.setItem('sigue-tu-caso', {log})"
    )
    page = context.new_page()
    page.goto(base + "redactar/", timeout=180_000)
    page.wait_for_selector(READY, timeout=300_000)
    page.wait_for_timeout(3000)  # the first visit's own work (the snapshot) is not typing
    conditions.apply(page)
    page.evaluate(KEY_LATENCY, page.locator("[data-stc-tool='builder']").element_handle())
    page.get_by_label("Resumen del problema").click()
    page.keyboard.press("Control+Home")
    for char in "Desde el lunes, corte intermitente de internet. ":
        page.keyboard.press(char if char != " " else "Space")
        page.wait_for_timeout(conditions.key_interval_ms)
    page.wait_for_timeout(1500)
    figures.keys = page.evaluate("window.__latencies")
    browser.close()


def measure_webkit(url: str, runs: int) -> Figures:
    """First and return visits in WebKitGTK (Safari's engine family, Debian's 2.50), desktop,
    no throttling: a new browser (fresh storage) per run, driven over its WebDriver as in
    tests/engines. Navigation → tool ready, as for Chromium (Navigate returns at the load
    event; the rest is waited for inside the page)."""
    from tests.engines.conftest import WAIT
    from tests.engines.drivers import WebKitSession

    figures = Figures()

    def ready(session: WebKitSession, condition: str) -> None:
        said = session.execute_async(WAIT % condition, None, 300_000)
        assert "value" in said, said

    for _ in range(runs):
        session = WebKitSession()
        try:
            session.set_script_timeout(600_000)
            start = time.perf_counter()
            session.navigate(url)
            ready(session, f"document.querySelector({READY!r})")
            figures.cold.append(time.perf_counter() - start)
            ready(session, SNAPSHOT_STORED)  # a return starts from the snapshot
            session.navigate("about:blank")
            start = time.perf_counter()
            session.navigate(url)
            ready(session, f"document.querySelector({READY!r})")
            figures.warm.append(time.perf_counter() - start)
        finally:
            session.close()
    return figures


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


@dataclass
class Run:
    desktop: Figures
    phone: Figures


def run(base: str, page_path: str, runs: int, phone_runs: int, with_lighthouse: bool) -> Run:
    desktop, phone = Figures(), Figures()
    with sync_playwright() as p:
        for _ in range(runs):
            measure_start(p.chromium, base + page_path, base, desktop)
        measure_keys(p.chromium, base, desktop)
        for _ in range(phone_runs):
            measure_start(p.chromium, base + page_path, base, phone, conditions=PHONE)
        measure_keys(p.chromium, base, phone, PHONE)
    if with_lighthouse:
        desktop.lighthouse = lighthouse(base + page_path)
    return Run(desktop, phone)


def run_bare(site: Path, base: str, runs: int, phone_runs: int) -> Run:
    (site / "bench-bare.html").write_text(BARE_PAGE, encoding="utf-8")
    (tools,) = site.glob("assets/herramientas/*/")
    script = BARE_SCRIPT.replace("__TOOLS__", tools.name)
    (site / "bench-bare.js").write_text(script, encoding="utf-8")
    desktop, phone = Figures(), Figures()
    url = base + "bench-bare.html"
    with sync_playwright() as p:
        for _ in range(runs):
            measure_start(p.chromium, url, base, desktop, BARE_READY)
        for _ in range(phone_runs):
            measure_start(p.chromium, url, base, phone, BARE_READY, PHONE)
    return Run(desktop, phone)


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
        f"  navigation → ready, first visit: median {median(f.cold):.2f} s"
        f"{versus(f.cold, bare.cold if bare else None)}  {[round(x, 2) for x in f.cold]}",
        f"  navigation → ready, return visit: median {median(f.warm):.2f} s"
        f"{versus(f.warm, bare.warm if bare else None)}  {[round(x, 2) for x in f.warm]}",
        f"  bytes until the tool is ready, first visit: {median(f.raw) / 1e6:.2f} MB raw,"
        f" {median(f.transferred) / 1e6:.2f} MB as served",
    ]
    if f.keys:
        lines.append(
            f"  keystroke → updated draft, filled case: p50 {quantile(f.keys, 0.5):.1f} ms,"
            f" p95 {quantile(f.keys, 0.95):.1f} ms, max {max(f.keys):.1f} ms"
            f" ({len(f.keys)} keys)"
        )
    if f.code_cache:
        lines.append(f"  V8 wasm code cache on a return visit (Chrome trace): {f.code_cache}")
    if f.offline:
        lines.append(f"  works offline after one tool page: {f.offline}")
    if f.lighthouse:
        scores = ", ".join(f"{name} {value:.0f}" for name, value in f.lighthouse.items())
        lines.append(f"  Lighthouse mobile (medians of 3): {scores}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="desktop visits per build")
    parser.add_argument("--phone-runs", type=int, default=3, help="phone visits per build")
    parser.add_argument("--page", default="redactar/")
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    parser.add_argument("--no-baseline", action="store_true", help="measure this tree only")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument(
        "--webkit", type=int, default=0, metavar="N", help="also N visits in WebKitGTK (desktop)"
    )
    args = parser.parse_args()
    lighthouse_on = not args.no_lighthouse
    load = os.getloadavg()[0]
    site = Path(tempfile.mkdtemp(prefix="stc-bench-"))
    base, server = build_and_serve(site)
    before: Run | None = None
    try:
        if not args.no_baseline:
            with baseline_site(args.baseline) as (old_base, _):
                before = run(old_base, args.page, args.runs, args.phone_runs, lighthouse_on)
        bare = run_bare(site, base, args.runs, args.phone_runs)
        after = run(base, args.page, args.runs, args.phone_runs, lighthouse_on)
        webkit = measure_webkit(base + args.page, args.webkit) if args.webkit else None
    finally:
        server.shutdown()
    print(
        f"page: /{args.page}  desktop runs: {args.runs}  phone runs: {args.phone_runs}"
        f"  (Debian Chromium, nginx, this machine; load average {load:.1f} at the start,"
        f" {os.getloadavg()[0]:.1f} at the end)"
    )
    for label, pick in (
        ("DESKTOP (no throttling)", lambda r: r.desktop),
        ("PHONE (slow 4G 1.6 Mbps / 150 ms RTT, 4× CPU on the main thread)", lambda r: r.phone),
    ):
        print(f"== {label}")
        lines = report("bare loadPyodide() on a blank page, this build's runtime files", pick(bare))
        if before is not None:
            lines += report(f"before ({args.baseline})", pick(before), pick(bare))
        lines += report("after (this tree)", pick(after), pick(bare))
        for line in lines:
            print(line)
    if webkit is not None:
        print("== WebKitGTK 2.50 (MiniBrowser in Xvfb, desktop, no throttling), this tree")
        for visit, mine, chromium in (
            ("first visit", webkit.cold, after.desktop.cold),
            ("return visit", webkit.warm, after.desktop.warm),
        ):
            print(
                f"  navigation → ready, {visit}: median {median(mine):.2f} s"
                f" (Chromium {median(chromium):.2f} s, {median(mine) / median(chromium):.2f}×)"
                f"  {[round(x, 2) for x in mine]}"
            )


if __name__ == "__main__":
    main()
