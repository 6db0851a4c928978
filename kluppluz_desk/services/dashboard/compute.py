"""The deadline dashboard: every running clock of every open case, at a glance.

Everything is computed in SQL on indexed columns, never by loading every case:

- The handling clocks (acknowledgement, solution target, legal limit, satisfaction check)
  come from the denormalised `Case.next_due_on` (kept by services.clocks). Because a case's
  clocks are ordered (acknowledgement ≤ solution ≤ legal limit), a case whose *next* clock
  lies beyond the coming week has no clock in the overdue/today/week lists at all; only the
  few cases inside that horizon are read, and their later clocks are recomputed here with
  their pauses and extensions (summed in SQL).
- The Geschillencommissie window (twelve months after receipt) is found by a range on the
  indexed `received_on`.
- Workload and trend are GROUP BY / aggregate queries (trend.py); the
  annual report's status reads the report draft (report_status.py).

"Today" comes from domain.today, so tests can freeze time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ...domain.deadlines import (
    CaseDeadlines,
    Clock,
    DeadlineSettings,
    add_months,
    compute_deadlines,
)
from ...domain.enums import (
    COMPLAINT_KINDS,
    CaseStatus,
    EscalationBody,
    EscalationOutcome,
    ImprovementStatus,
    Severity,
)
from ...domain.regimes import effective_regime, legal_days
from ...domain.today import today as current_day
from ...store.models import (
    Case,
    Escalation,
    Extension,
    ImprovementAction,
    Location,
    Pause,
    Service,
    Staff,
)
from ..database import Database
from ..settings import load_settings_in
from .law_clocks import wkkgz_notice_item
from .model import (
    Dashboard,
    DueItem,
    Section,
    SectionKey,
)
from .report_status import report_status
from .trend import monthly_trend, workload

log = logging.getLogger(__name__)


WEEK_DAYS = 7
DISPUTE_HORIZON_DAYS = 30
NO_HANDLER = "niet toegewezen"

# The clocks that run in each status, earliest first (see services.clocks.next_due).
_RUNNING: dict[CaseStatus, tuple[Clock, ...]] = {
    CaseStatus.REGISTERED: (Clock.ACKNOWLEDGEMENT, Clock.SOLUTION, Clock.LEGAL),
    CaseStatus.AWAITING_DIRECTOR: (Clock.ACKNOWLEDGEMENT, Clock.SOLUTION, Clock.LEGAL),
    CaseStatus.ASSIGNED: (Clock.ACKNOWLEDGEMENT, Clock.SOLUTION, Clock.LEGAL),
    CaseStatus.ACKNOWLEDGED: (Clock.SOLUTION, Clock.LEGAL),
    CaseStatus.SOLUTION_PROPOSED: (Clock.LEGAL,),
    CaseStatus.CLOSED: (Clock.SATISFACTION,),
}
_PAUSED_CLOCKS = frozenset({Clock.ACKNOWLEDGEMENT, Clock.SOLUTION, Clock.LEGAL})
_EXTENDED_CLOCKS = frozenset({Clock.SOLUTION, Clock.LEGAL})


def compute_dashboard(db: Database, *, today: date | None = None) -> Dashboard:
    """Everything the dashboard shows, as of `today` (default: domain.today)."""
    day = today or current_day()
    with db.unit() as session:
        settings = load_settings_in(session).deadlines
        clock_items, director, satisfaction = _case_clocks(session, settings, day)
        improvements = _improvements(session, day)
        timed = [*clock_items, *(i for i in improvements if i.due_on is not None)]
        horizon = day + timedelta(days=WEEK_DAYS)
        sections = (
            _section(SectionKey.OVERDUE, (i for i in timed if i.due_on and i.due_on < day)),
            _section(SectionKey.TODAY, (i for i in timed if i.due_on == day)),
            _section(SectionKey.WEEK, (i for i in timed if i.due_on and day < i.due_on <= horizon)),
            _section(SectionKey.DIRECTOR, director),
            _section(SectionKey.SATISFACTION, satisfaction),
            _section(SectionKey.IMPROVEMENTS, improvements),
            _section(SectionKey.ESCALATIONS, _escalations(session, day)),
            _section(SectionKey.DISPUTE_WINDOW, _dispute_windows(session, settings, day)),
        )
        by_handler, by_location = workload(session, day)
        return Dashboard(
            today=day,
            sections=sections,
            by_handler=by_handler,
            by_location=by_location,
            trend=monthly_trend(session, settings, day),
            report=report_status(session, day),
        )


def reminder_text(dashboard: Dashboard) -> str | None:
    """A short Dutch notice of what is overdue or due today; None when nothing is."""
    parts = []
    overdue = dashboard.section(SectionKey.OVERDUE).count
    due_today = dashboard.section(SectionKey.TODAY).count
    if overdue:
        parts.append(f"{overdue} {'termijn is' if overdue == 1 else 'termijnen zijn'} verstreken")
    if due_today:
        parts.append(
            f"{due_today} {'termijn verloopt' if due_today == 1 else 'termijnen verlopen'} vandaag"
        )
    if not parts:
        return None
    return "Let op: " + " en ".join(parts) + "."


def _section(key: SectionKey, items: Iterable[DueItem]) -> Section:
    def order(item: DueItem) -> tuple[bool, date, str, str]:
        return (item.due_on is None, item.due_on or date.max, item.reference, item.what)

    return Section(key, tuple(sorted(items, key=order)))


def _sum_days(model: type[Pause] | type[Extension]) -> Any:
    """Correlated subquery: the case's pause/extension days in total (uses the case_id index)."""
    return (
        select(func.coalesce(func.sum(model.days), 0))
        .where(model.case_id == Case.id)
        .correlate(Case)
        .scalar_subquery()
    )


