"""Which way a PDF goes to the printer on this computer, and handing it over.

Vector paths first: CUPS (`lp`) on Linux and macOS, PDFium into the printer's device
context on Windows. When neither exists the ui prints a picture of each page instead
(`ui/printing/raster.py`, capped at 600 dpi); services never draw pictures themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from . import cups, windows
from .options import PrintError, PrintJob, PrintOptions

# How a PDF reaches the printer: (pdf, options, title) → the accepted job. `print_pdf` is
# the default; the ui hands in its raster painter where no vector path exists.
Sender = Callable[[bytes, PrintOptions, str], PrintJob]


def vector_path() -> str | None:
    """ "windows", "cups", or None when this computer has no vector print path."""
    if sys.platform == "win32":
        return "windows" if windows.available() else None
    return "cups" if cups.available() else None


def page_count(pdf: bytes) -> int:
    try:
        return len(PdfReader(BytesIO(pdf)).pages)
    except (PyPdfError, ValueError) as exc:
        raise PrintError("Deze PDF is beschadigd en kan niet worden afgedrukt.") from exc


def print_pdf(pdf: bytes, options: PrintOptions, *, title: str) -> PrintJob:
    """Send `pdf` to the printer of `options` as one job; returns it once the print queue
    accepted it. A Dutch PrintError when there is no printer or it refuses the job."""
    pages = page_count(pdf)
    if options.pages and not options.selected_pages(pages):
        raise PrintError(f"Het paginabereik valt buiten de brief ({pages} pagina's).")
    path = vector_path()
    if path == "windows":
        return windows.print_pdf(pdf, options, title)
    if path == "cups":
        return cups.print_pdf(pdf, options, title, pages)
    raise PrintError(
        "Op deze computer is geen printsysteem gevonden (CUPS ontbreekt); afdrukken kan "
        "alleen vanuit het venster."
    )


def send_pdf(pdf: bytes, options: PrintOptions, title: str) -> PrintJob:
    """`print_pdf` as a Sender."""
    return print_pdf(pdf, options, title=title)
