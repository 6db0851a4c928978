"""To Excel: the case list (its filter and sort), the dashboard's lists, the insight
indicators and the annual report's figures as `.xlsx` (real dates and numbers, frozen
header) or CSV for Dutch Excel. Use cases: `export_case_list`, `export_dashboard`,
`export_report_figures`, `export_insight`; the plain `Table` and `write_tables` for
anything else."""

from __future__ import annotations

from pathlib import Path

from ...domain.path_values import check_path
from ..cases.listing import CaseFilter, CaseSort
from ..dashboard.export_reads import record_export_reads
from ..dashboard.model import Dashboard
from ..database import Database
from ..report.figures import compute_figures
from .insight import export_insight, insight_rows, insight_tables
from .table import Column, Table
from .tables import CASE_COLUMNS, case_list_table, dashboard_tables, report_tables
from .writers import Progress, csv_bytes, write_tables


def export_case_list(
    db: Database,
    path: str | Path,
    flt: CaseFilter | None = None,
    sort: CaseSort | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the filtered, sorted case list; returns the number of cases written."""
    return write_tables(path, [case_list_table(db, flt or CaseFilter(), sort)], progress)


def export_dashboard(db: Database, dashboard: Dashboard, path: str | Path) -> int:
    """The dashboard's lists; its confidential cases are recorded as read (exported)."""
    path = check_path(path, "Het bestand")
    record_export_reads(db, dashboard)
    tables = dashboard_tables(dashboard)
    if path.suffix.lower() == ".csv":
        tables = tables[:1]  # CSV holds one list: the deadlines (the dashboard CSV has all)
    return write_tables(path, tables)


def export_report_figures(db: Database, year: int, path: str | Path) -> int:
    path = check_path(path, "Het bestand")
    tables = report_tables(year, compute_figures(db, year))
    if path.suffix.lower() == ".csv":
        tables = tables[:1]
    return write_tables(path, tables)


__all__ = [
    "CASE_COLUMNS",
    "Column",
    "Table",
    "case_list_table",
    "csv_bytes",
    "dashboard_tables",
    "export_case_list",
    "export_dashboard",
    "export_insight",
    "export_report_figures",
    "insight_rows",
    "insight_tables",
    "report_tables",
    "write_tables",
]
