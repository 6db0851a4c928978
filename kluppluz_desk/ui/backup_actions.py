"""Bestand > Back-up maken, the automatic backups (first start of the day, close) and the
switch to read-only when the daily check finds the database damaged.

The daily copy runs in a thread after the window is shown, so the start stays fast; it
reads its own consistent snapshot (services/backup/copies.py), so the user can work on.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..domain.errors import KnownProblem
from ..services.backup import (
    MANUAL_KIND,
    BackupFailed,
    BackupOutcome,
    daily_backup,
    make_backup,
    require_restore_right,
)
from ..services.database import open_read_only
from ..services.sqlite_open import DAMAGED_REASON
from ..store.engine import sqlite_path
from .background import BackgroundRunner
from .context import AppContext

log = logging.getLogger(__name__)


def file_to_restore(ctx: AppContext, parent: QWidget) -> Path | None:
    """The SQLite file a restore would replace, when this person may restore it (issue 12:
    the same rule holds for the banner's restore); None after saying why not. A shared
    PostgreSQL database is restored by its administrator, not from here."""
    path = sqlite_path(ctx.db.url)
    if path is None:
        ctx.dialogs.info(
            parent,
            QCoreApplication.translate("MainWindow", "Restore backup"),
            QCoreApplication.translate(
                "MainWindow",
                "A shared PostgreSQL database is restored by your administrator "
                "(pg_restore). The backups made here are exports: they can be imported "
                "into an empty database with File > Import.",
            ),
        )
        return None

    def allowed(file: Path) -> bool:
        require_restore_right(file, ctx.db.user)
        return True

    return path if ctx.call(allowed, path, parent=parent) else None


def _title() -> str:
    return QCoreApplication.translate("Backup", "Make backup")


def _backup_or_problem(ctx: AppContext) -> BackupOutcome | KnownProblem:
    try:
        return make_backup(ctx.db, kind=MANUAL_KIND)
    except KnownProblem as problem:  # handled in the GUI thread (a damaged source: read-only)
        return problem


def make_backup_now(
    ctx: AppContext, parent: QWidget | None, runner: BackgroundRunner | None = None
) -> BackupOutcome | None:
    # A worker with a progress dialog: copying and checking 100,000 cases takes seconds.
    # No Cancel: the copy is checked and rotated as one step.
    outcome = (runner or BackgroundRunner(ctx)).run(
        parent,
        QCoreApplication.translate("Backup", "Making and checking the backup…"),
        lambda _progress, _cancelled: _backup_or_problem(ctx),
        _title(),
        cancellable=False,
    )
    if isinstance(outcome, BackupFailed):
        ctx.dialogs.warning(parent, _title(), outcome.message)
        if outcome.source_damaged:
            switch_to_read_only(ctx)
        return None
    if isinstance(outcome, KnownProblem):
        ctx.dialogs.warning(parent, _title(), outcome.message)
        return None
    if outcome is None:
        return None
    ctx.dialogs.info(
        parent,
        _title(),
        QCoreApplication.translate(
            "Backup", "The backup has been made and checked:\n{path}"
        ).format(path=outcome.path),
    )
    return outcome


def switch_to_read_only(ctx: AppContext) -> None:
    """The database turned out damaged while the program ran: from now on it only reads."""
    try:
        fresh = open_read_only(ctx.db.url, DAMAGED_REASON)
    except KnownProblem as problem:
        log.error("cannot reopen the damaged database read-only: %s", problem.message)
        return
    fresh.user = ctx.db.user
    ctx.db.adopt(fresh)


class DailyBackup(QObject):
    """The first start of the day's copy, made in a thread; `finished` carries the outcome
    (None: today had one already), `failed` the BackupFailed / KnownProblem."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        if sqlite_path(self.ctx.db.url) is None or self.ctx.db.read_only:
            return
        self.worker = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        try:
            outcome = daily_backup(self.ctx.db)
        except KnownProblem as problem:
            log.warning("daily backup failed: %s", problem.message)
            self.failed.emit(problem)
            return
        except Exception:  # a thread's error must reach the log, not vanish
            log.exception("daily backup failed unexpectedly")
            return
        self.finished.emit(outcome)

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.join()


def backup_at_close(
    ctx: AppContext, parent: QWidget | None, runner: BackgroundRunner | None = None
) -> None:
    """The copy at close (SQLite, writable), after the last save; a failure is said.
    It takes seconds for 100,000 cases: a worker behind a progress dialog without Cancel
    (the copy is checked and rotated as one step), so the window keeps painting."""
    if sqlite_path(ctx.db.url) is None or ctx.db.read_only:
        return
    outcome = (runner or BackgroundRunner(ctx)).run(
        parent,
        QCoreApplication.translate("Backup", "Making the backup before closing…"),
        lambda _progress, _cancelled: _close_backup_or_problem(ctx),
        _title(),
        cancellable=False,
    )
    if isinstance(outcome, KnownProblem):
        log.warning("backup at close failed: %s", outcome.message)
        ctx.dialogs.warning(parent, _title(), outcome.message)


def _close_backup_or_problem(ctx: AppContext) -> BackupOutcome | KnownProblem:
    try:
        return make_backup(ctx.db)
    except KnownProblem as problem:  # said in the GUI thread
        return problem
