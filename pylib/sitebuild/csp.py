"""A strict Content Security Policy for the built site.

No `'unsafe-inline'`, no `'unsafe-eval'`: scripts come from the site itself, and the only
inline scripts — Material's (palette, tabs, anchor target and the `__md_scope` one, which
differs by page depth) — are allowed by their SHA-256 hashes, read from the built pages
after every build because they change with every Material upgrade.

Instant navigation keeps the first page's policy while it swaps in (and re-runs) the inline
scripts of every later page, so every page carries the hashes of all pages. The `<meta>`
policy cannot carry `frame-ancestors` (browsers ignore it there): the served headers do
(`sitebuild.serving`). 'wasm-unsafe-eval' lets Pyodide compile its WebAssembly; a worker
gets its policy from its own response headers, which carry the same directives.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

# (directive, sources); "<hashes>" stands for the inline scripts' hashes.
DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval' <hashes>"),
    ("style-src", "'self'"),
    ("img-src", "'self' data: blob:"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'none'"),
)
# Directives a <meta> policy cannot carry (the browser ignores them there, with a warning).
HEADER_ONLY = frozenset({"frame-ancestors", "report-uri", "sandbox"})

META_MARK = '<meta http-equiv="Content-Security-Policy"'
# Inline <script> elements (no src): their text is what the browser hashes.
INLINE_SCRIPT = re.compile(
    r"<script(?P<attrs>(?![^>]*\bsrc\s*=)[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I
)
SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
# Types the browser runs as script; anything else (application/json...) is a data block.
SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTR_OR_TAG = re.compile(r"<style[\s>]|<[^>]+\sstyle\s*=", re.I)


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(html: str) -> set[str]:
    hashes: set[str] = set()
    for match in INLINE_SCRIPT.finditer(html):
        kind = SCRIPT_TYPE.search(match.group("attrs"))
        if (kind.group(1).lower() if kind else "") in SCRIPT_TYPES:
            hashes.add(script_hash(match.group("body")))
    return hashes


def policy(hashes: Iterable[str], *, meta: bool = False) -> str:
    """The policy with these script hashes; `meta=True` leaves out header-only directives."""
    listed = " ".join(sorted(hashes))
    parts = []
    for name, sources in DIRECTIVES:
        if meta and name in HEADER_ONLY:
            continue
        parts.append(f"{name} {sources.replace('<hashes>', listed)}".strip())
    return "; ".join(parts)


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def site_hashes(pages: Iterable[Path]) -> set[str]:
    hashes: set[str] = set()
    for page in pages:
        hashes |= inline_script_hashes(page.read_text(encoding="utf-8"))
    return hashes


def problems(html: str) -> list[str]:
    """What a hash-based policy can't allow: inline event handlers and inline styles."""
    found = []
    if EVENT_HANDLER.search(html):
        found.append("an inline event handler (on...=)")
    if STYLE_ATTR_OR_TAG.search(html):
        found.append("an inline style (<style> or style=)")
    return found


def apply_to_site(site: Path) -> str:
    """Put the policy in a <meta> at the top of every page's <head>; return the header policy.

    Raises ValueError naming the page when a page has what the policy would block."""
    pages = html_pages(site)
    hashes = site_hashes(pages)
    tag = f'{META_MARK} content="{policy(hashes, meta=True)}">'
    for page in pages:
        html = page.read_text(encoding="utf-8")
        found = problems(html)
        if found:
            raise ValueError(
                f"{page.relative_to(site)}: {', '.join(found)} would break under the CSP"
            )
        if META_MARK in html:  # a rebuild over the same files: replace the old policy
            html = re.sub(re.escape(META_MARK) + r"[^>]*>", lambda _: tag, html, count=1)
        else:
            # First thing after <meta charset>: a <meta> policy only governs what follows it.
            html, count = re.subn(
                r"(<meta charset=[^>]*>)", lambda m: m.group(1) + tag, html, count=1
            )
            if not count:
                raise ValueError(
                    f"{page.relative_to(site)}: no <meta charset> to put the CSP after"
                )
        page.write_text(html, encoding="utf-8")
    return policy(hashes)
