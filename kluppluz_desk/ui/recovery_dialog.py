"""The question after a crash: text was kept that is not saved — put it back or throw it
away? Each row shows the field, what the database holds now and what was recovered, so
the user decides with both in view. Closing the dialog counts as "restore": the safe
choice, since restored text is only an unsaved change that "Undo changes" still drops."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

RESTORE, DISCARD = "restore", "discard"
Row = tuple[str, str, str]  # field, saved value, recovered value


class RecoveryDialog(QDialog):
    def __init__(
        self, title: str, text: str, rows: Sequence[Row], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice = RESTORE
        self.setWindowTitle(title)
        self.setObjectName("recoveryDialog")
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("recoveryTable")
        self.table.setAccessibleName(self.tr("Recovered text"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved now"), self.tr("Recovered (not saved)")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: no cell cursor
        self.table.setStyleSheet("QTableWidget::item { padding: 4px 6px; }")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if c == 0:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                elif c == 1:  # what is saved is the background; the recovered text matters
                    item.setForeground(QColor("#505050"))
                self.table.setItem(r, c, item)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr(
                "Restore puts the recovered text back into the screen as an unsaved change: "
                "check it, then save. Discard throws the recovered text away for good."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.discard_button.clicked.connect(lambda: self._choose(DISCARD))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.restore_button)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(hint)
        column.addLayout(buttons)
        self.resize(900, 480)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Escape: keep the words (see the module docstring)
        self.choice = RESTORE
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.choice = RESTORE
        super().closeEvent(event)
