"""How the built site is served: headers, the `_headers` file, the nginx configuration.

One set of rules, in three places: `deploy/nginx.conf` (the template of a real server,
rendered here), `site/_headers` (written by the build hook, for static hosts that read one:
Netlify, Cloudflare Pages) and the tests, which check that what nginx sends is what
`_headers` says (tests/browser/test_serving.py).

Run `.venv/bin/python -m sitebuild.serving --site site --listen 80 > nginx.conf` after a
build to get the nginx configuration of that build (its CSP lists that build's script
hashes). With `--preview` (`make preview`) it serves the built site itself, in the
foreground, with this machine's nginx and that configuration, as the browser tests do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from sitebuild import csp

ROOT = Path(__file__).resolve().parents[2]
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf"
# Debian's nginx modules; the brotli ones come with libnginx-mod-http-brotli-static/-filter.
NGINX_MODULES = Path("/usr/lib/nginx/modules")
BROTLI_MODULES = ("ngx_http_brotli_filter_module.so", "ngx_http_brotli_static_module.so")
BROTLI_MARK = "#brotli"

# Sent with every response (the CSP is added from the built pages).
SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=()"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Material's file names and the tools' folder carry a content hash: cached for a year.
# Everything else keeps the host's default (Netlify and Cloudflare Pages revalidate; nginx
# says no-cache): a rule on `/*` would be joined with these on those hosts, not replaced.
IMMUTABLE_PATHS = (
    "assets/javascripts/bundle.*",
    "assets/javascripts/workers/*",
    "assets/stylesheets/*",
    # The tools' folder is named by a hash of its content (sitebuild/offline.py).
    "assets/herramientas/*",
)
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0"})


def is_local(site_url: str) -> bool:
    return (urlsplit(site_url).hostname or "") in LOCAL_HOSTS


def headers_file(policy: str, site_url: str) -> str:
    """The `_headers` file (Netlify / Cloudflare Pages syntax) for a site at site_url."""
    base = urlsplit(site_url).path or "/"
    base = base if base.endswith("/") else base + "/"
    lines = [
        "# Written by the build (pylib/sitebuild/serving.py): response headers for hosts that",
        "# read a _headers file. Same rules as deploy/nginx.conf.",
        f"{base}*",
        f"  Content-Security-Policy: {policy}",
        *(f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()),
    ]
    for path in IMMUTABLE_PATHS:
        lines += [f"{base}{path}", f"  Cache-Control: {IMMUTABLE}"]
    return "\n".join(lines) + "\n"


def parse_headers_file(text: str) -> list[tuple[str, dict[str, str]]]:
    """[(path pattern, {header: value})] in file order."""
    rules: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), {}))
        else:
            name, _, value = line.strip().partition(":")
            rules[-1][1][name.strip()] = value.strip()
    return rules


def has_brotli(modules: Path = NGINX_MODULES) -> bool:
    return all((modules / name).is_file() for name in BROTLI_MODULES)


def render_nginx(
    site: Path,
    *,
    listen: str,
    user: str | None,
    template: Path = NGINX_TEMPLATE,
    root: Path | None = None,
    modules: Path = NGINX_MODULES,
    brotli: bool | None = None,
) -> str:
    """deploy/nginx.conf for the site built in `site`, its CSP read from the built pages;
    served from `root` (a symlink switched from release to release) when given.

    `brotli=None`: with brotli where nginx's brotli modules are in `modules` (this machine
    serves it); False leaves the brotli lines out (gzip only). `user=None` leaves the `user`
    line out: nginx started by another user than root runs as that user anyway."""
    policy = csp.policy(csp.site_hashes(csp.html_pages(site)))
    fields = {
        "@USER@": user or "",
        "@LISTEN@": listen,
        "@ROOT@": str(root) if root is not None else str(site.resolve()),
        "@CSP@": policy,
        "@MODULES@": str(modules),
    }
    lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
    if brotli is None:
        brotli = has_brotli(modules)
    text = "".join(
        line
        for line in lines
        if (brotli or not line.rstrip().endswith(BROTLI_MARK) or line.lstrip().startswith("#"))
        and (user is not None or line.strip() != "user @USER@;")
    )
    for field, value in fields.items():
        text = text.replace(field, value)
    return text


NGINX = "/usr/sbin/nginx"
NGINX_PACKAGES = "nginx libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter"


def built_for(site: Path) -> str | None:
    """The site_url the site in `site` was built for (the first address of its sitemap)."""
    sitemap = site / "sitemap.xml"
    if not sitemap.exists():
        return None
    text = sitemap.read_text(encoding="utf-8")
    start = text.find("<loc>")
    return text[start + 5 : text.find("</loc>", start)] if start >= 0 else None


def preview(site: Path, listen: str) -> int:
    """Serve the built `site` on `listen` (address:port) with deploy/nginx.conf, in the
    foreground, until Ctrl-C: the same configuration the browser tests render, in a throwaway
    prefix folder (nginx writes its pid and temporary files there)."""
    nginx = shutil.which("nginx") or NGINX
    if not Path(nginx).exists():
        raise SystemExit(f"nginx is missing: apt-get install {NGINX_PACKAGES} (make preview does)")
    url = f"http://{listen}/" if ":" in listen else f"http://127.0.0.1:{listen}/"
    site_url = built_for(site)
    prefix = Path(tempfile.mkdtemp(prefix="stc-preview-"))
    try:
        (prefix / "tmp").mkdir()
        conf = prefix / "nginx.conf"
        # As root, the workers run as root too (www-data may not read a checkout under /root).
        user = "root" if os.geteuid() == 0 else None
        conf.write_text(render_nginx(site, listen=listen, user=user), encoding="utf-8")
        brotli = "brotli and gzip" if has_brotli() else "gzip only (no brotli modules here)"
        print(f"Serving {site} with deploy/nginx.conf ({brotli}) at {url}", flush=True)
        if site_url and site_url.rstrip("/") + "/" != url:
            print(
                f"Note: this site was built for {site_url}: links to pages reload them instead of "
                f"using instant navigation. `make preview` builds it for {url}.",
                flush=True,
            )
        print("Ctrl-C stops it.", flush=True)
        command = [nginx, "-p", str(prefix), "-e", "stderr", "-c", str(conf)]
        server = subprocess.Popen([*command, "-g", "daemon off;"])
        try:
            return server.wait()
        except KeyboardInterrupt:
            # The terminal's Ctrl-C reaches nginx too (a fast shutdown); make sure of it.
            if server.poll() is None:
                server.terminate()
            server.wait()
            return 0
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Print the nginx configuration of a built site, or serve it (--preview)."
    )
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--listen", default="80")
    parser.add_argument(
        "--preview",
        action="store_true",
        help="serve the site with this machine's nginx in the foreground (Ctrl-C stops it)",
    )
    parser.add_argument("--user", default="www-data")
    parser.add_argument("--modules", type=Path, default=NGINX_MODULES)
    parser.add_argument(
        "--brotli",
        choices=("auto", "yes", "no"),
        default="auto",
        help="serve brotli (needs the server's brotli modules); auto: if this machine has them",
    )
    args = parser.parse_args()
    if not (args.site / "index.html").exists():
        raise SystemExit(f"{args.site} has no built site: run `make build` first.")
    if args.preview:
        raise SystemExit(preview(args.site, args.listen))
    brotli = {"auto": None, "yes": True, "no": False}[args.brotli]
    config = render_nginx(
        args.site, listen=args.listen, user=args.user, modules=args.modules, brotli=brotli
    )
    print(config, end="")


if __name__ == "__main__":
    main()
