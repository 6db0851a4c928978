"""The deadline dashboard: what is due or overdue, the workload per handler, the monthly
trend, how far the regions are with the annual report, and the same as CSV."""

from .compute import compute_dashboard, reminder_text
from .export import dashboard_csv, dutch_date
from .export_reads import export_dashboard_csv, record_export_reads
from .model import (
    Dashboard,
    DueItem,
    MonthTrend,
    RegionDelivery,
    ReportStatus,
    Section,
    SectionKey,
    WorkloadRow,
)

__all__ = [
    "Dashboard",
    "DueItem",
    "MonthTrend",
    "RegionDelivery",
    "ReportStatus",
    "Section",
    "SectionKey",
    "WorkloadRow",
    "compute_dashboard",
    "dashboard_csv",
    "dutch_date",
    "export_dashboard_csv",
    "record_export_reads",
    "reminder_text",
]
