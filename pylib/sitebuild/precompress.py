"""Brotli and gzip twins of the site's large files, made once at build time.

nginx (`brotli_static on` and `gzip_static on` in deploy/nginx.conf) sends `name.br` or
`name.gz` in place of `name` to a browser that accepts that encoding. Compressing the
9.6 MB WebAssembly on the fly cost the server ≈ 0.4 s of CPU on every request, before the
first byte left; made here at the highest levels, the twins are also much smaller than
on-the-fly compression (the WebAssembly: 3.5 MB as gzip, 2.7 MB as brotli at quality 11,
which takes ≈ 35 s of CPU: the twins are cached by content in `.cache/`). Hosts that
compress by themselves (Netlify, Cloudflare Pages) never ask for them; browsers send
`Accept-Encoding: br` only over HTTPS (and to localhost).

Twinned: the runtime's large files, Material's hashed scripts and styles and the search
index — files that are large and stay the same from one build to the next. Pages change
with every build and are small: nginx compresses them on the fly.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli  # type: ignore[import-untyped]  # build time only (the `site` extra)

from sitebuild.hooks import WHEEL_NAME

# The runtime files worth it (the zips are stored uncompressed inside; the rest is small).
TWINNED = (
    "pyodide.asm.wasm",
    "pyodide.asm.mjs",
    "python_stdlib.zip",
    WHEEL_NAME,
)
# Other large text files of the built site (relative paths, glob patterns).
TEXT_PATTERNS = (
    "assets/javascripts/bundle.*.min.js",
    "assets/javascripts/workers/search.*.min.js",
    "assets/stylesheets/*.min.css",
    "search/search_index.json",
)
MIN_SIZE = 16 * 1024  # smaller files gain too little for a file more

ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": lambda data: gzip.compress(data, compresslevel=9, mtime=0),
    ".br": lambda data: brotli.compress(data, quality=11),
}


def twinned(site: Path) -> Iterator[Path]:
    """Every file of the built site that gets a `.br` and a `.gz` twin."""
    # The tools' folder: still the placeholder while the build writes the twins, named by
    # its content afterwards (sitebuild.offline).
    for runtime in sorted(site.glob("assets/herramientas/*/pyodide")):
        for name in TWINNED:
            yield runtime / name
    for pattern in TEXT_PATTERNS:
        for path in sorted(site.glob(pattern)):
            if path.stat().st_size >= MIN_SIZE:
                yield path


def twin(data: bytes, suffix: str, cache: Path) -> bytes:
    """`data` compressed for `suffix` (".gz" or ".br"), cached by content."""
    cached = cache / f"{hashlib.sha256(data).hexdigest()[:24]}{suffix}"
    if not cached.exists():
        cache.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")
        partial.write_bytes(ENCODERS[suffix](data))
        os.replace(partial, cached)  # builds run side by side (tests, `make serve`)
    return cached.read_bytes()


def write_twins(site: Path, cache: Path) -> None:
    """Write `<name>.br` and `<name>.gz` beside each large file of the built site.

    On a fresh clone (nothing cached) the twins are most of the build's time (≈ 50 s on one
    core, 35 s of it the WebAssembly's brotli): they are made on every core, the largest
    first (the encoders release the GIL, so threads are enough)."""
    jobs = sorted(
        ((path, suffix) for path in twinned(site) for suffix in ENCODERS),
        key=lambda job: (job[1] != ".br", -job[0].stat().st_size),
    )

    def write(job: tuple[Path, str]) -> None:
        path, suffix = job
        path.with_name(path.name + suffix).write_bytes(twin(path.read_bytes(), suffix, cache))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(write, jobs))  # list(): an encoder's error is raised here
