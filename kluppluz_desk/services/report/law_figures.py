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

    # One statement: what the old code asked in five more, each with the year's case ids
    # as an IN list of a thousand parameters (a round trip and a long plan each on
    # PostgreSQL; issue 16), comes as per-case subqueries on the child tables' case_id
    # indexes. The improvement actions as three numbers: how many, how many done, the
    # last done date; "every action done on or before the term" is "all done and the last
    # one on or before it".
    def per_case(aggregate: Any, model: Any, *where: Any) -> Any:
        return select(aggregate).where(model.case_id == Case.id, *where).scalar_subquery()

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
            per_case(func.sum(Pause.days), Pause),
            per_case(func.sum(Extension.days), Extension),
            per_case(func.count(JudgmentPart.id), JudgmentPart),
            per_case(func.count(JudgmentPart.id), JudgmentPart, JudgmentPart.verdict.in_(UPHELD)),
            per_case(func.count(ImprovementAction.id), ImprovementAction),
            per_case(func.count(ImprovementAction.done_on), ImprovementAction),
            per_case(func.max(ImprovementAction.done_on), ImprovementAction),
        )
        .outerjoin(Service, Service.id == Case.service_id)
        .where(Case.year == year, complaint)
    ).all()
    result: dict[Regime, RegimeFigures] = {}
    for row in rows:
        _id, received, closed, status, measures_due, chosen, funding, service = row[:8]
        paused, extended, judged, upheld, actions, done, last_done = row[8:]
        regime = effective_regime(chosen, funding, service)
        f = result.get(regime) or RegimeFigures(regime.label)
        f = replace(f, complaints=f.complaints + 1)
        if judged:
            f = replace(f, judged=f.judged + 1, upheld=f.upheld + bool(upheld))
        if extended:
            f = replace(f, extended=f.extended + 1)
        if measures_due is not None:
            all_done = bool(actions) and done == actions
            on_time = all_done and last_done is not None and last_done <= measures_due
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
                pause_days=[int(paused or 0)],
                extension_days=[int(extended or 0)],
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
