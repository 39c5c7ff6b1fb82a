"""What comes out of the printer: the text of a printed page's PDF (any engine's)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF in reading order, by Debian's poppler-utils (`make test` installs it)."""
    assert pdf.startswith(b"%PDF"), "not a PDF"
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


def keep(pdf: bytes, name: str) -> None:
    """With STC_PRINTS=folder, the printed PDF is kept there as name.pdf, to look at."""
    folder = os.environ.get("STC_PRINTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{name}.pdf").write_bytes(pdf)
