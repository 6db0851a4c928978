"""Read-only table models for the dashboard: the due items of one section, the workload
and the monthly trend. The lists are small (they come from SQL already filtered), so a plain
model with all rows in memory is right here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...services.dashboard import DueItem, MonthTrend, WorkloadRow, dutch_date

AnyIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b3261e")
TODAY_COLOUR = QColor("#8a5300")


class _TitledModel(QAbstractTableModel):
    """A flat table with fixed column titles (the part both dashboard models share)."""

    def __init__(self, titles: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None


class PlainTableModel(_TitledModel):
    """Rows of display values with fixed column titles."""

    def __init__(self, titles: Sequence[str], parent: Any = None) -> None:
        super().__init__(titles, parent)
        self._rows: list[tuple[Any, ...]] = []

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DueItemsModel(_TitledModel):
    """The items of one dashboard section. Lateness is shown by text and icon, and
    additionally by colour."""

    COL_DAYS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("DashboardModels", "Reference"),
                QCoreApplication.translate("DashboardModels", "Location"),
                QCoreApplication.translate("DashboardModels", "Handler"),
                QCoreApplication.translate("DashboardModels", "What is due"),
                QCoreApplication.translate("DashboardModels", "Due date"),
                QCoreApplication.translate("DashboardModels", "Days left"),
                QCoreApplication.translate("DashboardModels", "Remark"),
            ],
            parent,
        )
        self.items: list[DueItem] = []
        style = QApplication.style()
        self._late_icon: QIcon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self._today_icon: QIcon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def set_items(self, items: Sequence[DueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def case_id(self, row: int) -> int | None:
        return self.items[row].case_id if 0 <= row < len(self.items) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == CASE_ID_ROLE:
            return item.case_id
        if role == Qt.ItemDataRole.ToolTipRole:
            summary = f"{item.reference} · {item.what} · {self._text(item, self.COL_DAYS)}"
            cell = self._text(item, column)  # whole, where the column elides it
            return summary if not cell or cell in summary else f"{cell}\n{summary}"
        if column != self.COL_DAYS or item.days_left is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if item.days_left < 0:
                return self._late_icon
            if item.days_left == 0:
                return self._today_icon
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.days_left < 0:
                return OVERDUE_COLOUR
            if item.days_left == 0:
                return TODAY_COLOUR
        return None

    @staticmethod
    def _text(item: DueItem, column: int) -> str:
        values = (
            item.reference,
            item.location,
            item.handler,
            item.what,
            dutch_date(item.due_on),
            item.days_text if item.due_on else "",
            item.remark,
        )
        return values[column] if 0 <= column < len(values) else ""


def workload_model(parent: Any = None) -> PlainTableModel:
    return PlainTableModel(
        [
            QCoreApplication.translate("DashboardModels", "Name"),
            QCoreApplication.translate("DashboardModels", "Open"),
            QCoreApplication.translate("DashboardModels", "Of which late"),
        ],
        parent,
    )


def workload_rows(rows: Sequence[WorkloadRow]) -> list[tuple[Any, ...]]:
    return [(r.name, r.open_cases, r.overdue) for r in rows]


def trend_model(parent: Any = None) -> PlainTableModel:
    return PlainTableModel(
        [
            QCoreApplication.translate("DashboardModels", "Month"),
            QCoreApplication.translate("DashboardModels", "Received"),
            QCoreApplication.translate("DashboardModels", "Closed"),
            QCoreApplication.translate("DashboardModels", "Acknowledged on time"),
            QCoreApplication.translate("DashboardModels", "Solution on time"),
        ],
        parent,
    )


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def trend_rows(months: Sequence[MonthTrend]) -> list[tuple[Any, ...]]:
    return [
        (
            m.label,
            m.received,
            m.closed,
            _share_text(m.acknowledged_on_time, m.acknowledgement_judged),
            _share_text(m.solution_on_time, m.solution_judged),
        )
        for m in months
    ]


def _share_text(share: float | None, judged: int) -> str:
    if share is None:
        return "–"
    return QCoreApplication.translate("DashboardModels", "{share} of {count}").format(
        share=percent(share), count=judged
    )
