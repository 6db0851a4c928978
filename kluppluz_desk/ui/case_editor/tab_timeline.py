"""The Tijdlijn tab: dated notes and agreements. Ctrl+T (editor) jumps to the note box and
Ctrl+Enter inside it adds the note: two keystrokes from anywhere in the editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import text_limits
from ...domain.access import Right
from ...services import cases
from ..context import AppContext
from ..text_limit import limit_plain_text
from .records import RecordTab, RecordTable, fmt_datetime


def _is_submit(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class NoteBox(QPlainTextEdit):
    """Plain text box; Ctrl+Enter submits instead of running the editor's next step."""

    submitted = Signal()

    def event(self, event: QEvent) -> bool:
        # Claim Ctrl+Enter before the editor-wide shortcut (next step) sees it.
        is_override = event.type() == QEvent.Type.ShortcutOverride
        if is_override and isinstance(event, QKeyEvent) and _is_submit(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_submit(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class TimelineTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = RecordTable(
            [self.tr("When"), self.tr("Who"), self.tr("Kind"), self.tr("Text")],
            self.tr("Timeline"),
            self,
        )
        self.box = NoteBox(self)
        self.box.setTabChangesFocus(True)
        self.box.setAccessibleName(self.tr("New note"))
        self.box.setPlaceholderText(self.tr("Type a note and press Ctrl+Enter to add it."))
        self.box.setMaximumHeight(90)
        limit_plain_text(self.box, text_limits.NOTE)
        self.box.submitted.connect(self.add_note)
        self.agreement = QCheckBox(self.tr("This is an agreement"), self)
        self.agreement.setAccessibleName(self.tr("Note is an agreement"))
        self.add = QPushButton(self.tr("Add note"), self)
        self.add.setToolTip(self.tr("Ctrl+Enter in the note box"))
        self.add.clicked.connect(self.add_note)
        hint = QLabel(self.tr("Ctrl+T: write a note — Ctrl+Enter: add it"), self)
        hint.setStyleSheet("color: #505050;")
        hint.setWordWrap(True)  # wraps on a narrow editor instead of widening it
        row = QHBoxLayout()
        row.addWidget(self.agreement)
        row.addWidget(hint, 1)
        row.addWidget(self.add)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addWidget(self.box)
        column.addLayout(row)

    write_right = Right.ADD_NOTE  # the director may add notes, not change the case

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.box, self.agreement, self.add)

    def refresh(self) -> None:
        d = self.detail
        rows = []
        for note in [] if d is None else sorted(d.notes, key=lambda n: n.created_at, reverse=True):
            if note.is_system:
                kind = self.tr("procedure")
            elif note.is_agreement:
                kind = self.tr("agreement")
            else:
                kind = self.tr("note")
            rows.append((note.id, [fmt_datetime(note.created_at), note.author, kind, note.text]))
        self.table.set_rows(rows)

    def pending_text(self) -> str:
        return self.box.toPlainText().strip()

    def add_note(self) -> bool:
        """Add what is in the note box; True when it was stored."""
        if self.detail is None or not self.pending_text():
            return False
        if self.run(
            cases.add_note,
            case_id=self.detail.id,
            text=self.box.toPlainText().strip(),
            is_agreement=self.agreement.isChecked(),
        ):
            self.box.clear()
            self.agreement.setChecked(False)
            return True
        return False

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
