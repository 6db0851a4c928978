"""Workload (open cases per handler and per location) and the monthly trend of the last
twelve months, computed with SQL aggregates only.

On-time shares, per month of *receipt*:
- acknowledgement on time: acknowledged on or before received_on + the acknowledgement term
  (+ the case's pause days). Judged are the cases already acknowledged, plus those not
  acknowledged whose term has passed (late by definition); a withdrawn case that was never
  acknowledged is not judged.
- solution on time: the same with solution_proposed_on and the solution term (+ pauses +
  extensions).
Terms in working days (settings) are turned into calendar days in SQL from the weekday of
receipt, with the same rule as domain.deadlines.add_days; for the receipt dates of the
window whose term spans a public holiday or closing day the exact number (computed by the
domain) is given in a CASE, so the SQL and the case's own clock never disagree.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, extract, func, literal, select
from sqlalchemy.orm import Session, aliased

from ...domain.deadlines import DeadlineSettings, add_days, add_months
from ...domain.enums import OPEN_STATUSES, CaseStatus
from ...store.models import Case, Extension, Location, Pause, Staff
from .model import MonthTrend, WorkloadRow

TREND_MONTHS = 12


def workload(
    session: Session, day: date
) -> tuple[tuple[WorkloadRow, ...], tuple[WorkloadRow, ...]]:
    """Open cases (and how many of them are overdue) per handler and per location."""
    overdue = func.sum(case((Case.next_due_on < day, 1), else_=0))
    handler = aliased(Staff)
    by_handler = session.execute(
        select(handler.name, func.count(Case.id), overdue)
        .select_from(Case)
        .outerjoin(handler, handler.id == Case.handler_id)
        .where(Case.status.in_(sorted(OPEN_STATUSES)))
        .group_by(handler.id, handler.name)
    ).all()
    by_location = session.execute(
        select(Location.name, func.count(Case.id), overdue)
        .select_from(Case)
        .join(Location, Location.id == Case.location_id)
        .where(Case.status.in_(sorted(OPEN_STATUSES)))
        .group_by(Location.id, Location.name)
    ).all()

    def rows(result: Any, empty: str) -> tuple[WorkloadRow, ...]:
        out = [WorkloadRow(name or empty, int(n), int(late or 0)) for name, n, late in result]
        return tuple(sorted(out, key=lambda r: (-r.open_cases, r.name)))

    return rows(by_handler, "niet toegewezen"), rows(by_location, "onbekende locatie")


def first_month(day: date) -> date:
    """The first day of the oldest month in the trend (12 months including this one)."""
    return add_months(day.replace(day=1), -(TREND_MONTHS - 1))


def monthly_trend(
    session: Session, settings: DeadlineSettings, day: date
) -> tuple[MonthTrend, ...]:
    start = first_month(day)
    dialect = session.get_bind().dialect.name
    pauses, extensions = _days_per_case(Pause), _days_per_case(Extension)
    paused = func.coalesce(pauses.c.days, 0)
    extended = func.coalesce(extensions.c.days, 0)
    received = Case.received_on

    def within(done: Any, term: int, extra: Any) -> Any:
        return (
            _days_between(dialect, done, received)
            <= term_days(dialect, received, term, settings, start, day) + extra
        )

    today_value = literal(day, Date)
    ack_extra = paused
    sol_extra = paused + extended
    ack_term, sol_term = settings.acknowledgement_days, settings.solution_days
    stopped = Case.status == CaseStatus.WITHDRAWN

    def judged(done: Any, term: int, extra: Any) -> Any:
        return func.sum(
            case(
                (done.is_not(None), 1),
                (and_(~stopped, ~within(today_value, term, extra)), 1),
                else_=0,
            )
        )

    def on_time(done: Any, term: int, extra: Any) -> Any:
        return func.sum(case((and_(done.is_not(None), within(done, term, extra)), 1), else_=0))

    year_col, month_col = extract("year", received), extract("month", received)
    by_receipt = session.execute(
        select(
            year_col,
            month_col,
            func.count(Case.id),
            judged(Case.acknowledged_on, ack_term, ack_extra),
            on_time(Case.acknowledged_on, ack_term, ack_extra),
            judged(Case.solution_proposed_on, sol_term, sol_extra),
            on_time(Case.solution_proposed_on, sol_term, sol_extra),
        )
        .outerjoin(pauses, pauses.c.case_id == Case.id)
        .outerjoin(extensions, extensions.c.case_id == Case.id)
        .where(received >= start, received <= day)
        .group_by(year_col, month_col)
    ).all()
    closed_year, closed_month = extract("year", Case.closed_on), extract("month", Case.closed_on)
    by_closure = session.execute(
        select(closed_year, closed_month, func.count(Case.id))
        .where(Case.closed_on >= start, Case.closed_on <= day)
        .group_by(closed_year, closed_month)
    ).all()
    figures = {(int(r[0]), int(r[1])): [int(v or 0) for v in r[2:]] for r in by_receipt}
    closed = {(int(y), int(m)): int(n) for y, m, n in by_closure}
    months = []
    for offset in range(TREND_MONTHS):
        month = add_months(start, offset)
        key = (month.year, month.month)
        got, ack_judged, ack_ok, sol_judged, sol_ok = figures.get(key, [0, 0, 0, 0, 0])
        months.append(
            MonthTrend(
                year=month.year,
                month=month.month,
                received=got,
                closed=closed.get(key, 0),
                acknowledged_on_time=ack_ok / ack_judged if ack_judged else None,
                acknowledgement_judged=ack_judged,
                solution_on_time=sol_ok / sol_judged if sol_judged else None,
                solution_judged=sol_judged,
            )
        )
    return tuple(months)


def _days_per_case(model: type[Pause] | type[Extension]) -> Any:
    """Pause or extension days per case, aggregated once (a small table) and joined:
    a correlated subquery would run once per use per row."""
    return (
        select(model.case_id.label("case_id"), func.sum(model.days).label("days"))
        .group_by(model.case_id)
        .subquery()
    )


def _days_between(dialect: str, later: Any, earlier: Any) -> Any:
    """Whole days from `earlier` to `later` (dates), on SQLite and PostgreSQL."""
    if dialect == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier  # PostgreSQL: date - date is an integer number of days


def _weekday(dialect: str, value: Any) -> Any:
    """Monday = 0 … Sunday = 6, like date.weekday()."""
    if dialect == "sqlite":
        return (cast(func.strftime("%w", value), Integer) + 6) % 7
    return cast(extract("isodow", value), Integer) - 1


def _calendar_days(dialect: str, start: Any, term: int, working_days: bool) -> Any:
    """Calendar days that `term` spans from `start`; for working days the same rule as
    domain.deadlines.add_days: a start at the weekend counts as from Friday, minus the
    weekend days already passed, and every full working week adds a weekend."""
    if not working_days:
        return literal(term)
    weekday = _weekday(dialect, start)
    workday = case((weekday > 4, 4), else_=weekday)
    past_friday = case((weekday > 4, weekday - 4), else_=0)
    return term + 2 * ((workday + term) // 5) - past_friday


def term_days(
    dialect: str, start: Any, term: int, settings: DeadlineSettings, first: date, last: date
) -> Any:
    """Calendar days `term` spans from `start` (a receipt date between `first` and `last`),
    public holidays and closing days included: the weekday rule, corrected per receipt date
    where the domain's calendar gives another answer."""
    plain = _calendar_days(dialect, start, term, settings.working_days)
    if not settings.working_days:
        return plain
    corrections = []
    current = first
    while current <= last:
        exact = (
            add_days(current, term, working_days=True, holidays=settings.holiday_rules) - current
        ).days
        if exact != _weekday_rule(current, term):
            corrections.append((start == literal(current, Date), literal(exact)))
        current += timedelta(days=1)
    if not corrections:
        return plain
    return case(*corrections, else_=plain)


def _weekday_rule(start: date, term: int) -> int:
    """_calendar_days in Python, to see which receipt dates a holiday moves."""
    weekday = start.weekday()
    workday = min(weekday, 4)
    past_friday = weekday - 4 if weekday > 4 else 0
    return term + 2 * ((workday + term) // 5) - past_friday
