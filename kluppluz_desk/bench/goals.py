"""Every benchmark figure beside its floor, and the goals of issue 16 checked against them.

A floor is the same work with nothing of ours above it: raw sqlite3, a bare Qt window, bare
ReportLab. `ratios(figures)` divides each figure by its floor; `verdicts(figures)` says for
each goal whether the figures meet it. `bench.core` adds both to every run, and
`bench.runs` recomputes them from the medians of several runs. A figure a run did not
produce (no PostgreSQL floor, no Qt libraries) gives no ratio and the goal "not measured".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# figure -> its floor, measured in the same run.
FLOORS: dict[str, str] = {
    "import_ms": "import_raw_sqlite_ms",
    "id_list_ms": "id_list_raw_sqlite_ms",
    "page_200_sorted_ms": "page_200_raw_sqlite_ms",
    "search_keystroke_ms": "search_keystroke_raw_sqlite_ms",
    "sort_by_location_ms": "sort_by_location_raw_sqlite_ms",
    "report_data_year_ms": "report_data_year_raw_sqlite_ms",
    "insight_year_ms": "insight_year_raw_sqlite_ms",
    "dashboard_ms": "dashboard_raw_sqlite_ms",
    "report_figures_year_ms": "report_figures_year_raw_sqlite_ms",
    "first_paint_ms": "bare_window_first_paint_ms",
    "first_paint_cpu_ms": "bare_window_first_paint_cpu_ms",
    "dashboard_refresh_ui_ms": "bare_window_paint_ms",
    "quick_search_broad_ui_ms": "bare_window_paint_ms",
    "quick_search_narrow_ui_ms": "bare_window_paint_ms",
    "sort_by_location_ui_ms": "bare_window_paint_ms",
    "sort_back_by_received_ui_ms": "bare_window_paint_ms",
    "report_page_open_ui_ms": "bare_window_paint_ms",
    "letter_one_ms": "letter_one_bare_reportlab_ms",
    "letter_first_ms": "letter_one_bare_reportlab_ms",
    "letter_first_warm_ms": "letter_one_bare_reportlab_ms",
    "letter_batch_100_ms": "letter_batch_100_bare_reportlab_ms",
    "report_pdf_10000_ms": "report_pdf_10000_bare_reportlab_ms",
}


@dataclass(frozen=True)
class Goal:
    """`key` (or `key` ÷ its floor when `ratio`) at most `limit`; `what` as the issue says."""

    what: str
    key: str
    limit: float
    ratio: bool = False

    def value(self, figures: dict[str, Any]) -> float | None:
        figure = _number(figures.get(self.key))
        if not self.ratio:
            return figure
        floor = _number(figures.get(FLOORS[self.key]))
        if figure is None or not floor:
            return None
        return round(figure / floor, 2)


# The table of issue 16 ("Must have" 1), then the earlier targets of docs/benchmark.md.
GOALS: tuple[Goal, ...] = (
    Goal("start to first paint, 100k cases (ms)", "first_paint_ms", 1000),
    Goal("Dashboard page refresh in the window (ms)", "dashboard_refresh_ui_ms", 300),
    Goal("quick search matching every case, in the list (ms)", "quick_search_broad_ui_ms", 100),
    Goal("one letter, in process (ms)", "letter_one_ms", 30),
    Goal("the first letter of a fresh process (ms)", "letter_first_ms", 100),
    Goal("100 letters as one PDF (ms)", "letter_batch_100_ms", 1000),
    Goal(
        "annual report of 10,000 reactions, whole command (ms)", "report_command_10000_ms", 6000
    ),  # fmt: skip
    Goal("annual report of 100 reactions, whole command (ms)", "report_command_100_ms", 1000),
    Goal("report figures of one year (ms)", "report_figures_year_ms", 150),
    Goal("report figures of one year ÷ raw sqlite3", "report_figures_year_ms", 2.0, ratio=True),
    Goal("import of the cases ÷ raw executemany", "import_ms", 1.2, ratio=True),
    Goal("peak memory of the import from a file (MB)", "import_file_peak_mb", 250),
    Goal("peak memory, main window with every case (MB)", "first_paint_peak_mb", 200),
    Goal("peak memory, window after every timed page (MB)", "window_peak_memory_mb", 200),
    Goal("a page of 200 sorted rows (ms)", "page_200_sorted_ms", 20),
    Goal("a search keystroke (ms)", "search_keystroke_ms", 100),
    Goal("a click on the Locatie header, in the list (ms)", "sort_by_location_ui_ms", 200),
    Goal("the deadline dashboard's figures (ms)", "dashboard_ms", 300),
    Goal("a case from a 1 MB .msg (ms)", "intake_msg_ms", 300),
    Goal("register import of 10,000 rows (ms)", "excel_import_10k_ms", 20000),
    Goal("100,000 cases to .xlsx (ms)", "xlsx_export_100k_ms", 15000),
)

# PostgreSQL figures at most this many times their SQLite figure ("Must have" 4).
POSTGRES_LIMIT = 3.0


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def ratios(figures: dict[str, Any]) -> dict[str, float]:
    """Each figure ÷ its floor, for the figures whose floor was measured."""
    out: dict[str, float] = {}
    for key, floor_key in FLOORS.items():
        figure, floor = _number(figures.get(key)), _number(figures.get(floor_key))
        if figure is not None and floor:
            out[key] = round(figure / floor, 2)
    return out


def verdicts(figures: dict[str, Any]) -> list[dict[str, Any]]:
    """One line per goal: its value in these figures, the limit, and "met", "NOT met" or
    "not measured"."""
    out = []
    for goal in GOALS:
        value = goal.value(figures)
        state = "not measured" if value is None else "met" if value <= goal.limit else "NOT met"
        out.append({"goal": goal.what, "key": goal.key, "value": value,
                    "limit": goal.limit, "state": state})  # fmt: skip
    return out


def postgres_ratios(sqlite: dict[str, Any], postgres: dict[str, Any]) -> dict[str, Any]:
    """PostgreSQL ÷ SQLite for every timed figure both have, and the keys over the limit."""
    each: dict[str, float] = {}
    for key, value in postgres.items():
        pg, lite = _number(value), _number(sqlite.get(key))
        if key.endswith("_ms") and pg is not None and lite:
            each[key] = round(pg / lite, 2)
    over = sorted(k for k, r in each.items() if r > POSTGRES_LIMIT)
    return {"postgres_over_sqlite": each, "over_limit": over, "limit": POSTGRES_LIMIT}
