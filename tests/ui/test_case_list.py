"""The case list: model contract, filters and search typed/clicked as a user would, SQL
sorting, remembered filter, overdue shown by text, colour and icon, refresh on changes."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.dto import Change
from kluppluz_desk.ui.case_list.filter_bar import SETTINGS_KEY, CaseFilterBar
from kluppluz_desk.ui.case_list.model import COL_DUE, PAGE_SIZE, CaseListModel
from kluppluz_desk.ui.case_list.page import CasesPage
from kluppluz_desk.ui.context import AppContext
from tests.factories import Seeded, case_values, make_case, seed

# The offscreen platform says this on every show(); it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    return seed(app_context.db)


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, seeded: Seeded) -> CasesPage:
    db = app_context.db
    make_case(db, seeded, submitter_name="Petra Jansen", received_on=today() - timedelta(days=2))
    make_case(
        db,
        seeded,
        submitter_name="Bram de Wit",
        location_id=seeded.locations["Arnhem Centrum"],
        received_on=today() - timedelta(days=60),  # acknowledgement long overdue
    )
    make_case(
        db,
        seeded,
        upto=Step.CLOSE,
        submitter_name="Anouk Peters",
        received_on=today() - timedelta(days=5),
    )
    widget = CasesPage(app_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(page: CasesPage, column: int = 0) -> list[str]:
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, page: CasesPage) -> None:
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)


def test_typing_in_search_narrows_the_list(qtbot: QtBot, page: CasesPage) -> None:
    qtbot.keyClicks(page.filter_bar.search, "bram")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Arnhem Centrum" in shown(page, 2)
    assert page.count_label.text().startswith("1")
    page.filter_bar.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_status_open_location_and_overdue_filters(qtbot: QtBot, page: CasesPage) -> None:
    bar = page.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("open"))
    assert page.model.rowCount() == 2
    bar.status.setCurrentIndex(bar.status.findData(CaseStatus.CLOSED.value))
    assert page.model.rowCount() == 1
    bar.status.setCurrentIndex(0)
    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    assert bar.overdue.isChecked()
    assert shown(page, 2) == ["Arnhem Centrum"]
    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    bar.location.setCurrentIndex(bar.location.findText("Venetiëstraat"))
    assert set(shown(page, 2)) == {"Venetiëstraat"}
    assert page.model.rowCount() == 2


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, page: CasesPage) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.case_sort.key == "location"
    locations = shown(page, 2)
    assert locations == sorted(locations) or locations == sorted(locations, reverse=True)
    assert locations[0] != locations[-1]
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown(page, 2)[0] == "Arnhem Centrum"
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown(page, 2)[-1] == "Arnhem Centrum"


def test_overdue_is_told_by_text_colour_and_icon(page: CasesPage) -> None:
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the 60-day-old case first
    index = page.model.index(0, COL_DUE)
    assert "te laat" in index.data()
    assert index.data().startswith(f"{page.model.row_data(0).next_due_on:%d-%m-%Y} · ")
    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().red() > 150
    assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)
    fresh = page.model.index(page.model.rowCount() - 1, COL_DUE)
    assert "nog" in fresh.data() or fresh.data() == ""
    assert fresh.data(Qt.ItemDataRole.DecorationRole) is None


def test_filter_is_remembered(qtbot: QtBot, app_context: AppContext, page: CasesPage) -> None:
    bar = page.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("open"))
    qtbot.keyClicks(bar.search, "Petra")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    app_context.qsettings.sync()
    again = CaseFilterBar(app_context)
    qtbot.addWidget(again)
    assert again.status.currentData() == "open"
    assert again.current_filter().open_only
    # What was searched for (a name) is personal data: not kept, not in the settings file.
    assert again.search.text() == ""
    assert b"Petra" not in Path(app_context.qsettings.fileName()).read_bytes()


def test_search_text_kept_by_an_older_version_is_removed(
    qtbot: QtBot, app_context: AppContext
) -> None:
    app_context.qsettings.setValue(SETTINGS_KEY, json.dumps({"text": "Petra", "status": "open"}))
    bar = CaseFilterBar(app_context)
    qtbot.addWidget(bar)
    app_context.qsettings.sync()
    assert bar.search.text() == "" and bar.status.currentData() == "open"
    assert b"Petra" not in Path(app_context.qsettings.fileName()).read_bytes()


def test_list_follows_changes_on_the_bus(
    qtbot: QtBot,
    app_context: AppContext,
    page: CasesPage,
    seeded: Seeded,
) -> None:
    new = cases.register_case(app_context.db, values=case_values(seeded, submitter_name="Nieuw"))
    app_context.bus.publish(Change("case", (new.id,), new))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert new.reference in shown(page)


def test_model_pages_rows_lazily(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    app_context: AppContext,
    seeded: Seeded,
) -> None:
    count = PAGE_SIZE + 15
    for i in range(count):
        cases.register_case(app_context.db, values=case_values(seeded, submitter_name=f"O{i}"))
    model = CaseListModel(app_context)
    model.reload()
    assert model.rowCount() == count
    assert list(model._pages) == [0]  # the first page came with the ids, no other page
    assert model.index(count - 1, 0).data().startswith("KR-")
    assert list(model._pages) == [0, 1]
    qtmodeltester.check(model)


def test_enter_and_selection_open_the_case_in_the_editor(qtbot: QtBot, page: CasesPage) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    first = page.model.case_id(page.table.currentIndex().row())
    assert page._current_id == first
    assert page.editor.detail is not None and page.editor.detail.id == first


def test_a_confidential_case_carries_a_padlock_and_says_so(
    app_context: AppContext, seeded: Seeded
) -> None:
    from kluppluz_desk.domain.access import ConfidentialReason
    from kluppluz_desk.services import access

    db = app_context.db
    open_case = make_case(db, seeded, submitter_name="Petra Jansen")
    secret = make_case(db, seeded, submitter_name="Bram de Wit")
    access.set_confidential(db, secret.id, ConfidentialReason.ABOUT_STAFF)
    model = CaseListModel(app_context)
    model.reload()
    rows = {model.index(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(model.rowCount())}
    plain, marked = model.index(rows[open_case.id], 0), model.index(rows[secret.id], 0)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    icon = marked.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.pixmap(16, 16).toImage().isNull()
    assert marked.data(Qt.ItemDataRole.ToolTipRole).endswith(" · Confidential")
    assert marked.data(Qt.ItemDataRole.AccessibleTextRole) == f"{secret.reference}, Confidential"
    assert "Confidential" not in plain.data(Qt.ItemDataRole.ToolTipRole)
    # Only the reference cell is marked.
    assert model.index(rows[secret.id], 2).data(Qt.ItemDataRole.DecorationRole) is None
