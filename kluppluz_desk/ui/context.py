"""What every window and page shares: the database, the change bus, the dialogs.

Views never query the database: they call services through `AppContext.call`, which shows
a known problem (`KnownProblem`) as a clear Dutch message and returns None, and lets any
other exception through to the crash handler (ui/errors.py). Work that takes seconds runs
inside `AppContext.busy()`, which shows the wait cursor and always puts it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.errors import KnownProblem
from ..services.database import Database
from ..services.dto import Change
from .user_dialogs import UserDialogs

log = logging.getLogger(__name__)
T = TypeVar("T")


class ChangeBus(QObject):
    """One application-wide signal: something changed; each view decides what to refresh."""

    changed = Signal(object)  # services.dto.Change

    def publish(self, change: Change) -> None:
        self.changed.emit(change)


class AppContext(QObject):
    def __init__(
        self,
        db: Database,
        *,
        dialogs: UserDialogs | None = None,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = ChangeBus(self)
        self.dialogs = dialogs or UserDialogs()
        self.qsettings = settings or QSettings("KluppluZ", "KluppluZ Desk")

    def call(
        self,
        func: Callable[..., T],
        *args: Any,
        parent: QWidget | None = None,
        title: str | None = None,
        **kwargs: Any,
    ) -> T | None:
        """Run a service; show a known problem as a message and return None."""
        try:
            return func(*args, **kwargs)
        except KnownProblem as problem:
            self._show_problem(problem, parent, title)
            return None

    @contextmanager
    def busy(self) -> Iterator[None]:
        """Show the wait cursor while the block runs; restored even when it raises."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    def call_busy(
        self,
        func: Callable[..., T],
        *args: Any,
        parent: QWidget | None = None,
        title: str | None = None,
        **kwargs: Any,
    ) -> T | None:
        """`call` under the wait cursor. The cursor is back before a problem is shown, so
        the message box never appears with a wait cursor over it."""
        try:
            with self.busy():
                return func(*args, **kwargs)
        except KnownProblem as problem:
            self._show_problem(problem, parent, title)
            return None

    def _show_problem(
        self, problem: KnownProblem, parent: QWidget | None, title: str | None
    ) -> None:
        log.info("known problem shown to user: %s", problem.message)
        self.dialogs.warning(parent, title or self.tr("That did not work"), problem.message)
