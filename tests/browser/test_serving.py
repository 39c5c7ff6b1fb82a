"""What nginx sends is what the shipped configuration says.

The browser tests are served by Debian's nginx with deploy/nginx.conf (`RunSite` in
tests/conftest.py). These tests read its answers over plain HTTP: content types, compression,
cache headers, security headers and the CSP, against the rules in `sitebuild.serving` — the
same rules the build writes into `_headers` for static hosts.
"""

from __future__ import annotations

import fnmatch
import gzip
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from email.message import Message

import brotli  # type: ignore[import-untyped]
import pytest

from sitebuild import csp, precompress, serving

# The tools' folder, named by its content hash ({tools}: see the `tools` fixture).
TOOLS = "{tools}"
RUNTIME = TOOLS + "pyodide/"
# (path, content type, sent gzipped)
FILES = [
    ("", "text/html", True),
    ("redactar/", "text/html", True),
    (TOOLS + "herramientas.js", "text/javascript", True),
    (TOOLS + "herramientas-guardado.js", "text/javascript", True),
    (RUNTIME + "pyodide.mjs", "text/javascript", True),
    (RUNTIME + "pyodide.asm.mjs", "text/javascript", True),
    (RUNTIME + "pyodide.asm.wasm", "application/wasm", True),
    (RUNTIME + "python_stdlib.zip", "application/zip", True),
    (RUNTIME + "followup-0.1.0-py3-none-any.whl", "application/zip", True),
    (RUNTIME + "pyodide-lock.json", "application/json", False),  # < 1 KB: not worth it
    ("search/search_index.json", "application/json", True),
]


def get(url: str, **headers: str) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", **headers})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def expected_cache(path: str) -> str:
    immutable = any(fnmatch.fnmatch(path, pattern) for pattern in serving.IMMUTABLE_PATHS)
    return serving.IMMUTABLE if immutable else serving.REVALIDATE


@pytest.fixture(scope="module")
def tools(base_url: str) -> str:
    """The tools' folder, as the home page names it."""
    _, _, body = get(base_url, **{"Accept-Encoding": "identity"})
    match = re.search(r'src="(assets/herramientas/[0-9a-f]{16}/)herramientas\.js"', body.decode())
    assert match, "no tools' script on the home page"
    return match.group(1)


@pytest.fixture(scope="module")
def bundle(base_url: str) -> str:
    """Material's hashed bundle, as the home page names it."""
    _, _, body = get(base_url, **{"Accept-Encoding": "identity"})
    match = re.search(r'src="(assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', body.decode())
    assert match, "no Material bundle on the home page"
    return match.group(1)


@pytest.mark.parametrize(("path", "content_type", "gzipped"), FILES)
def test_type_compression_and_cache(
    base_url: str, tools: str, path: str, content_type: str, gzipped: bool
) -> None:
    path = path.format(tools=tools)
    status, headers, body = get(base_url + path)
    assert status == 200
    assert headers.get_content_type() == content_type
    assert (headers["Content-Encoding"] == "gzip") is gzipped
    if gzipped:
        assert headers["Vary"] == "Accept-Encoding"
        gzip.decompress(body)
    assert headers["Cache-Control"] == expected_cache(path)
    assert headers["ETag"]


DECODERS: dict[str, Callable[[bytes], bytes]] = {"gzip": gzip.decompress, "br": brotli.decompress}


@pytest.mark.parametrize("encoding", ["br", "gzip"])
@pytest.mark.parametrize("name", precompress.TWINNED)
def test_large_runtime_files_leave_precompressed(
    base_url: str, tools: str, name: str, encoding: str
) -> None:
    """The build's twin, not compression on the fly: the answer has a length up front (nginx
    streams on-the-fly compression in chunks) and is the build's twin byte for byte; brotli
    to a browser that accepts it, gzip to one that does not."""
    url = base_url + RUNTIME.format(tools=tools) + name
    accepts = "gzip, deflate, br, zstd" if encoding == "br" else "gzip, deflate"
    _, headers, body = get(url, **{"Accept-Encoding": accepts})
    _, plain_headers, plain = get(url, **{"Accept-Encoding": "identity"})
    assert headers["Content-Encoding"] == encoding
    assert headers["Vary"] == "Accept-Encoding"
    assert int(headers["Content-Length"]) == len(body) < len(plain)
    assert DECODERS[encoding](body) == plain
    assert "Content-Encoding" not in plain_headers


