"""Whether complaint handling works (issue 14.5): the year's indicators per location and
kind (compute.py), the order statistics they use (stats.py); to CSV or Excel through
services.spreadsheet_export (export_insight); into the annual report through
services.report. Counts only, over the cases the current person may see."""

from .compute import ALL_KINDS, ALL_LOCATIONS, compute_insight, insight_choices
from .model import (
    TOP_CATEGORIES,
    CategoryRow,
    ClockFigure,
    CountRow,
    DurationFigure,
    EscalationRow,
    Insight,
    InsightFilter,
    Rate,
)

__all__ = [
    "ALL_KINDS",
    "ALL_LOCATIONS",
    "TOP_CATEGORIES",
    "CategoryRow",
    "ClockFigure",
    "CountRow",
    "DurationFigure",
    "EscalationRow",
    "Insight",
    "InsightFilter",
    "Rate",
    "compute_insight",
    "insight_choices",
]
