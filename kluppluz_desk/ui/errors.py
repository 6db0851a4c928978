"""The two error families in the GUI.

A `KnownProblem` (locked database, invalid input, edit conflict ...) is shown as a Dutch
message. Anything else is a bug: it is logged with its traceback and shown in a crash
dialog with a "copy details" button; the program keeps running, so no work is lost.
`install_exception_hook` routes uncaught exceptions, including those raised in Qt slots
(PySide6 reports them through `sys.excepthook`), to `ExceptionHandler.handle`.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..credentials import redact
from ..domain.errors import KnownProblem
from ..logsetup import log_file
from .crash_dialog import CrashDialog
from .user_dialogs import UserDialogs

__all__ = ["CrashDialog", "ExceptionHandler", "install_exception_hook"]

log = logging.getLogger(__name__)

ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ExceptionHandler(QObject):
    """Shows known problems as messages and bugs in the crash dialog; never re-raises."""

    def __init__(
        self,
        dialogs: UserDialogs,
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.parent_widget = parent_widget
        self._busy = False

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, KnownProblem):
            log.info("known problem shown to user: %s", exc.message)
            self.dialogs.warning(self.parent_widget(), self.tr("Not possible"), exc.message)
            return
        # Copied into e-mails and tickets: no password, ever.
        details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        log.error("unexpected error\n%s", details)
        if self._busy:  # an error while showing the crash dialog: the log must do
            return
        self._busy = True
        try:
            self.dialogs.crash(
                self.parent_widget(),
                self.tr("Something went wrong"),
                self.tr(
                    "Something went wrong that the program did not expect. What you saved "
                    "earlier is safe; the last action may not have been completed.\n\n"
                    "What to do: check whether your last change is there and do it again "
                    "if needed. If it happens again, tell your administrator what you were "
                    'doing and send along the details (button "Copy details") or the log '
                    "file:\n{path}"
                ).format(path=log_file()),
                details,
            )
        except Exception:
            log.exception("the crash dialog itself failed")
        finally:
            self._busy = False


def install_exception_hook(handler: ExceptionHandler) -> ExcHook:
    """Route uncaught exceptions to `handler`; returns the previous hook."""
    previous = sys.excepthook
    sys.excepthook = handler.handle
    return previous
