"""The insight indicators (services.insight) for the annual report: the whole year, every
location and kind, mapped to the report's plain data (documents.report.insight_data).

Runs in the report's own unit of work, so the report's confidential-case setting
(confidential.report_scope) applies to these queries as it does to every other figure:
when confidential cases do not count, they are left out here too. Counts only.

Repeat submitters are told apart by name, e-mail and postcode; once the retention rule has
erased those of a reaction of the year (services.maintenance.retention writes a
"bewaartermijn" audit entry), they can no longer be counted, so the report says so
instead of printing a number that silently dropped.

Speed (issue 16): the report prints only some of Inzicht's indicators, so it asks only for
those (not the four clocks, the judgments or the escalations), the step days come from the
database as a count per number of days (a few hundred rows, not one per reaction; the
median and 90th percentile are taken from them with Inzicht's own functions), and the
submitters come grouped by their exact name, e-mail and postcode. The figures are the same
as `services.insight.compute.insight_in` gives (tests/services/report/test_report_fast_figures.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, cast, func, literal, select, true, union_all
from sqlalchemy.orm import Session

from ...documents.report.insight_data import CategoryYear, InsightFigures, Share, StepDays
from ...domain.enums import SatisfactionOutcome
from ...store.models import AuditEntry, Case
from ..insight import InsightFilter, Rate
from ..insight.compute import _categories, _improvements, _reopened
from ..insight.model import TOP_CATEGORIES
from ..insight.stats import median, nearest_rank
from .confidential import skips_confidential
from .submitters import repeat_submitters

# The steps Inzicht reports days for, in its order and with its labels.
STEPS = (
    ("Ontvangstbevestiging", Case.acknowledged_on),
    ("Oplossing voorgesteld", Case.solution_proposed_on),
    ("Afgesloten", Case.closed_on),
)


def _share(rate: Rate) -> Share:
    return Share(rate.count, rate.base)


def _erased_in(session: Session, year: int) -> bool:
    erased = select(AuditEntry.case_id).where(
        AuditEntry.entity == "case", AuditEntry.field == "bewaartermijn"
    )
    found = session.scalar(
        select(Case.id).where(Case.year == year, Case.id.in_(erased.scalar_subquery())).limit(1)
    )
    return found is not None


def days_between(dialect: str, later: Any, earlier: Any) -> Any:
    """Whole calendar days from `earlier` to `later` (dates), on SQLite and PostgreSQL."""
    if dialect == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier  # PostgreSQL: date - date is a whole number of days


def _step_days(session: Session, year: int) -> tuple[int, tuple[StepDays, ...]]:
    """(reactions received, days per step): one statement, a count per step and number of
    days. Through the session's connection, so the report's confidential rule is in the
    statement itself (as in figures._terms); K&V alone reads the figures."""
    where = and_(
        Case.year == year,
        Case.confidential.is_(False) if skips_confidential(session) else true(),
    )
    dialect = session.get_bind().dialect.name
    parts = [
        select(literal(-1).label("step"), literal(0).label("days"), func.count().label("n"))
        .select_from(Case)
        .where(where)
    ]
    for number, (_label, column) in enumerate(STEPS):
        days = days_between(dialect, column, Case.received_on)
        parts.append(
            select(literal(number), days, func.count())
            .where(where, column.is_not(None))
            .group_by(days)
        )
    received = 0
    values: list[list[int]] = [[] for _ in STEPS]
    for step, days, count in session.connection().execute(union_all(*parts)):
        if step < 0:
            received = int(count)
        else:
            values[step] += [int(days)] * int(count)
    durations = []
    for (label, _column), found in zip(STEPS, values, strict=True):
        found.sort()
        durations.append(StepDays(label, len(found), median(found), nearest_rank(found, 90)))
    return received, tuple(durations)


def _satisfied(satisfaction: dict[Any, int]) -> Share:
    """Satisfied of those who answered the check (no answer left out), as Inzicht counts."""
    answered = sum(n for o, n in satisfaction.items() if o is not SatisfactionOutcome.NO_RESPONSE)
    return Share(satisfaction.get(SatisfactionOutcome.SATISFIED, 0), answered)


def _submitters(session: Session, year: int) -> int:
    rows = session.execute(
        select(Case.submitter_name, Case.submitter_email, Case.submitter_postcode, func.count())
        .where(Case.year == year)
        .group_by(Case.submitter_name, Case.submitter_email, Case.submitter_postcode)
    ).all()
    return repeat_submitters((n or "", m or "", p or "", int(c)) for n, m, p, c in rows)


def insight_figures_in(
    session: Session, year: int, day: date, satisfaction: dict[Any, int]
) -> InsightFigures:
    """`satisfaction`: the year's count per satisfaction outcome (the report counts them
    already for its own table; the same statement would be sent twice)."""
    flt = InsightFilter(year)
    received, durations = _step_days(session, year)
    improvements, without_term = _improvements(session, flt, day)
    categories = _categories(session, flt)
    return InsightFigures(
        received=received,
        durations=durations,
        reopened=_share(_reopened(session, flt)),
        satisfied=_satisfied(satisfaction),
        repeat_submitters=None if _erased_in(session, year) else _submitters(session, year),
        improvements=_share(improvements),
        improvements_without_term=without_term,
        categories=tuple(
            CategoryYear(c.name, c.count, c.previous, c.rank)
            for c in categories
            if c.rank is not None and c.rank <= TOP_CATEGORIES
        ),
    )
