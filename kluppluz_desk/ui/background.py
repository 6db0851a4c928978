"""Long work (reading a register, importing it, writing 100,000 rows to Excel) in a QThread
behind a progress dialog that can cancel, so the window never freezes.

The work function gets `progress(done, total)` and `cancelled()`; it runs through services
that open their own database session in the worker thread. A known problem raised there
is shown as the usual Dutch message (via `AppContext`); a bug is re-raised in the GUI
thread for the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import KnownProblem
from .context import AppContext

T = TypeVar("T")
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], T]


class _Job(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work[Any]) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel_requested = False

    def run(self) -> None:
        try:
            self.result = self.work(lambda d, t: self.progressed.emit(d, t),
                                    lambda: self.cancel_requested)  # fmt: skip
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.error = exc


class _ProgressDialog(QProgressDialog):
    cancellable = True

    def reject(self) -> None:  # Esc and the title bar's close button
        if self.cancellable:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cancellable or self.property("done"):
            super().closeEvent(event)
        else:
            event.ignore()


class BackgroundRunner:
    """Runs one piece of work at a time; `last_dialog` lets tests press Cancel."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.last_dialog: QProgressDialog | None = None
        self.last_job: _Job | None = None

    def run(
        self,
        parent: QWidget | None,
        label: str,
        work: Work[T],
        title: str | None = None,
        *,
        cancellable: bool = True,
        problem_title: str | None = None,
    ) -> T | None:
        """The work's result, or None after a known problem (shown) or a cancel (shown).
        Work that cannot stop halfway (it stores as it goes) runs with `cancellable=False`:
        no Cancel button, and Esc does not hide the dialog."""
        dialog = _ProgressDialog(label, dialog_cancel_text(), 0, 0, parent)
        if not cancellable:
            dialog.cancellable = False
            dialog.setCancelButton(None)
        dialog.setWindowTitle(title or label)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        dialog.setMinimumWidth(420)
        # Starts the clock of the minimum duration: without it, work that reports no
        # progress (a backup, the annual report) would never show its dialog.
        dialog.setValue(0)
        job = _Job(work)
        loop = QEventLoop()

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        def cancel() -> None:
            job.cancel_requested = True
            dialog.setLabelText(_tr("Stopping…"))

        job.progressed.connect(progressed)
        dialog.canceled.connect(cancel)
        job.finished.connect(loop.quit)
        self.last_dialog, self.last_job = dialog, job
        job.start()
        if job.isRunning():
            loop.exec()
        job.wait()
        dialog.setProperty("done", True)
        dialog.close()
        dialog.deleteLater()
        if isinstance(job.error, KnownProblem):
            self.ctx.call(_raise, job.error, parent=parent, title=problem_title or title)
            return None
        if job.error is not None:
            raise job.error
        result: T = job.result
        return result


def _raise(error: BaseException) -> None:
    raise error


def dialog_cancel_text() -> str:
    return _tr("Cancel")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackgroundRunner", text)
