"""Bestand > Back-up terugzetten: the backups of this database, and putting one back.

Each copy is shown with its date, size, number of customer reactions and state, all read
from the copy itself (read-only). A damaged copy, another program's file or one from a
newer version is shown as such and cannot be chosen. Restoring asks first, then
`services.backup.restore` makes a safety copy of the current file and swaps the copy in;
the program reopens the database and every view reloads.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
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

from ... import paths
from ...domain.errors import KnownProblem
from ...services.backup import BackupInfo, describe, list_copies, restore_sqlite
from ...services.database import open_database
from ...store.engine import sqlite_path
from ..context import AppContext

log = logging.getLogger(__name__)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, size // 1000)} kB"


class RestoreDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restored = False
        self.copies: list[BackupInfo] = []
        path = sqlite_path(ctx.db.url)
        assert path is not None, "restore is for SQLite databases"
        self.db_path = path
        self.setWindowTitle(self.tr("Restore backup"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Size"), self.tr("Customer reactions"), self.tr("State")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._sync)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.folder_button = QPushButton(self.tr("Change folder…"))
        self.folder_button.clicked.connect(self.change_folder)
        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.clicked.connect(self.restore_other_file)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 440)
        self.reload()

    @property
    def folder(self) -> Path:
        return paths.backup_folder_for(self.ctx.db.url)

    def reload(self) -> None:
        self.intro.setText(
            self.tr(
                "Backups of {database} in {folder}. Restoring first copies the current "
                "database into the backup folder, so it can be undone."
            ).format(database=self.db_path, folder=self.folder)
        )
        with self.ctx.busy():
            self.copies = list_copies(self.folder, self.db_path.stem)
        self.table.setRowCount(len(self.copies))
        for row, info in enumerate(self.copies):
            cells = [
                info.made_at.strftime("%d-%m-%Y %H:%M"),
                size_text(info.size),
                "" if info.cases is None else str(info.cases),
                self._state(info),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(RIGHT)
                if not info.good:
                    # Shown, so the user knows it exists, but it cannot be chosen.
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setForeground(QBrush(QColor("#a31515")))
                self.table.setItem(row, column, item)
        newest_good = next((row for row, info in enumerate(self.copies) if info.good), None)
        if newest_good is not None:
            self.table.selectRow(newest_good)
        self._sync()

    def _state(self, info: BackupInfo) -> str:
        states = {
            "ok": self.tr("Good"),
            "damaged": self.tr("Damaged: cannot be restored"),
            "foreign": self.tr("Not a KluppluZ Desk database"),
            "newer": self.tr("Made by a newer version"),
        }
        text = states[info.status]
        if info.good and info.kind.startswith("voor-terugzetten"):
            text += " " + self.tr("(made before a restore)")
        elif info.good and info.kind.startswith("voor-upgrade"):
            text += " " + self.tr("(made before an upgrade)")
        elif info.good and info.kind == "handmatig":
            text += " " + self.tr("(made by hand)")
        return text

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.copies[rows.pop()]
        return info if info.good else None

    def _sync(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def change_folder(self) -> None:
        folder = self.ctx.dialogs.choose_folder(self, self.tr("Backup folder"), str(self.folder))
        if folder:
            paths.save_backup_folder(folder)
            self.reload()

    def restore_other_file(self) -> None:
        path = self.ctx.dialogs.open_file(
            self,
            self.tr("Restore backup"),
            self.tr("Database file (*.sqlite3 *.db)"),
            kind="backup",
        )
        if not path:
            return
        info = self.ctx.call(describe, Path(path), parent=self)
        if info is not None:
            self.restore(info)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info)

    def restore(self, info: BackupInfo) -> None:
        cases = "" if info.cases is None else str(info.cases)
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Put back the backup of {date} ({cases} customer reactions)?\n\nEverything "
                "saved after that moment is replaced. The current database is first copied "
                "into the backup folder."
            ).format(date=info.made_at.strftime("%d-%m-%Y %H:%M"), cases=cases),
        ):
            return
        safety = restore_into(self.ctx, info.path, self)
        if safety is None:
            self.reload()
            return
        self.restored = True
        self.ctx.dialogs.info(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup of {date} has been restored and the database reopened.\n\n"
                "The database as it was before is kept as:\n{safety}"
            ).format(date=info.made_at.strftime("%d-%m-%Y %H:%M"), safety=safety),
        )
        self.accept()


def restore_into(ctx: AppContext, backup: Path, parent: QWidget | None) -> str | None:
    """Swap `backup` in and reopen; returns the safety copy's path ("" when the file was
    empty), None when nothing was restored (the reason has been shown)."""
    path = sqlite_path(ctx.db.url)
    assert path is not None
    folder = paths.backup_folder_for(ctx.db.url)
    ctx.db.engine.dispose()  # our own connections must be closed before the swap
    try:
        with ctx.busy():
            outcome = restore_sqlite(path, backup, folder)
    except KnownProblem as problem:
        log.warning("restore of %s refused: %s", backup, problem.message)
        ctx.dialogs.warning(parent, _title(), problem.message)
        return None
    try:
        fresh = open_database(ctx.db.url, backup_folder=folder, damaged_read_only=True)
    except KnownProblem as problem:
        ctx.dialogs.warning(parent, _title(), problem.message)
        return None
    fresh.user = ctx.db.user
    ctx.db.adopt(fresh)
    log.info("database reopened after restoring %s", backup)
    return str(outcome.safety_copy or "")


def _title() -> str:
    return QCoreApplication.translate("RestoreDialog", "Restore backup")
