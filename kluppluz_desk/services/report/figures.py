"""The annual report's figures of one year, computed in the database.

Counts are GROUP BY queries on indexed columns; nothing loads whole cases. Only the terms
need one narrow row per reaction (dates plus the summed pause and extension days), because
"on time" depends on the deadline rules of `domain.deadlines` (working days, pauses,
extensions) and a median is no portable SQL aggregate.

Decisions, so the report reads the same every year:
- A reaction belongs to the year in which it was received (`Case.year`).
- Withdrawn reactions are counted in every frequency table (they were received, and the
  law asks how many complaints came in); `YearOverview.withdrawn` says how many, so the
  wizard and the insights text can mention them. They only count for a term when that
  step was taken before the withdrawal.
- A term counts a reaction when the step was taken, or when it was not taken and the
  deadline has passed (that reaction is late); an open reaction still inside its term is
  not counted yet. The solution term includes extensions; pauses move every term.
- The median is in calendar days from receipt to the step.
- Escalations, disputes (Geschillencommissie) and improvement actions belong to the year
  in which they were submitted or started.
- The report is legally required when the year had written complaints
  (`domain.enums.COMPLAINT_KINDS`) or disputes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from ...collector import collector_paused
from ...documents.report.data import (
    DisputeFigures,
    ImprovementFigures,
    LabelCount,
    PreviousYearTotals,
    ReportFigures,
)
from ...domain.access import Right
from ...domain.enums import (
    COMPLAINT_KINDS,
    CaseStatus,
    Channel,
    EscalationBody,
    EscalationOutcome,
    ReactionKind,
    SatisfactionOutcome,
)
from ...domain.months import DUTCH_MONTHS
from ...domain.today import today
from ...domain.values import check_int
from ...store.models import (
    Case,
    Category,
    Escalation,
    ImprovementAction,
    Location,
    Region,
)
from ..access import require
from ..database import Database
from ..settings import load_settings_in
from .confidential import report_scope
from .insight_figures import insight_figures_in
from .law_figures import law_figures_in
from .terms import year_terms

NO_CATEGORY = "Geen categorie"


@dataclass(frozen=True)
class YearOverview:
    """Everything about a year's reactions the report and the wizard need."""

    year: int
    figures: ReportFigures
    withdrawn: int
    written_complaints: int
    legally_required: bool
    previous: PreviousYearTotals | None


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _nonzero(rows: Iterable[tuple[str, int]]) -> tuple[LabelCount, ...]:
    return tuple(LabelCount(label, int(count)) for label, count in rows if count)


def _by_enum(
    session: Session, column: Any, year: int, members: Iterable[Any]
) -> tuple[LabelCount, ...]:
    counts: dict[Any, int] = dict(
        session.execute(
            select(column, func.count(Case.id)).where(Case.year == year).group_by(column)
        ).all()
    )
    return _nonzero((m.label, counts.get(m, 0)) for m in members)


def _by_category(session: Session, year: int) -> tuple[LabelCount, ...]:
    rows = session.execute(
        select(Category.name, func.count(Case.id))
        .select_from(Case)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(Case.year == year)
        .group_by(Category.id, Category.name, Category.sort_order)
        .order_by(Category.sort_order, Category.name)
    ).all()
    named = [(name, count) for name, count in rows if name is not None]
    missing = sum(count for name, count in rows if name is None)
    return _nonzero([*named, (NO_CATEGORY, missing)])


def _by_location(session: Session, year: int) -> tuple[LabelCount, ...]:
    rows = session.execute(
        select(Location.name, func.count(Case.id))
        .join(Case, Case.location_id == Location.id)
        .where(Case.year == year)
        .group_by(Location.id, Location.name)
        .order_by(Location.name)
    ).all()
    return _nonzero(rows)


def _by_region(session: Session, year: int) -> tuple[LabelCount, ...]:
    rows = session.execute(
        select(Region.name, func.count(Case.id))
        .join(Location, Location.region_id == Region.id)
        .join(Case, Case.location_id == Location.id)
        .where(Case.year == year)
        .group_by(Region.id, Region.name)
        .order_by(Region.name)
    ).all()
    return _nonzero(rows)


def _by_month(session: Session, year: int) -> tuple[int, ...]:
    month = extract("month", Case.received_on)
    counts = dict(
        session.execute(
            select(month, func.count(Case.id)).where(Case.year == year).group_by(month)
        ).all()
    )
    return tuple(int(counts.get(m, 0)) for m in range(1, 13))


def _satisfaction_counts(session: Session, year: int) -> dict[Any, int]:
    """The year's reactions per satisfaction outcome (the table and the insights share it)."""
    return {
        outcome: int(count)
        for outcome, count in session.execute(
            select(Case.satisfaction_outcome, func.count(Case.id))
            .where(Case.year == year, Case.satisfaction_outcome.is_not(None))
            .group_by(Case.satisfaction_outcome)
        )
    }


def _satisfaction(counts: dict[Any, int]) -> tuple[LabelCount, ...]:
    return _nonzero((m.label, counts.get(m, 0)) for m in SatisfactionOutcome)


def _escalations(session: Session, year: int) -> tuple[LabelCount, ...]:
    first, last = _year_range(year)
    counts = dict(
        session.execute(
            select(Escalation.body, func.count(Escalation.id))
            .where(Escalation.submitted_on.between(first, last))
            .group_by(Escalation.body)
        ).all()
    )
    return _nonzero((b.label, counts.get(b, 0)) for b in EscalationBody)