def _case_clocks(
    session: Session, settings: DeadlineSettings, day: date
) -> tuple[list[DueItem], list[DueItem], list[DueItem]]:
    """Clocks due within the coming week, plus the director and satisfaction lists."""
    handler = aliased(Staff)
    horizon = day + timedelta(days=WEEK_DAYS)
    statuses = list(_RUNNING)
    query = (
        select(
            Case.id,
            Case.reference,
            Case.received_on,
            Case.status,
            Case.severity,
            Case.closed_on,
            Case.next_due_on,
            Location.name,
            handler.name,
            _sum_days(Pause),
            _sum_days(Extension),
            Case.regime,
            Case.funding,
            Service.default_funding,
        )
        .join(Location, Location.id == Case.location_id)
        .outerjoin(handler, handler.id == Case.handler_id)
        .outerjoin(Service, Service.id == Case.service_id)
        .where(
            Case.status.in_(statuses),
            or_(
                Case.next_due_on <= horizon,
                Case.status.in_([CaseStatus.AWAITING_DIRECTOR, CaseStatus.CLOSED]),
            ),
        )
    )
    clocks: list[DueItem] = []
    director: list[DueItem] = []
    satisfaction: list[DueItem] = []
    for row in session.execute(query):
        (case_id, ref, received, status, severity, closed, next_due, loc, who, paused, ext) = row[
            :11
        ]
        # The legal clock is the one of the case's regime (Wet kinderopvang, Wkkgz, Jeugdwet).
        regime = effective_regime(row[11], row[12], row[13])
        deadlines = compute_deadlines(
            received,
            settings,
            pause_days=[int(paused)],
            extension_days=[int(ext)],
            closed_on=closed,
            legal_days=legal_days(settings, regime),
        )
        base = dict(case_id=case_id, reference=ref, location=loc, handler=who or NO_HANDLER)
        for clock in _RUNNING[status]:
            due = _due(deadlines, clock)
            if due is None:
                continue
            item = DueItem(
                **base,
                what=clock.label,
                kind=clock.value,
                due_on=due,
                days_left=(due - day).days,
                remark=_remark(clock, int(paused), int(ext), severity),
            )
            if due <= horizon:
                clocks.append(item)
            if clock is Clock.SATISFACTION:
                satisfaction.append(item)
        notice = wkkgz_notice_item(
            base, regime, received, int(paused), int(ext), status, settings, day
        )
        if notice is not None:
            clocks.append(notice)
        if status is CaseStatus.AWAITING_DIRECTOR:
            due = deadlines.acknowledgement
            director.append(
                DueItem(
                    **base,
                    what="Besluit directeur (ernstige klantreactie)",
                    kind="director",
                    due_on=due,
                    days_left=(due - day).days,
                    remark=f"ontvangen {received.strftime('%d-%m-%Y')}; vóór de "
                    "ontvangstbevestiging",
                )
            )
        if next_due is not None and next_due != _due(deadlines, _RUNNING[status][0]):
            # The stored column is out of step (e.g. settings changed without refresh).
            log.warning("next_due_on of case %s is stale", ref)
    return clocks, director, satisfaction


def _due(deadlines: CaseDeadlines, clock: Clock) -> date | None:
    return deadlines.as_dict()[clock]


