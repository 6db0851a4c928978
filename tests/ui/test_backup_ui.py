"""Backups in the GUI: Bestand > Back-up maken / terugzetten, the banner of a damaged or
read-only database, the daily and closing copies, and asking before creating anything."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk import paths
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.backup.copies import list_copies
from kluppluz_desk.services.backup.daily import make_backup
from kluppluz_desk.services.database import open_database
from kluppluz_desk.ui.app import open_with_recovery
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.restore import RestoreDialog
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import Seeded, make_case, seed
from tests.store.test_file_safety import garble_page

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def db_file(ctx: AppContext) -> Path:
    return Path(ctx.db.url.removeprefix("sqlite:///"))


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    s = seed(app_context.db)
    make_case(app_context.db, s, submitter_name="Anna Jansen")
    return s


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext, seeded: Seeded) -> MainWindow:
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_restore_dialog_lists_copies_and_restores(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, seeded: Seeded
) -> None:
    ctx, dialogs = app_context, app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    good = make_backup(ctx.db, made_at=datetime(2026, 1, 5, 9)).path  # one case
    make_case(ctx.db, seeded, submitter_name="Bram de Boer")
    damaged = make_backup(ctx.db, made_at=datetime(2026, 1, 6, 9)).path  # two, then garbled
    garble_page(damaged)
    window.cases.model.reload()
    assert window.cases.model.rowCount() == 2

    dialog = RestoreDialog(ctx, window)
    qtbot.addWidget(dialog)
    rows = {dialog.copies[r].path: r for r in range(dialog.table.rowCount())}
    assert set(rows) == {good, damaged}
    bad_row = rows[damaged]
    assert "Damaged" in dialog.table.item(bad_row, 3).text()
    assert dialog.table.item(bad_row, 0).flags() == Qt.ItemFlag.NoItemFlags
    assert dialog.table.item(rows[good], 2).text() == "1"
    # The damaged copy is newer, yet the newest GOOD one is offered.
    assert dialog.selected() is not None and dialog.selected().path == good
    dialog.table.clearSelection()
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualItemRect(dialog.table.item(bad_row, 0)).center(),
    )
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()
    dialog.table.selectRow(rows[good])

    dialogs.queue(True)  # "Put back the backup of …?"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored
    assert "has been restored" in dialogs.texts("info")[-1]
    window.database_reopened()
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1)
    safety = [c for c in list_copies(good.parent, "kluppluz") if c.kind == "voor-terugzetten"]
    assert len(safety) == 1 and safety[0].cases == 2


def test_restore_dialog_changes_the_folder(
    qtbot: QtBot, app_context: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    other = tmp_path / "netwerkmap"
    other.mkdir()
    dialogs = app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    try:
        dialog = RestoreDialog(app_context)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
        dialogs.queue(str(other))
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
        assert paths.backup_folder_for(app_context.db.url) == other
        assert str(other) in dialog.intro.text()
        make_backup(app_context.db)
        dialog.reload()
        assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
        assert [p.parent for p in other.iterdir()] == [other]
    finally:
        paths.save_backup_folder("")


def test_make_backup_from_the_file_menu(window: MainWindow, app_context: AppContext) -> None:
    dialogs = app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    window.actions_.make_backup.trigger()
    [message] = dialogs.texts("info")
    path = Path(message.split("\n")[1])
    assert path.exists() and path.parent == db_file(app_context).parent / "backups"


def test_daily_backup_in_the_background_and_at_close(
    qtbot: QtBot, window: MainWindow, app_context: AppContext
) -> None:
    folder = db_file(app_context).parent / "backups"
    day = date(2026, 2, 2)
    with frozen(day):
        with qtbot.waitSignal(window.daily_backup.finished, timeout=10_000) as done:
            window.start_daily_backup()
        assert done.args[0] is not None
        assert "backup" in window.statusBar().currentMessage()
        window.close()
    copies = list_copies(folder, "kluppluz")
    assert len(copies) == 1 and copies[0].made_at.date() == day  # the newest of the day
    assert copies[0].good


def test_damage_found_by_the_daily_check_switches_to_read_only(
    qtbot: QtBot, window: MainWindow, app_context: AppContext
) -> None:
    path = db_file(app_context)
    with closing(sqlite3.connect(path)) as conn:  # the saved pages reach the file itself
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    garble_page(path)  # the disk goes bad while the program runs
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with qtbot.waitSignal(window.daily_backup.failed, timeout=10_000):
        window.start_daily_backup()
    assert app_context.db.read_only == "het bestand is beschadigd"
    assert window.banner.isVisible() and window.banner.restore_button.isVisible()
    dialogs = app_context.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert "database zelf is beschadigd" in dialogs.texts("warning")[-1]
    assert list_copies(path.parent / "backups", "kluppluz") == []  # the bad copy is gone
    window.close()  # no copy at close, nothing written
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_damaged_database_opens_read_only_with_a_banner(
    qtbot: QtBot, sqlite_template: Path, tmp_path: Path, dialogs: ScriptedDialogs, qsettings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kd.sqlite3"
    shutil.copyfile(sqlite_template, path)
    good = open_database(f"sqlite:///{path}")
    make_backup(good)
    good.dispose()
    garble_page(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    db = open_with_recovery(f"sqlite:///{path}", dialogs, lambda url: None)
    assert db is not None and db.read_only == "het bestand is beschadigd"
    ctx = AppContext(db, dialogs=dialogs, settings=qsettings)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.banner.isVisible() and win.banner.restore_button.isVisible()
    assert "damaged" in win.banner.label.text()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing written
    win.grab().save(str(tmp_path / "banner.png"))
    seen: list[RestoreDialog] = []

    def answer_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog), dialog
        seen.append(dialog)
        assert dialog.selected() is not None  # the newest good copy is offered
        dialogs.queue(True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer_the_dialog)
    qtbot.mouseClick(win.banner.restore_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].restored and ctx.db.read_only is None
    assert not win.banner.isVisible()
    safety = [c for c in list_copies(tmp_path / "backups", "kd") if c.kind]
    assert [c.status for c in safety] == ["damaged"]  # kept, and never offered as good


def test_read_only_file_shows_the_banner_without_restore(
    qtbot: QtBot, sqlite_template: Path, tmp_path: Path, dialogs: ScriptedDialogs, qsettings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kd.sqlite3"
    shutil.copyfile(sqlite_template, path)
    os.chmod(path, 0o400)
    db = open_with_recovery(f"sqlite:///{path}", dialogs, lambda url: None)
    assert db is not None
    win = MainWindow(AppContext(db, dialogs=dialogs, settings=qsettings))
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible() and not win.banner.restore_button.isVisible()
    assert "read-only" in win.banner.label.text()
    win.close()  # no backup at close of a read-only database, and no mode change
    assert path.stat().st_mode & 0o777 == 0o400
    assert not (tmp_path / "backups").exists()


def test_asks_before_creating_a_folder_or_using_an_empty_file(
    tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    missing = tmp_path / "nieuwe-map" / "kd.sqlite3"
    dialogs.queue("quit")
    assert open_with_recovery(f"sqlite:///{missing}", dialogs, lambda url: None) is None
    assert "does not exist" in dialogs.asked[-1][2] and not missing.parent.exists()
    dialogs.queue("create")
    db = open_with_recovery(f"sqlite:///{missing}", dialogs, lambda url: None)
    assert db is not None and missing.exists()
    db.dispose()

    empty = tmp_path / "leeg.sqlite3"
    empty.touch()
    dialogs.queue("quit")
    assert open_with_recovery(f"sqlite:///{empty}", dialogs, lambda url: None) is None
    assert "empty (0 bytes)" in dialogs.asked[-1][2] and empty.stat().st_size == 0
    dialogs.queue("create")
    db = open_with_recovery(f"sqlite:///{empty}", dialogs, lambda url: None)
    assert db is not None and empty.stat().st_size > 0
    db.dispose()
