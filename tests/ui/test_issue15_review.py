"""Issue 15's less visible points, driven through the real window as a person would:
a status message belongs to the case it was about; Save / Next step in the toolbar are
enabled only when they can act; the unsaved marker sits on "This step" while the step
panel holds the change; the list's key columns show their texts whole at 1280×720 (longer
texts elide with the whole text as tooltip); the list folds away when the window is too
narrow for it and the editor; column order and widths are restored, and a window
remembered on a larger screen opens sane on a smaller one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QScrollArea, QStyleOptionViewItem, QTableView

from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.demo.load import load_demo
from kluppluz_desk.ui.case_editor.dirty_marks import MARK
from kluppluz_desk.ui.case_list.columns import COL_LOCATION, KEY_COLUMNS
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.i18n import install_translators
from kluppluz_desk.ui.main_window import PAGE_CASES, PAGE_REPORT, MainWindow
from tests.factories import Seeded, make_case, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_window(qtbot: Any, ctx: AppContext, width: int = 1280, height: int = 720) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.tabs.setCurrentIndex(PAGE_CASES)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(30)
    return window


def click_row(qtbot: Any, window: MainWindow, case_id: int) -> None:
    """Click the case's row in the list, as a person does."""
    page = window.cases
    qtbot.waitUntil(lambda: page.model.row_of(case_id) is not None)
    row = page.model.row_of(case_id)
    assert row is not None
    index = page.model.index(row, 0)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.id == case_id)


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    return seed(app_context.db)


def test_saved_message_stays_with_its_case(
    qtbot: Any, app_context: AppContext, seeded: Seeded
) -> None:
    a = make_case(app_context.db, seeded, submitter_name="Anna Bos")
    b = make_case(app_context.db, seeded, submitter_name="Bert Klein")
    window = open_window(qtbot, app_context)
    editor = window.cases.editor
    click_row(qtbot, window, a.id)
    editor.reveal("submitter_name")
    name = editor.fields["submitter_name"].widget
    name.selectAll()
    qtbot.keyClicks(name, "Anna Bos-de Wit")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Saved."

    click_row(qtbot, window, b.id)
    assert editor.message.text() == ""  # "Saved." was about case A
    click_row(qtbot, window, a.id)
    assert editor.message.text() == ""  # and it does not come back


def test_toolbar_save_and_next_step_enabled_only_when_they_can_act(
    qtbot: Any, app_context: AppContext, seeded: Seeded
) -> None:
    case = make_case(app_context.db, seeded)  # registered: a handler is the next step
    window = open_window(qtbot, app_context)
    save, next_step = window.actions_.save, window.actions_.next_step
    # Nothing open yet: nothing to save, no step.
    assert not save.isEnabled() and not next_step.isEnabled()

    click_row(qtbot, window, case.id)
    editor = window.cases.editor
    # Assigning a handler cannot act without a handler; nothing is changed yet.
    assert editor.header.next is Step.ASSIGN_HANDLER
    assert not save.isEnabled() and not next_step.isEnabled()

    # The step panel shows the handler field; choosing one makes both possible.
    handler = editor.fields["handler_id"].widget
    assert editor.step_panel.holds(handler)
    handler.setFocus()
    qtbot.keyClick(handler, Qt.Key.Key_Down)
    assert editor.fields["handler_id"].is_dirty()
    assert save.isEnabled() and next_step.isEnabled()
    # The marker sits on "This step", which holds the change, not on "All details".
    assert editor.views.step_button.text().endswith(MARK)
    assert not editor.views.all_button.text().endswith(MARK)

    # On another page neither acts.
    window.actions_.view_report.trigger()
    assert window.tabs.currentIndex() == PAGE_REPORT
    assert not save.isEnabled() and not next_step.isEnabled()
    window.actions_.view_cases.trigger()
    assert save.isEnabled() and next_step.isEnabled()

    # The toolbar's Next step takes the step (the choice is saved with it).
    with qtbot.waitSignal(editor.case_changed):
        next_step.trigger()
    assert editor.detail is not None and editor.detail.fields["handler_id"] is not None
    assert not save.isEnabled()  # all is saved
    assert editor.header.next is Step.ACKNOWLEDGE and next_step.isEnabled()
    assert not editor.views.step_button.text().endswith(MARK)


