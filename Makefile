# Sigue tu caso — every target installs what it needs first; re-running is quick.
#   make serve   build and serve on http://127.0.0.1:8000 with live reload
#   make build   write the static site into site/
#   make preview build site/ and serve it with deploy/nginx.conf on http://127.0.0.1:8080/ (Ctrl-C stops)
#   make publish SITE_URL=https://host/path/   a new release folder to upload (refuses 127.0.0.1) + dist/nginx.conf
#   make test    lint, type-check, build, and run every test layer (unit, build, pyodide, browser,
#                and the engines: WebKitGTK and Firefox ESR)
#   make engines the smoke run in WebKitGTK and Firefox ESR alone

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# pylib/ holds both the shipped package (followup) and the build glue (sitebuild);
# a .pth file puts it on the venv's path so mkdocs.yml can name the Markdown extension.
PTH = $(shell ls -d $(VENV)/lib/python3*/site-packages 2>/dev/null)/sigue-pylib.pth
# Material 9.7+ prints a red banner about MkDocs 2.0 on every run; this is its documented
# opt-out. The way off MkDocs 1.x is in the README («Salir de Material»).
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup site-setup publish serve build preview test engines lint typecheck unit browser screenshots bench lighthouse clean

# Two sets: `site` builds and serves (make serve, make build: no test toolchain), `dev` adds
# the tests (make test and the other targets).
$(VENV)/.site-stamp: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[site]"
	echo "$(CURDIR)/pylib" > "$$(ls -d $(VENV)/lib/python3*/site-packages)/sigue-pylib.pth"
	touch $@

$(VENV)/.stamp: pyproject.toml $(VENV)/.site-stamp
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

# npm, too, in two sets: the Pyodide runtime alone (`dependencies`) builds the site; the
# test tools (`devDependencies`: axe-core, lighthouse) come with `make setup`. A full
# install also satisfies the site's stamp; the site's alone never satisfies the full one.
node_modules/.site-stamp: package.json package-lock.json
	npm ci --omit=dev --no-audit --no-fund
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch node_modules/.site-stamp $@

# Debian's Chromium drives the browser tests (no `playwright install`: only package registries
# are reachable); Debian's nginx serves them the site with the shipped deploy/nginx.conf, with
# its brotli modules (the .br twins the build writes, and brotli on the fly for pages).
NGINX_BROTLI := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
/usr/bin/chromium /usr/sbin/nginx $(NGINX_BROTLI) &:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core fonts-liberation \
	  nginx libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter

# Two more engines from Debian for tests/engines: WebKitGTK (Safari's family) through its
# WebDriver, which runs MiniBrowser in an Xvfb display (it has no headless mode), and Firefox
# ESR through its own Marionette (no geckodriver: Debian has none, and GitHub is out of
# reach). WebKitWebDriver has no Print command: WebKitGTK prints through its GObject bindings
# (tests/engines/webkit_print.py); poppler-utils reads what every engine prints (pdftotext).
WEBKIT_GIR := /usr/lib/x86_64-linux-gnu/girepository-1.0/WebKit2-4.1.typelib
ENGINES_BIN := /usr/bin/WebKitWebDriver /usr/bin/Xvfb /usr/bin/firefox-esr $(WEBKIT_GIR)
$(ENGINES_BIN) &:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb firefox-esr poppler-utils \
	  python3-gi gir1.2-webkit2-4.1

# Debian's poppler-utils reads what a browser prints (pdftotext; tests/printed.py).
/usr/bin/pdftotext:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils

# Debian's Spanish dictionary checks the built guide's spelling (tests/build/test_spelling.py).
/usr/share/hunspell/es_ES.dic:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y hunspell hunspell-es

# Debian's LibreOffice Calc (headless) opens the exported CSV as a spreadsheet would
# (tests/browser/test_keyboard_print_nojs.py).
/usr/bin/soffice:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui

setup: $(VENV)/.stamp node_modules/.stamp

site-setup: $(VENV)/.site-stamp node_modules/.site-stamp

build: site-setup
	$(BIN)/mkdocs build --strict
	@case "$${SITE_URL:-}" in ""|*127.0.0.1*|*localhost*) \
	  echo "site/ is built for $${SITE_URL:-http://127.0.0.1:8000/} (to look at it as published: make preview; to publish: make publish SITE_URL=https://your.host/)";; esac

