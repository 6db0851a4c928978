"""Text limits in the editor (domain.text_limits): a box refuses typing or pasting past its
limit, and a multi-line box shows a counter in its bottom-right corner once the text is
past half of it, so nobody writes a page that the save then refuses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from ..domain.text_limits import format_count

COUNTER_FROM = 0.5  # show the counter from this fraction of the limit on
_COUNTER_HEIGHT = 16


def limit_line(line: QLineEdit, max_length: int) -> QLineEdit:
    """QLineEdit's own limit: typing and pasting stop at `max_length` characters."""
    line.setMaxLength(max_length)
    return line


class _PlainTextLimiter(QObject):
    """Cuts whatever an edit (typed, pasted, dropped) added past the limit and keeps the
    counter label in its corner up to date."""

    def __init__(self, edit: QPlainTextEdit, max_length: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.max_length = max_length
        self.counter = QLabel(edit)
        self.counter.setObjectName("text_limit_counter")
        self.counter.setStyleSheet("color: #505050; background: palette(base); padding: 0 3px;")
        self.counter.hide()
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)
        self._update()

    def _changed(self) -> None:
        excess = len(self.edit.toPlainText()) - self.max_length
        if excess > 0:
            # What was just typed or pasted ends at the cursor: cut the excess from its end,
            # so the text that was there before stays whole. Text set by the program (the
            # cursor at the start) loses its end instead.
            cursor = self.edit.textCursor()
            end = cursor.position() if cursor.position() >= excess else len(self.edit.toPlainText())
            cursor.setPosition(end - excess)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            return  # removing emits textChanged again, which updates the counter
        self._update()

    def _update(self) -> None:
        length = len(self.edit.toPlainText())
        self.counter.setText(f"{format_count(length)} / {format_count(self.max_length)}")
        shown = length >= self.max_length * COUNTER_FROM
        if shown != self.counter.isVisible():
            # A strip under the text for the counter, only while it is shown.
            self.edit.setViewportMargins(0, 0, 0, _COUNTER_HEIGHT if shown else 0)
        self.counter.setVisible(shown)
        self._place()

    def _place(self) -> None:
        self.counter.adjustSize()
        # Under the text area and left of the scroll bar, which the viewport leaves out.
        area = self.edit.viewport().geometry()
        self.counter.move(area.right() - self.counter.width() - 2, area.bottom() + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return False


def limit_plain_text(edit: QPlainTextEdit, max_length: int) -> QPlainTextEdit:
    """Refuse text past `max_length` characters in `edit` and show a counter near the end."""
    edit.setProperty("max_length", max_length)
    _PlainTextLimiter(edit, max_length)
    return edit
