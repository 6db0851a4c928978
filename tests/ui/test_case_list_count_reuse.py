"""A header click keeps the count of a moment ago when only the order changes (issue 16:
PostgreSQL's exact count of 100,000 cases was most of a header click), and counts again
after a change on the bus, a changed filter or when the count is older than a few
seconds; and a keystroke's reload gets the first page's rows with the ids
(`ids_with_first_rows`), the same rows the list would read for the first page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases import paging
from kluppluz_desk.services.dto import Change
from kluppluz_desk.ui.case_list import model as model_module
from kluppluz_desk.ui.case_list.columns import COL_LOCATION, COL_RECEIVED
from kluppluz_desk.ui.case_list.page import CasesPage
from kluppluz_desk.ui.context import AppContext
from tests.factories import Seeded, case_values, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PAGE = 4
COUNT = 9


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """Small pages, the first-page road for a few cases, and every `known_total` a header
    click passed to `sorted_start` (None: it counted)."""
    monkeypatch.setattr(model_module, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(paging, "READ_ALL_UP_TO", 0)
    seen: list[int | None] = []
    real = model_module.sorted_start

    def spy(*args: object) -> object:
        seen.append(args[-1])  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(model_module, "sorted_start", spy)
    return seen


def _register(ctx: AppContext, seeded: Seeded, i: int) -> int:
    where = {"location_id": seeded.locations["Arnhem Centrum"]} if i % 2 else {}
    detail = cases.register_case(ctx.db, values=case_values(
        seeded, submitter_name=f"Famke {i}", received_on=today() - timedelta(days=i % 5),
        **where))  # fmt: skip
    return detail.id


@pytest.fixture
def page(app_context: AppContext, qtbot: QtBot, counted: list[int | None]) -> CasesPage:
    seeded = seed(app_context.db)
    for i in range(COUNT):
        _register(app_context, seeded, i)
    app_context.seeded = seeded  # type: ignore[attr-defined]
    shown = CasesPage(app_context)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    counted.clear()  # the first load (an order from the header, nothing counted yet)
    return shown


def _click(page: CasesPage, column: int, order: Qt.SortOrder) -> None:
    page.table.horizontalHeader().setSortIndicator(column, order)


def _shown(page: CasesPage) -> list[int]:
    model = page.model
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def test_a_header_click_keeps_the_count_and_shows_the_new_order(
    counted: list[int | None], page: CasesPage, app_context: AppContext
) -> None:
    _click(page, COL_LOCATION, Qt.SortOrder.AscendingOrder)
    _click(page, COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    assert counted == [COUNT, COUNT]  # the count of the first reload, twice
    assert page.model.rowCount() == COUNT and not page.model.complete
    expected = cases.case_ids(app_context.db, cases.CaseFilter(), page.model.case_sort)
    assert _shown(page) == expected


def test_a_change_on_the_bus_counts_again(
    counted: list[int | None], page: CasesPage, app_context: AppContext
) -> None:
    new = _register(app_context, app_context.seeded, COUNT)  # type: ignore[attr-defined]
    app_context.bus.publish(Change("case", (new,)))  # reload pending, not yet run
    _click(page, COL_LOCATION, Qt.SortOrder.AscendingOrder)  # before the event loop turns
    assert counted == [None]
    assert page.model.rowCount() == COUNT + 1
    by_location = cases.case_ids(app_context.db, cases.CaseFilter(), page.model.case_sort)
    assert _shown(page) == by_location and new in by_location


def test_a_changed_filter_or_an_old_count_counts_again(
    counted: list[int | None],
    page: CasesPage,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arnhem = cases.CaseFilter(location_id=app_context.seeded.locations["Arnhem Centrum"])  # type: ignore[attr-defined]
    page.model.set_filter(arnhem, reload=False)  # not yet counted for this filter
    _click(page, COL_LOCATION, Qt.SortOrder.AscendingOrder)
    in_arnhem = cases.case_ids(app_context.db, arnhem, page.model.case_sort)
    assert counted == [None] and page.model.rowCount() == len(in_arnhem) == COUNT // 2
    assert _shown(page) == in_arnhem
    page.model.set_filter(cases.CaseFilter())  # a reload of its own: counted again
    _click(page, COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    assert counted == [None, COUNT]
    monkeypatch.setattr(model_module, "COUNT_REUSE_SECONDS", -1.0)  # every count is too old
    _click(page, COL_LOCATION, Qt.SortOrder.DescendingOrder)
    assert counted == [None, COUNT, None] and page.model.rowCount() == COUNT


def test_a_keystroke_reads_the_first_page_with_the_ids(
    page: CasesPage, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "READ_ALL_UP_TO", 2000)  # not SQLite's broad-search road
    fetched: list[list[int]] = []
    real = model_module.rows_for_ids
    monkeypatch.setattr(
        model_module, "rows_for_ids", lambda db, ids: fetched.append(ids) or real(db, ids)
    )
    page.model.set_filter(cases.CaseFilter(text="Famke"))
    ids = cases.case_ids(app_context.db, cases.CaseFilter(text="Famke"), page.model.case_sort)
    first = [page.model.row_data(row) for row in range(PAGE)]
    assert fetched == []  # the first page came with the ids
    assert first == cases.rows_for_ids(app_context.db, ids[:PAGE])
    assert _shown(page) == ids and fetched  # further pages are read as before


def test_a_failed_read_is_no_count_to_reuse(
    counted: list[int | None],
    page: CasesPage,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kluppluz_desk.domain.errors import StorageError

    def unreachable(*_args: object) -> object:
        raise StorageError("De databaseserver is niet bereikbaar.")

    with monkeypatch.context() as broken:
        broken.setattr(model_module, "search_start", unreachable)
        broken.setattr(model_module, "ids_with_first_rows", unreachable)
        page.model.reload()  # said to the person; the list is empty for now
    assert page.model.rowCount() == 0
    _click(page, COL_LOCATION, Qt.SortOrder.AscendingOrder)
    assert counted == [None]  # counted again, not the failed read's 0
    assert page.model.rowCount() == COUNT
