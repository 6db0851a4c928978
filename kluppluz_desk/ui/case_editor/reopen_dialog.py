"""Asks why a closed case is reopened (issue 14.4) before the Reopen step is taken.

The reason is required: "Reopen" with an empty text says so under the text and keeps the
dialog open (the service refuses it as well, services.cases.reopening). The dialog tells
what happens: the reason goes into the history and onto the timeline, the first closure
stays in the history, and the satisfaction check waits for the new closure.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.dto import CaseDetail
from .fields import ERROR_STYLE

MAX_REASON = 2000  # services.cases.reopening.REASON_LIMIT


class ReopenDialog(QDialog):
    """The reason for reopening `reference`; `reason()` after it was accepted."""

    def __init__(self, reference: str, closed_on: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen {0}").format(reference))
        self.setMinimumWidth(460)
        closure = closed_on.strftime("%d-%m-%Y") if closed_on is not None else ""
        intro = QLabel(
            self.tr(
                "Why is this customer reaction reopened? The reason goes into the history "
                "and onto the timeline; the closure of {0} stays in the history. The "
                "satisfaction check is asked again after the new closure."
            ).format(closure)
            if closure
            else self.tr(
                "Why is this customer reaction reopened? The reason goes into the history "
                "and onto the timeline."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Reason for reopening"))
        self.text.setPlaceholderText(self.tr("For example: the agreement is not kept"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reopen_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reopen_button.setText(self.tr("Reopen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self.error.hide)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(QLabel(self.tr("Reason:")))
        column.addWidget(self.text, 1)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.text.setFocus()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        """Only with a reason: an empty one is named under the text, the dialog stays."""
        if not self.reason():
            self.error.setText(self.tr("Give the reason why the customer reaction is reopened."))
            self.error.show()
            self.text.setFocus()
            return
        if len(self.reason()) > MAX_REASON:
            self.error.setText(
                self.tr("The reason is too long (at most {0} characters).").format(MAX_REASON)
            )
            self.error.show()
            return
        super().accept()


def ask_reopen_reason(detail: CaseDetail, parent: QWidget) -> str | None:
    """The reason typed for reopening the case, or None when the user cancelled."""
    dialog = ReopenDialog(detail.reference, detail.closed_on, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason()
    finally:
        dialog.deleteLater()
