"""The last resort, for a computer without a vector print path (no CUPS, no PDFium):
each page as a picture, painted page by page at the printer's resolution but at most
600 dpi, at 100 % from the sheet's corner so the address stays in the envelope window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ...services.printing import PrintError, PrintJob, PrintOptions, Sender

log = logging.getLogger(__name__)
MAX_DPI = 600


def raster_sender(printer: QPrinter) -> Sender:
    """A sender for the print services that paints on `printer` (the dialog's choice)."""

    def send(pdf: bytes, options: PrintOptions, title: str) -> PrintJob:
        return print_raster(pdf, printer, options, title)

    return send


def print_raster(pdf: bytes, printer: QPrinter, options: PrintOptions, title: str) -> PrintJob:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise PrintError("Deze PDF is beschadigd en kan niet worden afgedrukt.")
        chosen = options.selected_pages(document.pageCount())
        printer.setDocName(title)
        printer.setFullPage(True)
        printer.setResolution(min(printer.resolution(), MAX_DPI))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                f"De printer '{printer.printerName()}' is niet beschikbaar of weigert de opdracht."
            )
        try:
            for index, number in enumerate(chosen):
                if index:
                    printer.newPage()
                target = QRect(0, 0, printer.width(), printer.height())
                image = document.render(number, QSize(target.width(), target.height()))
                # The rendered page is transparent where nothing is printed: paint on white.
                painter.fillRect(target, QColor("white"))
                painter.drawImage(target, image.convertToFormat(QImage.Format.Format_RGB32))
        finally:
            painter.end()
    finally:
        document.close()
        buffer.close()
    log.info("printed %d pages as pictures at %d dpi", len(chosen), printer.resolution())
    return PrintJob("", printer.printerName(), len(chosen), 0, "raster")
