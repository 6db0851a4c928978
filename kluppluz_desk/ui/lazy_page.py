"""A tab page that builds its real content the first time it is shown.

The dashboard and the annual-report page import ReportLab and run queries; building them
only when the user opens them keeps the start of the program fast (the first paint with the
case list filled is the benchmark's figure).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget


class LazyPage(QWidget):
    created = Signal(QWidget)

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_created(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            # Up to a few hundred milliseconds with 100,000 cases (ReportLab's import, every
            # year's figures): under the wait cursor, as issue 16 asks of such waits.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = self._factory(self)
            finally:
                QApplication.restoreOverrideCursor()
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self._layout.addWidget(scroll)
            # Added to a page that may already be on screen: a new child starts hidden.
            scroll.show()
            self._page = page
            self.created.emit(page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)
