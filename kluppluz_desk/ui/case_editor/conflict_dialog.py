"""Edit conflict: someone else saved the case while this user was editing it.

The dialog shows, per field, the value now saved (theirs) beside this user's unsaved value,
plus the list of what the other person changed. Two ways out, neither loses anything
silently: reload (the user explicitly drops their edits) or keep mine (the user's changed
fields are saved on top of the fresh version; the other person's other changes stay).
Closing the dialog keeps the edits on screen, unsaved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .records import RecordTable

RELOAD = 1
KEEP_MINE = 2


class ConflictDialog(QDialog):
    def __init__(
        self,
        reference: str,
        rows: Sequence[tuple[str, str, str]],
        their_changes: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("{0} was changed by someone else").format(reference))
        intro = QLabel(
            self.tr(
                "While you were editing, someone else saved {0}. Your changes are not saved "
                "yet. Compare both versions and choose."
            ).format(reference),
            self,
        )
        intro.setWordWrap(True)
        self.table = RecordTable(
            [self.tr("Field"), self.tr("Saved by the other person"), self.tr("Your unsaved value")],
            self.tr("Both versions side by side"),
            self,
        )
        self.table.set_rows([(n, list(row)) for n, row in enumerate(rows)])
        header = self.table.horizontalHeader()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(self.tr("What the other person changed"))
        self.changes.addItems(list(their_changes) or [self.tr("(not known)")])
        self.changes.setMaximumHeight(120)
        self.changes.setWordWrap(True)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reload = QPushButton(self.tr("Reload (my changes are dropped)"), self)
        self.reload.setAutoDefault(False)
        self.keep = QPushButton(self.tr("Keep my version"), self)
        self.keep.setDefault(True)
        self.keep.setToolTip(
            self.tr(
                "Saves your changed fields on top of the new version; their other changes stay."
            )
        )
        cancel = QPushButton(self.tr("Decide later"), self)
        cancel.setAutoDefault(False)
        self.reload.clicked.connect(lambda: self.done(RELOAD))
        self.keep.clicked.connect(lambda: self.done(KEEP_MINE))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.reload)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("What they changed:"), self))
        layout.addWidget(self.changes)
        layout.addLayout(buttons)
        self.resize(760, 460)
