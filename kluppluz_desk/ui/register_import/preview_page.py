"""Step 3: every row as it will be imported, with its problems named, then the import
itself (all rows in one transaction, in the background, with a progress dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.enums import CaseStatus, ReactionKind
from ...services import register_import as ri
from ...services.dto import Change
from .file_page import cell_text
from .state import ImportState

_PROBLEM = QColor("#fbe3e3")
_SKIPPED = QColor("#eeeeee")
_PRESENT = QColor("#e3eefb")
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The preview's rows; a plain table model, so 50,000 rows show at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ri.RowCheck] = []
        self.headers = [self.tr("Row"), self.tr("Received"), self.tr("Location"),
                        self.tr("Kind"), self.tr("Submitter"), self.tr("Status"),
                        self.tr("Check")]  # fmt: skip

    def set_rows(self, rows: list[ri.RowCheck]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.present and row.skipped:
                return QBrush(_PRESENT)
            if row.skipped:
                return QBrush(_SKIPPED)
            return QBrush(_PROBLEM) if row.problems else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(row, index.column())

    def _text(self, row: ri.RowCheck, column: int) -> str:
        values = row.values
        if column == 0:
            return str(row.line)
        if row.skipped and (column == 6 or not row.present or column == 5):
            # A row already present shows what it holds, so the user recognises it.
            return self.tr("Skipped: %1").replace("%1", row.skipped) if column == 6 else ""
        if column == 1:
            return cell_text(values.get("received_on"))
        if column == 2:
            location = values.get("location")
            return location[1] if location else ""
        if column == 3:
            kind = values.get("kind")
            return ReactionKind(kind).label if kind else ""
        if column == 4:
            return str(values.get("submitter_name", ""))
        if column == 5:
            if row.problems:
                return ""
            status, _severity = ri.implied_status(values)
            return CaseStatus(status).label
        if row.problems:
            return "; ".join(row.problems)
        if row.present:
            return self.tr("OK; already present as %1, imported again").replace("%1", row.present)
        return self.tr("OK")


class PreviewPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.result: ri.ImportResult | None = None
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr(
            "Every row as it will be registered. Rows with a problem are red: go back and "
            "choose what their values mean. Nothing is imported until every row is right; "
            "then all rows are imported at once."))  # fmt: skip
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.include_present = QCheckBox(
            self.tr(
                "Also import the rows that are already present (they would be registered twice)"
            )
        )
        self.include_present.setObjectName("includePresent")
        self.include_present.toggled.connect(self._include_toggled)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 95, 180, 160, 150, 150)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.include_present)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        state = self.state
        rows, mapping, db = state.rows, state.mapping, state.ctx.db
        include = state.include_present
        assert rows is not None
        # On the worker behind a progress dialog: checking 50,000 rows against the database
        # takes seconds, and the window must keep painting. The check writes nothing and
        # ends by itself, so it offers no Cancel.
        state.preview = state.runner.run(
            self, self.tr("Checking every row…"),
            lambda _progress, _cancelled: ri.preview_register(
                db, rows, mapping, include_present=include),
            self.tr("Import register"), cancellable=False)  # fmt: skip
        preview = state.preview
        if preview is None:  # a problem, already shown
            self.model.set_rows([])
            self.summary.setText(self.tr("The rows could not be checked."))
            self.completeChanged.emit()
            return
        self.model.set_rows(preview.rows)
        present = len(preview.already_present)
        good, bad = len(preview.importable), len(preview.with_problems)
        # One count per plural message (Qt's %n); "2 met problemen" reads right for any n.
        text = self.tr("%n row(s) ready to import, %1 with problems, %2 skipped "
                       "(empty, totals, duplicates).", "", good)  # fmt: skip
        other = len(preview.skipped) - (0 if state.include_present else present)
        text = text.replace("%1", str(bad)).replace("%2", str(other))
        if present and not state.include_present:
            text += " " + self.tr(
                "%n row(s) are already present and are not imported again.", "", present
            )
        elif present:
            text += " " + self.tr(
                "%n row(s) are already present and are imported again.", "", present
            )
        self.summary.setText(text)
        self.include_present.setVisible(bool(present))
        self.completeChanged.emit()

    def _include_toggled(self, on: bool) -> None:
        if on != self.state.include_present:
            self.state.include_present = on
            self.initializePage()

    def isComplete(self) -> bool:
        preview = self.state.preview
        return preview is not None and bool(preview.importable) and not preview.with_problems

    def validatePage(self) -> bool:
        state = self.state
        rows, mapping, db = state.rows, state.mapping, state.ctx.db
        include = state.include_present
        assert rows is not None
        result = state.runner.run(
            self, self.tr("Importing %n row(s)…", "",
                          len(state.preview.importable) if state.preview else 0),
            lambda progress, cancelled: ri.import_register(
                db, rows, mapping, progress=progress, cancelled=cancelled,
                include_present=include),
            self.tr("Import register"))  # fmt: skip
        if result is None:
            return False
        self.result = result
        state.ctx.bus.publish(Change("import"))
        message = self.tr("%n customer reaction(s) imported: %1 to %2.", "", result.imported)
        message = message.replace("%1", result.first_reference).replace("%2", result.last_reference)
        if result.already_present:
            message += "\n" + self.tr(
                "%n row(s) already present were not imported again.", "", result.already_present
            )
        created = [*result.created_locations, *result.created_categories]
        if created:
            message += "\n" + self.tr("Created: %1.").replace("%1", ", ".join(created))
        state.ctx.dialogs.info(self, self.tr("Import ready"), message)
        return True
