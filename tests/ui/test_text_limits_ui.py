"""The editor refuses typing and pasting past a field's limit (domain.text_limits) and shows
a counter near it; what it holds at the limit saves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from kluppluz_desk.domain import text_limits
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from tests.factories import make_case, seed
from tests.ui.test_case_editor import make_editor, widget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_description_box_refuses_typing_and_pasting_past_its_limit(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    s = seed(sqlite_db)
    case = make_case(sqlite_db, s)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    box = widget(editor, "description")
    assert isinstance(box, QPlainTextEdit)
    editor.reveal("description")
    limit = text_limits.DESCRIPTION
    box.setPlainText("a" * (limit - 2))
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, "xyz")
    assert box.toPlainText() == "a" * (limit - 2) + "xy"
    counter = box.findChild(QLabel, "text_limit_counter")
    assert counter is not None and counter.isVisible()
    assert counter.text() == "20.000 / 20.000"
    # A paste that would go over is cut at the limit; the text before it stays whole.
    box.setPlainText("b" * 10)
    box.moveCursor(box.textCursor().MoveOperation.Start)
    QGuiApplication.clipboard().setText("c" * (limit + 500))
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(box.toPlainText()) == limit and box.toPlainText().endswith("b" * 10)
    assert not counter.isHidden()
    box.setPlainText("kort")
    assert counter.isHidden()  # no counter while far from the limit
    editor.grab().save(str(tmp_path / "limit.png"))


def test_name_line_stops_at_its_limit_and_saves(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    s = seed(sqlite_db)
    case = make_case(sqlite_db, s)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    line = widget(editor, "submitter_name")
    assert isinstance(line, QLineEdit)
    editor.reveal("submitter_name")
    line.selectAll()
    qtbot.keyClicks(line, "n" * (text_limits.NAME + 5))
    assert line.text() == "n" * text_limits.NAME
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: cases.get_case(sqlite_db, case.id).fields["submitter_name"] == "n" * 200
    )
