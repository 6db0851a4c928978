"""Enter in a one-line field moves on to the next field instead of closing the dialog.

Qt's dialogs press their default button (OK, Save, Close) on Enter anywhere; people type
a name, press Enter out of habit and the dialog is gone, half filled in. With the guard,
Enter in a line edit, spin box, date or combo box finishes that field and moves the cursor
to the next one; Enter on a focused button still presses that button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QWidget

_ONE_LINE = (QLineEdit, QAbstractSpinBox, QComboBox)


def _one_line_field(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    # The line edit inside a spin box, date edit or combo box counts as that field.
    return isinstance(widget, _ONE_LINE) or isinstance(widget.parentWidget(), _ONE_LINE)


class EnterGuard(QObject):
    """Event filter on a dialog: see the module docstring."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched is not self.dialog:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if not _one_line_field(self.dialog.focusWidget()):
            return False
        # The field has already had the key (and read its text); only the jump remains.
        self.dialog.focusNextChild()
        return True


def guard_enter(dialog: QDialog) -> EnterGuard:
    """Install the guard on `dialog` (it lives as long as the dialog)."""
    guard = EnterGuard(dialog)
    dialog.installEventFilter(guard)
    return guard
