"""Gzipped twins of the runtime's large files, made once at build time.

nginx (`gzip_static on` in deploy/nginx.conf) sends `name.gz` in place of `name` to a
browser that accepts gzip. Compressing the 9.6 MB WebAssembly on the fly cost the server
≈ 0.4 s of CPU on every request, before the first byte left: a reader waited for it on
every first visit. Made here at the highest level, the twins are also smaller. Hosts that
compress by themselves (Netlify, Cloudflare Pages) never ask for them.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

# The runtime files worth it (the wheel is deflated inside; the rest is small).
TWINNED = ("pyodide.asm.wasm", "pyodide.asm.mjs", "python_stdlib.zip")


def write_twins(folder: Path, cache: Path) -> None:
    """Write `<name>.gz` beside each of TWINNED in folder; cached by content."""
    cache.mkdir(parents=True, exist_ok=True)
    for name in TWINNED:
        data = (folder / name).read_bytes()
        cached = cache / f"{hashlib.sha256(data).hexdigest()[:24]}.gz"
        if not cached.exists():
            partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")
            partial.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
            os.replace(partial, cached)  # builds run side by side (tests, `make serve`)
        (folder / f"{name}.gz").write_bytes(cached.read_bytes())
