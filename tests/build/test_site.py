"""The built site: every chapter is there, in Spanish, self-contained, with no broken link."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from followup import legal, situation_rules
from tests.build.built_html import parsed

ROOT = Path(__file__).resolve().parents[2]


def nav_entries() -> list[str]:
    """Every target in the nav: a chapter (`x.md`) or a link to a tool inside one."""

    class Loader(yaml.SafeLoader):
        pass

    # Tags MkDocs resolves itself (!ENV for site_url, !!python/…) do not matter for the nav.
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    Loader.add_constructor("!ENV", lambda *_: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    pages: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    walk(value) if isinstance(value, list) else pages.append(str(value))
            elif isinstance(item, str):
                pages.append(item)

    walk(config["nav"])
    return pages


def nav_pages() -> list[str]:
    return [entry for entry in nav_entries() if entry.endswith(".md")]


def nav_links() -> list[str]:
    """Nav entries that are not chapters: links, by anchor, to a tool inside a chapter."""
    return [entry for entry in nav_entries() if not entry.endswith(".md")]


def built_path(site: Path, page: str) -> Path:
    stem = page.removesuffix(".md")
    if stem == "index":
        return site / "index.html"
    return site / stem / "index.html"


def html_files(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "assets/herramientas/" not in p.as_posix()]


def test_every_markdown_chapter_is_in_the_nav() -> None:
    docs = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert docs == set(nav_pages())


@pytest.mark.parametrize("page", nav_pages())
def test_every_nav_page_is_built_in_spanish(site_dir: Path, page: str) -> None:
    path = built_path(site_dir, page)
    assert path.exists(), f"{page} was not built"
    soup = parsed(path)
    assert soup.html is not None and soup.html.get("lang") == "es"
    article = soup.find("article")
    assert article is not None and len(article.get_text(strip=True)) > 200


def test_the_tools_section_lists_all_four_tools() -> None:
    assert nav_links() == [
        "preparacion/#stc-checklist-tool",
        "redactar/#stc-builder-tool",
        "escalar/#stc-wizard-tool",
    ]
    assert "herramientas/registro.md" in nav_pages()


@pytest.mark.parametrize("link", nav_links())
def test_every_nav_link_reaches_a_built_page_with_its_anchor(site_dir: Path, link: str) -> None:
    page, _, anchor = link.partition("#")
    assert not urlsplit(link).scheme, "the nav links only inside the site"
    path = site_dir / page / "index.html"
    assert path.exists(), f"{link}: no page"
    soup = parsed(path)
    assert soup.find(id=anchor) is not None, f"{link}: no element with that id"
    nav_link = soup.find("a", class_="md-nav__link", href=re.compile(re.escape(f"#{anchor}")))
    assert nav_link is not None, f"{link}: not in the page's navigation"


LOADED = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
IMPORT = re.compile(r"""@import\s+['"]([^'"]+)""")


def is_external(url: str) -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme in ("", "data", "blob"):
        return url.strip().startswith("//")
    return parts.hostname not in ("127.0.0.1", "localhost")


def test_no_page_loads_anything_from_another_host(site_dir: Path) -> None:
    offenders = []
    for path in html_files(site_dir):
        soup = parsed(path)
        for tag, attr in LOADED.items():
            for el in soup.find_all(tag):
                if el.get(attr) and is_external(el[attr]):
                    offenders.append(f"{path}: <{tag} {attr}={el[attr]}>")
        for link in soup.find_all("link"):
            rels = set(link.get("rel") or [])
            loads = {"stylesheet", "preconnect", "preload", "icon", "manifest", "modulepreload"}
            if rels & loads and link.get("href") and is_external(link["href"]):
                offenders.append(f"{path}: <link rel={rels} href={link['href']}>")
        for style in soup.find_all("style"):
            offenders += [f"{path}: {u}" for u in CSS_URL.findall(style.text) if is_external(u)]
    for css in site_dir.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for url in CSS_URL.findall(text) + IMPORT.findall(text):
            if is_external(url):
                offenders.append(f"{css}: {url}")
    assert offenders == []


def test_no_page_links_to_another_host(site_dir: Path) -> None:
    """The guide keeps the reader here: no footer credit, no stray external link.

    The only links out are the legal facts' sources and official portals, which come from
    `followup.legal` (the country pages and the formal-complaint chapter render them) and
    from the situations' country rules (the «¿Qué te pasó?» page renders them).
    """
    allowed = legal.all_links() | situation_rules.links()
    offenders = [
        f"{path}: {a['href']}"
        for path in html_files(site_dir)
        for a in parsed(path).find_all("a")
        if a.get("href")
        and not a["href"].startswith("mailto:")
        and is_external(a["href"])
        and a["href"] not in allowed
    ]
    assert offenders == []


def test_scripts_fetch_nothing_from_another_host(site_dir: Path) -> None:
    from sitebuild.hooks import SCRIPTS

    ours = list(site_dir.glob("assets/herramientas/*/*.js"))
    assert sorted(js.name for js in ours) == sorted(SCRIPTS)
    for js in ours:
        text = js.read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), f"{js} names a host"


