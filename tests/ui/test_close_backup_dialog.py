"""The backup at close runs in a worker behind a progress dialog without Cancel (seconds
for 100,000 cases; before it froze the window under a wait cursor), and the window closes
once the copy is made (issue 16)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.services.backup.copies import list_copies
from kluppluz_desk.ui import backup_actions
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    make_case(app_context.db, seed(app_context.db), submitter_name="Anna Jansen")
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def _held_until_seen(monkeypatch: pytest.MonkeyPatch, real: Any) -> dict[str, Any]:
    """The copy at close waits in its worker until the GUI thread has seen the dialog
    (so a fast test machine still shows it), then runs for real."""
    seen: dict[str, Any] = {"threads": []}
    shown = threading.Event()

    def slow_backup(db: Any, *args: Any, **kwargs: Any) -> Any:
        seen["threads"].append(threading.current_thread() is not threading.main_thread())
        shown.wait(10)
        return real(db, *args, **kwargs)

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]  # fmt: skip
        if dialogs and "dialog" not in seen:
            dialog = dialogs[0]
            seen["dialog"] = dialog.labelText()
            seen["cancel_buttons"] = [b.text() for b in dialog.findChildren(object)
                                      if b.metaObject().className() == "QPushButton"]  # fmt: skip
            seen["window_visible"] = seen["main"].isVisible()
            seen["picture"] = seen["main"].grab()
            shown.set()
        elif not shown.is_set():
            QTimer.singleShot(50, look)

    seen["look"] = look
    monkeypatch.setattr(backup_actions, "make_backup", slow_backup)
    return seen


def test_the_closing_backup_shows_a_progress_dialog_and_then_the_window_closes(
    window: MainWindow, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(app_context.db.url.removeprefix("sqlite:///")).parent / "backups"
    seen = _held_until_seen(monkeypatch, backup_actions.make_backup)
    seen["main"] = window
    QTimer.singleShot(0, seen["look"])
    assert window.close()  # returns once the backup is made
    assert seen["threads"] == [True]  # made in a worker, not in the GUI thread
    assert seen["dialog"] == "Making the backup before closing…"
    assert seen["cancel_buttons"] == []  # no Cancel: the copy is one step
    assert seen["window_visible"]  # the window still stood (and painted) meanwhile
    assert isinstance(seen["picture"], QPixmap) and not seen["picture"].isNull()
    assert not window.isVisible()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]  # fmt: skip
    copies = list_copies(folder, "kluppluz")
    assert len(copies) == 1 and copies[0].good


def test_a_failed_closing_backup_is_said_and_the_window_still_closes(
    window: MainWindow, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(db: Any, *args: Any, **kwargs: Any) -> Any:
        raise StorageError("De back-up kon niet worden gemaakt: de schijf is vol.")

    monkeypatch.setattr(backup_actions, "make_backup", failing)
    assert window.close()
    dialogs = app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert dialogs.texts("warning") == ["De back-up kon niet worden gemaakt: de schijf is vol."]
    assert not window.isVisible()
