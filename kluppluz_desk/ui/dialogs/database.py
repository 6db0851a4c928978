"""Extra > Databaseverbinding: which database this PC uses (SQLite file or PostgreSQL).

The choice is stored outside the database (`paths.save_database_url`) and takes effect at
the next start. "Test connection" really opens the database, so the user learns before
restarting whether the file or server can be used.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.errors import KnownProblem
from ...services.database import open_database
from ...store.engine import sqlite_path
from ..user_dialogs import UserDialogs

log = logging.getLogger(__name__)


class DatabaseDialog(QDialog):
    def __init__(
        self,
        dialogs: UserDialogs,
        current_url: str,
        parent: QWidget | None = None,
        *,
        applies_now: bool = False,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.applies_now = applies_now
        self.chosen_url: str | None = None
        self.setWindowTitle(self.tr("Database connection"))
        intro = QLabel(
            self.tr(
                "Work alone on this PC with a database file, or together with colleagues on "
                "a shared PostgreSQL server (ask your administrator for its address)."
            )
        )
        intro.setWordWrap(True)
        self.use_file = QRadioButton(self.tr("Database file on this PC (SQLite)"))
        self.use_server = QRadioButton(self.tr("Shared server (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.use_file)
        group.addButton(self.use_server)
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Database file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.server_edit = QLineEdit()
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.server_edit.setPlaceholderText("postgresql://gebruiker@server/kluppluz")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        note = QLabel(
            self.tr("The new choice takes effect the next time you start KluppluZ Desk.")
            if not applies_now
            else ""
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.use_file)
        layout.addLayout(file_row)
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_edit)
        layout.addWidget(self.test_button)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 0)

        path = sqlite_path(current_url) if current_url else None
        if path is not None or not current_url:
            self.use_file.setChecked(True)
            self.file_edit.setText(str(path or paths.default_database_path()))
        else:
            self.use_server.setChecked(True)
            self.server_edit.setText(current_url)
        self.use_file.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.file_edit.setEnabled(self.use_file.isChecked())
        self.server_edit.setEnabled(self.use_server.isChecked())

    def _browse(self) -> None:
        path = self.dialogs.save_file(
            self,
            self.tr("Database file"),
            self.file_edit.text(),
            self.tr("Database file (*.sqlite3 *.db)"),
            kind="database",
        )
        if path:
            self.file_edit.setText(path)

    def entered_value(self) -> str:
        """What the user chose: a file path or a server URL (as saved for this PC)."""
        if self.use_file.isChecked():
            return self.file_edit.text().strip()
        return self.server_edit.text().strip()

    def test_connection(self) -> bool:
        value = self.entered_value()
        if not value:
            self.dialogs.warning(
                self,
                self.tr("Connection failed"),
                self.tr("Fill in a file or a server address first."),
            )
            return False
        try:
            db = open_database(paths.resolve_database_url(value), backup_folder=paths.backup_dir())
        except KnownProblem as problem:
            self.dialogs.warning(self, self.tr("Connection failed"), problem.message)
            return False
        except Exception as exc:  # a malformed URL or unknown driver: say so, don't crash
            log.info("connection test failed: %r", exc)
            self.dialogs.warning(
                self,
                self.tr("Connection failed"),
                self.tr("This address cannot be used: {reason}").format(reason=exc),
            )
            return False
        location = db.display_location
        db.dispose()
        self.dialogs.info(
            self,
            self.tr("Connection works"),
            self.tr("The database can be used:\n{location}").format(location=location),
        )
        return True

    def accept(self) -> None:
        value = self.entered_value()
        if not value:
            self.dialogs.warning(
                self,
                self.tr("Database connection"),
                self.tr("Fill in a file or a server address first."),
            )
            return
        paths.save_database_url(value)
        self.chosen_url = paths.resolve_database_url(value)
        if not self.applies_now:
            self.dialogs.info(
                self,
                self.tr("Database connection"),
                self.tr(
                    "The choice has been saved. It takes effect the next time you start "
                    "KluppluZ Desk."
                ),
            )
        super().accept()
