"""Showing a PDF held in memory: a `QPdfView` on a `QPdfDocument` loaded from a `QBuffer`
(printing is `ui/printing/`).

`QPdfView` paints asynchronously (the first paint after `show()` is still blank); tests and
screenshots wait for `PdfPane.rendered()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A document on an in-memory buffer (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


class PdfPane(QWidget):
    """A read-only, scrollable view of a PDF, one page under the other, fitted to width."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Letter preview"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def rendered(self) -> bool:
        """True once the view has painted something other than blank (for waits in tests)."""
        image = self.view.viewport().grab().toImage()
        if image.isNull():
            return False
        step = max(1, image.width() // 40)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
        return len(colours) > 3


def open_with_system(path: str) -> bool:
    """Open a file with its default program (the mail program for .eml). (Tests replace
    this function.)"""
    from PySide6.QtCore import QUrl

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
