"""The system print dialog, and what was chosen in it as `PrintOptions`: printer, copies,
page range, one- or two-sided, paper size and paper source, read from the QPrinter."""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ...services.printing import PrintOptions, Sides

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: Sides.ONE_SIDED,
    QPrinter.DuplexMode.DuplexLongSide: Sides.LONG_EDGE,
    QPrinter.DuplexMode.DuplexShortSide: Sides.SHORT_EDGE,
}
_MEDIA = {
    QPageSize.PageSizeId.A4: "A4",
    QPageSize.PageSizeId.A5: "A5",
    QPageSize.PageSizeId.A3: "A3",
    QPageSize.PageSizeId.Letter: "Letter",
    QPageSize.PageSizeId.Legal: "Legal",
}
_SOURCES = {
    QPrinter.PaperSource.Upper: "Upper",
    QPrinter.PaperSource.Lower: "Lower",
    QPrinter.PaperSource.Middle: "Middle",
    QPrinter.PaperSource.Manual: "Manual",
    QPrinter.PaperSource.Envelope: "Envelope",
    QPrinter.PaperSource.LargeCapacity: "LargeCapacity",
}


def choose_printer(parent: QWidget | None, page_count: int) -> QPrinter | None:
    """The system print dialog; None when cancelled. (Tests replace this function and
    answer with a QPrinter set up as a person would in the dialog.)"""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFromTo(1, max(1, page_count))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, page_count))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def options_from_printer(printer: QPrinter) -> PrintOptions:
    """What the dialog says should happen, as options for the print queue."""
    pages: tuple[tuple[int, int], ...] = ()
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges().toRangeList()
        if ranges:
            pages = tuple((r.from_, r.to) for r in ranges)
        elif printer.fromPage() > 0:
            pages = ((printer.fromPage(), max(printer.fromPage(), printer.toPage())),)
    return PrintOptions(
        printer=printer.printerName() or None,
        copies=max(1, printer.copyCount()),
        pages=pages,
        sides=_SIDES.get(printer.duplex()),
        media=_MEDIA.get(printer.pageLayout().pageSize().id()),
        paper_source=_SOURCES.get(printer.paperSource()),
    )
