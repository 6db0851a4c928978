"""The letter preview: the PDF as it will be sent, with Afdrukken…, Opslaan als PDF…,
E-mailconcept and Verzonden vastleggen.

Two uses: a new letter (`LetterPreviewDialog.for_new`: every button, nothing is recorded
until "Verzonden vastleggen") and a letter already sent (`for_stored`: the stored PDF,
print and save only).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CaseStatus, LetterKind
from ...private_files import write_private
from ...services.dto import CaseDetail, Change
from ...services.letters import RenderedLetterPdf, letter_eml, record_letter
from ...services.printing import print_rendered_letter
from .. import printing
from ..context import AppContext
from ..screen_fit import clamp_to_screen
from . import pdf_pane

log = logging.getLogger(__name__)


class LetterPreviewDialog(QDialog):
    """Shows one letter; `recorded` carries the fresh CaseDetail after recording."""

    recorded = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        pdf: bytes,
        *,
        title: str,
        filename: str,
        case_id: int | None = None,
        letter: RenderedLetterPdf | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf = pdf
        self.filename = filename
        self.case_id = case_id
        self.letter = letter
        self.detail: CaseDetail | None = None
        self.setWindowTitle(title)
        self.resize(760, 900)
        clamp_to_screen(self)  # 900 pixels do not fit a 1280×720 laptop
        self.pane = pdf_pane.PdfPane(pdf, self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background: #fff4ce; border: 1px solid #c19c00; padding: 6px; color: #3b2f00;"
        )
        self.warnings.setAccessibleName(self.tr("What is missing in this letter"))
        shown = list(letter.warnings) if letter else []
        if shown:
            self.warnings.setText(
                self.tr("⚠ Check before sending:") + "\n" + "\n".join(f"• {w}" for w in shown)
            )
        self.warnings.setVisible(bool(shown))
        # Where a saved PDF or e-mail draft went, with a way to open that folder.
        self.saved_path: Path | None = None
        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)
        self.saved_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_note, 1)
        saved_row.addWidget(self.open_folder_button)
        self.saved_note.hide()
        self.open_folder_button.hide()
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.email_button = QPushButton(self.tr("&E-mail draft"), self)
        self.record_button = QPushButton(self.tr("&Record as sent"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        self.email_button.clicked.connect(self.email_draft)
        self.record_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.reject)
        self.email_button.setToolTip(
            self.tr("Opens a new message in your mail program, with this letter attached.")
        )
        self.record_button.setToolTip(
            self.tr("Keeps this exact PDF with the case and notes the date in the procedure.")
        )
        is_new = letter is not None and case_id is not None
        self.email_button.setVisible(is_new)
        self.record_button.setVisible(is_new)
        row = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.email_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.record_button)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.warnings)
        column.addWidget(self.pane, 1)
        column.addLayout(saved_row)
        column.addLayout(row)
        self.record_button.setDefault(is_new)
        self.pane.view.setFocus()

    @classmethod
    def for_new(
        cls, ctx: AppContext, case_id: int, letter: RenderedLetterPdf, parent: QWidget | None
    ) -> LetterPreviewDialog:
        title = QCoreApplication.translate("LetterPreviewDialog", "Letter: {0} — {1}").format(
            letter.kind.label, letter.subject
        )
        return cls(
            ctx,
            letter.pdf,
            title=title,
            filename=letter.filename,
            case_id=case_id,
            letter=letter,
            parent=parent,
        )

    @classmethod
    def for_stored(
        cls, ctx: AppContext, pdf: bytes, *, title: str, filename: str, parent: QWidget | None
    ) -> LetterPreviewDialog:
        return cls(ctx, pdf, title=title, filename=filename, parent=parent)

    def print_letter(self) -> None:
        """A new letter is printed and then recorded as sent (only once the print queue
        accepted it); a letter already sent is only printed."""
        letter, case_id = self.letter, self.case_id
        if letter is None or case_id is None:
            printing.print_plain(self.ctx, self, self.pdf, self.filename)
            return
        if letter.warnings and not self.ctx.dialogs.confirm(
            self,
            self.tr("Print and record"),
            self.tr(
                "This letter still lacks information (see the yellow box). Print it and "
                "record it as sent anyway?"
            ),
        ):
            return
        chosen = printing.ask_print(self.ctx, self, self.pdf)
        if chosen is None:
            return
        options, send = chosen
        printed = self.ctx.call_busy(
            print_rendered_letter,
            self.ctx.db,
            case_id,
            letter,
            options,
            send=send,
            parent=self,
            title=self.tr("Not printed"),
        )
        if printed is None or printed.detail is None:
            return
        self.ctx.dialogs.info(
            self,
            self.tr("Printed and recorded"),
            printing.job_text(printed.job) + "\n" + self.tr("The letter is recorded as sent."),
        )
        self._recorded(printed.detail)

    def save_pdf(self) -> None:
        path = self.ctx.dialogs.save_file(
            self,
            self.tr("Save letter as PDF"),
            self.filename,
            self.tr("PDF files (*.pdf)"),
            kind="letter",
        )
        if not path:
            return
        if self._write(Path(path), self.pdf):
            self._show_saved(Path(path), self.tr("The letter is saved as {0}."))

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            write_private(path, data)
        except OSError as exc:
            self.ctx.dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write {0}: {1}").format(str(path), exc.strerror),
            )
            return False
        return True

    def _show_saved(self, path: Path, message: str) -> None:
        self.saved_path = path
        self.saved_note.setText(message.format(str(path)))
        self.saved_note.show()
        self.open_folder_button.show()

    def open_folder(self) -> None:
        if self.saved_path is None:
            return
        folder = str(self.saved_path.parent)
        if not pdf_pane.open_with_system(folder):
            self.ctx.dialogs.warning(
                self,
                self.tr("Open folder"),
                self.tr("The folder cannot be opened on this computer: {0}").format(folder),
            )

    def email_draft(self) -> None:
        if self.letter is None or self.case_id is None:
            return
        data = self.ctx.call(
            letter_eml,
            self.ctx.db,
            self.case_id,
            self.letter.kind,
            parent=self,
            title=self.tr("No e-mail draft"),
        )
        if data is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="kluppluz-mail-"))
        path = folder / (Path(self.filename).stem + ".eml")
        write_private(path, data)
        if pdf_pane.open_with_system(str(path)):
            return
        # No mail program: the draft holds personal data, so it goes where the person
        # chooses, not into a temporary folder nobody finds.
        path.unlink(missing_ok=True)
        folder.rmdir()
        chosen = self.ctx.dialogs.save_file(
            self,
            self.tr("No mail program: save the e-mail draft"),
            path.name,
            self.tr("E-mail drafts (*.eml)"),
            kind="letter",
        )
        if chosen and self._write(Path(chosen), data):
            self._show_saved(
                Path(chosen),
                self.tr(
                    "No program opens e-mail drafts on this computer. The draft is saved as "
                    "{0}: open it in your mail program, or attach the letter to a new message."
                ),
            )

    def record(self) -> None:
        letter, case_id = self.letter, self.case_id
        if letter is None or case_id is None:
            return
        if letter.warnings and not self.ctx.dialogs.confirm(
            self,
            self.tr("Record as sent"),
            self.tr(
                "This letter still lacks information (see the yellow box). Record it as "
                "sent anyway?"
            ),
        ):
            return
        detail = self.ctx.call(
            record_letter,
            self.ctx.db,
            case_id,
            letter.kind,
            letter.pdf,
            letter_date=letter.letter_date,
            subject=letter.subject,
            recipient=letter.recipient,
            parent=self,
            title=self.tr("Not recorded"),
        )
        if detail is not None:
            self._recorded(detail)

    def _recorded(self, detail: CaseDetail) -> None:
        case_id, letter = self.case_id, self.letter
        assert case_id is not None and letter is not None
        self.detail = detail
        self.ctx.bus.publish(Change("case", (case_id,), detail))
        self.recorded.emit(detail)
        if letter.kind is LetterKind.ACKNOWLEDGEMENT and detail.status is not (
            CaseStatus.ACKNOWLEDGED
        ):
            note = detail.notes[-1].text if detail.notes else ""
            self.ctx.dialogs.info(self, self.tr("Letter recorded"), note)
        self.accept()
