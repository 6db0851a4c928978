"""The band above the pages that says the database is read-only or damaged.

A damaged database is opened read-only (services/sqlite_open.py); the banner says so in
plain words and offers the newest good backup. A read-only file or share gets the banner
without the button: there is nothing wrong with the data, it just cannot be saved here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..services.sqlite_open import DAMAGED_REASON
from .context import AppContext


class DatabaseBanner(QFrame):
    restore_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("databaseBanner")
        self.setStyleSheet(
            "#databaseBanner { background: #fff4ce; border-bottom: 1px solid #c8a600; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Database warning"))
        self.restore_button = QPushButton(self.tr("Restore the newest good backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        self.refresh()

    def refresh(self) -> None:
        db = self.ctx.db
        damaged = db.read_only == DAMAGED_REASON
        if damaged:
            self.label.setText(
                self.tr(
                    "The database file is damaged. It has been opened read-only: you can "
                    "look things up, but nothing can be saved. Restore the newest good "
                    "backup, or contact your administrator."
                )
            )
        elif db.read_only:
            self.label.setText(
                self.tr(
                    "This database is opened read-only ({reason}). You can look things up, "
                    "but nothing can be saved."
                ).format(reason=db.read_only)
            )
        self.restore_button.setVisible(damaged)
        self.setVisible(bool(db.read_only))
