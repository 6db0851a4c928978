"""The case list's default columns: the key ones first (reference, received, location,
status, next deadline), each as wide as its header and its usual content, so on a
1280 px laptop they are all visible beside the editor without scrolling sideways.

Used when nothing is remembered yet, and as the floor under remembered widths: a column
saved narrower than its header (an older version, another screen) is widened again.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
)

from ...domain.enums import CaseStatus
from .model import COL_DUE, column_titles

COL_REFERENCE, COL_RECEIVED, COL_LOCATION, COL_STATUS = 0, 1, 2, 6
KEY_COLUMNS = (COL_REFERENCE, COL_RECEIVED, COL_LOCATION, COL_STATUS, COL_DUE)
# Usual content per column (Dutch interface; longer texts elide, with a tooltip).
_SAMPLES = {
    COL_REFERENCE: "KR-2026-000",
    COL_RECEIVED: "00-00-0000",
    COL_LOCATION: "Eindhoven Strijp",
    3: "Pedagogisch klimaat",
    4: "Klacht",
    5: "Marloes van Dijk",
    COL_DUE: "00-00-0000 · 00 dagen te laat",  # the longest: an overdue case
}
_PADDING = 14  # the cell's margins
_SORT_ARROW = 22  # room for the sort indicator beside a header title


def _cell_width(table: QTableView, text: str, *, with_icon: bool = False) -> int:
    """How wide the table's own delegate wants a cell with `text` (and the warning sign)."""
    sample = QStandardItem(text)
    if with_icon:
        style = QApplication.style()
        sample.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, sample)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    return table.itemDelegate().sizeHint(option, model.index(0, 0)).width() + 2


def needed_width(table: QTableView, column: int) -> int:
    """The width that shows the column's header title (with a sort arrow) and its usual
    content uncut."""
    header = table.horizontalHeader()
    title = column_titles()[column]
    head = header.fontMetrics().horizontalAdvance(title) + _PADDING + _SORT_ARROW
    if column == COL_STATUS:  # a key column: its longest status shown whole
        body = max(_cell_width(table, s.label) for s in CaseStatus)
    else:
        # The due date of an overdue case carries a warning sign, the reference of a
        # confidential case a padlock: room for it, so the text is never cut.
        marked = column in (COL_DUE, COL_REFERENCE)
        body = _cell_width(table, _SAMPLES.get(column, ""), with_icon=marked)
    return max(head, body)


def apply_default_columns(table: QTableView) -> None:
    """Key columns first, every column at its needed width."""
    header = table.horizontalHeader()
    for visual, logical in enumerate(KEY_COLUMNS):
        header.moveSection(header.visualIndex(logical), visual)
    for column in range(header.count()):
        table.setColumnWidth(column, needed_width(table, column))


def widen_cut_columns(table: QTableView) -> None:
    """After restoring remembered widths: no column narrower than its header title."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = column_titles()[column]
        floor = header.fontMetrics().horizontalAdvance(title) + _PADDING + _SORT_ARROW
        if header.sectionSize(column) < floor:
            table.setColumnWidth(column, floor)


def key_columns_width(table: QTableView) -> int:
    """Room the list needs to show its key columns without scrolling sideways."""
    header: QHeaderView = table.horizontalHeader()
    width = sum(header.sectionSize(c) for c in KEY_COLUMNS if not header.isSectionHidden(c))
    # + a few pixels: the scroll bar and frame are drawn with a margin in some styles.
    return width + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4
