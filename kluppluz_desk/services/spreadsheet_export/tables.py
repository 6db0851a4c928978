"""What goes to Excel: the case list (its filter and sort), the dashboard's lists and the
annual report's figures, each as `Table`s with Dutch headers.

The case list streams its rows from the database in chunks, in the order the list shows
them, so 100,000 cases do not need 100,000 objects at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import aliased

from ...documents.report.data import LabelCount, ReportFigures, TermFigures
from ...domain.enums import CaseStatus, Channel, ReactionKind, Severity
from ...domain.months import DUTCH_MONTHS
from ...store.models import Case, Category, Location, Staff
from .. import audit
from ..cases.listing import CaseFilter, CaseSort, case_ids
from ..dashboard.model import Dashboard
from ..database import Database
from ..identity import actor
from .table import Column, Table

CASE_COLUMNS = (
    Column("Kenmerk", width=14),
    Column("Datum ontvangst", "date", 15),
    Column("Locatie", width=28),
    Column("Categorie", width=24),
    Column("Soort", width=22),
    Column("Ernst", width=10),
    Column("Binnengekomen via", width=20),
    Column("Behandelaar", width=24),
    Column("Status", width=26),
    Column("Volgende termijn", "date", 16),
    Column("Ontvangst bevestigd op", "date", 16),
    Column("Afgesloten op", "date", 15),
)
_CHUNK = 5000
_handler = aliased(Staff)
_ROWS = (
    select(
        Case.id, Case.reference, Case.received_on, Location.name, Category.name, Case.kind,
        Case.severity, Case.channel, _handler.name, Case.status, Case.next_due_on,
        Case.acknowledged_on, Case.closed_on,
    )
    .join(Location, Location.id == Case.location_id)
    .outerjoin(Category, Category.id == Case.category_id)
    .outerjoin(_handler, _handler.id == Case.handler_id)
    .where(Case.id.in_(bindparam("ids", expanding=True)))
)  # fmt: skip


def _labels(enum: Any) -> dict[Any, str]:
    return {m: m.label for m in enum}


def case_rows(db: Database, ids: Sequence[int]) -> Iterator[list[Any]]:
    """The export rows of `ids`, in that order, read a chunk at a time."""
    kinds, severities = _labels(ReactionKind), _labels(Severity)
    channels, statuses = _labels(Channel), _labels(CaseStatus)
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        # A session adds the viewer's access rule (services/access/scope.py): a case
        # they may not see is left out even when its id is asked for.
        with db.unit() as session:
            found = {r[0]: r for r in session.execute(_ROWS, {"ids": chunk})}
            who = actor(session, db.user)
            audit.record_confidential_reads(
                session, who=who, case_ids=found, what="geëxporteerd (Excel/CSV)"
            )
        for case_id in chunk:
            r = found.get(case_id)
            if r is None:
                continue  # deleted since the list was read
            yield [
                r[1], r[2], r[3], r[4] or "", kinds[r[5]], severities[r[6]], channels[r[7]],
                r[8] or "", statuses[r[9]], r[10], r[11], r[12],
            ]  # fmt: skip


def case_list_table(db: Database, flt: CaseFilter, sort: CaseSort | None = None) -> Table:
    """The case list as shown with this filter and sort."""
    ids = case_ids(db, flt, sort)
    return Table("Klantreacties", CASE_COLUMNS, case_rows(db, ids))


def dashboard_tables(dashboard: Dashboard) -> list[Table]:
    due = Table(
        "Termijnen",
        (Column("Lijst", width=28), Column("Kenmerk", width=14), Column("Locatie", width=26),
         Column("Behandelaar", width=24), Column("Wat", width=34),
         Column("Uiterste datum", "date", 15), Column("Dagen over (- = te laat)", "int", 12),
         Column("Toelichting", width=40)),
        [
            [section.label, i.reference, i.location, i.handler, i.what, i.due_on, i.days_left,
             i.remark]
            for section in dashboard.sections
            for i in section.items
        ],
    )  # fmt: skip
    workload = (Column("Naam", width=30), Column("Open", "int", 8),
                Column("Waarvan te laat", "int", 16))  # fmt: skip
    trend = Table(
        "Trend",
        (Column("Maand", width=16), Column("Ontvangen", "int", 11), Column("Afgesloten", "int", 11),
         Column("Ontvangst op tijd bevestigd", "percent", 14),
         Column("Oplossing op tijd", "percent", 14)),
        [[m.label, m.received, m.closed, m.acknowledged_on_time, m.solution_on_time]
         for m in dashboard.trend],
    )  # fmt: skip
    return [
        due,
        Table("Per behandelaar", workload,
              [[r.name, r.open_cases, r.overdue] for r in dashboard.by_handler]),
        Table("Per locatie", workload,
              [[r.name, r.open_cases, r.overdue] for r in dashboard.by_location]),
        trend,
    ]  # fmt: skip


def _counts(title: str, what: str, rows: Sequence[LabelCount]) -> Table:
    total = sum(r.count for r in rows)
    return Table(
        title,
        (Column(what, width=34), Column("Aantal", "int", 9), Column("Aandeel", "percent", 9)),
        [[r.label, r.count, (r.count / total) if total else None] for r in rows],
    )


def _term(label: str, term: TermFigures) -> list[Any]:
    share = term.on_time / term.total if term.total else None
    return [label, term.term_days, term.total, term.on_time, share, term.median_days]


def report_tables(year: int, figures: ReportFigures) -> list[Table]:
    """The annual report's figures, one sheet per table of the report."""
    return [
        _counts("Soort", "Soort", figures.by_kind),
        _counts("Categorie", "Categorie", figures.by_category),
        _counts("Locatie", "Locatie", figures.by_location),
        _counts("Regio", "Regio", figures.by_region),
        _counts("Binnengekomen via", "Binnengekomen via", figures.by_channel),
        Table(f"Per maand {year}", (Column("Maand", width=14), Column("Aantal", "int", 9)),
              [[m, n] for m, n in zip(DUTCH_MONTHS, figures.by_month, strict=True)]),
        Table("Termijnen",
              (Column("Termijn", width=24), Column("Dagen", "int", 8),
               Column("Beoordeeld", "int", 11), Column("Op tijd", "int", 9),
               Column("Op tijd (%)", "percent", 11), Column("Mediaan (dagen)", width=15)),
              [_term("Ontvangstbevestiging", figures.acknowledgements),
               _term("Oplossing", figures.solutions)]),
        _counts("Tevredenheid", "Uitkomst", figures.satisfaction),
        _counts("Escalaties", "Instantie", figures.escalations),
    ]  # fmt: skip
