"""`make publish`: each deploy is built into a new folder; the served one switches at once.

Rebuilding the served folder in place sent visitors 404s for seconds (`mkdocs build`
empties it first). Here every publish builds into `dist/releases/<time>-<tools hash>/`,
beside the releases before it, and nothing a visitor sees changes until the served folder
is switched, in one step: a symlink renamed over the old one (`switch`, and the README's
«Publicar» for the server). Hosts like Netlify or Cloudflare Pages switch deploys this way
already.

The new folder also keeps the previous release's tools folder (`assets/herramientas/<hash>/`,
which a page of that release names): a tab still open on the previous release loads its own
scripts, runtime and wheel when a tool starts, never the new ones, and its tools then offer
the new version («Actualizar»).

    python -m sitebuild.publish --site-url https://host/path/ [--out dist] [--switch]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from sitebuild import serving

ROOT = Path(__file__).resolve().parents[2]
TOOLS = "assets/herramientas"
_NAMED = re.compile(r"assets/herramientas/([0-9a-f]{16})/herramientas\.js")


def tools_folder(release: Path) -> str:
    """The hash of the tools folder a release's pages load."""
    found = _NAMED.search((release / "index.html").read_text(encoding="utf-8"))
    if not found:
        raise SystemExit(f"{release} names no tools folder: is it a build of this site?")
    return found.group(1)


def previous_release(out: Path) -> Path | None:
    """The release served now (`current`), else the newest one built."""
    current = out / "current"
    if current.is_symlink() or current.is_dir():
        return current.resolve()
    releases = (
        sorted((out / "releases").glob("*/index.html")) if (out / "releases").is_dir() else []
    )
    return releases[-1].parent if releases else None


def carry_over(previous: Path, release: Path) -> None:
    """The previous release's own tools folder, copied into the new release."""
    name = tools_folder(previous)
    target = release / TOOLS / name
    if not target.exists():
        shutil.copytree(previous / TOOLS / name, target)


def build(
    site_url: str,
    out: Path,
    *,
    source: Path = ROOT,
    allow_local: bool = False,
    now: dt.datetime | None = None,
) -> Path:
    """Build the site for site_url into a new folder of out/releases; return it."""
    releases = out / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    building = releases / f".{stamp}.{os.getpid()}.part"
    env = {**os.environ, "SITE_URL": site_url, "PYTHONPATH": str(source / "pylib")}
    if not allow_local:
        env["STC_PUBLISH"] = "1"  # refuses a build for 127.0.0.1 (sitebuild/hooks.py)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(building)],
        cwd=source,
        env=env,
        check=True,
    )
    release = releases / f"{stamp}-{tools_folder(building)[:8]}"
    previous = previous_release(out)
    if previous is not None and previous != release:
        carry_over(previous, building)
    building.rename(release)
    return release


def switch(out: Path, release: Path) -> None:
    """Serve release from out/current: a new symlink renamed over the old one, so every
    request sees one release or the other, never a folder half written."""
    link = out / "current"
    fresh = out / f".current.{os.getpid()}"
    fresh.unlink(missing_ok=True)
    fresh.symlink_to(release.resolve().relative_to(out.resolve()))
    os.replace(fresh, link)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site-url", required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--root", default="", help="the served folder on the server, for nginx")
    parser.add_argument("--switch", action="store_true", help="also point out/current at it")
    args = parser.parse_args()
    release = build(args.site_url, args.out)
    root = Path(args.root) if args.root else (args.out / "current").absolute()
    conf = serving.render_nginx(release, listen="80", user="www-data", root=root)
    (args.out / "nginx.conf").write_text(conf, encoding="utf-8")
    if args.switch:
        switch(args.out, release)
    print(f"Built {release}")
    print(f"nginx: {args.out / 'nginx.conf'} serves {root} (see README, «Publicar»)")


if __name__ == "__main__":
    main()
