"""Issue 15.1 on the step panel: "Make the letter…" opens the step's own letter in the
preview (closing → the judgment and closure letter, acknowledging → the acknowledgement),
and a missing part is marked on the input itself with a red border that goes away as soon
as the field is filled."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor import CaseEditor
from kluppluz_desk.ui.case_editor.step_panel import mark_target
from kluppluz_desk.ui.letters.preview import LetterPreviewDialog
from tests.factories import make_case, seed
from tests.ui.test_case_editor import choose, make_editor, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def text_of(pdf: bytes) -> str:
    pages = PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def editor_at(qtbot: Any, db: Database, tmp_path: Path, upto: Step, **values: Any) -> CaseEditor:
    seeded = seed(db)
    case = make_case(db, seeded, upto=upto, submitter_name="Sanne de Vries", **values)
    editor = make_editor(qtbot, db, tmp_path)
    editor.load_case(case.id)
    return editor


def click_letter(qtbot: Any, editor: CaseEditor) -> LetterPreviewDialog:
    button = editor.step_panel.letters_button
    assert button.isVisible() and editor.views.on_step()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.letters.panel is not None
    preview = editor.letters.panel.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    return preview


def test_closing_panel_opens_the_closure_letter(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    editor = editor_at(qtbot, sqlite_db, tmp_path, Step.PROPOSE_SOLUTION)
    assert editor.detail is not None and editor.step_panel.step is Step.CLOSE
    assert LetterKind.JUDGMENT.label in editor.step_panel.letters_button.text()
    preview = click_letter(qtbot, editor)
    assert preview.letter is not None and preview.letter.kind is LetterKind.JUDGMENT
    assert preview.case_id == editor.detail.id
    assert LetterKind.JUDGMENT.label in preview.windowTitle()
    text = text_of(preview.pdf)
    assert editor.detail.reference in text
    assert "Ons oordeel over uw klacht en afsluiting" in text
    assert "Geachte Sanne de Vries" in text
    # The person stays on the step: the preview is over the panel, not the Letters tab.
    assert editor.views.on_step() and editor.step_panel.step is Step.CLOSE
    preview.reject()


def test_acknowledgement_panel_saves_what_was_typed_into_the_letter(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    editor = editor_at(qtbot, sqlite_db, tmp_path, Step.ASSIGN_HANDLER)
    assert editor.step_panel.step is Step.ACKNOWLEDGE
    type_into(qtbot, editor, "submitter_address", "Kastanjelaan 12")
    type_into(qtbot, editor, "submitter_city", "Eindhoven")
    preview = click_letter(qtbot, editor)
    assert preview.letter is not None and preview.letter.kind is LetterKind.ACKNOWLEDGEMENT
    text = text_of(preview.pdf)
    assert "Ontvangstbevestiging van uw klacht" in text
    assert "Kastanjelaan 12" in text and "EINDHOVEN" in text
    assert not editor.has_unsaved_changes()  # saved first: the letter is made from the case
    preview.reject()


def red_on_the_left(widget: QWidget) -> bool:
    """Whether the widget's own left edge is painted red (the missing mark)."""
    image = widget.grab().toImage()
    middle = image.height() // 2
    for x in range(3):
        color = QColor(image.pixel(x, middle))
        if color.red() > 150 and color.green() < 60 and color.blue() < 80:
            return True
    return False


def test_missing_fields_are_marked_on_the_field_until_filled(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    editor = editor_at(qtbot, sqlite_db, tmp_path, Step.PROPOSE_SOLUTION)
    panel = editor.step_panel
    assert panel.missing() == ["judgment", "public_summary", "public_measure"]
    summary = mark_target(editor.fields["public_summary"])
    measure = mark_target(editor.fields["public_measure"])
    closure = mark_target(editor.fields["closure_text"])
    assert summary.property("missing") is True and measure.property("missing") is True
    assert closure.property("missing") is False
    assert 'QPlainTextEdit[missing="true"]' in panel.body.styleSheet()
    assert red_on_the_left(summary) and not red_on_the_left(closure)

    type_into(qtbot, editor, "public_summary", "Te weinig toezicht bij het buitenspelen.")
    assert summary.property("missing") is False and not red_on_the_left(summary)
    assert measure.property("missing") is True  # still to fill in

    # Back on All details the field is at home on its tab, without the mark.
    editor.views.show_all()
    assert measure.property("missing") is False and not red_on_the_left(measure)


def test_a_missing_choice_is_marked_on_the_combo_box(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    editor = editor_at(qtbot, sqlite_db, tmp_path, Step.CLOSE)
    assert editor.step_panel.step is Step.CHECK_SATISFACTION
    combo = mark_target(editor.fields["satisfaction_outcome"])
    assert combo.property("missing") is True and red_on_the_left(combo)
    choose(qtbot, editor, "satisfaction_outcome", "Tevreden")
    assert combo.property("missing") is False and not red_on_the_left(combo)
