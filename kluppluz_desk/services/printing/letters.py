"""Letters on paper: print a letter and record it as sent once the print queue accepted
it; print every acknowledgement that is due as one job, with progress and cancel.

A job the queue refuses raises PrintError before anything is recorded. Cancelling a batch
is possible until the job is handed to the queue; after that it is printed and recorded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...documents.letters.batch import BatchCancelled
from ...domain.enums import LetterKind
from ..database import Database
from ..dto import CaseDetail
from ..letters import (
    RenderedLetterPdf,
    acknowledgements_due,
    record_letter,
    record_letters,
    render_letter_pdf,
    render_letters_pdf,
)
from .options import PrintError, PrintJob, PrintOptions
from .submit import Sender, send_pdf

log = logging.getLogger(__name__)

# progress(done, total, what) → False to cancel (only honoured before the job is sent).
Progress = Callable[[int, int, str], bool]
CHUNK = 10


@dataclass(frozen=True)
class PrintedLetter:
    job: PrintJob
    detail: CaseDetail | None  # the fresh case when the letter was recorded


@dataclass(frozen=True)
class PrintedBatch:
    job: PrintJob
    case_ids: tuple[int, ...]
    recorded: bool


def print_rendered_letter(
    db: Database, case_id: int, letter: RenderedLetterPdf, options: PrintOptions,
    *, record: bool = True, send: Sender | None = None,
) -> PrintedLetter:  # fmt: skip
    """Print `letter` as shown; once the queue accepted it, record exactly this PDF."""
    job = (send or send_pdf)(letter.pdf, options, letter.filename)
    if not record:
        return PrintedLetter(job, None)
    detail = record_letter(
        db, case_id, letter.kind, letter.pdf, letter_date=letter.letter_date,
        subject=letter.subject, recipient=letter.recipient,
    )  # fmt: skip
    log.info("letter %s printed (job %s) and recorded", letter.filename, job.job_id)
    return PrintedLetter(job, detail)


def print_letter(
    db: Database, case_id: int, kind: LetterKind | str, options: PrintOptions,
    *, record: bool = True, send: Sender | None = None,
) -> PrintedLetter:  # fmt: skip
    """Render the letter of `kind` now, print it and (with `record`) record it as sent."""
    letter = render_letter_pdf(db, case_id, kind)
    return print_rendered_letter(db, case_id, letter, options, record=record, send=send)


def print_acknowledgements_due(
    db: Database, options: PrintOptions, *, progress: Progress | None = None,
    record: bool = True, send: Sender | None = None,
) -> PrintedBatch | None:  # fmt: skip
    """Every acknowledgement due as ONE print job; recorded as sent once the queue took
    it. None when cancelled (nothing printed or recorded)."""
    due = acknowledgements_due(db)
    if not due:
        raise PrintError("Er zijn geen ontvangstbevestigingen die nog verstuurd moeten worden.")
    return print_letters(
        db, due, LetterKind.ACKNOWLEDGEMENT, options, progress=progress, record=record, send=send
    )


def print_letters(
    db: Database, case_ids: Sequence[int], kind: LetterKind | str, options: PrintOptions,
    *, progress: Progress | None = None, record: bool = True, send: Sender | None = None,
) -> PrintedBatch | None:  # fmt: skip
    """The letter of `kind` for each case, in order, as ONE print job (rendered a few at a
    time, so progress can be shown and the job cancelled until it is sent); with `record`
    each is recorded as sent once the queue accepted the job. None when cancelled."""
    ids = list(case_ids)
    report = progress or (lambda _done, _total, _what: True)
    try:
        # One document for the whole batch; progress (and cancel) every CHUNK letters.
        pdf = render_letters_pdf(
            db, ids, kind,
            progress=lambda done: bool(done % CHUNK) or report(done, len(ids), "render"),
        )  # fmt: skip
    except BatchCancelled:
        return None
    if not report(len(ids), len(ids), "send"):
        return None
    job = (send or send_pdf)(pdf, options, f"Brieven ({len(ids)})")
    if record:
        report(len(ids), len(ids), "record")
        record_letters(db, ids, kind)
    log.info("%d letters printed as job %s", len(ids), job.job_id)
    return PrintedBatch(job, tuple(ids), record)
