"""A click on a column header reads only the first page of ids and the count; scrolling
further reads the rest, and every row then shows the case the new order puts there
(issue 16: a header click at 100,000 cases read every id in the new order)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases import paging
from kluppluz_desk.ui.case_list import model as model_module
from kluppluz_desk.ui.case_list.columns import COL_LOCATION, COL_RECEIVED
from kluppluz_desk.ui.case_list.page import CasesPage
from kluppluz_desk.ui.context import AppContext
from tests.factories import Seeded, case_values, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PAGE = 4
COUNT = 11
IN_ARNHEM = 5


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 4 and the first-page road from 4 cases on, so a few cases show it."""
    monkeypatch.setattr(model_module, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(paging, "READ_ALL_UP_TO", 0)


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    seeded = seed(app_context.db)
    for i in range(COUNT):
        # Arnhem Centrum sorts before Venetiëstraat; received dates interleave the two.
        where = {"location_id": seeded.locations["Arnhem Centrum"]} if i % 2 else {}
        cases.register_case(app_context.db, values=case_values(
            seeded, submitter_name=f"Famke {i}", received_on=today() - timedelta(days=i),
            **where))  # fmt: skip
    return seeded


def _shown(page: CasesPage) -> list[tuple[str, str]]:
    """(reference, location) of every row, read through the view's model as it paints."""
    model = page.model
    return [
        (model.index(row, 0).data(), model.index(row, COL_LOCATION).data())
        for row in range(model.rowCount())
    ]


def _expected(app_context: AppContext, sort: cases.CaseSort) -> list[tuple[str, str]]:
    ids = cases.case_ids(app_context.db, cases.CaseFilter(), sort)
    return [(r.reference, r.location) for r in cases.rows_for_ids(app_context.db, ids)]


def test_header_click_then_scroll_to_the_end_shows_the_new_order(
    small_pages: None, qtbot: QtBot, qtmodeltester: ModelTester, app_context: AppContext,
    seeded: Seeded,
) -> None:  # fmt: skip
    page = CasesPage(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    header = page.table.horizontalHeader()
    header.setSortIndicator(COL_LOCATION, Qt.SortOrder.AscendingOrder)  # a click on Locatie
    model = page.model
    assert model.case_sort == cases.CaseSort("location", descending=False)
    assert model.rowCount() == COUNT and not model.complete
    assert len(model._ids) == PAGE  # only the first page of the new order is read
    assert "11" in page.count_label.text()
    expected = _expected(app_context, model.case_sort)
    assert [e[1] for e in expected[:IN_ARNHEM]] == ["Arnhem Centrum"] * IN_ARNHEM
    assert _shown(page)[:PAGE] == expected[:PAGE]

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.complete)
    assert _shown(page) == expected  # every row, the last included, in the new order
    last = model.index(COUNT - 1, 0)
    assert page.table.visualRect(last).isValid()  # the end is on screen
    qtmodeltester.check(model)

    # And back to newest first: again the first page only, then the right rows.
    header.setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
    assert not model.complete and model.rowCount() == COUNT
    assert _shown(page) == _expected(app_context, cases.CaseSort())


def test_sorting_keeps_the_open_case_selected_further_down(
    small_pages: None, qtbot: QtBot, app_context: AppContext, seeded: Seeded
) -> None:
    page = CasesPage(app_context)
    qtbot.addWidget(page)
    page.show()
    by_location = cases.CaseSort("location", descending=False)
    last = cases.case_ids(app_context.db, cases.CaseFilter(), by_location)[-1]
    page.open_case(last)
    page.table.horizontalHeader().setSortIndicator(COL_LOCATION, Qt.SortOrder.AscendingOrder)
    current = page.table.selectionModel().currentIndex()
    assert current.isValid() and current.row() == COUNT - 1
    assert page.model.case_id(current.row()) == last


def test_a_short_list_is_read_whole_when_sorted(
    qtbot: QtBot, app_context: AppContext, seeded: Seeded
) -> None:
    page = CasesPage(app_context)  # the real sizes: 11 cases are far below READ_ALL_UP_TO
    qtbot.addWidget(page)
    page.table.horizontalHeader().setSortIndicator(COL_LOCATION, Qt.SortOrder.AscendingOrder)
    assert page.model.complete
    assert _shown(page) == _expected(app_context, cases.CaseSort("location", descending=False))
