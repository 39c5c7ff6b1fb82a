"""Lighthouse scores of the built guide: performance, accessibility, best practices, SEO.

Run with `make lighthouse` (the main `make bench` calls `scores()` too). Lighthouse 12.8 is
the pinned npm package (13 needs Node 22; Debian's is 20), driving Debian's Chromium with the
flags the browser tests use, in its default mobile form factor (simulated slow 4G and a 4x
slower CPU). Each score is the median of `runs` runs. Speed is measured here, never asserted
in a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import build_and_serve  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = ("", "canales/", "redactar/")  # home, a long chapter, a tool page


def run_once(url: str, attempts: int = 3) -> dict[str, float]:
    """One Lighthouse run: the four category scores (0-100) and Total Blocking Time (ms).

    Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP): try again."""
    for attempt in range(attempts):
        try:
            return lighthouse_json(url)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def lighthouse_json(url: str) -> dict[str, float]:
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--form-factor=mobile",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse {url} failed:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse {url}: {report['runtimeError']}")
    measured = {name: 100 * float(report["categories"][name]["score"]) for name in CATEGORIES}
    measured["tbt_ms"] = float(report["audits"]["total-blocking-time"]["numericValue"])
    return measured


def scores(url: str, runs: int = 3) -> dict[str, float]:
    """Median over `runs` Lighthouse runs (mobile) of each category score and of TBT in ms.

    Keys: "performance", "accessibility", "best-practices", "seo" (0-100) and "tbt_ms"."""
    results = [run_once(url) for _ in range(runs)]
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--url", help="measure this served site instead of building one")
    parser.add_argument("pages", nargs="*", default=list(PAGES))
    args = parser.parse_args()
    if args.url:
        base = args.url if args.url.endswith("/") else args.url + "/"
    else:
        base, _server = build_and_serve(Path(tempfile.mkdtemp(prefix="stc-lighthouse-")))
    print(f"Lighthouse (mobile), median of {args.runs} runs")
    width = max(len(page) for page in args.pages) + 3
    print(f"{'page':<{width}}{'perf':>6}{'a11y':>6}{'bp':>6}{'seo':>6}{'TBT ms':>9}")
    for page in args.pages:
        s = scores(base + page, args.runs)
        print(
            f"{'/' + page:<{width}}{s['performance']:>6.0f}{s['accessibility']:>6.0f}"
            f"{s['best-practices']:>6.0f}{s['seo']:>6.0f}{s['tbt_ms']:>9.0f}"
        )


if __name__ == "__main__":
    main()
