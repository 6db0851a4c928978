"""Intake in the window, driven as a person does: an .eml dropped on the window opens as a
new, unsaved case with its location offered (not set); saving stores it with the original
and its attachments. Outlook's virtual files (synthesised QMimeData), a broken file and
the same message twice. Every test here runs on SQLite and on PostgreSQL (the `db`
fixture: without KLUPPLUZ_TEST_PG_URL the PostgreSQL variant skips, under CI=true it fails)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.intake import files_from_mime, virtual_file_names
from kluppluz_desk.ui.main_window import PAGE_CASES, MainWindow
from tests.factories import Seeded, seed
from tests.mailfiles import files

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SENT = datetime(2026, 6, 8, 14, 5, tzinfo=UTC)
BODY = "Beste,\n\nBij KluppluZ Ulvenhout stond het hek open toen ik mijn dochter bracht.\n"


@pytest.fixture
def app_context(
    qapp: Any, db: Database, dialogs: ScriptedDialogs, qsettings: QSettings
) -> Iterator[AppContext]:
    """The window on both backends: intake writes attachments (bytea on PostgreSQL)."""
    ctx = AppContext(db, dialogs=dialogs, settings=qsettings)
    yield ctx
    ctx.deleteLater()


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


def drop(window: MainWindow, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def outlook_mime(name: str, data: bytes, also: tuple[str, ...] = ()) -> QMimeData:
    """What Qt on Windows shows for a message dragged out of Outlook: no URL, only the
    shell's FileGroupDescriptorW (names) and FileContents (bytes of the first file only).
    `also`: the names of more messages dragged along."""
    names = [name, *also]
    descriptor = bytearray(4 + 592 * len(names))
    struct.pack_into("<I", descriptor, 0, len(names))
    for number, each in enumerate(names):
        start = 4 + 592 * number
        struct.pack_into("<II", descriptor, start + 64, 0, len(data))
        encoded = each.encode("utf-16-le")
        descriptor[start + 72 : start + 72 + len(encoded)] = encoded
    mime = QMimeData()
    mime.setData('application/x-qt-windows-mime;value="FileGroupDescriptorW"', bytes(descriptor))
    mime.setData('application/x-qt-windows-mime;value="FileContents"', data)
    return mime


def test_dropped_eml_becomes_a_new_unsaved_case_and_saves_with_its_files(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    path = tmp_path / "Hek open.eml"
    data = files.eml(sent=SENT, subject="Hek stond open", body=BODY,
                     attachments=[("hek.png", files.png(), "image/png")])  # fmt: skip
    path.write_bytes(data)
    editor = window.cases.editor
    drop(window, file_mime(path))
    qtbot.waitUntil(lambda: editor.intake_bar.draft is not None, timeout=5000)
    assert window.tabs.currentIndex() == PAGE_CASES
    assert editor.is_new and editor.detail is None
    assert editor.fields["channel"].value() == "email"
    assert editor.fields["received_on"].value() == SENT.astimezone().date()
    assert editor.fields["submitter_name"].value() == "Anna de Vries"
    assert editor.fields["submitter_email"].value() == "anna.devries@example.nl"
    assert editor.fields["description"].value().startswith("Hek stond open\n\nBeste,")
    # Offered, not set: the user confirms the location.
    assert editor.intake_bar.isVisible()
    assert "KluppluZ Ulvenhout" in editor.intake_bar.text.text()
    assert editor.fields["location_id"].value() is None
    assert editor.save_button.isEnabled()
    assert cases.case_ids(app_context.db, cases.CaseFilter()) == []

    qtbot.mouseClick(editor.intake_bar.use, Qt.MouseButton.LeftButton)
    assert not editor.intake_bar.isVisible()
    assert editor.fields["location_id"].value() == seeded.locations["KluppluZ Ulvenhout"]
    kind = editor.fields["kind"].widget
    kind.setCurrentIndex(kind.findData("complaint"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.detail is not None, editor.message.text()
    stored = cases.get_case(app_context.db, editor.detail.id)
    assert [a.filename for a in stored.attachments] == ["Hek open.eml", "hek.png"]
    assert cases.attachment_data(app_context.db, stored.attachments[0].id)[1] == data
    assert stored.fields["location_id"] == seeded.locations["KluppluZ Ulvenhout"]
    assert stored.fields["submitter_name"] == "Anna de Vries"
    assert editor.intake_bar.draft is None and not editor.intake_bar.isVisible()

    # The same message again: a warning naming the case; declining registers nothing.
    dialogs = app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.queue(False)
    drop(window, file_mime(path))
    qtbot.waitUntil(lambda: bool(dialogs.asked), timeout=5000)
    assert stored.reference in dialogs.asked[-1][2]
    assert editor.detail is not None and editor.detail.id == stored.id


def test_outlook_virtual_file_drag(
    qtbot: QtBot, window: MainWindow, seeded: Seeded, dialogs: ScriptedDialogs
) -> None:
    data = files.msg(sent=SENT, body="Venetiëstraat: mijn zoon kreeg geen lunch.")
    mime = outlook_mime("Geen lunch.msg", data)
    assert virtual_file_names(bytes(mime.data(mime.formats()[0]).data())) == [
        ("Geen lunch.msg", len(data))
    ]
    assert files_from_mime(mime) == [("Geen lunch.msg", data)]
    editor = window.cases.editor
    drop(window, mime)
    qtbot.waitUntil(lambda: editor.intake_bar.draft is not None, timeout=5000)
    assert editor.fields["description"].value() == (
        "Ophalen ging mis\n\nVenetiëstraat: mijn zoon kreeg geen lunch."
    )
    assert "Venetiëstraat" in editor.intake_bar.text.text()
    assert (
        editor.intake_bar.draft is not None
        and editor.intake_bar.draft.files[0].filename == "Geen lunch.msg"
    )
    dialogs.queue("discard")  # closing the window asks about the unsaved case


def test_broken_msg_gives_a_dutch_message_and_no_case(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "kapot.msg"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 2000)
    dialogs = app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    drop(window, file_mime(path))
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")), timeout=5000)
    assert "beschadigd" in dialogs.texts("warning")[0]
    assert not window.cases.editor.is_new
    assert not window.intake.busy
    assert cases.case_ids(app_context.db, cases.CaseFilter()) == []


def test_form_mapping_is_edited_in_the_settings(
    qtbot: QtBot, app_context: AppContext, seeded: Seeded
) -> None:
    from kluppluz_desk.services import intake
    from kluppluz_desk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    tab = dialog.form_tab
    assert tab.labels()["naam"] == "submitter_name"
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Website form"
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    row = tab.table.rowCount() - 1
    tab.table.item(row, 0).setText("Vestiging")
    combo = tab.table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("location_id"))
    dialog.accept()
    stored = intake.load_form_labels(app_context.db)
    assert stored["vestiging"] == "location_id"
    assert stored["naam"] == "submitter_name"
