"""A new case filled from an e-mail or scan (services.intake): the fields it gives, the
location it names shown as a suggestion the user confirms, and on save the case stored
with the original message and its attachments in one go."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...services import intake
from ...services.dto import CaseDetail
from .editor_base import EditorBase


class IntakeBar(QFrame):
    """Holds the draft of a case taken in from a file and says where it came from: "it
    names the location X. Use it?" — the location is never applied without a click."""

    registered = Signal()  # the draft is a case now (the next dropped message may open)
    set_aside = Signal()  # the draft was left unregistered (another case or form opened)

    def __init__(self, editor: EditorBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.draft: intake.IntakeDraft | None = None
        self.location_id: int | None = None
        self.setObjectName("intakeSuggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#intakeSuggestion { background: #fff7d6; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.use = QPushButton(self.tr("Use this location"), self)
        self.use.clicked.connect(self.accept)
        self.ignore = QPushButton(self.tr("Ignore"), self)
        self.ignore.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.use)
        row.addWidget(self.ignore)
        self.hide()

    def take(self, draft: intake.IntakeDraft) -> None:
        """Fill the (blank) intake form from `draft` and offer its location."""
        self.draft = draft
        fill_from_draft(self.editor, draft)
        self.suggest(draft.location, draft.source)

    def forget(self) -> None:
        held, self.draft = self.draft, None
        self.hide()
        if held is not None:
            self.set_aside.emit()

    def register(self, values: dict[str, Any]) -> CaseDetail:
        """Store the case with the draft's files (raises KnownProblem)."""
        assert self.draft is not None
        detail = register_draft(self.editor, self.draft, values)
        self.draft = None  # registered: showing the new case is not setting it aside
        self.registered.emit()
        return detail

    def suggest(self, guess: intake.LocationGuess | None, source: str) -> None:
        self.location_id = None if guess is None else guess.location_id
        if guess is None:
            text = self.tr("From \u201c{0}\u201d: no location is named in it; choose one.")
        elif guess.found_as.casefold() == guess.name.casefold():
            text = self.tr("From \u201c{0}\u201d: it names the location {1}. Use it?")
        else:
            text = self.tr(
                "From \u201c{0}\u201d: it names the location {1} (as \u201c{2}\u201d). Use it?"
            )
        names = ("", "") if guess is None else (guess.name, guess.found_as)
        self.text.setText(text.format(source, *names))
        self.use.setVisible(guess is not None)
        self.show()

    def accept(self) -> None:
        if self.location_id is not None:
            field = self.editor.fields["location_id"]
            field.set_value(self.location_id)
            field.edited.emit("location_id")
        self.hide()


def fill_from_draft(editor: EditorBase, draft: intake.IntakeDraft) -> None:
    """Put the draft's values into the (already blank) intake form as unsaved edits."""
    for name, value in draft.values.items():
        if name in editor.fields:
            editor.fields[name].set_value(value)
            editor.fields[name].edited.emit(name)


def register_draft(
    editor: EditorBase, draft: intake.IntakeDraft, values: dict[str, Any]
) -> CaseDetail:
    """Store the case with the draft's files (raises KnownProblem). A message already
    registered was confirmed when it was taken in, so a duplicate is allowed then."""
    return intake.register_intake(
        editor.ctx.db, draft=draft, values=values, allow_duplicate=draft.duplicate_of is not None
    )
