"""Several messages dropped on the window at once: each becomes a new customer reaction of
its own, one after the other, with one message saying what was taken in and what not
(a broken .msg, a message registered before, Outlook's virtual files after the first)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from pytestqt.qtbot import QtBot

from kluppluz_desk.services import cases
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import Seeded, seed
from tests.mailfiles import files

from .conftest import ScriptedDialogs
from .test_intake_ui import drop, outlook_mime

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SENT = datetime(2026, 6, 8, 14, 5, tzinfo=UTC)


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    return seed(app_context.db)


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext, seeded: Seeded) -> MainWindow:
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def files_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _eml(folder: Path, name: str, sender: str, body: str) -> Path:
    path = folder / name
    path.write_bytes(files.eml(sent=SENT, sender=sender, subject=name[:-4], body=body))
    return path


def _register_shown(qtbot: QtBot, window: MainWindow, seeded: Seeded) -> int:
    """Confirm the offered location, choose the kind and save, as a person does."""
    editor = window.cases.editor
    qtbot.mouseClick(editor.intake_bar.use, Qt.MouseButton.LeftButton)
    kind = editor.fields["kind"].widget
    kind.setCurrentIndex(kind.findData("complaint"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.detail is not None, editor.message.text()
    return editor.detail.id


def test_several_dropped_messages_each_become_a_case(
    qtbot: QtBot,
    window: MainWindow,
    app_context: AppContext,
    seeded: Seeded,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    first = _eml(tmp_path, "Hek open.eml", "Anna de Vries <anna@example.nl>",
                 "Bij KluppluZ Ulvenhout stond het hek open.")  # fmt: skip
    second = _eml(tmp_path, "Geen lunch.eml", "Bram Smit <bram@example.nl>",
                  "Op de Venetiëstraat kreeg mijn zoon geen lunch.")  # fmt: skip
    broken = tmp_path / "kapot.msg"
    broken.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 2000)
    editor = window.cases.editor

    drop(window, files_mime(first, broken, second))
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=10_000)
    kind, title, text = dialogs.messages[-1]
    assert (kind, title) == ("warning", "Take in")
    assert text.startswith("2 of the 3 files taken in.")
    assert "Taken in:\n• Hek open.eml\n• Geen lunch.eml" in text
    assert "Not taken in:\n• kapot.msg: " in text and "beschadigd" in text
    assert len(dialogs.messages) == 1  # one message for the whole drop

    # The first opens unsaved; the second waits until the first is registered.
    assert editor.is_new and editor.fields["submitter_name"].value() == "Anna de Vries"
    assert len(window.intake.waiting) == 1
    first_id = _register_shown(qtbot, window, seeded)
    qtbot.waitUntil(lambda: editor.is_new, timeout=5000)
    assert editor.fields["submitter_name"].value() == "Bram Smit"
    assert "Venetiëstraat" in editor.intake_bar.text.text()
    second_id = _register_shown(qtbot, window, seeded)
    assert window.intake.waiting == []

    db = app_context.db
    stored = [cases.get_case(db, i) for i in (first_id, second_id)]
    assert [(c.fields["submitter_name"], c.fields["location_id"]) for c in stored] == [
        ("Anna de Vries", seeded.locations["KluppluZ Ulvenhout"]),
        ("Bram Smit", seeded.locations["Venetiëstraat"]),
    ]
    assert [[a.filename for a in c.attachments] for c in stored] == [
        ["Hek open.eml"], ["Geen lunch.eml"]]  # fmt: skip
    assert sorted(cases.case_ids(db, cases.CaseFilter())) == sorted([first_id, second_id])

    # Dropped again with a new one: the registered message is named, not taken in twice.
    third = _eml(tmp_path, "Te laat.eml", "Carla Peeters <carla@example.nl>",
                 "Bij Arnhem Centrum ging de deur te laat open.")  # fmt: skip
    drop(window, files_mime(first, third))
    qtbot.waitUntil(lambda: len(dialogs.messages) == 2, timeout=10_000)
    text = dialogs.messages[-1][2]
    assert text.startswith("1 of the 2 files taken in.")
    assert f"• Hek open.eml: already registered as {stored[0].reference}" in text
    assert editor.is_new and editor.fields["submitter_name"].value() == "Carla Peeters"
    dialogs.queue("discard")  # closing the window asks about the unsaved case


def test_outlook_drag_of_several_names_those_it_left_out(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs
) -> None:
    data = files.msg(sent=SENT, body="Venetiëstraat: mijn zoon kreeg geen lunch.")
    mime = outlook_mime("Geen lunch.msg", data, also=("Tweede.msg",))
    drop(window, mime)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=10_000)
    text = dialogs.messages[-1][2]
    assert text.startswith("1 of the 2 files taken in.")
    assert "• Tweede.msg: Outlook passes on only the first message of a drag" in text
    editor = window.cases.editor
    assert editor.intake_bar.draft is not None
    assert editor.intake_bar.draft.files[0].filename == "Geen lunch.msg"
    dialogs.queue("discard")


def test_setting_a_dropped_message_aside_lets_the_waiting_ones_go_with_a_message(
    qtbot: QtBot,
    window: MainWindow,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    first = _eml(tmp_path, "Hek open.eml", "Anna de Vries <anna@example.nl>",
                 "Bij KluppluZ Ulvenhout stond het hek open.")  # fmt: skip
    second = _eml(tmp_path, "Geen lunch.eml", "Bram Smit <bram@example.nl>",
                  "Op de Venetiëstraat kreeg mijn zoon geen lunch.")  # fmt: skip
    drop(window, files_mime(first, second))
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=10_000)
    editor = window.cases.editor
    assert editor.fields["submitter_name"].value() == "Anna de Vries"
    assert len(window.intake.waiting) == 1

    editor.intake_bar.forget()  # what opening another case or a blank form does
    assert window.intake.waiting == []
    kind, title, text = dialogs.messages[-1]
    assert (kind, title) == ("info", "Take in")
    assert "• Geen lunch.eml" in text and "Drop them again" in text
    assert cases.case_ids(app_context.db, cases.CaseFilter()) == []  # nothing registered
    dialogs.queue("discard")
