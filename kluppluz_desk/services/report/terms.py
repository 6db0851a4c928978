"""The year's two terms (acknowledgement, solution) for the annual report, fast (issue 16).

The rule is `figures`' (see its docstring) and `domain.deadlines.term_kept`'s: a step on
time when taken on or before its deadline, late when taken later or, not taken, once the
deadline has passed; a withdrawn reaction whose step was not taken does not count.

Why a module of its own: one row per reaction (10,000 in a busy year) cost more in Python
than in the database. So the database does the date arithmetic: each step comes as whole
days after receipt (NULL when not taken), the day received as the driver gives it (no date
conversion per row), "withdrawn" as 0/1. The deadlines are computed once per distinct
(day received, days paused, days extended), as days after receipt too, so each row costs
two integer comparisons. The result equals the per-reaction rule
(tests/services/report/test_report_terms_fast.py, SQLite and PostgreSQL).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Integer, String, bindparam, func, select, true, type_coerce
from sqlalchemy.orm import Session

from ...documents.report.data import TermFigures
from ...domain.deadlines import DeadlineSettings, compute_deadlines
from ...domain.enums import CaseStatus
from ...store.models import Case, Extension, Pause
from ..insight.stats import median  # the report and Inzicht take the same middle
from .confidential import skips_confidential
from .insight_figures import days_between


@cache
def _query(dialect: str, public_only: bool) -> Any:
    """One narrow row per reaction of a year (`:year`), built once per dialect and setting.
    `public_only`: without confidential cases (the report's setting, `skips_confidential`)."""
    pauses = (
        select(Pause.case_id, func.sum(Pause.days).label("days")).group_by(Pause.case_id).subquery()
    )
    extensions = (
        select(Extension.case_id, func.sum(Extension.days).label("days"))
        .group_by(Extension.case_id)
        .subquery()
    )
    return (
        select(
            # As stored (an ISO string on SQLite, a date from PostgreSQL's driver): only a
            # key here, turned into a date once per distinct value.
            type_coerce(Case.received_on, String),
            type_coerce(days_between(dialect, Case.acknowledged_on, Case.received_on), Integer),
            type_coerce(
                days_between(dialect, Case.solution_proposed_on, Case.received_on), Integer
            ),
            type_coerce(Case.status == CaseStatus.WITHDRAWN, Integer),
            type_coerce(func.coalesce(pauses.c.days, 0), Integer),
            type_coerce(func.coalesce(extensions.c.days, 0), Integer),
        )
        .outerjoin(pauses, pauses.c.case_id == Case.id)
        .outerjoin(extensions, extensions.c.case_id == Case.id)
        .where(Case.year == bindparam("year"))
        .where(Case.confidential.is_(False) if public_only else true())
    )


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def year_terms(
    session: Session, year: int, deadlines: DeadlineSettings, day: date
) -> tuple[TermFigures, TermFigures]:
    """(acknowledgements, solutions) of the reactions received in `year`, judged on `day`."""
    # Through the session's connection: plain rows, without the ORM's per-row bookkeeping.
    # That also bypasses the session's report scope, so its one rule (confidential cases
    # left out when they do not count) is in the statement itself. K&V alone reads the
    # figures: no access rule.
    dialect = session.get_bind().dialect.name
    query = _query(dialect, skips_confidential(session))
    rows = session.connection().execute(query, {"year": year}).all()
    ack_on_time = sol_on_time = ack_total = sol_total = 0
    ack_days: list[int] = []
    sol_days: list[int] = []
    # Per (received, paused, extended): the two deadlines as days after receipt, and
    # whether each is still running on `day` (a step not taken is then not judged yet).
    known: dict[tuple[Any, int, int], tuple[int, bool, int, bool]] = {}
    for received, ack, sol, stopped, paused, extended in rows:
        key = (received, paused, extended)
        limits = known.get(key)
        if limits is None:
            start = _as_date(received)
            due = compute_deadlines(
                start, deadlines, pause_days=[int(paused)], extension_days=[int(extended)]
            )
            limits = known[key] = (
                (due.acknowledgement - start).days,
                due.acknowledgement >= day,
                (due.solution - start).days,
                due.solution >= day,
            )
        ack_limit, ack_running, sol_limit, sol_running = limits
        if ack is not None:
            ack_total += 1
            ack_on_time += ack <= ack_limit
            ack_days.append(ack)
        elif not (stopped or ack_running):
            ack_total += 1  # not taken and the deadline has passed: late
        if sol is not None:
            sol_total += 1
            sol_on_time += sol <= sol_limit
            sol_days.append(sol)
        elif not (stopped or sol_running):
            sol_total += 1
    return (
        TermFigures(ack_on_time, ack_total, median(ack_days), deadlines.acknowledgement_days),
        TermFigures(sol_on_time, sol_total, median(sol_days), deadlines.solution_days),
    )
