"""Whether complaint handling works (issue 14.5): the year's indicators per location and
kind (compute.py), the order statistics they use (stats.py), and the same to CSV or Excel
(export.py). Counts only, over the cases the current person may see."""

from .compute import ALL_KINDS, ALL_LOCATIONS, compute_insight, insight_choices
from .export import export_insight, insight_rows, insight_tables
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
    "export_insight",
    "insight_choices",
    "insight_rows",
    "insight_tables",
]
