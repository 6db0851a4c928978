"""Printing from the window: the system print dialog (`dialog.choose_printer`, which tests
replace), its choices as `PrintOptions`, the way to the printer (the vector path of
`services.printing`, or `raster` where none exists) and a progress dialog with cancel for
long jobs.

Entry points: `ask_print(ctx, parent, pdf)` → (options, sender) or None, then a print
service with `send=sender`; `print_plain(ctx, parent, pdf, title)` for a PDF that is only
printed (a stored letter); `job_text(job)` says where it went.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...services.printing import (
    PrintJob,
    PrintOptions,
    Progress,
    Sender,
    page_count,
    send_pdf,
    vector_path,
)
from ..context import AppContext
from . import dialog
from .raster import raster_sender

translate = QCoreApplication.translate


def ask_print(
    ctx: AppContext, parent: QWidget | None, pdf: bytes
) -> tuple[PrintOptions, Sender] | None:
    """Show the print dialog; the options chosen and how to send, or None (cancelled)."""
    pages = ctx.call(page_count, pdf, parent=parent)
    if pages is None:
        return None
    printer = dialog.choose_printer(parent, pages)
    if printer is None:
        return None
    options = ctx.call(
        dialog.options_from_printer,
        printer,
        parent=parent,
        title=translate("Printing", "Not printed"),
    )
    if options is None:
        return None
    # Type, not pictures, wherever this computer can: pictures only as the last resort.
    return options, (send_pdf if vector_path() else raster_sender(printer))


def print_plain(ctx: AppContext, parent: QWidget | None, pdf: bytes, title: str) -> PrintJob | None:
    """Print a PDF that is not recorded (a letter already sent); says where it went."""
    chosen = ask_print(ctx, parent, pdf)
    if chosen is None:
        return None
    options, send = chosen
    job = ctx.call_busy(
        send, pdf, options, title, parent=parent, title=translate("Printing", "Not printed")
    )
    if job is not None:
        ctx.dialogs.info(parent, translate("Printing", "Printed"), job_text(job))
    return job


def job_text(job: PrintJob) -> str:
    """Where the job went, for the message after printing."""
    if job.path == "raster":
        return translate("Printing", "Sent to printer {0} ({1} pages).").format(
            job.printer, job.pages
        )
    return translate("Printing", "Sent to printer {0} as job {1} ({2} pages).").format(
        job.printer, job.job_id, job.pages
    )


class PrintProgress:
    """A modal progress dialog with Cancel for a long print job; `report` is the service's
    progress callback. Qt events are handled at every step, so the window stays responsive."""

    def __init__(self, parent: QWidget | None, total: int) -> None:
        self.dialog = QProgressDialog(
            translate("Printing", "Preparing the letters…"),
            translate("Printing", "Cancel"),
            0,
            total + 1,
            parent,
        )
        self.dialog.setWindowTitle(translate("Printing", "Printing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.steps: list[tuple[int, str]] = []

    def report(self, done: int, total: int, what: str) -> bool:
        self.steps.append((done, what))
        labels = {
            "render": translate("Printing", "Preparing letter {0} of {1}…").format(done + 1, total),
            "send": translate("Printing", "Sending {0} letters to the printer…").format(total),
            "record": translate("Printing", "Recording {0} letters as sent…").format(total),
        }
        self.dialog.setLabelText(labels.get(what, what))
        self.dialog.setValue(done + (1 if what == "record" else 0))
        if what != "render":
            # Past this point the job is with the printer: cancelling is no longer possible.
            self.dialog.setCancelButton(None)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


__all__ = ["PrintProgress", "Progress", "ask_print", "dialog", "job_text", "print_plain"]
