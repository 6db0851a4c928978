"""A broad quick search reads only the first page of ids and the count; every other id is
read when a row further down is needed, and the list reads the same as when every id was
read at once (issue 16)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases import paging
from kluppluz_desk.ui.case_list import model as model_module
from kluppluz_desk.ui.case_list.model import CaseListModel
from kluppluz_desk.ui.case_list.page import CasesPage
from kluppluz_desk.ui.context import AppContext
from tests.factories import Seeded, case_values, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PAGE = 4
COUNT = 13
IN_ARNHEM = 6


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 4 and the first-page road from 4 matches on, so a few cases show it."""
    monkeypatch.setattr(model_module, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(paging, "READ_ALL_UP_TO", 0)


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    seeded = seed(app_context.db)
    for i in range(COUNT):
        where = {"location_id": seeded.locations["Arnhem Centrum"]} if i < IN_ARNHEM else {}
        cases.register_case(app_context.db, values=case_values(
            seeded, submitter_name=f"Famke {i}", received_on=today() - timedelta(days=i),
            **where))  # fmt: skip
    cases.register_case(app_context.db, values=case_values(seeded, submitter_name="Karin Smit"))
    return seeded


def _references(model: CaseListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_first_page_then_every_id_when_scrolled(
    small_pages: None, qtmodeltester: ModelTester, app_context: AppContext, seeded: Seeded
) -> None:
    everything = CaseListModel(app_context)
    everything.set_filter(cases.CaseFilter(text="famke"))
    # The same list, read the usual way (every id at once), to compare with.
    expected = cases.case_ids(app_context.db, cases.CaseFilter(text="famke"), cases.CaseSort())
    assert len(expected) == COUNT
    assert everything.rowCount() == COUNT and not everything.complete
    assert len(everything._ids) == PAGE  # only the first page is read
    first = [everything.index(row, 0).data() for row in range(PAGE)]
    assert not everything.complete  # the first page did not need the rest
    assert everything.index(COUNT - 1, 0).data()  # scrolled to the end
    assert everything.complete and everything._ids == expected
    assert _references(everything)[:PAGE] == first
    qtmodeltester.check(everything)


def test_narrow_search_and_other_filters_read_every_id(
    small_pages: None, app_context: AppContext, seeded: Seeded
) -> None:
    model = CaseListModel(app_context)
    model.set_filter(cases.CaseFilter(text="Karin"))
    assert model.complete and model.rowCount() == 1
    model.set_filter(cases.CaseFilter(year=today().year - 5))
    assert model.complete and model.rowCount() == 0
    # Text with another filter is counted in the table, not in the search index alone.
    model.set_filter(cases.CaseFilter(text="famke", location_id=seeded.locations["Arnhem Centrum"]))
    assert model.rowCount() == IN_ARNHEM and not model.complete
    shown = _references(model)
    assert model.complete and len(shown) == IN_ARNHEM
    assert model._ids == cases.case_ids(app_context.db, model.case_filter, model.case_sort)


def test_typed_search_keeps_the_open_case_selected_further_down(
    small_pages: None, qtbot: QtBot, app_context: AppContext, seeded: Seeded
) -> None:
    page = CasesPage(app_context)
    qtbot.addWidget(page)
    page.show()
    oldest = cases.case_ids(app_context.db, cases.CaseFilter(text="famke"), cases.CaseSort())[-1]
    page.open_case(oldest)
    qtbot.keyClicks(page.filter_bar.search, "famke")
    page.filter_bar.flush()
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT)
    current = page.table.selectionModel().currentIndex()
    assert current.isValid() and page.model.case_id(current.row()) == oldest
    assert "13" in page.count_label.text()
