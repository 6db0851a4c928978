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
    # Counts per regime in plain lists (a frozen RegimeFigures per row cost 7,000
    # `dataclasses.replace` calls a year); the legal term once per distinct (receipt day,
    # pause, extension, term): reactions share those, so the domain runs a few hundred
    # times, not once per complaint.
    counts: dict[Regime, list[int]] = {}
    legal_of: dict[tuple[date, int, int, int], date] = {}
    regime_of: dict[tuple[Any, Any, Any], Regime] = {}
    for row in rows:
        _id, received, closed, status, measures_due, chosen, funding, service = row[:8]
        paused, extended, judged, upheld, actions, done, last_done = row[8:]
        regime = regime_of.get((chosen, funding, service))
        if regime is None:
            regime = regime_of[(chosen, funding, service)] = effective_regime(
                chosen, funding, service
            )
        c = counts.get(regime)
        if c is None:
            c = counts[regime] = [0] * 8
        c[_COMPLAINTS] += 1
        if judged:
            c[_JUDGED] += 1
            c[_UPHELD] += bool(upheld)
        if extended:
            c[_EXTENDED] += 1
        if measures_due is not None:
            all_done = bool(actions) and done == actions
            on_time = all_done and last_done is not None and last_done <= measures_due
            if all_done or measures_due < day:
                c[_MEASURES_COUNTED] += 1
                c[_MEASURES_ON_TIME] += on_time
        if status is not CaseStatus.WITHDRAWN:
            key = (received, int(paused or 0), int(extended or 0), legal_days(settings, regime))
            legal = legal_of.get(key)
            if legal is None:
                legal = legal_of[key] = compute_deadlines(
                    received, settings, pause_days=[key[1]], extension_days=[key[2]],
                    legal_days=key[3],
                ).legal  # fmt: skip
            if closed is not None or legal < day:
                c[_DECISIONS_COUNTED] += 1
                c[_DECISIONS_ON_TIME] += closed is not None and closed <= legal
    return LawFigures(tuple(_regime_figures(r, counts[r]) for r in Regime if r in counts))


# Positions in the per-regime count lists of `law_figures_in`.
(_COMPLAINTS, _JUDGED, _UPHELD, _MEASURES_ON_TIME, _MEASURES_COUNTED, _DECISIONS_ON_TIME,
 _DECISIONS_COUNTED, _EXTENDED) = range(8)  # fmt: skip


def _regime_figures(regime: Regime, c: list[int]) -> RegimeFigures:
    return RegimeFigures(
        regime.label,
        complaints=c[_COMPLAINTS],
        judged=c[_JUDGED],
        upheld=c[_UPHELD],
        measures_on_time=c[_MEASURES_ON_TIME],
        measures_counted=c[_MEASURES_COUNTED],
        decisions_on_time=c[_DECISIONS_ON_TIME],
        decisions_counted=c[_DECISIONS_COUNTED],
        extended=c[_EXTENDED],
    )