@pytest.fixture
def dutch(qapp: Any) -> Any:
    locale = QLocale()
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_list_key_columns_show_whole_texts_at_1280(
    qtbot: Any, sqlite_db: Database, app_context: AppContext, dutch: Any
) -> None:
    load_demo(sqlite_db)
    window = open_window(qtbot, app_context)
    table = window.cases.table
    model, header = table.model(), table.horizontalHeader()
    delegate = table.itemDelegate()
    cut: list[str] = []
    elided_locations = 0
    for row in range(model.rowCount()):
        for column in KEY_COLUMNS:
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            needed = delegate.sizeHint(option, index).width()
            text = str(index.data())
            if needed <= header.sectionSize(column):
                continue
            if column == COL_LOCATION:
                # A long location name elides; its whole text is the tooltip.
                assert index.data(Qt.ItemDataRole.ToolTipRole) == text
                elided_locations += 1
            else:
                cut.append(f"{column}: {text!r} needs {needed}, has {header.sectionSize(column)}")
    assert not cut, "\n".join(cut)
    assert elided_locations > 0  # the demo's long names are there, so the check ran
    assert_key_columns_in_view(window)

    # The editor grows no wider when its records are shown (the letters panel is built on
    # first showing), nor for a case waiting for the director: the list keeps its room.
    waiting = next(
        row
        for row in range(model.rowCount())
        if (data := window.cases.model.row_data(row)) is not None
        and data.status is CaseStatus.AWAITING_DIRECTOR
    )
    case_id = window.cases.model.case_id(waiting)
    assert case_id is not None
    click_row(qtbot, window, case_id)
    editor = window.cases.editor
    qtbot.mouseClick(editor.views.all_button, Qt.MouseButton.LeftButton)
    sideways: list[str] = []
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        # Every tab fits the editor's width: no panel scrolls sideways.
        for area in editor.tabs.currentWidget().findChildren(QScrollArea):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                sideways.append(f"{editor.tabs.tabText(index)}: {area.widget()}")
    assert not sideways, sideways
    assert editor.letters.panel is not None
    qtbot.mouseClick(editor.views.step_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert_key_columns_in_view(window)


def assert_key_columns_in_view(window: MainWindow) -> None:
    """All key columns lie inside the list's viewport: no sideways scrolling."""
    table = window.cases.table
    header = table.horizontalHeader()
    for column in KEY_COLUMNS:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), (column, right, table.viewport().width())


def test_list_folds_when_narrow_and_returns_when_wide(
    qtbot: Any, app_context: AppContext, seeded: Seeded
) -> None:
    make_case(app_context.db, seeded)
    window = open_window(qtbot, app_context, 700, 600)  # half of a 1366 screen
    page = window.cases
    qtbot.waitUntil(page.list_folded)
    assert window.width() == 700
    assert page.editor.width() >= page.editor.minimumSizeHint().width()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: not page.list_folded())
    assert page.splitter.sizes()[0] >= 500
    assert page.editor.width() >= page.editor.minimumSizeHint().width()


def test_column_order_and_widths_restored_and_sane_on_a_smaller_screen(
    qtbot: Any, app_context: AppContext, seeded: Seeded
) -> None:
    make_case(app_context.db, seeded)
    window = open_window(qtbot, app_context, 1536, 864)
    header = window.cases.table.horizontalHeader()
    header.moveSection(header.visualIndex(5), 0)  # Handler dragged to the front
    window.cases.table.setColumnWidth(3, 240)
    window.cases.splitter.setSizes([900, 630])
    window.close()

    again = open_window(qtbot, app_context)
    header = again.cases.table.horizontalHeader()
    assert header.visualIndex(5) == 0
    assert again.cases.table.columnWidth(3) == 240
    again.close()

    # Remembered on a big monitor, far to the right; this screen is smaller.
    settings = app_context.qsettings
    big = MainWindow(app_context)
    qtbot.addWidget(big)
    area = big.screen().availableGeometry()
    big.setGeometry(area.x() + area.width(), area.y(), area.width() + 900, area.height() + 500)
    settings.setValue("main/geometry", QByteArray(big.saveGeometry()))
    settings.setValue("cases/splitter", QByteArray())  # as if never stored: start fresh
    settings.sync()
    small = MainWindow(app_context)
    qtbot.addWidget(small)
    small.show()
    qtbot.waitExposed(small)
    # The whole frame (title bar and borders too) lies on this screen.
    qtbot.waitUntil(lambda: area.contains(small.frameGeometry()))
    editor = small.cases.editor
    if small.tabs.currentIndex() == PAGE_CASES:
        qtbot.waitUntil(lambda: editor.width() >= editor.minimumSizeHint().width())


def test_dashboard_keeps_days_left_in_view_at_1280(
    qtbot: Any, sqlite_db: Database, app_context: AppContext, dutch: Any
) -> None:
    load_demo(sqlite_db)
    window = open_window(qtbot, app_context)
    window.actions_.view_dashboard.trigger()
    qtbot.waitUntil(
        lambda: window.tabs.currentWidget().findChild(QTableView, "dueItems") is not None
    )
    table = window.tabs.currentWidget().findChild(QTableView, "dueItems")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10000)
    qtbot.wait(50)
    header, model = table.horizontalHeader(), table.model()
    days = model.COL_DAYS
    right = header.sectionViewportPosition(days) + header.sectionSize(days)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    for row in range(model.rowCount()):
        for column in range(days + 1):
            index = model.index(row, column)
            needed = table.itemDelegate().sizeHint(option, index).width()
            if needed > header.sectionSize(column):
                # Elided: the whole text is in the tooltip; "Days left" is never cut.
                assert column != days, index.data()
                assert str(index.data()) in index.data(Qt.ItemDataRole.ToolTipRole)
