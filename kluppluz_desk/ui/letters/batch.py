"""Printing "Alle ontvangstbevestigingen": every acknowledgement that is due, in one PDF,
previewed first; "Verzonden vastleggen" records each one (and acknowledges each case).

Entry point for the main window's menu: `print_due_acknowledgements(ctx, parent)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.dto import Change
from ...services.letters import acknowledgements_due, batch_acknowledgements, render_letters_pdf
from ...services.printing import print_acknowledgements_due as print_due
from .. import printing
from ..background import BackgroundRunner
from ..context import AppContext
from .preview import LetterPreviewDialog

translate = QCoreApplication.translate


class BatchPreviewDialog(LetterPreviewDialog):
    """The merged acknowledgements; recording records every one of them."""

    def __init__(self, ctx: AppContext, pdf: bytes, count: int, parent: QWidget | None) -> None:
        super().__init__(
            ctx,
            pdf,
            filename="Ontvangstbevestigingen.pdf",
            parent=parent,
            title=translate("BatchPreview", "Acknowledgements due: {0}").format(count),
        )
        self.count = count
        self.record_button.setVisible(True)
        self.record_button.setText(translate("BatchPreview", "&Record all as sent"))
        self.record_button.setDefault(True)

    def print_letter(self) -> None:
        """Print every acknowledgement due as one job and record them once the print queue
        accepted it; after "Record all as sent" only the PDF shown is printed."""
        if not self.record_button.isEnabled():
            printing.print_plain(self.ctx, self, self.pdf, self.filename)
            return
        chosen = printing.ask_print(self.ctx, self, self.pdf)
        if chosen is None:
            return
        options, send = chosen
        progress = printing.PrintProgress(self, self.count)
        try:
            batch = self.ctx.call(
                print_due,
                self.ctx.db,
                options,
                progress=progress.report,
                send=send,
                parent=self,
                title=translate("BatchPreview", "Not printed"),
            )
            cancelled = progress.dialog.wasCanceled()
        finally:
            progress.close()
        if batch is None:
            if cancelled:
                self.ctx.dialogs.info(
                    self,
                    translate("BatchPreview", "Cancelled"),
                    translate("BatchPreview", "Nothing was printed or recorded."),
                )
            return
        self.ctx.bus.publish(Change("case", batch.case_ids))
        self.ctx.dialogs.info(
            self,
            translate("BatchPreview", "Printed and recorded"),
            printing.job_text(batch.job)
            + "\n"
            + translate("BatchPreview", "{0} acknowledgements recorded as sent.").format(
                len(batch.case_ids)
            ),
        )
        self.record_button.setEnabled(False)

    def record(self) -> None:
        if not self.ctx.dialogs.confirm(
            self,
            translate("BatchPreview", "Record as sent"),
            translate(
                "BatchPreview",
                "Record these {0} acknowledgements as sent today? Each "
                "case is then marked as acknowledged.",
            ).format(self.count),
        ):
            return
        due = self.ctx.call(acknowledgements_due, self.ctx.db, parent=self)
        pdf = self.ctx.call(
            batch_acknowledgements,
            self.ctx.db,
            record=True,
            parent=self,
            title=translate("BatchPreview", "Not recorded"),
        )
        if pdf is None or due is None:
            return
        # What is recorded is what was rendered now; keep that for printing and saving.
        self.pdf = pdf
        self.ctx.bus.publish(Change("case", tuple(due)))
        self.ctx.dialogs.info(
            self,
            translate("BatchPreview", "Recorded"),
            translate("BatchPreview", "{0} acknowledgements recorded as sent.").format(len(due)),
        )
        self.record_button.setEnabled(False)


def render_due_in_background(
    ctx: AppContext, parent: QWidget | None, due: list[int], runner: BackgroundRunner | None = None
) -> bytes | None:
    """The preview of every acknowledgement due, built in a worker with progress and Cancel
    (hundreds of letters take seconds); None when cancelled or refused (said)."""

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bytes | None:
        def step(started: int) -> bool:
            progress(started, len(due))
            return not cancelled()

        try:
            return render_letters_pdf(ctx.db, due, "acknowledgement", progress=step)
        except Exception:
            if cancelled():  # the build stopped on our request: nothing was made
                return None
            raise

    return (runner or BackgroundRunner(ctx)).run(
        parent,
        translate("BatchPreview", "Preparing %n acknowledgement(s)…", "", len(due)),
        work,
        translate("BatchPreview", "Acknowledgements due: {0}").format(len(due)),
    )


def print_due_acknowledgements(
    ctx: AppContext, parent: QWidget | None
) -> BatchPreviewDialog | None:
    """Show every acknowledgement due in one preview (print / save / record all); tells
    the user when there are none. Returns the (non-modal) dialog, or None."""
    due = ctx.call(acknowledgements_due, ctx.db, parent=parent)
    if due is None:
        return None
    if not due:
        ctx.dialogs.info(
            parent,
            translate("BatchPreview", "Nothing to print"),
            translate("BatchPreview", "No acknowledgements are due."),
        )
        return None
    pdf = render_due_in_background(ctx, parent, due)
    if pdf is None:
        return None
    dialog = BatchPreviewDialog(ctx, pdf, len(due), parent)
    dialog.open()
    return dialog
