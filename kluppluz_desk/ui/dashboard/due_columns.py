"""The dashboard's deadline table keeps its "Days left" column in view (issue 15.3): on a
1280 px laptop the columns sized to their contents were wider than the table, so "37 dagen
te laat" ran off the right edge. The long-text columns (what is due, location, handler)
give way first, down to their title; their texts elide and the row's tooltip names them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView
from shiboken6 import isValid

from .models import DueItemsModel

# Which columns give way, in order: their texts are the longest and elide well.
_GIVING = (3, 1, 2)


class DueColumnsFitter(QObject):
    """Fits the table's columns after each fill (`fit`) and whenever the table resizes."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._content: dict[int, int] = {}
        # The viewport, not the table: it also narrows when a scroll bar appears. Kept
        # here, so an event during the table's destruction never calls into the table.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def fit(self) -> None:
        """Call after the columns were sized to their contents."""
        header = self.table.horizontalHeader()
        self._content = {c: header.sectionSize(c) for c in _GIVING}
        self._share()

    def _share(self) -> None:
        header = self.table.horizontalHeader()
        if not self._content:
            return
        for column, width in self._content.items():
            header.resizeSection(column, width)
        shown = range(DueItemsModel.COL_DAYS + 1)
        excess = sum(header.sectionSize(c) for c in shown) - self.table.viewport().width()
        for column in _GIVING:
            if excess <= 0:
                break
            size = header.sectionSize(column)
            new = max(header.sectionSizeHint(column), size - excess)
            header.resizeSection(column, new)
            excess -= size - new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A resize can still arrive while Qt takes the table down: leave it alone then.
        if (
            event.type() == QEvent.Type.Resize
            and watched is self._viewport
            and isValid(self.table)
            and isValid(self._viewport)
        ):
            self._share()
        return False
