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

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CaseStatus, LetterKind
from ...services.dto import CaseDetail, Change
from ...services.letters import RenderedLetterPdf, letter_eml, record_letter
from ..context import AppContext
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
        printer = pdf_pane.choose_printer(self)
        if printer is None:
            return
        if not pdf_pane.print_pdf(self.pdf, printer):
            self.ctx.dialogs.warning(
                self, self.tr("Not printed"), self.tr("The letter could not be printed.")
            )

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
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            self.ctx.dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write {0}: {1}").format(path, exc.strerror),
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
        path.write_bytes(data)
        if not pdf_pane.open_with_system(str(path)):
            self.ctx.dialogs.warning(
                self,
                self.tr("No mail program"),
                self.tr(
                    "No program opens e-mail drafts on this computer. The draft is saved as {0}."
                ).format(str(path)),
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
        if detail is None:
            return
        self.detail = detail
        self.ctx.bus.publish(Change("case", (case_id,), detail))
        self.recorded.emit(detail)
        if letter.kind is LetterKind.ACKNOWLEDGEMENT and detail.status is not (
            CaseStatus.ACKNOWLEDGED
        ):
            note = detail.notes[-1].text if detail.notes else ""
            self.ctx.dialogs.info(self, self.tr("Letter recorded"), note)
        self.accept()
