"""A QDateEdit that also reads dates typed as people type them ("3122026", "3 dec")."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit

from ...domain.date_input import parse_date_text
from ...domain.errors import ValidationError
from ...domain.today import today


def ymd(value: date) -> tuple[int, int, int]:
    # QDate takes a Python date at run time, but PySide6's type stubs only know numbers.
    return value.year, value.month, value.day


_SHOWN_FORM = re.compile(r"\d\d-\d\d-\d{4}")
_TYPED_CHARS = re.compile(r"[0-9A-Za-z\s\-/.,]{0,24}")


class TypedDateEdit(QDateEdit):
    """A date edit that also takes a date typed as people type it ("3122026", "3 dec").

    Qt's own editing works per section (day, month, year) and throws away anything else
    when the field loses focus. Here free text is allowed while typing; on leaving the
    field or pressing Enter it is read by `domain.date_input` first. A text that is no
    date leaves the previous date in place and reports why through `problem`.
    """

    problem = Signal(str)  # the Dutch message, or "" when the typed text was fine

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if _SHOWN_FORM.fullmatch(text) or text == self.specialValueText():
            return super().validate(text, pos)
        if not _TYPED_CHARS.fullmatch(text):
            return (QValidator.State.Invalid, text, pos)
        # Let the person finish typing; the text is read when they leave the field. (Qt
        # would read "31-2-2026" half-typed as 28-02 and change the date behind their back.)
        return (QValidator.State.Intermediate, text, pos)

    def commit_typed(self) -> None:
        """Read the typed text, if it is not already the date shown."""
        text = self.lineEdit().text()
        if text == self.textFromDateTime(self.dateTime()):
            return
        try:
            value = parse_date_text(text, today())
        except ValidationError as problem:
            self._show_current()
            self.problem.emit(problem.message)
            return
        self.problem.emit("")
        if value is not None:
            self.setDate(QDate(*ymd(value)))

    def _show_current(self) -> None:
        """Show the date held again instead of the rejected text.

        Qt would otherwise read the text its own way ("31-2" becomes 28-02 or 31-01); it
        only redraws the text when the date changes, hence the step away and back.
        """
        held = self.date()
        step = -1 if held >= self.maximumDate() else 1
        blocked = self.blockSignals(True)
        self.setDate(held.addDays(step))
        self.setDate(held)
        self.blockSignals(blocked)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_typed()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter and Tab make Qt read the text its own way (31-2 becomes 28-2): read it first.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.commit_typed()
        super().keyPressEvent(event)
