"""Taking a file in as a new case: from the File menu, a drop on the window or the
clipboard. The file is read and parsed on a worker thread behind a progress dialog that
can be cancelled, so a large or damaged file never freezes the window; a known problem
becomes a Dutch message and nothing is registered."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...domain.errors import KnownProblem
from ...services import intake
from ..context import AppContext
from .mime import files_from_mime

log = logging.getLogger(__name__)


class _Job(QObject):
    finished = Signal(object)  # IntakeDraft or KnownProblem


class IntakeController(QObject):
    """Reads one file at a time; `draft_ready` hands the confirmed draft to the window."""

    draft_ready = Signal(object)  # services.intake.IntakeDraft

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.busy = False
        self._job: _Job | None = None
        self._progress: QProgressDialog | None = None

    def choose_file(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.window,
            self.tr("Take in an e-mail or scanned letter"),
            self.tr("E-mails and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
            kind="intake",
        )
        if path:
            self.take_in(Path(path).name, Path(path))

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not self.take_mime(mime):
            self.ctx.dialogs.warning(
                self.window,
                self.tr("Nothing to take in"),
                self.tr("The clipboard holds no e-mail, PDF or image."),
            )

    def take_mime(self, mime: QMimeData) -> bool:
        found = files_from_mime(mime)
        if not found:
            return False
        name, source = found[0]
        self.take_in(name, source)
        return True

    def take_in(self, name: str, source: bytes | Path) -> None:
        """Read `source` (bytes, or a file read on the worker) into a draft case."""
        if self.busy:
            return
        self.busy = True
        job = _Job(self)
        job.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._job = job
        progress = QProgressDialog(
            self.tr("Reading {0}…").format(name), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Take in"))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self._cancel)
        self._progress = progress
        db = self.ctx.db
        threading.Thread(
            target=_read, args=(db, name, source, job), name="intake", daemon=True
        ).start()

    def _cancel(self) -> None:
        # The worker cannot be stopped halfway; its result is simply not used.
        self._job = None
        self._done()

    def _done(self) -> None:
        self.busy = False
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _finished(self, result: object) -> None:
        if self.sender() is not self._job:
            return  # cancelled
        self._job = None
        self._done()
        if isinstance(result, KnownProblem):
            self.ctx.dialogs.warning(self.window, self.tr("Not taken in"), result.message)
            return
        assert isinstance(result, intake.IntakeDraft)
        if result.duplicate_of is not None and not self.ctx.dialogs.confirm(
            self.window,
            self.tr("Already registered"),
            self.tr(
                "This e-mail is already registered as {0}. Register it as a new customer "
                "reaction anyway?"
            ).format(result.duplicate_of),
        ):
            return
        self.draft_ready.emit(result)


def _read(db: object, name: str, source: bytes | Path, job: _Job) -> None:
    result: object
    try:
        if isinstance(source, Path):
            try:
                intake.check_size(name, source.stat().st_size)
                data = source.read_bytes()
            except OSError as exc:
                raise KnownProblem(f"'{name}' kan niet worden gelezen ({exc.strerror}).") from exc
        else:
            data = source
        result = intake.read_intake(db, filename=name, data=data)  # type: ignore[arg-type]
    except KnownProblem as problem:
        result = problem
    except Exception:  # a bug: logged with its traceback, the user gets a plain message
        log.exception("intake of %s failed", name)
        result = KnownProblem(
            f"'{name}' kon niet worden ingelezen door een onverwachte fout; details staan in "
            "het logbestand."
        )
    job.finished.emit(result)