# The site to upload: built for SITE_URL (never 127.0.0.1) into a new folder,
# dist/releases/<time>-<hash>/, plus dist/nginx.conf; switching to it is one step (README).
publish: site-setup
	@test -n "$(SITE_URL)" || { echo "make publish needs SITE_URL=https://your.host/path/" >&2; exit 1; }
	$(PY) -m sitebuild.publish --site-url "$(SITE_URL)" --out dist $(if $(ROOT),--root "$(ROOT)")
	@echo "Upload the new folder of dist/releases/ beside the previous ones, then switch (README, «Publicar»)."

serve: site-setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

# The site as published: built for its port into site/, served by Debian's nginx with
# deploy/nginx.conf rendered as the browser tests render it (headers, CSP, brotli/gzip
# twins, caching), in the foreground. PREVIEW_PORT=… to pick another port.
PREVIEW_PORT ?= 8080
preview: site-setup /usr/sbin/nginx $(NGINX_BROTLI)
	SITE_URL=http://127.0.0.1:$(PREVIEW_PORT)/ $(BIN)/mkdocs build --strict --quiet
	$(PY) -m sitebuild.serving --preview --site site --listen 127.0.0.1:$(PREVIEW_PORT)

lint: setup
	$(BIN)/ruff check pylib tests
	$(BIN)/ruff format --check pylib tests

typecheck: setup
	$(BIN)/mypy

# One pytest-xdist worker per core (TEST_JOBS=0: none), each taking the next test as it is
# free (worksteal). The tests of the built site build it once for the run (--strict) and
# serve it once, for every worker: `make test` needs no `make build` first.
TEST_JOBS ?= auto
XDIST = $(if $(filter 0,$(TEST_JOBS)),,-n $(TEST_JOBS))

unit: setup
	$(BIN)/pytest tests/unit $(XDIST) --cov=followup --cov-branch --cov-fail-under=95

# Two runs. First every layer but the engines, on every core: the browser tests come first
# in the list, so one worker builds the site (tests/conftest.py) while the other runs the
# unit tests instead of waiting for it; coverage counts followup as the Python tests run it
# (in the browser it runs inside Pyodide, where coverage does not look). Then the smoke run
# in WebKitGTK and Firefox ESR, one browser at a time, on the same build (STC_TEST_RUN: the
# folder both runs share). The engines run even if the first run failed: one CI run tells
# about every engine.
LAYERS := tests/browser tests/pyodide tests/build tests/unit
test: setup /usr/bin/chromium /usr/sbin/nginx $(NGINX_BROTLI) /usr/bin/pdftotext /usr/share/hunspell/es_ES.dic /usr/bin/soffice $(ENGINES_BIN) lint typecheck
	@run=$$(mktemp -d /tmp/stc-run-XXXXXX); \
	echo "$(BIN)/pytest $(LAYERS) $(XDIST) --dist worksteal --cov=followup --cov-branch --cov-fail-under=95"; \
	STC_TEST_RUN=$$run $(BIN)/pytest $(LAYERS) $(XDIST) --dist worksteal \
	  --cov=followup --cov-branch --cov-fail-under=95; \
	chromium=$$?; echo "$(BIN)/pytest tests/engines"; \
	STC_TEST_RUN=$$run $(BIN)/pytest tests/engines; engines=$$?; \
	rm -rf $$run; test $$chromium -eq 0 && test $$engines -eq 0

# The smoke run in WebKitGTK and Firefox ESR alone (each tool, reload, offline, print).
engines: setup /usr/sbin/nginx $(NGINX_BROTLI) /usr/bin/pdftotext $(ENGINES_BIN)
	$(BIN)/pytest tests/engines

# The browser tests (once per run) and the benchmark build their own site, for the port they
# serve on.
screenshots: setup /usr/bin/chromium /usr/sbin/nginx $(NGINX_BROTLI)
	STC_SCREENSHOTS=1 $(BIN)/pytest tests/browser/test_screenshots.py

bench: setup /usr/bin/chromium /usr/sbin/nginx $(NGINX_BROTLI) $(ENGINES_BIN)
	$(PY) tests/bench/bench_load.py --webkit 3

# Lighthouse 12 (npm, pinned in package.json) scores of the home page, a long chapter and a tool page; never asserted.
lighthouse: setup /usr/bin/chromium /usr/sbin/nginx $(NGINX_BROTLI)
	$(PY) tests/bench/lighthouse.py

clean:
	rm -rf site dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
