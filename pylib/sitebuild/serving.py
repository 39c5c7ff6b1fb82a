"""How the built site is served: headers, the `_headers` file, the nginx configuration.

One set of rules, in three places: `deploy/nginx.conf` (the template of a real server,
rendered here), `site/_headers` (written by the build hook, for static hosts that read one:
Netlify, Cloudflare Pages) and the tests, which check that what nginx sends is what
`_headers` says (tests/browser/test_serving.py).

Run `python -m sitebuild.serving --site site --listen 80 > nginx.conf` after a build to get
the nginx configuration of that build (its CSP lists that build's script hashes).
"""

from __future__ import annotations

import argparse
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
    user: str,
    template: Path = NGINX_TEMPLATE,
    root: Path | None = None,
    modules: Path = NGINX_MODULES,
    brotli: bool | None = None,
) -> str:
    """deploy/nginx.conf for the site built in `site`, its CSP read from the built pages;
    served from `root` (a symlink switched from release to release) when given.

    `brotli=None`: with brotli where nginx's brotli modules are in `modules` (this machine
    serves it); False leaves the brotli lines out (gzip only)."""
    policy = csp.policy(csp.site_hashes(csp.html_pages(site)))
    fields = {
        "@USER@": user,
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
        if brotli or not line.rstrip().endswith(BROTLI_MARK) or line.lstrip().startswith("#")
    )
    for field, value in fields.items():
        text = text.replace(field, value)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description="Print the nginx configuration of a built site.")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--listen", default="80")
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
    brotli = {"auto": None, "yes": True, "no": False}[args.brotli]
    config = render_nginx(
        args.site, listen=args.listen, user=args.user, modules=args.modules, brotli=brotli
    )
    print(config, end="")


if __name__ == "__main__":
    main()