def test_google_fonts_are_off(site_dir: Path) -> None:
    index = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in index and "fonts.gstatic" not in index


def test_every_internal_link_resolves(site_dir: Path) -> None:
    broken = []
    ids_cache: dict[Path, set[str]] = {}

    def ids(path: Path) -> set[str]:
        if path not in ids_cache:
            soup = parsed(path)
            ids_cache[path] = {str(el["id"]) for el in soup.find_all(id=True)}
        return ids_cache[path]

    for path in html_files(site_dir):
        if path.name == "404.html":
            continue
        soup = parsed(path)
        for a in soup.find_all("a", href=True):
            href = str(a["href"])
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site_dir)} → {href}")
            elif (
                parts.fragment
                and target.suffix == ".html"
                and unquote(parts.fragment) not in ids(target)
            ):
                broken.append(f"{path.relative_to(site_dir)} → {href} (no such anchor)")
    assert broken == []


def test_site_is_self_contained_with_pyodide_and_the_wheel(site_dir: Path) -> None:
    (tools,) = site_dir.glob("assets/herramientas/*/")
    runtime = tools / "pyodide"
    for name in ("pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (runtime / name).is_file(), name
    wheel = runtime / "followup-0.1.0-py3-none-any.whl"
    import zipfile

    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        header = zf.read("followup/worker.pyc")[:16]
        record = next(n for n in names if n.endswith(".dist-info/RECORD"))
        recorded = {line.split(",")[0] for line in zf.read(record).decode().splitlines()}
    # Bytecode of the runtime's Python (3.14), no sources: nothing to compile on a first visit.
    assert "followup/worker.pyc" in names and "followup/render.pyc" in names
    assert not any(n.endswith(".py") for n in names)
    assert 3600 <= int.from_bytes(header[:2], "little") < 3700
    assert not any(n.startswith("sitebuild/") for n in names)
    assert recorded == set(names)
    # A return visit starts from the memory snapshot without putting the wheel's files back
    # (herramientas-worker.js): the package is its bytecode and nothing else.
    package = {n for n in names if n.startswith("followup/") and not n.endswith(".pyc")}
    assert package == {"followup/py.typed"}


def test_no_followup_module_reads_a_file() -> None:
    """A return visit restores every module from the snapshot and leaves the wheel's files
    out: a module that read a file of its package (or any file) would fail there."""
    reading = ("__file__", "importlib.resources", "pkgutil", "open(")
    for path in sorted((ROOT / "pylib" / "followup").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert [word for word in reading if word in text] == [], path.relative_to(ROOT)


def test_the_runtime_standard_library_ships_as_bytecode(site_dir: Path) -> None:
    """Compiled at build time by the runtime's Python, so no reader's browser compiles it
    (≈ 1.5 s of every first start); whether it loads is what tests/pyodide runs on."""
    import zipfile

    (stdlib,) = site_dir.glob("assets/herramientas/*/pyodide/python_stdlib.zip")
    with zipfile.ZipFile(stdlib) as zf:
        modules = [n for n in zf.namelist() if n.endswith((".py", ".pyc"))]
        header = zf.read("json/__init__.pyc")[:16]
    assert len(modules) > 150
    assert all(n.endswith(".pyc") for n in modules), [n for n in modules if n.endswith(".py")]
    # Python 3.14's magic number (3600-3699: 3.14 alphas to final), hash-based, unchecked.
    assert 3600 <= int.from_bytes(header[:2], "little") < 3700 and header[2:4] == b"\r\n"
    assert int.from_bytes(header[4:8], "little") == 1


def test_large_files_have_brotli_and_gzip_twins_of_the_same_bytes(site_dir: Path) -> None:
    """nginx sends a twin in place of its file: it must decode to exactly that file."""
    import gzip

    import brotli  # type: ignore[import-untyped]

    from sitebuild import precompress

    files = list(precompress.twinned(site_dir))
    names = {f.name for f in files}
    assert {"pyodide.asm.wasm", "python_stdlib.zip", "search_index.json"} <= names
    assert any(n.startswith("bundle.") for n in names)
    for path in files:
        plain = path.read_bytes()
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == plain
        assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == plain


def test_material_s_start_up_rule_on_its_palette_is_replaced_by_the_site_s(site_dir: Path) -> None:
    """Material's rule on `data-md-color-switching` (set on every load) is gone; the site's
    same rule, on the attribute it sets only for a switch, is there (the browser test
    `test_switching_to_dark_changes_the_colours_at_once` checks what a reader sees)."""
    (palette,) = (site_dir / "assets" / "stylesheets").glob("palette.*.min.css")
    assert "data-md-color-switching" not in palette.read_text(encoding="utf-8")
    own = (site_dir / "assets" / "accesibilidad.css").read_text(encoding="utf-8")
    assert "[data-stc-switching] *" in own


@pytest.mark.parametrize(
    ("file", "text", "step"),
    [
        (
            "stylesheets/palette.0123abcd.min.css",
            "[data-md-color-switching] *{transition:none!important}",
            "drop_switching_rule",
        ),
        (
            "javascripts/bundle.0123abcd.min.js",
            'let o=x("meta",{name:"color-scheme"});document.head.prepend(o);',
            "patch_bundle",
        ),
        (
            "javascripts/bundle.0123abcd.min.js",
            'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);'
            "return o.content=a.colorScheme,$(document).subscribe(vi);",
            "patch_bundle",
        ),
    ],
)
def test_a_material_whose_start_up_code_changed_fails_the_build(
    tmp_path: Path, file: str, text: str, step: str
) -> None:
    """Each of Material's pieces the build changes, written otherwise: the build stops and
    names the module to look at again."""
    from sitebuild import material_startup

    path = tmp_path / "assets" / file
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit, match="material_startup"):
        getattr(material_startup, step)(tmp_path)


def test_material_s_bundle_is_patched_and_named_after_its_content(site_dir: Path) -> None:
    """Material's palette script keeps the head's `<meta name="color-scheme">` and writes it
    only on a change (each write restyles the whole page), and its instant navigation
    resolves the page's addresses when it first follows a link, not as the page starts
    (setting a stylesheet's address again restyles the whole page). The patched bundle is
    named after its content, and every page loads that one, with the head's element it
    expects."""
    from sitebuild import material_startup

    (bundle,) = (site_dir / "assets" / "javascripts").glob("bundle.*.min.js")
    data = bundle.read_bytes()
    assert bundle.name == f"bundle.{hashlib.sha256(data).hexdigest()[:8]}.min.js"
    text = data.decode("utf-8")
    for original, patched in material_startup.BUNDLE_PATCHES:
        assert text.count(patched) == 1
        assert original not in text
    pages = 0
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        loaded = re.findall(r"assets/javascripts/(bundle\.[^\"]+\.js)", html)
        if not loaded:
            continue
        pages += 1
        assert loaded == [bundle.name], page
        assert html.count('<meta name="color-scheme" content="light">') == 1, page
    assert pages > 30


def test_nginx_configuration_leaves_brotli_out_where_its_modules_are_missing(
    site_dir: Path, tmp_path: Path
) -> None:
    """A server without Debian's brotli modules gets a configuration nginx can load (gzip);
    one with them loads both modules and sends the .br twins."""
    from sitebuild import serving

    def directives(config: str) -> str:
        return "\n".join(line for line in config.splitlines() if not line.lstrip().startswith("#"))

    without = directives(serving.render_nginx(site_dir, listen="80", user="w", modules=tmp_path))
    assert "brotli" not in without and "gzip_static on;" in without
    for name in serving.BROTLI_MODULES:
        (tmp_path / name).touch()
    with_it = directives(serving.render_nginx(site_dir, listen="80", user="w", modules=tmp_path))
    assert f"load_module {tmp_path}/ngx_http_brotli_static_module.so;" in with_it
    assert "brotli_static on;" in with_it and "gzip_static on;" in with_it


def test_make_preview_serves_the_site_as_the_tests_do(site_dir: Path) -> None:
    """`make preview` (sitebuild.serving --preview) renders the same configuration; run by
    someone other than root, it has no `user` line (nginx would warn that it is ignored)."""
    from sitebuild import serving

    def directives(config: str) -> list[str]:
        return [line for line in config.splitlines() if not line.lstrip().startswith("#")]

    as_root = directives(serving.render_nginx(site_dir, listen="127.0.0.1:8080", user="root"))
    as_someone = directives(serving.render_nginx(site_dir, listen="127.0.0.1:8080", user=None))
    assert [line for line in as_root if line != "user root;"] == as_someone
    assert "user root;" in as_root and not any(line.startswith("user") for line in as_someone)
    assert "        listen 127.0.0.1:8080;" in as_someone
    built_for = serving.built_for(site_dir)
    assert built_for is not None and built_for.startswith("http")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m sitebuild.serving --preview" in makefile


@pytest.mark.parametrize(
    ("page", "tool", "label"),
    [
        ("preparacion.md", "checklist", "Número de caso"),
        ("redactar.md", "builder", "Novedades desde tu último contacto"),
        ("escalar.md", "wizard", "Me cobraron algo que no hice o no autoricé"),
        ("herramientas/registro.md", "caselog", "Próxima acción"),
    ],
)
def test_tools_are_prerendered_and_labelled_without_javascript(
    site_dir: Path, page: str, tool: str, label: str
) -> None:
    soup = parsed(built_path(site_dir, page))
    root = soup.find(attrs={"data-stc-tool": tool})
    assert root is not None, f"{tool} missing on {page}"
    labels = [lab.get_text(strip=True) for lab in root.find_all("label")]
    assert label in labels
    for control in root.find_all(["input", "select", "textarea"]):
        if control.get("type") in ("radio", "checkbox", "hidden") or control.get("readonly"):
            continue
        ident = control.get("id")
        assert ident and root.find("label", attrs={"for": ident}), f"unlabelled {control}"
    assert root.find("noscript") is not None
