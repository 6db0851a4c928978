"""The main window: pages, menus and shortcuts, status bar, remembered layout, closing
with unsaved edits, and import/export through the File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.services.database import open_database
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import PAGE_CASES, PAGE_REPORT, MainWindow
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    seeded = seed(app_context.db)
    make_case(app_context.db, seeded)
    make_case(app_context.db, seeded, submitter_name="Rik Vos")
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_shows_list_status_and_menus(window: MainWindow, app_context: AppContext) -> None:
    assert window.tabs.currentIndex() == PAGE_CASES
    assert window.cases.model.rowCount() == 2
    assert app_context.db.display_location in window.location_label.text()
    assert "kv-tester" in window.user_label.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "E&xtra", "&Help"]
    a = window.actions_
    assert a.new_case.shortcut() == QKeySequence("Ctrl+N")
    assert a.find.shortcut() == QKeySequence("Ctrl+F")
    # Save / Next step: the key belongs to the editor (or to the action without one).
    assert "Ctrl+S" in a.save.text() or a.save.shortcut() == QKeySequence("Ctrl+S")


def test_view_actions_switch_pages_and_find_focuses_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions_.view_report.trigger()
    assert window.tabs.currentIndex() == PAGE_REPORT
    assert window.actions_.view_report.isChecked()
    window.activateWindow()
    window.actions_.find.trigger()
    assert window.tabs.currentIndex() == PAGE_CASES
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.cases.filter_bar.search)


def test_layout_is_remembered(qtbot: QtBot, app_context: AppContext, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(PAGE_REPORT)
    window.cases.splitter.setSizes([700, 400])
    sizes = window.cases.splitter.sizes()
    window.cases.table.setColumnWidth(2, 222)
    window.close()
    again = MainWindow(app_context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    # The offscreen screen is small, so the size itself is clamped; the state is stored.
    assert app_context.qsettings.value("main/geometry") is not None
    assert again.tabs.currentIndex() == PAGE_REPORT
    again.actions_.view_cases.trigger()
    assert again.cases.splitter.sizes() == sizes
    assert again.cases.table.columnWidth(2) == 222


def test_close_is_refused_when_the_editor_keeps_its_edits(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(window.cases, "maybe_save", lambda: False)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(window.cases, "maybe_save", lambda: True)
    window.close()
    assert not window.isVisible()


def test_export_then_import_through_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
    sqlite_template: Path,
) -> None:
    target = tmp_path / "export.json"
    dialogs.queue(str(target))
    window.actions_.export_json.trigger()
    assert target.exists() and dialogs.messages[-1][0] == "info"
    assert "2" in dialogs.messages[-1][2]

    empty_path = tmp_path / "leeg.sqlite3"
    empty_path.write_bytes(sqlite_template.read_bytes())
    empty = open_database(f"sqlite:///{empty_path}", user="kv-tester")
    ctx = AppContext(
        empty,
        dialogs=dialogs,
        settings=QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat),
    )
    other = MainWindow(ctx)
    qtbot.addWidget(other)
    assert other.cases.model.rowCount() == 0
    dialogs.queue(str(target), True)
    other.actions_.import_json.trigger()
    qtbot.waitUntil(lambda: other.cases.model.rowCount() == 2)
    assert dialogs.messages[-1][0] == "info"
    empty.dispose()


def test_pages_are_built_when_first_shown(app_context: AppContext, qtbot: QtBot) -> None:
    from kluppluz_desk.ui.main_window import PAGE_CASES, PAGE_REPORT, MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(PAGE_CASES)
    window.show()
    assert not window.report.is_created
    window.tabs.setCurrentIndex(PAGE_REPORT)
    qtbot.waitUntil(lambda: window.report.is_created)
    assert type(window.report.page()).__name__ == "ReportPage"
    qtbot.waitUntil(window.report.page().isVisible)  # built while shown, and shown too