def _disputes(session: Session, year: int) -> DisputeFigures:
    first, last = _year_range(year)
    rows = session.execute(
        select(Escalation.submitted_on, Escalation.outcome, Escalation.outcome_on, Category.name)
        .join(Case, Case.id == Escalation.case_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(
            Escalation.body == EscalationBody.DISPUTES_COMMITTEE,
            Escalation.submitted_on.between(first, last),
        )
        .order_by(Escalation.submitted_on, Escalation.id)
    ).all()
    return DisputeFigures(len(rows), tuple(_dispute_line(*row) for row in rows))


def _dispute_line(
    submitted: date, outcome: EscalationOutcome, outcome_on: date | None, category: str | None
) -> str:
    """Anonymised: the category, the month of submission and the outcome; never a
    reference, a location or the body's own note (it may name people)."""
    about = f"over {category.lower()}" if category else "zonder categorie"
    line = f"Geschil {about}, aangemeld in {DUTCH_MONTHS[submitted.month - 1]} {submitted.year}: "
    if outcome is EscalationOutcome.PENDING:
        return line + "de uitspraak volgt nog."
    when = ""
    if outcome_on:
        when = f", afgerond in {DUTCH_MONTHS[outcome_on.month - 1]} {outcome_on.year}"
    return line + f"{outcome.label.lower()}{when}."


def _improvements(session: Session, year: int) -> ImprovementFigures:
    first, last = _year_range(year)
    titles = session.scalars(
        select(ImprovementAction.title)
        .where(ImprovementAction.started_on.between(first, last))
        .order_by(ImprovementAction.started_on, ImprovementAction.id)
    ).all()
    # One action recorded on several cases (the same title) is one action: listed once.
    unique: dict[str, str] = {}
    for title in titles:
        unique.setdefault(" ".join(title.split()).casefold(), title.strip())
    return ImprovementFigures(len(unique), tuple(unique.values()))


def figures_in(session: Session, year: int, day: date | None = None) -> ReportFigures:
    with collector_paused():  # kluppluz_desk/collector.py: its passes cost a third
        return _figures_in(session, year, day)


def _figures_in(session: Session, year: int, day: date | None) -> ReportFigures:
    settings = load_settings_in(session)
    day = day or today()
    acknowledgements, solutions = year_terms(session, year, settings.deadlines, day)
    satisfaction = _satisfaction_counts(session, year)
    return ReportFigures(
        by_kind=_by_enum(session, Case.kind, year, ReactionKind),
        by_category=_by_category(session, year),
        by_location=_by_location(session, year),
        by_region=_by_region(session, year),
        by_channel=_by_enum(session, Case.channel, year, Channel),
        by_month=_by_month(session, year),
        acknowledgements=acknowledgements,
        solutions=solutions,
        satisfaction=_satisfaction(satisfaction),
        escalations=_escalations(session, year),
        disputes=_disputes(session, year),
        improvements=_improvements(session, year),
        law=law_figures_in(session, year, settings.deadlines, day),
        insight=insight_figures_in(session, year, day, satisfaction),
    )


def check_year(year: Any) -> int:
    """A report year as a caller gives it: a whole number the calendar knows."""
    return check_int(year, "Het jaar", field="year", low=1900, high=2200)


def compute_figures(db: Database, year: int) -> ReportFigures:
    """The year's figures for the report (see the module docstring for what counts)."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        report_scope(session)
        return figures_in(session, year)


def _count(session: Session, *where: object) -> int:
    return int(session.scalar(select(func.count(Case.id)).where(*where)) or 0)  # type: ignore[arg-type]


def _dispute_count(session: Session, year: int) -> int:
    first, last = _year_range(year)
    return int(
        session.scalar(
            select(func.count(Escalation.id)).where(
                Escalation.body == EscalationBody.DISPUTES_COMMITTEE,
                Escalation.submitted_on.between(first, last),
            )
        )
        or 0
    )


def previous_totals_in(session: Session, year: int) -> PreviousYearTotals | None:
    """Last year's headline figures; None when that year had no reactions at all."""
    previous = year - 1
    # Only what the comparison shows, not all of `figures_in` (19 statements, each a round
    # trip on PostgreSQL; issue 16). Every case has exactly one kind, so the kinds' total is
    # the year's count.
    by_kind = _by_enum(session, Case.kind, previous, ReactionKind)
    total = sum(row.count for row in by_kind)
    if not total:
        return None
    acknowledgements, solutions = year_terms(
        session, previous, load_settings_in(session).deadlines, today()
    )
    first, last = _year_range(previous)
    disputes = session.scalar(
        select(func.count(Escalation.id))
        .join(Case, Case.id == Escalation.case_id)  # as `_disputes` counts them
        .where(
            Escalation.body == EscalationBody.DISPUTES_COMMITTEE,
            Escalation.submitted_on.between(first, last),
        )
    )
    return PreviousYearTotals(
        year=previous,
        total=total,
        by_kind=by_kind,
        acknowledgements=acknowledgements,
        solutions=solutions,
        disputes=int(disputes or 0),
    )


def overview_in(session: Session, year: int) -> YearOverview:
    report_scope(session)
    figures = figures_in(session, year)
    written = _count(session, Case.year == year, Case.kind.in_(sorted(COMPLAINT_KINDS)))
    return YearOverview(
        year=year,
        figures=figures,
        withdrawn=_count(session, Case.year == year, Case.status == CaseStatus.WITHDRAWN),
        written_complaints=written,
        legally_required=bool(written or figures.disputes.count),
        previous=previous_totals_in(session, year),
    )


def year_overview(db: Database, year: int) -> YearOverview:
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        return overview_in(session, year)


def is_required_in(session: Session, year: int) -> bool:
    written = _count(session, Case.year == year, Case.kind.in_(sorted(COMPLAINT_KINDS)))
    return bool(written or _dispute_count(session, year))