def test_brotli_is_smaller_than_gzip_for_the_webassembly(base_url: str, tools: str) -> None:
    """Brotli at quality 11 moves at least a fifth fewer bytes than gzip at level 9."""
    url = base_url + RUNTIME.format(tools=tools) + "pyodide.asm.wasm"
    _, _, as_brotli = get(url, **{"Accept-Encoding": "br"})
    _, _, as_gzip = get(url, **{"Accept-Encoding": "gzip"})
    assert len(as_brotli) < 0.8 * len(as_gzip)


@pytest.mark.parametrize(
    "path", ["", "redactar/", TOOLS + "herramientas.js", "search/search_index.json"]
)
def test_pages_and_text_arrive_in_brotli_to_browsers_that_accept_it(
    base_url: str, tools: str, path: str
) -> None:
    url = base_url + path.format(tools=tools)
    status, headers, body = get(url, **{"Accept-Encoding": "gzip, deflate, br, zstd"})
    _, _, plain = get(url, **{"Accept-Encoding": "identity"})
    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert brotli.decompress(body) == plain


def test_hashed_material_files_are_immutable(base_url: str, bundle: str) -> None:
    assert expected_cache(bundle) == serving.IMMUTABLE
    _, headers, _ = get(base_url + bundle)
    assert headers["Cache-Control"] == serving.IMMUTABLE
    assert headers.get_content_type() == "text/javascript"


def test_the_tools_folder_is_immutable_and_sw_js_is_revalidated(base_url: str, tools: str) -> None:
    """Named by its content, the tools' folder never changes; the service worker, which
    lists it, is asked for again on every check for a new version."""
    for name in ("herramientas.js", "pyodide/pyodide.asm.wasm"):
        _, headers, _ = get(base_url + tools + name)
        assert headers["Cache-Control"] == serving.IMMUTABLE == expected_cache(tools + name)
    _, headers, _ = get(base_url + "sw.js")
    assert headers["Cache-Control"] == serving.REVALIDATE


def test_revalidation_answers_not_modified(base_url: str, tools: str) -> None:
    url = base_url + RUNTIME.format(tools=tools) + "pyodide.asm.wasm"
    _, headers, _ = get(url)
    status, _, body = get(url, **{"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""


@pytest.mark.parametrize("path", ["", "escalar/", RUNTIME + "pyodide.asm.wasm", "no-existe/"])
def test_security_headers_on_every_answer(base_url: str, tools: str, path: str) -> None:
    status, headers, _ = get(base_url + path.format(tools=tools))
    assert status == (404 if path == "no-existe/" else 200)
    for name, value in serving.SECURITY_HEADERS.items():
        assert headers[name] == value, name


def test_header_csp_is_the_pages_policy_with_frame_ancestors(base_url: str) -> None:
    _, headers, body = get(base_url, **{"Accept-Encoding": "identity"})
    meta = re.search(
        r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', body.decode()
    )
    assert meta, "no CSP <meta> on the home page"
    header = headers["Content-Security-Policy"]
    assert header == meta.group(1) + "; frame-ancestors 'none'"
    # Pyodide's worker gets its policy from its own response: it must allow WebAssembly.
    assert "'wasm-unsafe-eval'" in header
    assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header
    hashes = csp.inline_script_hashes(body.decode())
    assert hashes and all(h in header for h in hashes)


def test_headers_file_is_not_served(base_url: str) -> None:
    status, _, _ = get(base_url + "_headers")
    assert status == 404


def test_headers_file_says_what_nginx_sends() -> None:
    rules = dict(serving.parse_headers_file(serving.headers_file("POLICY", "https://x.example/")))
    assert rules["/*"] == {"Content-Security-Policy": "POLICY", **serving.SECURITY_HEADERS}
    for pattern in serving.IMMUTABLE_PATHS:
        assert rules["/" + pattern] == {"Cache-Control": serving.IMMUTABLE}
    # Under a sub-path, every rule is under it.
    sub = serving.parse_headers_file(serving.headers_file("P", "https://x.example/guia/"))
    assert all(path.startswith("/guia/") for path, _ in sub)
