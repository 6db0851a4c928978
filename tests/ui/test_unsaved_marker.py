"""The "unsaved changes" marker sits on the tab holding the change, and only then;
a date typed into the editor as people type it is read and saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor.dirty_marks import MARK
from kluppluz_desk.ui.case_editor.fields import DateField
from tests.factories import make_case, seed
from tests.ui.test_case_editor import dutch, make_editor, type_into, widget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
__all__ = ["dutch"]  # the autouse fixture that installs the editor's Dutch texts


def marked(editor: Any) -> list[str]:
    tabs = editor.tabs
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.tabText(i).endswith(MARK)]


def test_marker_follows_the_change(qtbot: Any, sqlite_db: Database, tmp_path: Path) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    assert marked(editor) == [] and editor.message.text() == ""

    postcode = widget(editor, "submitter_postcode")
    old = postcode.text()
    type_into(qtbot, editor, "submitter_postcode", "5611 AB")
    submitter_tab = editor.tabs.indexOf(editor.submitter)
    assert marked(editor) == [editor.tabs.tabText(submitter_tab)]
    assert editor.message.text() != ""

    # Typing the saved value back is no change any more: marker and message go.
    postcode.selectAll()
    qtbot.keyClick(postcode, Qt.Key.Key_Backspace)
    qtbot.keyClicks(postcode, old)
    assert postcode.text() == old
    assert marked(editor) == []
    assert editor.message.text() == ""

    # A note typed on the timeline but not added is a change on that tab.
    editor.show_tab(editor.timeline)
    editor.timeline.box.setFocus()
    qtbot.keyClicks(editor.timeline.box, "Gebeld met moeder")
    timeline_tab = editor.tabs.indexOf(editor.timeline)
    assert marked(editor) == [editor.tabs.tabText(timeline_tab)]
    editor.timeline.box.clear()
    assert marked(editor) == []


def test_typed_received_date_is_saved(qtbot: Any, sqlite_db: Database, tmp_path: Path) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    field = widget(editor, "received_on")
    assert isinstance(field, DateField)
    received = cases.get_case(sqlite_db, case.id).fields["received_on"]
    earlier = date(received.year, received.month, 1)
    editor.reveal("received_on")
    field.edit.setFocus()
    field.edit.lineEdit().selectAll()
    qtbot.keyClicks(field.edit, f"{earlier.day}-{earlier.month}-{earlier.year}")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.date() == earlier
    assert editor.save() is True
    assert cases.get_case(sqlite_db, case.id).fields["received_on"] == earlier
