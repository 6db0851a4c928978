"""More window figures for `ui.timings` (same rules: a real offscreen window, the action up
to the window painted again, medians of a few runs, milliseconds):

- "report_page_first_open_ui_ms": the first click on the "Annual report" tab of a session:
  the page's modules imported, the page built with every year's figures (reactions per
  year, whether a report is required, its status), shown and painted; once per process;
- "report_page_open_ui_ms": the same page built, shown and painted again (modules loaded);
- "sort_by_location_ui_ms": a click on the case list's Location header (the sort indicator
  changed as a click changes it), from the click to the re-sorted first page painted,
  starting from the list newest first;
- "sort_back_by_received_ui_ms": the click back on the Received header.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from .case_list.columns import COL_LOCATION, COL_RECEIVED
from .case_list.page import CasesPage
from .context import AppContext

Median = Callable[..., float]
Shown = Callable[[QWidget], QWidget]


def report_page_figures(
    ctx: AppContext, median: Median, shown: Shown, repeat: int
) -> dict[str, float]:
    out: dict[str, float] = {}
    start = time.perf_counter()
    module = importlib.import_module("kluppluz_desk.ui.report.page")
    first = shown(module.ReportPage(ctx))
    out["report_page_first_open_ui_ms"] = round((time.perf_counter() - start) * 1000, 1)
    pages: list[QWidget] = [first]

    def drop_pages() -> None:
        # The program has one such page at a time: an old one is gone before the next
        # is timed, so the window's peak memory counts one page, not four.
        while pages:
            page = pages.pop()
            page.close()
            shiboken6.delete(page)

    def open_page() -> None:
        pages.append(shown(module.ReportPage(ctx)))

    out["report_page_open_ui_ms"] = median(open_page, repeat, drop_pages)
    drop_pages()
    QApplication.processEvents()
    return out


def sort_figures(cases: CasesPage, median: Median, repeat: int) -> dict[str, float]:
    header = cases.table.horizontalHeader()

    def click(column: int, order: Qt.SortOrder) -> Callable[[], None]:
        def run() -> None:
            header.setSortIndicator(column, order)  # what a click on the header does
            cases.repaint()

        return run

    newest_first = click(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
    by_location = click(COL_LOCATION, Qt.SortOrder.AscendingOrder)
    return {
        "sort_by_location_ui_ms": median(by_location, repeat, newest_first),
        "sort_back_by_received_ui_ms": median(newest_first, repeat, by_location),
    }
