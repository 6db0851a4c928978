"""Table model over `services.cases` (listing.py): ids in SQL order, rows fetched a page at a time.

The model keeps only the ordered ids of every matching case (one integer column, cheap
even for 100,000 cases) and asks `rows_for_ids` for the 200 rows around what the view
paints. Sorting is done by the database (`sort()` maps the column to a `CaseSort` key),
because a proxy model would only ever see the rows already fetched.

A broad quick search (thousands of matches) first reads only the first page of ids and
the count (`search_start`); the other ids are read when a row past the first page is
needed (issue 16: "oud" matched every case and took half a second per keystroke). A click
on a column header does the same for any filter (`sorted_start`), and reuses the count of
a moment ago when only the order changed: the filter is the same and no change came by
since (on PostgreSQL the exact count of 100,000 cases was most of a header click).

Otherwise the ids come with the first page's rows (`ids_with_first_rows`: on PostgreSQL
one statement per keystroke instead of two, issue 16).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.deadlines import days_left, describe_days_left
from ...domain.today import today
from ...services.cases import (
    CaseFilter,
    CaseRow,
    CaseSort,
    case_ids,
    ids_with_first_rows,
    rows_for_ids,
    search_start,
    sorted_start,
)
from ..context import AppContext
from .marks import confidential_icon, confidential_text

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40
SORT_KEYS = (
    "reference",
    "received_on",
    "location",
    "category",
    "kind",
    "handler",
    "status",
    "next_due_on",
)
COL_REFERENCE, COL_DUE = 0, 7
OVERDUE_COLOUR = QColor("#b3261e")
SOON_COLOUR = QColor("#8a5300")
# A header click reuses a count at most this old: changes by other people on a shared
# database come by no bus, and a click on a header is also how someone looks again.
COUNT_REUSE_SECONDS = 10.0

AnyIndex = QModelIndex | QPersistentModelIndex


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("CaseListModel", "Reference"),
        QCoreApplication.translate("CaseListModel", "Received"),
        QCoreApplication.translate("CaseListModel", "Location"),
        QCoreApplication.translate("CaseListModel", "Category"),
        QCoreApplication.translate("CaseListModel", "Kind"),
        QCoreApplication.translate("CaseListModel", "Handler"),
        QCoreApplication.translate("CaseListModel", "Status"),
        QCoreApplication.translate("CaseListModel", "Next deadline"),
    ]


def due_text(row: CaseRow) -> str:
    """'12-12-2026 · nog 3 dagen': readable without colour."""
    if row.next_due_on is None:
        return ""
    return f"{row.next_due_on:%d-%m-%Y} · {describe_days_left(row.next_due_on, today())}"


class CaseListModel(QAbstractTableModel):
    """Every case that matches the filter, in the chosen order."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = CaseFilter()
        self._sort = CaseSort()
        self._ids: list[int] = []
        # Rows in the list; more than len(self._ids) while only the first page is read.
        self._total = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._loaded = False
        # The filter `_total` counted, and when; None after a change (count again).
        self._counted: tuple[CaseFilter, float] | None = None
        self._titles = column_titles()
        self._overdue_icon: QIcon | None = None
        # Several changes in one event-loop turn (the editor's signal and the bus) reload once.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

    # --- what to show -------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def case_sort(self) -> CaseSort:
        return self._sort

    def set_filter(self, flt: CaseFilter, *, reload: bool = True) -> None:
        self._filter = flt
        if reload:
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        wanted = CaseSort(key=SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort and self._loaded:
            return  # restoring the header state asks again for the order we already have
        self._sort = wanted
        self.reload(sorting=True)

    def schedule_reload(self) -> None:
        self._counted = None  # something changed: the next reload counts again
        self._reload_timer.start()

    def reload(self, *, sorting: bool = False) -> None:
        """Read the list again; `sorting` (a header click): only the first page and the
        count of any long list, the rest when someone scrolls."""
        self._reload_timer.stop()
        first_rows: list[CaseRow] | None = None
        if sorting:
            known = self._known_total()
            start = self.ctx.call(
                sorted_start, self.ctx.db, self._filter, self._sort, PAGE_SIZE, known
            )
        else:
            start = self.ctx.call(search_start, self.ctx.db, self._filter, self._sort, PAGE_SIZE)
        read = start is not None
        if start is not None:
            ids, total = start.first_ids, start.total
        else:
            got = self.ctx.call(
                ids_with_first_rows, self.ctx.db, self._filter, self._sort, PAGE_SIZE
            )
            read = got is not None
            ids, first_rows = (got.ids, got.rows) if got is not None else ([], None)
            total = len(ids)
        self.beginResetModel()
        self._ids = ids
        self._total = total
        # A read that failed (said) counted nothing: the next header click counts again.
        self._counted = (self._filter, time.monotonic()) if read else None
        self._pages.clear()
        if first_rows is not None:
            self._keep_page(0, first_rows)
        self._loaded = True
        self.endResetModel()

    def _known_total(self) -> int | None:
        """The count of a moment ago when a header click changes only the order."""
        if not self._loaded or self._counted is None:
            return None
        counted_filter, when = self._counted
        if counted_filter != self._filter or time.monotonic() - when > COUNT_REUSE_SECONDS:
            return None
        return self._total

    @property
    def complete(self) -> bool:
        """Every id of the list is read (not only the first page of a broad search)."""
        return len(self._ids) >= self._total

    def _read_all_ids(self) -> None:
        """Every id, once someone needs a row past the first page of a broad search."""
        ids = self.ctx.call(case_ids, self.ctx.db, self._filter, self._sort) or []
        if len(ids) != self._total:
            # Cases were added or removed since the count: keep what the view was told
            # until the reload (next event-loop turn) tells it the new count.
            ids = (ids + [0] * self._total)[: self._total]
            self.schedule_reload()
        self._ids = ids

    # --- lookups for the view -----------------------------------------------------------
    def case_id(self, row: int) -> int | None:
        if not 0 <= row < self._total:
            return None
        if row >= len(self._ids):
            self._read_all_ids()
        return self._ids[row] or None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            if self.complete:
                return None
        self._read_all_ids()
        return self.row_of(case_id)

    def row_data(self, row: int) -> CaseRow | None:
        if not 0 <= row < self._total:
            return None
        if row >= len(self._ids):
            self._read_all_ids()
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> list[CaseRow]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        return self._keep_page(page, self.ctx.call(rows_for_ids, self.ctx.db, ids) or [])

    def _keep_page(self, page: int, fetched: list[CaseRow]) -> list[CaseRow]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        # A case deleted since the ids were read leaves a gap; keep rows aligned by id.
        by_id = {r.id: r for r in fetched}
        rows = [by_id[i] for i in ids if i in by_id]
        if len(rows) != len(ids):
            self.schedule_reload()
        self._pages[page] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    # --- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._titles)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return self._titles[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(SORT_KEYS):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if column == COL_DUE and row.next_due_on is not None:
            left = days_left(row.next_due_on, today())
            if role == Qt.ItemDataRole.ForegroundRole and left <= 2:
                return QBrush(OVERDUE_COLOUR if left < 0 else SOON_COLOUR)
            if role == Qt.ItemDataRole.DecorationRole and left < 0:
                return self._warning_icon()
            if role == Qt.ItemDataRole.ToolTipRole and row.next_due_clock is not None:
                return f"{row.next_due_clock.label}: {due_text(row)}"
        if column == COL_REFERENCE and row.confidential:
            if role == Qt.ItemDataRole.DecorationRole:
                return confidential_icon()
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{row.reference}, {confidential_text()}"
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REFERENCE:
            marks = [row.reference, row.severity.label]
            if row.confidential:
                marks.append(confidential_text())
            return " · ".join(marks)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(row, column) or None  # the whole text of an elided cell
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return f"{row.received_on:%d-%m-%Y}"
        if column == 2:
            return row.location
        if column == 3:
            return row.category
        if column == 4:
            return row.kind.label
        if column == 5:
            return row.handler
        if column == 6:
            return row.status.label
        return due_text(row)

    def _warning_icon(self) -> QIcon:
        if self._overdue_icon is None:
            style = QApplication.style()
            self._overdue_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._overdue_icon
