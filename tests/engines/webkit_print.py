"""Print a page to PDF through WebKitGTK's own print path, as a reader's «Imprimir» does.

WebKitWebDriver 2.50 has no Print command, so the WebKit test hands this script the page as
the reader left it (its DOM, serialized by the test) and the site's address for its
stylesheets; WebKitGTK lays it out for paper (print media, A4) and GTK's «Print to File»
printer writes the PDF. Run by Debian's python3 (python3-gi, gir1.2-webkit2-4.1), in the
test's Xvfb display:

    python3 webkit_print.py page.html http://127.0.0.1:PORT/redactar/ out.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # type: ignore[attr-defined]  # noqa: E402


def main() -> int:
    page, base, out = sys.argv[1:4]
    failed: list[str] = []
    view = WebKit2.WebView()
    window = Gtk.OffscreenWindow()
    window.add(view)
    window.show_all()

    def print_it(_view: Any, event: Any) -> None:
        if event != WebKit2.LoadEvent.FINISHED:
            return
        settings = Gtk.PrintSettings()
        settings.set_printer("Print to File")
        settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
        settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, Path(out).resolve().as_uri())
        setup = Gtk.PageSetup()
        setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
        operation = WebKit2.PrintOperation.new(view)
        operation.set_print_settings(settings)
        operation.set_page_setup(setup)
        operation.connect("finished", lambda *_: Gtk.main_quit())
        operation.connect("failed", lambda _op, error: failed.append(str(error)))
        operation.print_()

    view.connect("load-changed", print_it)
    view.load_html(Path(page).read_text("utf-8"), base)
    Gtk.main()
    if failed:
        print("\n".join(failed), file=sys.stderr)
    return 1 if failed or not Path(out).exists() else 0


if __name__ == "__main__":
    sys.exit(main())
