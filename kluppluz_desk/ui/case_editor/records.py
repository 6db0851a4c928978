"""Shared pieces of the tabs that list records of a case (notes, extensions, escalations…).

A record tab calls one service function from `services.cases`; each returns the
fresh `CaseDetail`, which the tab hands to the editor through `detail_changed` so the
header, the other tabs and the base version follow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.access import Right
from ...services.dto import CaseDetail
from ..context import AppContext
from .field_rights import lock_for_role

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    # Stored in UTC; show the user's local time.
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d-%m-%Y %H:%M")


def fmt_size(size: int) -> str:
    if size < 1024:
        return translate("Records", "{0} bytes").format(size)
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1_048_576:.1f} MB".replace(".", ",")


class RecordTable(QTableView):
    """A read-only table of records; row data are plain strings, the id in the first cell."""

    def __init__(
        self,
        headers: Sequence[str],
        name: str,
        parent: QWidget | None = None,
        *,
        text_column: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(0, len(headers), self)
        self.model_.setHorizontalHeaderLabels(list(headers))
        self.setModel(self.model_)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        # One line per record: a long text is elided ("…") with the whole text as tooltip.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        # Every column as wide as its contents (a date is never cut), re-measured whenever
        # rows change, also right after one is added; the text column takes the rest.
        self.text_column = len(headers) - 1 if text_column is None else text_column
        self.horizontalHeader().setStretchLastSection(False)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Setting the modes (again) makes the header measure its sections anew; Qt does
        # not do so by itself when rows are added to a shown table (the old squeeze).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.text_column, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        selected = self.selected_id()
        self.model_.removeRows(0, self.model_.rowCount())
        for record_id, cells in rows:
            items = [QStandardItem(text) for text in cells]
            for column, item in enumerate(items):
                item.setEditable(False)
                long = column == self.text_column or len(item.text()) > 40
                item.setToolTip(item.text() if long else "")
            items[0].setData(record_id, ID_ROLE)
            self.model_.appendRow(items)
        self._fit_columns()
        if selected is not None:
            self.select_id(selected)

    def selected_id(self) -> int | None:
        indexes = self.selectionModel().selectedRows()
        if not indexes:
            return None
        value = self.model_.item(indexes[0].row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, record_id: int) -> None:
        for row in range(self.model_.rowCount()):
            if self.model_.item(row, 0).data(ID_ROLE) == record_id:
                self.selectRow(row)
                return

    def texts(self) -> list[list[str]]:
        """What the user sees, row by row (used by tests and the screen reader check)."""
        return [
            [self.model_.item(r, c).text() for c in range(self.model_.columnCount())]
            for r in range(self.model_.rowCount())
        ]


class RecordTab(QWidget):
    """Base of a tab whose actions call a `services.cases` record service."""

    detail_changed = Signal(object)  # CaseDetail

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None

    # What the tab records needs this right; without it `write_widgets` are locked with
    # the role's reason, instead of being refused only on pressing the button.
    write_right = Right.EDIT_CASE

    def write_widgets(self) -> Sequence[QWidget]:
        """The inputs and buttons that record something (not the list, not Open)."""
        return ()

    def set_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.refresh()
        lock_for_role(self.write_widgets(), self.write_right, self.ctx.db.access)

    def refresh(self) -> None:
        """Show `self.detail`; subclasses fill their tables here."""

    def run(self, func: Callable[..., CaseDetail], **kwargs: Any) -> CaseDetail | None:
        """Call a service; a known problem is shown as a message (nothing is changed)."""
        # Bound first: a service argument may share a name with call()'s own (`title`).
        bound = partial(func, self.ctx.db, **kwargs)
        detail = self.ctx.call(bound, parent=self, title=translate("Records", "Not saved"))
        if detail is not None:
            self.detail_changed.emit(detail)
        return detail
