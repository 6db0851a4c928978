"""The main window: pages, menus and shortcuts, status bar, remembered layout, closing
with unsaved edits, and import/export through the File menu."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.errors import KnownProblem
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import transfer
from kluppluz_desk.services.cases import get_case
from kluppluz_desk.services.database import open_database
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import PAGE_CASES, PAGE_REPORT, MainWindow
from tests.factories import Seeded, make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    return seed(app_context.db)


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext, seeded: Seeded) -> MainWindow:
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
    # A person, not a login (the test login kv-tester belongs to Kees Verhoeven).
    assert window.user_label.text() == "User: Kees Verhoeven (Medewerker Kwaliteit & Veiligheid)"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "E&xtra", "&Help"]
    a = window.actions_
    assert a.new_case.shortcut() == QKeySequence("Ctrl+N")
    assert a.find.shortcut() == QKeySequence("Ctrl+F")
    # Save / Next step: the window's actions own the keys, for the whole Klantreacties page.
    assert a.save.shortcut() == QKeySequence("Ctrl+S")
    assert QKeySequence("Ctrl+Return") in a.next_step.shortcuts()


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
    window.resize(760, 700)  # fits the offscreen screen, frame included: restored as is
    window.tabs.setCurrentIndex(PAGE_REPORT)
    window.cases.splitter.setSizes([700, 400])
    sizes = window.cases.splitter.sizes()
    window.cases.table.setColumnWidth(2, 222)
    window.close()
    again = MainWindow(app_context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
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


def _press(qtbot: QtBot, widget: object, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_save_and_next_step_keys_work_from_the_case_list_and_the_editor(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, seeded: Seeded
) -> None:
    case = make_case(app_context.db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name="Els")
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_case(case.id)
    page = window.cases
    # The list reloads on its own; then the open case is its current row.
    qtbot.waitUntil(
        lambda: (
            page.model.row_of(case.id) is not None
            and page.table.currentIndex().row() == page.model.row_of(case.id)
        )
    )
    editor = window.cases.editor
    assert editor.detail is not None and editor.detail.id == case.id
    name = editor.fields["submitter_name"].widget
    editor.reveal("submitter_name")
    name.selectAll()
    qtbot.keyClicks(name, "Noor de Wit")
    assert editor.has_unsaved_changes()

    # Ctrl+S with the focus in the list saves the pending edit.
    window.cases.table.setFocus()
    qtbot.waitUntil(window.cases.table.hasFocus)
    with qtbot.waitSignal(editor.case_changed):
        _press(qtbot, window.cases.table, Qt.Key.Key_S)
    assert not editor.has_unsaved_changes()
    assert get_case(app_context.db, case.id).fields["submitter_name"] == "Noor de Wit"

    # In the editor the same key still saves: no ambiguous shortcut swallows it.
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Noor de Wit-Bakker")
    with qtbot.waitSignal(editor.case_changed):
        _press(qtbot, name, Qt.Key.Key_S)
    assert get_case(app_context.db, case.id).fields["submitter_name"] == "Noor de Wit-Bakker"

    # Ctrl+Enter from the list takes the next step: acknowledge.
    window.cases.table.setFocus()
    qtbot.waitUntil(window.cases.table.hasFocus)
    with qtbot.waitSignal(editor.case_changed):
        _press(qtbot, window.cases.table, Qt.Key.Key_Return)
    assert get_case(app_context.db, case.id).status is CaseStatus.ACKNOWLEDGED

    # On another page the keys do nothing.
    window.actions_.view_report.trigger()
    assert not window.actions_.save.isEnabled()


def test_failed_import_runs_in_a_worker_and_says_why(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ran_in: list[threading.Thread] = []

    def failing_import(*_args: object, **_kwargs: object) -> int:
        ran_in.append(threading.current_thread())
        raise KnownProblem("Het bestand is geen export van KluppluZ Desk.")

    monkeypatch.setattr(transfer, "import_json", failing_import)
    dialogs.queue(str(tmp_path / "kapot.json"), True)
    window.actions_.import_json.trigger()
    assert len(ran_in) == 1 and ran_in[0] is not threading.main_thread()  # off the GUI thread
    assert QApplication.overrideCursor() is None
    assert dialogs.messages[-1] == (
        "warning",
        "Import database",
        "Het bestand is geen export van KluppluZ Desk.",
    )


def test_busy_restores_the_cursor_after_any_error(app_context: AppContext) -> None:
    with pytest.raises(ZeroDivisionError), app_context.busy():
        assert QApplication.overrideCursor() is not None
        _ = 1 / 0
    assert QApplication.overrideCursor() is None


def test_start_does_not_import_the_document_machinery(sqlite_url: str, tmp_path: Path) -> None:
    """Start-up stays fast (benchmark: first paint ≤ 1 s with 100k cases) because ReportLab,
    pypdf, QtPdf and Alembic load only when a page or an upgrade needs them."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from kluppluz_desk.services.database import open_database\n"
        "from kluppluz_desk.ui.context import AppContext\n"
        "from kluppluz_desk.ui.main_window import MainWindow\n"
        f"w = MainWindow(AppContext(open_database({sqlite_url!r})))\n"
        "w.tabs.setCurrentIndex(1)\n"
        "w.show(); app.processEvents()\n"
        "heavy = [m for m in ('reportlab', 'pypdf', 'PySide6.QtPdf', 'alembic')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KLUPPLUZ_DESK_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_dashboard_item_opens_the_case_at_the_due_step(
    app_context: AppContext, qtbot: QtBot
) -> None:
    """A satisfaction check that is due opens the case on its Afsluiting tab."""
    from datetime import timedelta

    from kluppluz_desk.domain.today import today
    from kluppluz_desk.ui.main_window import PAGE_DASHBOARD

    s = seed(app_context.db)
    case = make_case(app_context.db, s, received_on=today() - timedelta(days=40), upto=Step.CLOSE)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(PAGE_DASHBOARD)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.is_created)
    page = window.dashboard.page()
    model = page.items_model  # type: ignore[attr-defined]
    rows = [r for r in range(model.rowCount()) if model.case_id(r) == case.id]
    if not rows:  # the satisfaction check is not overdue yet: show the week's list
        from kluppluz_desk.services.dashboard.model import SectionKey

        qtbot.mouseClick(page.tiles[SectionKey.SATISFACTION], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        rows = [r for r in range(model.rowCount()) if model.case_id(r) == case.id]
    page.table.setFocus()  # type: ignore[attr-defined]
    page.table.setCurrentIndex(model.index(rows[0], 0))  # type: ignore[attr-defined]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == PAGE_CASES)
    editor = window.cases.editor
    assert editor.detail is not None and editor.detail.id == case.id
    assert editor.tabs.currentWidget() is editor.closure
