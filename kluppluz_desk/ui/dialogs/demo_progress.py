"""Loading the demo data behind a progress dialog, in a worker thread.

The load takes a few seconds; run in the GUI thread it froze the window with no sign of
life. Here a `QThread` calls the (Qt-free) demo service with its own database session
and reports each step; the GUI thread only moves the progress bar, so the window stays
responsive and the user can cancel (the service then rolls everything back).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.errors import KnownProblem
from ...services import demo
from ...services.database import Database
from ..context import AppContext

log = logging.getLogger(__name__)


class DemoLoader(QThread):
    """Runs `demo.load_demo` off the GUI thread; `progressed(done, total)` per step."""

    progressed = Signal(int, int)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.count: int | None = None
        self.problem: KnownProblem | None = None
        self.error: BaseException | None = None
        self.cancelled = False

    def cancel(self) -> None:
        # Read by the worker at its next step: a plain flag is enough (one writer).
        self.cancelled = True

    def _step(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        # Its own Database object over the same engine: its own session and connection,
        # never the GUI thread's.
        own = Database(engine=self.db.engine, url=self.db.url, user=self.db.user)
        try:
            self.count = demo.load_demo(own, progress=self._step)
        except KnownProblem as problem:
            self.problem = problem
        except BaseException as exc:  # handed to the GUI thread's crash handler
            self.error = exc


def load_demo_with_progress(ctx: AppContext, parent: QWidget | None) -> int | None:
    """Load the demo data with a progress dialog. Returns the number of cases, or None
    when it failed (the reason has been shown) or the user cancelled."""
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoProgress", "Loading the demo data…"),
        QCoreApplication.translate("DemoProgress", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoProgress", "Demo data"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    loader = DemoLoader(ctx.db)
    loader.progressed.connect(lambda done, total: _show(dialog, done, total))
    dialog.canceled.connect(loader.cancel)
    loop = QEventLoop()
    loader.finished.connect(loop.quit)
    dialog.show()
    loader.start()
    if loader.isRunning():
        loop.exec()
    loader.wait()
    dialog.canceled.disconnect(loader.cancel)  # closing a progress dialog "cancels" it
    dialog.close()
    dialog.deleteLater()
    if loader.error is not None:
        raise loader.error
    if loader.cancelled:
        log.info("demo load cancelled by the user")
        return None
    if loader.problem is not None:
        ctx.call(_raise, loader.problem, parent=parent)
        return None
    return loader.count


def _show(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)
    dialog.setLabelText(
        QCoreApplication.translate(
            "DemoProgress", "Loading the demo data… (step {done} of {total})"
        ).format(done=done, total=total)
    )


def _raise(problem: KnownProblem) -> None:
    raise problem
