"""What a person waits for in the window, timed in a real (offscreen) window: the benchmark
runs `python -m kluppluz_desk.ui.timings --db FILE` in a child process (the benchmark
itself stays free of Qt) and reads the JSON it prints.

Each figure is the median of a few runs, in milliseconds, from the action to the window
painted again (`QWidget.repaint()` paints synchronously, so the paint is included):

- "dashboard_refresh_ui_ms": the Dashboard page's refresh (`compute_dashboard` plus
  filling the tiles and tables and sizing the columns);
- "quick_search_broad_ui_ms": a quick search in the case list that matches every case
  ("oud" of "Ouder"), from the filter to the first page painted;
- "quick_search_narrow_ui_ms": the same for one case ("Ouder 4711");
- "bare_window_paint_ms": the floor, a bare QTableView of 200 rows of text painted again;
- the Annual report page and the header-click sort: see `ui.timings_pages`;
- "window_peak_memory_mb": the process's peak resident memory after all of the above.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from tempfile import TemporaryDirectory

from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from ..process_memory import peak_memory_mb
from ..services.cases import CaseFilter
from ..services.database import open_database
from .case_list.page import CasesPage
from .context import AppContext
from .dashboard.page import DashboardPage
from .timings_pages import report_page_figures, sort_figures

WIDTH, HEIGHT = 1280, 720


def _median_ms(
    work: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def _shown(widget: QWidget) -> QWidget:
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    QApplication.processEvents()
    widget.repaint()
    return widget


def measure(db_file: Path, repeat: int = 3) -> dict[str, float]:
    db = open_database(f"sqlite:///{db_file}", user="bench")
    out: dict[str, float] = {}
    with TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "timings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db, settings=settings)

        floor = QStandardItemModel(200, 8)
        for row in range(200):
            for column in range(8):
                floor.setItem(row, column, QStandardItem(f"KR-2026-{row:05d} {column}"))
        bare = QTableView()
        bare.setModel(floor)
        _shown(bare)
        out["bare_window_paint_ms"] = _median_ms(bare.repaint, repeat)
        # First, while the report page's modules are not imported yet.
        out.update(report_page_figures(ctx, _median_ms, _shown, repeat))

        board = DashboardPage(ctx)
        _shown(board)

        def refresh_board() -> None:
            board.refresh()
            board.repaint()

        out["dashboard_refresh_ui_ms"] = _median_ms(refresh_board, repeat)

        cases = CasesPage(ctx)
        _shown(cases)

        def whole_list() -> None:  # untimed: as when someone starts typing
            cases.model.set_filter(CaseFilter())
            cases.repaint()

        for key, text in (("broad", "oud"), ("narrow", "Ouder 4711")):

            def search(text: str = text) -> None:
                cases.model.set_filter(CaseFilter(text=text))
                cases.repaint()

            out[f"quick_search_{key}_ui_ms"] = _median_ms(search, repeat, whole_list)
        whole_list()
        out.update(sort_figures(cases, _median_ms, repeat))
    # With every page above built on the whole database (issue 16: at most 200 MB).
    out["window_peak_memory_mb"] = peak_memory_mb()
    db.dispose()
    return {k: round(v, 1) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.ui.timings")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    figures = measure(args.db, args.repeat)
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    del app
    return 0


if __name__ == "__main__":  # not when a test imports every module
    sys.exit(main())
