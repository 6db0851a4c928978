"""Whether complaint handling works, for one year (ISO 10002, the Scottish Public Services
Ombudsman's complaints handling indicators): computed in the database, counts out.

What is counted, for the reactions received in the year (`Case.year`, as the annual
report does), optionally of one location and one kind:
- On time per clock: acknowledgement, solution proposed, decision (closure, within the
  legal term of the case's regime, domain.regimes) and the satisfaction check. The due
  dates come from `domain.deadlines.compute_deadlines` with the case's summed pauses and
  extensions, and "kept or not" from `domain.deadlines.term_kept`, the same rule as the
  annual report: a step taken counts; a step not taken counts as late once its term has
  passed; a term still running, or a withdrawn case that never took the step, does not
  count. A reopened case has no closure until it is closed again.
- Median and 90th-percentile calendar days from receipt to acknowledgement, proposal and
  closure (stats.py defines both), over the reactions that reached the step.
- Judgments: one per reaction from its parts (stats.case_verdict).
- Reopen rate: reactions reopened at least once (the audit trail's status change from
  closed or satisfaction checked back to acknowledged) of those closed at least once.
- Satisfaction rate: "tevreden" of those who answered the check (no answer is left out).
- Escalations submitted in the year, of reactions in the filter, per body and outcome.
- Repeat submitters: how many distinct submitters had two reactions or more in the year
  (stats.submitter_groups says who counts as the same submitter). A count only.
- Improvement actions started in the year: done on or before their due date, of those
  whose term can be judged (term_kept); cancelled actions and actions without a due date
  are left out (the latter counted apart).
- Categories this year and the year before, ranked by this year's count (ties share).

Who sees what: every SELECT goes through the session's access rule (services.access):
a manager's figures cover only the cases he or she may see; K&V sees all.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ...domain.deadlines import (
    CaseDeadlines,
    Clock,
    DeadlineSettings,
    compute_deadlines,
    term_kept,
)
from ...domain.enums import (
    CaseStatus,
    EscalationBody,
    EscalationOutcome,
    Funding,
    ImprovementStatus,
    SatisfactionOutcome,
)
from ...domain.judgment import Verdict
from ...domain.regimes import Regime, effective_regime, legal_days
from ...domain.today import today
from ...domain.values import optional_date
from ...store.models import (
    AuditEntry,
    Case,
    Category,
    Escalation,
    Extension,
    ImprovementAction,
    JudgmentPart,
    Location,
    Pause,
    Service,
)
from ..database import Database
from ..settings import load_settings_in
from .model import (
    CategoryRow,
    ClockFigure,
    CountRow,
    DurationFigure,
    EscalationRow,
    Insight,
    InsightFilter,
    Rate,
    check_filter,
)
from .stats import case_verdict, competition_ranks, median, nearest_rank, submitter_groups

NO_CATEGORY = "Geen categorie"
ALL_LOCATIONS = "Alle locaties"
ALL_KINDS = "Alle soorten"
CLOSED_STATES = (CaseStatus.CLOSED.value, CaseStatus.SATISFACTION_CHECKED.value)
VERDICTS = (
    Verdict.UPHELD,
    Verdict.PARTLY_UPHELD,
    Verdict.REJECTED,
    Verdict.INADMISSIBLE,
    Verdict.NO_JUDGMENT,
)
_CLOCKS = (Clock.ACKNOWLEDGEMENT, Clock.SOLUTION, Clock.LEGAL, Clock.SATISFACTION)


def _where(flt: InsightFilter, year: int | None = None) -> list[ColumnElement[bool]]:
    conditions = [Case.year == (flt.year if year is None else year)]
    if flt.location_id is not None:
        conditions.append(Case.location_id == flt.location_id)
    if flt.kind is not None:
        conditions.append(Case.kind == flt.kind)
    return conditions


def _per_case(model: type[Pause] | type[Extension]) -> Any:
    return (
        select(model.case_id.label("case_id"), func.sum(model.days).label("days"))
        .group_by(model.case_id)
        .subquery()
    )


def _clocks_and_durations(
    session: Session, flt: InsightFilter, settings: DeadlineSettings, day: date
) -> tuple[int, tuple[ClockFigure, ...], tuple[DurationFigure, ...]]:
    """One narrow row per reaction: "on time" depends on the deadline rules (working days,
    holidays, pauses, extensions, the regime's term), which live in the domain.

    Speed (a year of 10,000 reactions): the enum columns come as plain text and the due
    dates are computed once per distinct (receipt date, pause, extension, legal term) and
    per closure date: reactions share those, so the domain runs a few hundred times, not
    ten thousand."""
    pauses, extensions = _per_case(Pause), _per_case(Extension)
    rows = session.execute(
        select(
            Case.received_on,
            Case.acknowledged_on,
            Case.solution_proposed_on,
            Case.closed_on,
            Case.satisfaction_checked_on,
            Case.status == CaseStatus.WITHDRAWN.value,
            type_coerce(Case.regime, String),
            type_coerce(Case.funding, String),
            type_coerce(Service.default_funding, String),
            func.coalesce(pauses.c.days, 0),
            func.coalesce(extensions.c.days, 0),
        )
        .outerjoin(Service, Service.id == Case.service_id)
        .outerjoin(pauses, pauses.c.case_id == Case.id)
        .outerjoin(extensions, extensions.c.case_id == Case.id)
        .where(*_where(flt))
    ).all()
    terms_of: dict[tuple[str | None, str | None, str | None], int] = {}
    handling: dict[tuple[date, int, int, int], CaseDeadlines] = {}
    after_closure: dict[date, date | None] = {}
    judged = dict.fromkeys(_CLOCKS, 0)
    kept = dict.fromkeys(_CLOCKS, 0)
    days: dict[Clock, list[int]] = {c: [] for c in _CLOCKS[:3]}
    for received, ack, proposed, closed, checked, stopped, *regime_key, p, e in rows:
        key3 = (regime_key[0], regime_key[1], regime_key[2])
        term = terms_of.get(key3)
        if term is None:
            term = terms_of[key3] = legal_days(settings, _regime(*key3))
        key = (received, int(p), int(e), term)
        due = handling.get(key)
        if due is None:
            due = handling[key] = compute_deadlines(
                received, settings, pause_days=[key[1]], extension_days=[key[2]], legal_days=term
            )
        satisfaction_due = None
        if closed is not None:
            if closed not in after_closure:
                # The satisfaction clock counts from the closure only (compute_deadlines).
                after_closure[closed] = compute_deadlines(
                    received, settings, closed_on=closed
                ).satisfaction
            satisfaction_due = after_closure[closed]
        steps: list[tuple[Clock, date | None, date | None]] = [
            (Clock.ACKNOWLEDGEMENT, ack, due.acknowledgement),
            (Clock.SOLUTION, proposed, due.solution),
            (Clock.LEGAL, closed, due.legal),
            (Clock.SATISFACTION, checked, satisfaction_due),
        ]
        for clock, done, due_on in steps:
            if due_on is None:
                continue  # no satisfaction clock before the closure
            verdict = term_kept(done, due_on, day, stopped=bool(stopped))
            if verdict is not None:
                judged[clock] += 1
                kept[clock] += verdict
            if done is not None and clock in days:
                days[clock].append((done - received).days)
    terms = {
        Clock.ACKNOWLEDGEMENT: settings.acknowledgement_days,
        Clock.SOLUTION: settings.solution_days,
        Clock.LEGAL: None,  # per regime
        Clock.SATISFACTION: settings.satisfaction_days,
    }
    clocks = tuple(ClockFigure(c.label, terms[c], judged[c], kept[c]) for c in _CLOCKS)
    step_labels = {
        Clock.ACKNOWLEDGEMENT: "Ontvangstbevestiging",
        Clock.SOLUTION: "Oplossing voorgesteld",
        Clock.LEGAL: "Afgesloten",
    }
    durations = tuple(
        DurationFigure(step_labels[c], len(v), median(v), nearest_rank(v, 90))
        for c, v in days.items()
    )
    return len(rows), clocks, durations


def _judgments(session: Session, flt: InsightFilter) -> tuple[CountRow, ...]:
    parts: dict[int, list[Verdict]] = defaultdict(list)
    for case_id, verdict in session.execute(
        select(JudgmentPart.case_id, JudgmentPart.verdict)
        .join(Case, Case.id == JudgmentPart.case_id)
        .where(*_where(flt))
    ):
        parts[case_id].append(verdict)
    counts: dict[Verdict, int] = defaultdict(int)
    for verdicts in parts.values():
        overall = case_verdict(verdicts)
        if overall is not None:
            counts[overall] += 1
    return tuple(CountRow(v.label, counts[v]) for v in VERDICTS)


def _reopened(session: Session, flt: InsightFilter) -> Rate:
    reopened_ids = (
        select(AuditEntry.case_id)
        .where(
            AuditEntry.entity == "case",
            AuditEntry.field == "status",
            AuditEntry.old_value.in_(CLOSED_STATES),
            AuditEntry.new_value == CaseStatus.ACKNOWLEDGED.value,
        )
        .scalar_subquery()
    )
    reopened = Case.id.in_(reopened_ids)
    count, base = session.execute(
        select(
            func.count(Case.id).filter(reopened),
            func.count(Case.id).filter(or_(Case.closed_on.is_not(None), reopened)),
        ).where(*_where(flt))
    ).one()
    return Rate(int(count or 0), int(base or 0))


def _satisfaction(session: Session, flt: InsightFilter) -> tuple[Rate, tuple[CountRow, ...]]:
    counts: dict[SatisfactionOutcome | None, int] = {
        outcome: int(n)
        for outcome, n in session.execute(
            select(Case.satisfaction_outcome, func.count(Case.id))
            .where(*_where(flt), Case.satisfaction_outcome.is_not(None))
            .group_by(Case.satisfaction_outcome)
        )
    }
    answered = sum(n for o, n in counts.items() if o is not SatisfactionOutcome.NO_RESPONSE)
    rows = tuple(CountRow(o.label, counts.get(o, 0)) for o in SatisfactionOutcome)
    return Rate(counts.get(SatisfactionOutcome.SATISFIED, 0), answered), rows


def _year_conditions(flt: InsightFilter, column: Any) -> list[ColumnElement[bool]]:
    """Records dated in the year (by `column`), of reactions in the location/kind filter."""
    conditions = [column.between(date(flt.year, 1, 1), date(flt.year, 12, 31))]
    if flt.location_id is not None:
        conditions.append(Case.location_id == flt.location_id)
    if flt.kind is not None:
        conditions.append(Case.kind == flt.kind)
    return conditions


def _escalations(session: Session, flt: InsightFilter) -> tuple[EscalationRow, ...]:
    counts: dict[tuple[EscalationBody, EscalationOutcome], int] = {
        (body, outcome): int(n)
        for body, outcome, n in session.execute(
            select(Escalation.body, Escalation.outcome, func.count(Escalation.id))
            .join(Case, Case.id == Escalation.case_id)
            .where(*_year_conditions(flt, Escalation.submitted_on))
            .group_by(Escalation.body, Escalation.outcome)
        )
    }
    rows = []
    for body in EscalationBody:
        outcomes = tuple(CountRow(o.label, counts.get((body, o), 0)) for o in EscalationOutcome)
        rows.append(EscalationRow(body.label, sum(o.count for o in outcomes), outcomes))
    return tuple(rows)


def _submitters(session: Session, flt: InsightFilter) -> tuple[int, int]:
    """(repeat submitters, distinct submitters). The personal columns are read only to be
    compared here; nothing of them leaves this function."""
    rows = session.execute(
        select(Case.submitter_name, Case.submitter_email, Case.submitter_postcode).where(
            *_where(flt)
        )
    ).all()
    sizes = submitter_groups((n or "", m or "", p or "") for n, m, p in rows)
    return sum(1 for s in sizes if s >= 2), len(sizes)


def _improvements(session: Session, flt: InsightFilter, day: date) -> tuple[Rate, int]:
    rows = session.execute(
        select(ImprovementAction.due_on, ImprovementAction.done_on)
        .join(Case, Case.id == ImprovementAction.case_id)
        .where(
            *_year_conditions(flt, ImprovementAction.started_on),
            ImprovementAction.status != ImprovementStatus.CANCELLED,
        )
    ).all()
    judged = on_time = without_term = 0
    for due_on, done_on in rows:
        if due_on is None:
            without_term += 1
            continue
        verdict = term_kept(done_on, due_on, day)
        if verdict is not None:
            judged += 1
            on_time += verdict
    return Rate(on_time, judged), without_term


def _categories(session: Session, flt: InsightFilter) -> tuple[CategoryRow, ...]:
    year = flt.year
    conditions = _where(flt)[1:]  # location and kind; the years come next
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case_year, name, n in session.execute(
        select(Case.year, Category.name, func.count(Case.id))
        .select_from(Case)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(Case.year.in_([year - 1, year]), *conditions)
        .group_by(Case.year, Category.id, Category.name)
    ):
        counts[name or NO_CATEGORY][0 if case_year == year else 1] += int(n)
    # Highest first; tied categories alphabetically, so the order never depends on the
    # database. Categories only seen last year follow, by last year's count.
    names = sorted(
        counts,
        key=lambda n: (-counts[n][0], 0 if counts[n][0] else -counts[n][1], n.casefold()),
    )
    ranks = competition_ranks([counts[n][0] for n in names])
    return tuple(
        CategoryRow(n, counts[n][0], counts[n][1], rank if counts[n][0] else None)
        for n, rank in zip(names, ranks, strict=True)
    )


def _regime(chosen: str | None, funding: str | None, service: str | None) -> Regime:
    return effective_regime(
        Regime(chosen) if chosen else None,
        Funding(funding) if funding else None,
        Funding(service) if service else None,
    )


def insight_in(session: Session, flt: InsightFilter, day: date) -> Insight:
    settings = load_settings_in(session).deadlines
    received, clocks, durations = _clocks_and_durations(session, flt, settings, day)
    reopened = _reopened(session, flt)
    satisfaction, outcomes = _satisfaction(session, flt)
    repeat, submitters = _submitters(session, flt)
    improvements, without_term = _improvements(session, flt, day)
    location = ALL_LOCATIONS
    if flt.location_id is not None:
        name = session.scalar(select(Location.name).where(Location.id == flt.location_id))
        location = name or "Onbekende locatie"
    return Insight(
        filter=flt,
        location_name=location,
        kind_label=flt.kind.label if flt.kind is not None else ALL_KINDS,
        received=received,
        clocks=clocks,
        durations=durations,
        judgments=_judgments(session, flt),
        reopened=reopened,
        satisfaction=satisfaction,
        satisfaction_outcomes=outcomes,
        escalations=_escalations(session, flt),
        repeat_submitters=repeat,
        submitters=submitters,
        improvements=improvements,
        improvements_without_term=without_term,
        categories=_categories(session, flt),
    )


def compute_insight(db: Database, flt: InsightFilter, day: date | None = None) -> Insight:
    """The year's indicators over the cases the current person may see."""
    flt, day = check_filter(flt), optional_date(day, "De datum", field="day")
    with db.unit() as session:
        return insight_in(session, flt, day or today())


def insight_choices(db: Database) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...]]:
    """The years with reactions (newest first, this year always) and the locations that have
    reactions the current person may see, for the filters."""
    with db.unit() as session:
        years = {int(y) for y in session.scalars(select(Case.year).distinct())}
        locations = session.execute(
            select(Location.id, Location.name)
            .where(Location.id.in_(select(Case.location_id).distinct().scalar_subquery()))
            .order_by(Location.name)
        ).all()
    years.add(today().year)
    return tuple(sorted(years, reverse=True)), tuple((int(i), str(n)) for i, n in locations)
