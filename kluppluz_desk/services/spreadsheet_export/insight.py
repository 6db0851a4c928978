"""The insight indicators (services.insight) to CSV (`;`, UTF-8 with BOM, for Dutch
Excel) or Excel, through this package's writers (here, not in services.insight, so the
annual report can use the indicators without depending on the spreadsheet writers).
Counts, shares and days only: the rows are built from the
`Insight` figures, which hold no name, reference or text of a case.

One long table (the CSV, and the first sheet of the workbook): part, description, count,
out of, share, median and 90th-percentile days, rank and last year's count. The workbook
adds the categories year over year as a sheet of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...domain.path_values import check_path
from ..insight import Insight, Rate
from .table import Column, Table
from .writers import write_tables


def _days(value: float | None, for_csv: bool) -> Any:
    """A median can be half a day; CSV gets a Dutch decimal comma, so Excel does not read
    "2.5" as a date."""
    if value is None:
        return None
    if value == int(value):
        return int(value)
    return f"{value:.1f}".replace(".", ",") if for_csv else value


def _rate(part: str, what: str, rate: Rate) -> list[Any]:
    return [part, what, rate.count, rate.base, rate.share]


def insight_rows(insight: Insight, *, for_csv: bool = False) -> list[list[Any]]:
    """Every indicator as a row of the long table (see the module docstring)."""
    flt = insight.filter
    rows: list[list[Any]] = [
        ["Selectie", f"{flt.year}, {insight.location_name}, {insight.kind_label}"],
        ["Reacties", "Ontvangen", insight.received],
    ]
    for clock in insight.clocks:
        rows.append(["Op tijd", clock.label, clock.on_time, clock.judged, clock.share])
    for step in insight.durations:
        rows.append(["Doorlooptijd (dagen)", step.label, step.count, None, None,
                     _days(step.median, for_csv), step.p90])  # fmt: skip
    judged = insight.judged_total
    for verdict in insight.judgments:
        share = verdict.count / judged if judged else None
        rows.append(["Oordeel", verdict.label, verdict.count, judged, share])
    rows.append(_rate("Heropend", "Heropend na afsluiting", insight.reopened))
    for outcome in insight.satisfaction_outcomes:
        rows.append(["Tevredenheid", outcome.label, outcome.count])
    rows.append(_rate("Tevredenheid", "Tevreden, van wie antwoordde", insight.satisfaction))
    for body in insight.escalations:
        rows.append(["Escalatie", f"{body.body}: totaal", body.total])
        rows.extend(
            ["Escalatie", f"{body.body}: {o.label.lower()}", o.count, body.total,
             o.count / body.total if body.total else None]
            for o in body.outcomes if o.count
        )  # fmt: skip
    repeat = Rate(insight.repeat_submitters, insight.submitters)
    rows.append(_rate("Indieners", "Met twee of meer reacties", repeat))
    rows.append(_rate("Verbeteracties", "Op tijd afgerond", insight.improvements))
    rows.append(["Verbeteracties", "Zonder termijn", insight.improvements_without_term])
    for category in insight.categories:
        share = category.count / insight.received if insight.received else None
        rows.append(["Categorie", category.name, category.count, insight.received, share,
                     None, None, category.rank, category.previous])  # fmt: skip
    return rows


def _long_table(insight: Insight, for_csv: bool) -> Table:
    columns: Sequence[Column] = (
        Column("Onderdeel", width=22),
        Column("Omschrijving", width=44),
        Column("Aantal", "int", 9),
        Column("Van", "int", 9),
        Column("Percentage", "percent", 11),
        Column("Mediaan (dagen)", width=15),
        Column("90e percentiel (dagen)", "int", 21),
        Column("Rang", "int", 7),
        Column(f"Vorig jaar ({insight.filter.year - 1})", "int", 17),
    )
    return Table(f"Inzicht {insight.filter.year}", columns, insight_rows(insight, for_csv=for_csv))


def insight_tables(insight: Insight, *, for_csv: bool = False) -> list[Table]:
    """The long table; for Excel also the categories year over year."""
    if for_csv:
        return [_long_table(insight, True)]
    year = insight.filter.year
    categories = Table(
        "Categorieën",
        (Column("Categorie", width=30), Column("Rang", "int", 7),
         Column(str(year), "int", 9), Column(str(year - 1), "int", 9),
         Column("Verschil", "int", 9)),
        [[c.name, c.rank, c.count, c.previous, c.change] for c in insight.categories],
    )  # fmt: skip
    return [_long_table(insight, False), categories]


def export_insight(insight: Insight, path: str | Path) -> int:
    """Write the indicators as `.csv` or `.xlsx` (by the extension); returns the rows."""
    path = check_path(path, "Het bestand")
    for_csv = path.suffix.lower() == ".csv"
    return write_tables(path, insight_tables(insight, for_csv=for_csv))
