"""Record tables behave (issue 15.3): right after a row is added (not only after reopening
the case) every column is at least as wide as its text, so a date is never cut; the text
column takes the rest and a long text is elided with the whole text as tooltip."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services.database import Database
from tests.factories import make_case, seed
from tests.ui.test_case_editor import make_editor
from tests.ui.test_case_editor_records import click, pick, type_date

LONG = "Gesprek met de pedagogisch medewerker over de overdracht bij het ophalen " * 3


def test_columns_fit_their_text_right_after_a_row_is_added(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.CLOSE)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.resize(900, 700)  # a narrow editor beside the list
    editor.load_case(case.id)
    editor.show_tab(editor.improvements)
    tab = editor.improvements
    qtbot.keyClicks(tab.title, LONG[:200])
    pick(qtbot, tab.owner, "Johan Smits")
    due = today() + timedelta(days=30)
    type_date(qtbot, tab.due, due)
    click(qtbot, editor, tab.add)
    QApplication.processEvents()

    table = tab.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    [row] = table.texts()
    due_text = due.strftime("%d-%m-%Y")
    assert row[3] == due_text
    # Each column other than the text column shows its whole text (the date is not cut).
    for column, text in enumerate(row):
        if column != table.text_column and text:
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (column, text)
    assert header.sectionSize(3) >= metrics.horizontalAdvance(due_text)
    # The text column stretches into the room left and elides, the whole text as tooltip.
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch
    assert table.textElideMode() is Qt.TextElideMode.ElideRight
    assert header.sectionSize(0) < metrics.horizontalAdvance(row[0])  # elided, not wider
    item = table.model_.item(0, 0)
    assert item.toolTip() == row[0]
    right = header.sectionViewportPosition(5) + header.sectionSize(5)
    assert right <= table.viewport().width()  # no sideways scrolling for one long title
