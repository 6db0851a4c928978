"""Who exported a confidential case from the dashboard is recorded (issue 12.5), as the
case list's export does (spreadsheet_export/tables.py): the dashboard lists confidential
cases with their reference, location and handler to K&V and the director, so its CSV or
Excel file carries them out of the program like any other export."""

from __future__ import annotations

from .. import audit
from ..database import Database
from ..identity import actor
from .export import dashboard_csv
from .model import Dashboard

EXPORTED = "geëxporteerd (dashboard, Excel/CSV)"


def listed_case_ids(dashboard: Dashboard) -> set[int]:
    """Every case the dashboard's lists name (the figures name none)."""
    return {item.case_id for section in dashboard.sections for item in section.items}


def record_export_reads(db: Database, dashboard: Dashboard) -> int:
    """A read entry for every confidential case the dashboard lists; returns how many."""
    ids = listed_case_ids(dashboard)
    if not ids or db.read_only:
        return 0  # a read-only copy records nothing (as opening a case there)
    with db.unit() as session:
        who = actor(session, db.user)
        return audit.record_confidential_reads(session, who=who, case_ids=ids, what=EXPORTED)


def export_dashboard_csv(db: Database, dashboard: Dashboard) -> bytes:
    """The dashboard as CSV (`dashboard_csv`), its confidential cases recorded as read."""
    record_export_reads(db, dashboard)
    return dashboard_csv(dashboard)
