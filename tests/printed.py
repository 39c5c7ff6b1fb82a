"""What comes out of the printer: the text of a printed page's PDF (any engine's)."""

from __future__ import annotations

import subprocess


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF in reading order, by Debian's poppler-utils (`make test` installs it)."""
    assert pdf.startswith(b"%PDF"), "not a PDF"
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()
