"""Deadlines of stored cases, and the denormalised "next due" columns that let the case
list and the dashboard sort and filter in SQL. The legal clock is the one of the case's
complaint regime (domain.regimes)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.deadlines import CaseDeadlines, Clock, DeadlineSettings, compute_deadlines
from ..domain.enums import OPEN_STATUSES, CaseStatus
from ..domain.regimes import Regime, effective_regime, legal_days
from ..store.models import Case


def case_regime(case: Case) -> Regime:
    """The regime the case is handled under: chosen by hand, or from funding and service."""
    service_funding = case.service.default_funding if case.service is not None else None
    return effective_regime(case.regime, case.funding, service_funding)


def case_deadlines(case: Case, settings: DeadlineSettings) -> CaseDeadlines:
    return compute_deadlines(
        case.received_on,
        settings,
        pause_days=[p.days for p in case.pauses],
        extension_days=[e.days for e in case.extensions],
        closed_on=case.closed_on,
        legal_days=legal_days(settings, case_regime(case)),
    )


def next_due(case: Case, settings: DeadlineSettings) -> tuple[date | None, Clock | None]:
    """The clock that matters now for the case's status, and its due date."""
    deadlines = case_deadlines(case, settings)
    status = case.status
    if status in (CaseStatus.REGISTERED, CaseStatus.AWAITING_DIRECTOR, CaseStatus.ASSIGNED):
        return deadlines.acknowledgement, Clock.ACKNOWLEDGEMENT
    if status is CaseStatus.ACKNOWLEDGED:
        return deadlines.solution, Clock.SOLUTION
    if status is CaseStatus.SOLUTION_PROPOSED:
        return deadlines.legal, Clock.LEGAL
    if status is CaseStatus.CLOSED:
        return deadlines.satisfaction, Clock.SATISFACTION
    return None, None


def refresh_next_due(case: Case, settings: DeadlineSettings) -> None:
    case.next_due_on, case.next_due_clock = next_due(case, settings)


def refresh_all(session: Session, settings: DeadlineSettings) -> int:
    """Recompute every case that still has a clock running (after a settings change)."""
    statuses = [*OPEN_STATUSES, CaseStatus.CLOSED]
    cases = session.scalars(
        select(Case)
        .where(Case.status.in_(statuses))
        .options(
            selectinload(Case.pauses),
            selectinload(Case.extensions),
            selectinload(Case.service),
        )
    ).all()
    for case in cases:
        refresh_next_due(case, settings)
    return len(cases)
