"""Step 1: the file, its sheet and its header row, with the top of the sheet shown as it
is, so a title above the header (merged cells, empty rows) is easy to see past."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...services import register_import as ri
from .state import ImportState

SHOWN_ROWS = 40
SHOWN_COLUMNS = 14


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return str(value)


class FilePage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Choose the register"))
        self.setSubTitle(self.tr(
            "An Excel workbook (.xlsx) or a CSV file. Check the sheet and the row that holds "
            "the column headers: titles and empty rows above it are skipped."))  # fmt: skip
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1)
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.header_row.valueChanged.connect(self._header_changed)
        self.table = QTableWidget()
        self.table.setObjectName("rawSheet")
        self.table.setAccessibleName(self.tr("Top of the sheet"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Header in row:"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        self._loading = False

    def choose_file(self) -> None:
        path = self.state.ctx.dialogs.open_file(
            self, self.tr("Open register"),
            self.tr("Registers (*.xlsx *.csv *.txt);;All files (*)"), kind="register")  # fmt: skip
        if path:
            self.open_path(path)

    def open_path(self, path: str, sheet: str | None = None) -> bool:
        state = self.state
        db = state.ctx.db
        base = ri.load_mapping(db) if state.rows is None else state.mapping
        loaded = state.runner.run(
            self, self.tr("Reading %1…").replace("%1", path.rsplit("/", 1)[-1]),
            lambda progress, cancelled: ri.open_register(db, path, base, sheet=sheet,
                                                         progress=progress, cancelled=cancelled),
            self.tr("Import register"))  # fmt: skip
        if loaded is None:
            return False
        state.path = path
        state.rows, state.mapping = loaded
        state.preview = None
        self._show()
        self.completeChanged.emit()
        return True

    def _show(self) -> None:
        rows = self.state.rows
        assert rows is not None
        self._loading = True
        self.path_edit.setText(self.state.path)
        self.sheet.clear()
        self.sheet.addItems(list(rows.sheets))
        self.sheet.setEnabled(bool(rows.sheets))
        if rows.sheet:
            self.sheet.setCurrentText(rows.sheet)
        self.header_row.setRange(1, max(1, min(len(rows.rows), 50)))
        self.header_row.setValue((self.state.mapping.header_row or 0) + 1)
        self._loading = False
        shown = rows.rows[:SHOWN_ROWS]
        width = min(max((len(r) for r in shown), default=0), SHOWN_COLUMNS)
        self.table.clear()
        self.table.setRowCount(len(shown))
        self.table.setColumnCount(width)
        for r, values in enumerate(shown):
            for c, value in enumerate(values[:width]):
                self.table.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self._mark_header()

    def _fit_columns(self) -> None:
        # After marking the header: its bold text is wider than the plain cells.
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))

    def _mark_header(self) -> None:
        header = self.header_row.value() - 1
        bold = QFont(self.font())
        bold.setBold(True)
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                item.setFont(bold if r == header else self.font())
                item.setBackground(QBrush(QColor("#dbe8f7")) if r == header else QBrush())
        self._fit_columns()

    def _sheet_changed(self, name: str) -> None:
        if not self._loading and name and self.state.rows and name != self.state.rows.sheet:
            self.open_path(self.state.path, name)

    def _header_changed(self, value: int) -> None:
        if self._loading or self.state.rows is None:
            return
        self.state.mapping = ri.complete_mapping(self.state.rows, self.state.mapping, value - 1)
        self.state.preview = None
        self._mark_header()

    def isComplete(self) -> bool:
        return self.state.rows is not None and len(self.state.rows.rows) > 0
