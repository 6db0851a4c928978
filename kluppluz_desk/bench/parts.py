"""Benchmark figures of the dashboard, the letters and the annual report, called by
`kluppluz_desk.bench`. "dashboard_ms" beside "dashboard_raw_sqlite_ms" (its SQL replayed).

Keys: "report_figures_year_ms" (`compute_figures` for the busiest year) beside
"report_figures_year_raw_sqlite_ms" (the same SQL replayed in plain sqlite3: the floor),
"report_data_year_ms" (everything the PDF needs, appendix included),
"report_privacy_year_ms" (the privacy guard over that year's public texts),
"report_pdf_100_ms" and "report_pdf_10000_ms" (`build_annual_report_pdf` for that year's
data with its appendix cut to 100 or 10,000 entries; fewer when the year has fewer).

Letters: "letter_one_ms" (`render_letter_pdf` of one judgment letter for a case, database
reads included), "letter_first_ms" (the same as the first call of a fresh process,
`bench.first_letter`) and "letter_batch_100_ms" (`render_letters_pdf` of 100
acknowledgements as one PDF, not recorded), beside their bare-ReportLab floors
(`bench.letter_floors`).

Window: "dashboard_refresh_ui_ms", "quick_search_broad_ui_ms", "quick_search_narrow_ui_ms"
beside "bare_window_paint_ms" (`bench.window`, measured in an offscreen window).

Inzicht: "insight_year_ms" (`compute_insight` for the busiest year, `bench.insight`).

Printing: "print_letter_ms", "print_batch_100_ms", "print_job_kb_per_page" (`bench.printing`,
only when a print queue is there).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import event, select

from ..documents.report.annual import build_annual_report_pdf
from ..documents.report.data import AppendixLocation, ReportData
from ..services.database import Database
from ..services.report.annual import build_report_data, compute_figures, privacy_review
from ..store.engine import sqlite_path
from ..store.models import Case
from .years import busiest_year

Timer = Callable[..., tuple[float, Any]]


def slice_appendix(data: ReportData, entries: int) -> ReportData:
    """The same report with only the first `entries` appendix entries, grouped as before."""
    kept: list[AppendixLocation] = []
    left = entries
    for group in data.appendix:
        if left <= 0:
            break
        kept.append(AppendixLocation(group.location, group.entries[:left]))
        left -= len(kept[-1].entries)
    return replace(data, appendix=tuple(kept))


def letter_figures(db: Database, timed: Timer) -> dict[str, Any]:
    from ..services.letters import render_letter_pdf, render_letters_pdf

    with db.unit() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id.desc()).limit(100)))
    if not ids:
        return {}
    out: dict[str, Any] = {}
    from .first_letter import first_letter_ms

    out.update(first_letter_ms(db))
    out["letter_one_ms"], _ = timed(lambda: render_letter_pdf(db, ids[0], "judgment"))
    out["letter_batch_100_ms"], pdf = timed(
        lambda: render_letters_pdf(db, ids, "acknowledgement"), 3
    )
    out["letter_batch_100_kb"] = round(len(pdf) / 1024)
    return out


def report_command_figures(db: Database, timed: Timer) -> dict[str, Any]:
    from .report_command import report_command_figures as measure

    return measure(db, timed)


def figures(db: Database, timed: Timer) -> dict[str, Any]:
    out = dashboard_figures(db, timed)
    out.update(letter_figures(db, timed))
    from .letter_floors import letter_floor_figures  # the letters' bare-ReportLab floor

    out.update(letter_floor_figures(db, timed))
    out.update(report_figures(db, timed))
    out.update(report_command_figures(db, timed))  # before long_text_figures adds a case
    out.update(long_text_figures(db, timed))
    from .first_paint import first_paint_figures
    from .insight import insight_figures
    from .intake import intake_figures
    from .printing import print_figures
    from .spreadsheets import figures as spreadsheet_figures  # openpyxl only when measured
    from .window import window_figures

    out.update(insight_figures(db, timed))
    out.update(print_figures(db, timed))
    out.update(spreadsheet_figures(db, timed))
    out.update(window_figures(db))
    out.update(first_paint_figures(db))
    out.update(intake_figures(db, timed))  # last: it adds cases
    return out


def long_text_figures(db: Database, timed: Timer) -> dict[str, Any]:
    """The dossier of a case with every text at its limit (issue 11: at most 2 s)."""
    from ..services.letters.dossier import case_dossier_pdf
    from ..store.models import Location
    from .long_text_sample import max_text_case

    with db.unit() as session:
        location_id = session.scalar(select(Location.id).limit(1))
    if location_id is None:
        return {}
    case = max_text_case(db, location_id)
    ms, _ = timed(lambda: case_dossier_pdf(db, case.id, "benchmark"))
    return {"dossier_max_text_ms": ms}


def dashboard_figures(db: Database, timed: Timer) -> dict[str, Any]:
    from ..services.dashboard.compute import compute_dashboard

    ms, _ = timed(lambda: compute_dashboard(db))
    out: dict[str, Any] = {"dashboard_ms": ms}
    floor = raw_floor(db, timed, lambda: compute_dashboard(db))
    if floor is not None:
        out["dashboard_raw_sqlite_ms"] = floor
    return out


def raw_floor(db: Database, timed: Timer, work: Callable[[], Any]) -> float | None:
    """The same SQL that `work` sends, replayed with plain sqlite3: what no Python layer
    above the database could beat. None on PostgreSQL."""
    path = sqlite_path(db.url)
    if path is None:
        return None
    captured: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    conn = sqlite3.connect(path)
    try:
        ms, _ = timed(lambda: [conn.execute(sql, params).fetchall() for sql, params in captured])
    finally:
        conn.close()
    result: float = ms
    return result


def report_figures(db: Database, timed: Timer) -> dict[str, Any]:
    year = busiest_year(db)
    if year is None:
        return {}
    out: dict[str, Any] = {"report_year": year}
    out["report_figures_year_ms"], _ = timed(lambda: compute_figures(db, year))
    floor = raw_floor(db, timed, lambda: compute_figures(db, year))
    if floor is not None:
        out["report_figures_year_raw_sqlite_ms"] = floor
    out["report_data_year_ms"], data = timed(lambda: build_report_data(db, year), 3)
    out["report_privacy_year_ms"], _ = timed(lambda: privacy_review(db, year), 1)
    for entries, repeat in ((100, 3), (10_000, 1)):
        sliced = slice_appendix(data, entries)
        out[f"report_pdf_{entries}_ms"], pdf = timed(
            lambda s=sliced: build_annual_report_pdf(s), repeat
        )
        out[f"report_pdf_{entries}_entries"] = sum(len(g.entries) for g in sliced.appendix)
        out[f"report_pdf_{entries}_kb"] = round(len(pdf) / 1024)
    return out
