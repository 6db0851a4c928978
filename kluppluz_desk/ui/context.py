"""What every window and page shares: the database, the change bus, the dialogs.

Views never query the database: they call services through `AppContext.call`, which shows
a known problem (`KnownProblem`) as a clear Dutch message and returns None, and lets any
other exception through to the crash handler (ui/errors.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

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
            log.info("known problem shown to user: %s", problem.message)
            self.dialogs.warning(parent, title or self.tr("That did not work"), problem.message)
            return None
