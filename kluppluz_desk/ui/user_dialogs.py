"""Every question and message to the user goes through here, so tests can answer them.

Tests replace `UserDialogs` with `ScriptedDialogs` (tests/ui/conftest.py) and queue answers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .crash_dialog import CrashDialog
from .file_dialogs import ask_open_file, ask_save_file


class UserDialogs:
    """Modal messages and questions, in Dutch (texts are translated by the caller)."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> str:
        """Returns "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: list[tuple[str, str]]
    ) -> str | None:
        """One button per (key, label); returns the key clicked, None when closed."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = {
            key: box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for key, label in options
        }
        box.exec()
        clicked = box.clickedButton()
        return next((key for key, button in buttons.items() if button is clicked), None)

    def recover(
        self, parent: QWidget | None, title: str, text: str, rows: list[tuple[str, str, str]]
    ) -> str:
        """Offer recovered text (field, saved, recovered); "restore" or "discard"."""
        from .recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(title, text, rows, parent)
        dialog.exec()
        return dialog.choice

    def crash(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """The crash dialog: what happened, what to do, and a button to copy the details."""
        CrashDialog(title, text, details, parent).exec()

    def open_file(
        self, parent: QWidget | None, title: str, filters: str, *, kind: str
    ) -> str | None:
        """`kind` names the sort of file ("attachment", "export", ...): the dialog opens
        where that kind was last opened (see file_dialogs.py)."""
        return ask_open_file(parent, kind, title, filters)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str, *, kind: str
    ) -> str | None:
        return ask_save_file(parent, kind, title, suggested, filters)
