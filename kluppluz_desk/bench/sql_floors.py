"""Raw-sqlite3 floors of the figures that had none: the same SELECT statements the service
sends, replayed with plain sqlite3 (`parts.raw_floor`), so each figure stands beside what
no Python layer could beat (issue 16, "every figure beside its floor").

Keys: "search_keystroke_raw_sqlite_ms", "sort_by_location_raw_sqlite_ms",
"report_data_year_raw_sqlite_ms", "insight_year_raw_sqlite_ms". SQLite only.
"""

from __future__ import annotations

from typing import Any

from ..services.cases.first_page import ids_with_first_rows
from ..services.cases.listing import CaseFilter, CaseSort, case_ids, rows_for_ids
from ..services.database import Database
from ..services.insight import InsightFilter, compute_insight
from ..services.report.annual import build_report_data
from .parts import Timer, raw_floor
from .years import busiest_year

_NEWEST = CaseSort("received_on", descending=True)


def sql_floors(db: Database, timed: Timer) -> dict[str, Any]:
    def keystroke() -> Any:
        # on SQLite `case_ids` and `rows_for_ids`: the two statements it replays
        return ids_with_first_rows(db, CaseFilter(text="Ouder 4711"), _NEWEST, 200)

    def header_click() -> Any:
        return rows_for_ids(db, case_ids(db, CaseFilter(), CaseSort("location"))[:200])

    work: dict[str, Any] = {"search_keystroke": keystroke, "sort_by_location": header_click}
    year = busiest_year(db)
    if year is not None:
        work["report_data_year"] = lambda: build_report_data(db, year)
        work["insight_year"] = lambda: compute_insight(db, InsightFilter(year))
    out: dict[str, Any] = {}
    for key, job in work.items():
        floor = raw_floor(db, timed, job)
        if floor is not None:
            out[f"{key}_raw_sqlite_ms"] = floor
    return out
