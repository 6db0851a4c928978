"""The settings tab "Website form": which labelled line of a form e-mail ("Naam: …",
"Locatie: …") fills which field of a new case. Lines that map nowhere stay in the
description; the location is offered as a suggestion, like any location found."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.case_fields import CASE_FIELDS
from ...services import intake


class FormMappingTab(QWidget):
    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(
            self.tr(
                "E-mails from the website form have lines such as \u201cNaam: \u2026\u201d. "
                "Each label below fills the field beside it; other lines stay in the description."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Label in the e-mail"), self.tr("Field")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.add = QPushButton(self.tr("Add line"), self)
        self.add.clicked.connect(lambda: self._add_row("", intake.FORM_TARGETS[0], edit=True))
        self.remove = QPushButton(self.tr("Remove line"), self)
        self.remove.clicked.connect(self._remove_row)
        self.defaults = QPushButton(self.tr("Restore defaults"), self)
        self.defaults.clicked.connect(lambda: self.load(intake.DEFAULT_FORM_LABELS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.load(labels)

    def load(self, labels: dict[str, str]) -> None:
        self.table.setRowCount(0)
        for label, target in sorted(labels.items()):
            self._add_row(label, target)

    def _add_row(self, label: str, target: str, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(label)
        self.table.setItem(row, 0, item)
        combo = QComboBox(self.table)
        for name in intake.FORM_TARGETS:
            combo.addItem(CASE_FIELDS[name].label, name)
        combo.setCurrentIndex(max(combo.findData(target), 0))
        self.table.setCellWidget(row, 1, combo)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def labels(self) -> dict[str, str]:
        """The mapping as shown (empty labels left out)."""
        found: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            if item is not None and item.text().strip() and isinstance(combo, QComboBox):
                found[item.text().strip()] = str(combo.currentData())
        return found
