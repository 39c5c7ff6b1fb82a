"""How long a tool page takes to become usable, and how many bytes it costs.

Run with `make bench`. Builds the site into a temporary folder, serves it on 127.0.0.1,
opens a tool page in Debian's Chromium and measures navigation start → tool mounted ("ready"):
cold (fresh profile, empty cache) and warm (same profile, second visit), median of N runs.
Speed is measured here, never asserted in a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import READY, build_and_serve  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page", default="redactar/")
    args = parser.parse_args()
    site_dir = tempfile.mkdtemp(prefix="stc-bench-")
    base, _server = build_and_serve(Path(site_dir))
    url = base + args.page
    cold: list[float] = []
    warm: list[float] = []
    transferred: list[int] = []
    with sync_playwright() as p:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as profile:
                context = p.chromium.launch_persistent_context(
                    profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS
                )
                page = context.new_page()
                sizes: list[int] = []
                page.on(
                    "requestfinished",
                    lambda r, sizes=sizes: sizes.append(
                        r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]
                    ),
                )
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(READY, timeout=120_000)
                cold.append(time.perf_counter() - start)
                transferred.append(sum(sizes))
                page.goto(base)  # leave, then come back with a warm HTTP cache
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(READY, timeout=120_000)
                warm.append(time.perf_counter() - start)
                context.close()
    print(f"page: /{args.page}  runs: {args.runs}")
    print(f"cold  navigation → tool ready: median {statistics.median(cold):.2f} s  {cold}")
    print(f"warm  navigation → tool ready: median {statistics.median(warm):.2f} s  {warm}")
    print(f"bytes transferred (cold): median {statistics.median(transferred) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
