"""Taking files in as new cases: from the File menu, a drop on the window or the
clipboard. The files are read and parsed on a worker thread behind a progress dialog that
can be cancelled, so a large or damaged file never freezes the window; a known problem
becomes a Dutch message and nothing is registered.

Several files dropped at once are each read into a draft of its own; one message says
which were taken in and which not (and why). The editor holds one new case at a time, so
the first draft opens and the others wait: each next one opens when the one before is
registered (`next_waiting`)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...domain.errors import KnownProblem
from ...services import intake
from ..context import AppContext
from .mime import files_from_mime, virtual_files_left_out

log = logging.getLogger(__name__)


Source = bytes | Path
Outcome = tuple[str, object]  # (file name, IntakeDraft or KnownProblem)


class _Job(QObject):
    finished = Signal(object)  # list[Outcome]
    reading = Signal(int, str)  # (number of the file, its name)


class IntakeController(QObject):
    """Reads the files of one drop; `draft_ready` hands each confirmed draft to the window,
    one at a time."""

    draft_ready = Signal(object)  # services.intake.IntakeDraft

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.busy = False
        self._job: _Job | None = None
        self._progress: QProgressDialog | None = None
        self.waiting: list[intake.IntakeDraft] = []  # drafts after the one in the editor
        self._left_out: list[str] = []

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
        self.take_in_many(found, left_out=virtual_files_left_out(mime))
        return True

    def take_in(self, name: str, source: Source) -> None:
        """Read `source` (bytes, or a file read on the worker) into a draft case."""
        self.take_in_many([(name, source)])

    def take_in_many(self, files: list[tuple[str, Source]], left_out: Sequence[str] = ()) -> None:
        """Read each of `files` into a draft case of its own. `left_out`: files of the drop
        that came without contents (named as not taken in)."""
        if self.busy or not files:
            return
        self.busy = True
        self._left_out = list(left_out)
        job = _Job(self)
        job.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._job = job
        progress = QProgressDialog(
            self.tr("Reading {0}…").format(files[0][0]), self.tr("Cancel"), 0, 0, self.window
        )
        if len(files) > 1:
            progress.setRange(0, len(files))
            job.reading.connect(self._reading, Qt.ConnectionType.QueuedConnection)
        progress.setWindowTitle(self.tr("Take in"))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self._cancel)
        self._progress = progress
        db = self.ctx.db
        threading.Thread(
            target=_read_all, args=(db, files, job), name="intake", daemon=True
        ).start()

    def _reading(self, number: int, name: str) -> None:
        if self.sender() is self._job and self._progress is not None:
            total = self._progress.maximum()
            self._progress.setLabelText(
                self.tr("Reading {0} ({1} of {2})…").format(name, number, total)
            )
            self._progress.setValue(number - 1)

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

    def _finished(self, outcomes: list[Outcome]) -> None:
        if self.sender() is not self._job:
            return  # cancelled
        self._job = None
        self._done()
        if len(outcomes) == 1 and not self._left_out:
            self._one(outcomes[0][1])
        else:
            self._several(outcomes)

    def _several(self, outcomes: list[Outcome]) -> None:
        """Queue every draft read; say in one message what was taken in and what not. A
        message registered before is not taken in again here (drop it on its own to be
        asked whether to register it anyway)."""
        taken: list[str] = []
        failed: list[str] = []
        for name, result in outcomes:
            if isinstance(result, KnownProblem):
                failed.append(self.tr("{0}: {1}").format(name, result.message))
            elif isinstance(result, intake.IntakeDraft) and result.duplicate_of is not None:
                failed.append(self.tr("{0}: already registered as {1}").format(
                    name, result.duplicate_of))  # fmt: skip
            elif isinstance(result, intake.IntakeDraft):
                taken.append(name)
                self.waiting.append(result)
        for name in self._left_out:
            failed.append(self.tr(
                "{0}: Outlook passes on only the first message of a drag; drag this one on "
                "its own or save it first").format(name))  # fmt: skip
        lines = [
            self.tr("{0} of the {1} files taken in.").format(len(taken), len(taken) + len(failed))
        ]
        if taken:
            lines.append(self.tr(
                "Each opens as a new customer reaction; the next one opens when you have "
                "registered the one before."))  # fmt: skip
            lines += ["", self.tr("Taken in:"), *(f"• {n}" for n in taken)]
        if failed:
            lines += ["", self.tr("Not taken in:"), *(f"• {n}" for n in failed)]
        report = self.ctx.dialogs.warning if failed else self.ctx.dialogs.info
        report(self.window, self.tr("Take in"), "\n".join(lines))
        if taken and len(self.waiting) == len(taken):
            self.next_waiting()  # nothing of an earlier drop is still waiting: start now

    def next_waiting(self) -> None:
        """Open the next draft that waits (after the one before was registered)."""
        if self.waiting:
            self.draft_ready.emit(self.waiting.pop(0))

    def set_aside(self) -> None:
        """The draft in the editor was left unregistered: the drafts behind it would wait
        unseen, so they are let go, and the person is told which to drop again."""
        if not self.waiting:
            return
        names = [f"\u2022 {draft.source}" for draft in self.waiting]
        self.waiting.clear()
        self.ctx.dialogs.info(
            self.window,
            self.tr("Take in"),
            "\n".join([
                self.tr("The message in the editor was not registered, so the dropped "
                        "messages after it were not taken in:"),
                *names,
                "",
                self.tr("Drop them again when you want to register them."),
            ]),
        )  # fmt: skip

    def _one(self, result: object) -> None:
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


def _read_all(db: object, files: list[tuple[str, Source]], job: _Job) -> None:
    outcomes: list[Outcome] = []
    for number, (name, source) in enumerate(files, start=1):
        job.reading.emit(number, name)
        outcomes.append((name, _read(db, name, source)))
    job.finished.emit(outcomes)


def _read(db: object, name: str, source: Source) -> object:
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
    return result