def _remark(clock: Clock, paused: int, extended: int, severity: Severity) -> str:
    parts = []
    if severity is Severity.SERIOUS:
        parts.append("ernstig")
    if paused and clock in _PAUSED_CLOCKS:
        parts.append(f"incl. {paused} {'dag' if paused == 1 else 'dagen'} pauze")
    if extended and clock in _EXTENDED_CLOCKS:
        parts.append(f"incl. {extended} {'dag' if extended == 1 else 'dagen'} verlenging")
    return ", ".join(parts)


def _improvements(session: Session, day: date) -> list[DueItem]:
    owner = aliased(Staff)
    query = (
        select(
            ImprovementAction.case_id,
            Case.reference,
            Location.name,
            owner.name,
            ImprovementAction.title,
            ImprovementAction.status,
            ImprovementAction.due_on,
        )
        .join(Case, Case.id == ImprovementAction.case_id)
        .join(Location, Location.id == Case.location_id)
        .outerjoin(owner, owner.id == ImprovementAction.owner_id)
        .where(
            ImprovementAction.status.in_([ImprovementStatus.PLANNED, ImprovementStatus.IN_PROGRESS])
        )
    )
    return [
        DueItem(
            case_id=case_id,
            reference=ref,
            location=loc,
            handler=who or "geen eigenaar",
            what=f"Verbeteractie: {title}",
            kind="improvement",
            due_on=due,
            days_left=(due - day).days if due else None,
            remark=status.label,
        )
        for case_id, ref, loc, who, title, status, due in session.execute(query)
    ]


def _escalations(session: Session, day: date) -> list[DueItem]:
    handler = aliased(Staff)
    query = (
        select(
            Escalation.case_id,
            Case.reference,
            Location.name,
            handler.name,
            Escalation.body,
            Escalation.submitted_on,
        )
        .join(Case, Case.id == Escalation.case_id)
        .join(Location, Location.id == Case.location_id)
        .outerjoin(handler, handler.id == Case.handler_id)
        .where(Escalation.outcome == EscalationOutcome.PENDING)
    )
    items = []
    for case_id, ref, loc, who, body, submitted in session.execute(query):
        running = (day - submitted).days
        items.append(
            DueItem(
                case_id=case_id,
                reference=ref,
                location=loc,
                handler=who or NO_HANDLER,
                what=f"Escalatie: {body.label}",
                kind="escalation",
                due_on=None,
                days_left=None,
                remark=f"ingediend {submitted.strftime('%d-%m-%Y')}, loopt {running} "
                f"{'dag' if running == 1 else 'dagen'}",
            )
        )
    items.sort(key=lambda i: i.remark)
    return items


def _dispute_windows(session: Session, settings: DeadlineSettings, day: date) -> list[DueItem]:
    """Written complaints whose twelve months for the Geschillencommissie end within 30 days.

    add_months clamps (31 March + 11 months = 28/29 February), so the SQL range on the
    indexed received_on is a little wider and the exact end date is checked here.
    """
    months = settings.dispute_window_months
    last = day + timedelta(days=DISPUTE_HORIZON_DAYS)
    earliest = add_months(day, -months) - timedelta(days=3)
    latest = add_months(last, -months) + timedelta(days=3)
    handler = aliased(Staff)
    already_there = exists().where(
        and_(
            Escalation.case_id == Case.id,
            Escalation.body == EscalationBody.DISPUTES_COMMITTEE,
        )
    )
    query = (
        select(Case.id, Case.reference, Case.received_on, Case.kind, Location.name, handler.name)
        .join(Location, Location.id == Case.location_id)
        .outerjoin(handler, handler.id == Case.handler_id)
        .where(
            # Only the received_on range in SQL: a condition on kind would tempt SQLite to
            # use the (unselective) kind index instead; the kind is checked below.
            Case.received_on.between(earliest, latest),
            Case.status != CaseStatus.WITHDRAWN,
            ~already_there,
        )
    )
    items = []
    for case_id, ref, received, kind, loc, who in session.execute(query):
        end = add_months(received, months)
        if kind in COMPLAINT_KINDS and day <= end <= last:
            items.append(
                DueItem(
                    case_id=case_id,
                    reference=ref,
                    location=loc,
                    handler=who or NO_HANDLER,
                    what=Clock.DISPUTE_WINDOW.label,
                    kind=Clock.DISPUTE_WINDOW.value,
                    due_on=end,
                    days_left=(end - day).days,
                    remark="tot dan kan de ouder het geschil nog aanmelden",
                )
            )
    return items
