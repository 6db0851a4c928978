"""Whether complaint handling works, per complaint regime, for the annual report.

Only counts leave this module (`documents.report.law_data`): the report is public. What is
counted, for the complaints (`domain.enums.COMPLAINT_KINDS`) received in the year:
- judged: a reasoned judgment was recorded; upheld: gegrond or deels gegrond on a part;
- measures on time: the case has a concrete term for its measures (Wet kinderopvang) and
  every improvement action of the case was done on or before it; counted once the term has
  passed or everything is done, so a term still running does not count as late;
- decisions on time: closed within the legal term of the case's regime (six weeks, plus a
  recorded extension — for the Wkkgz at most four weeks); an open case counts as late
  once its term has passed; withdrawn cases do not count;
- extended: the term was extended at least once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...documents.report.law_data import LawFigures, RegimeFigures
from ...domain.deadlines import DeadlineSettings, compute_deadlines
from ...domain.enums import COMPLAINT_KINDS, CaseStatus
from ...domain.judgment import Verdict
from ...domain.regimes import Regime, effective_regime, legal_days
from ...store.models import Case, Extension, ImprovementAction, JudgmentPart, Pause, Service

UPHELD = (Verdict.UPHELD, Verdict.PARTLY_UPHELD)


def law_figures_in(
    session: Session, year: int, settings: DeadlineSettings, day: date
) -> LawFigures:
    """The year's figures per regime (regimes without complaints are left out)."""
    complaint = Case.kind.in_(sorted(COMPLAINT_KINDS))
    rows = session.execute(
        select(
            Case.id,
            Case.received_on,
            Case.closed_on,
            Case.status,
            Case.measures_due_on,
            Case.regime,
            Case.funding,
            Service.default_funding,
        )
        .outerjoin(Service, Service.id == Case.service_id)
        .where(Case.year == year, complaint)
    ).all()
    ids = [r[0] for r in rows]
    paused = _per_case(session, Pause.case_id, func.sum(Pause.days), ids)
    extended = _per_case(session, Extension.case_id, func.sum(Extension.days), ids)
    judged = _per_case(session, JudgmentPart.case_id, func.count(JudgmentPart.id), ids)
    upheld = _per_case(
        session,
        JudgmentPart.case_id,
        func.count(JudgmentPart.id),
        ids,
        JudgmentPart.verdict.in_(UPHELD),
    )
    actions: dict[int, list[date | None]] = defaultdict(list)
    if ids:
        for case_id, done_on in session.execute(
            select(ImprovementAction.case_id, ImprovementAction.done_on).where(
                ImprovementAction.case_id.in_(ids)
            )
        ):
            actions[case_id].append(done_on)
    result: dict[Regime, RegimeFigures] = {}
    for case_id, received, closed, status, measures_due, chosen, funding, service in rows:
        regime = effective_regime(chosen, funding, service)
        f = result.get(regime) or RegimeFigures(regime.label)
        f = replace(f, complaints=f.complaints + 1)
        if judged.get(case_id):
            f = replace(f, judged=f.judged + 1, upheld=f.upheld + bool(upheld.get(case_id)))
        if extended.get(case_id):
            f = replace(f, extended=f.extended + 1)
        if measures_due is not None:
            done = actions.get(case_id, [])
            all_done = bool(done) and all(d is not None for d in done)
            on_time = all_done and all(d is not None and d <= measures_due for d in done)
            if all_done or measures_due < day:
                f = replace(
                    f,
                    measures_counted=f.measures_counted + 1,
                    measures_on_time=f.measures_on_time + on_time,
                )
        if status is not CaseStatus.WITHDRAWN:
            legal = compute_deadlines(
                received,
                settings,
                pause_days=[paused.get(case_id, 0)],
                extension_days=[extended.get(case_id, 0)],
                legal_days=legal_days(settings, regime),
            ).legal
            if closed is not None or legal < day:
                f = replace(
                    f,
                    decisions_counted=f.decisions_counted + 1,
                    decisions_on_time=f.decisions_on_time
                    + (closed is not None and closed <= legal),
                )
        result[regime] = f
    return LawFigures(tuple(result[r] for r in Regime if r in result))


def _per_case(
    session: Session, key: Any, aggregate: Any, ids: list[int], *where: Any
) -> dict[int, int]:
    if not ids:
        return {}
    query = select(key, aggregate).where(key.in_(ids), *where).group_by(key)
    return {int(k): int(v or 0) for k, v in session.execute(query)}
