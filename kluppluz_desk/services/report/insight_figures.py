"""The insight indicators (services.insight) for the annual report: the whole year, every
location and kind, mapped to the report's plain data (documents.report.insight_data).

Runs in the report's own unit of work, so the report's confidential-case setting
(confidential.report_scope) applies to these queries as it does to every other figure:
when confidential cases do not count, they are left out here too. Counts only.

Repeat submitters are told apart by name, e-mail and postcode; once the retention rule has
erased those of a reaction of the year (services.maintenance.retention writes a
"bewaartermijn" audit entry), they can no longer be counted, so the report says so
instead of printing a number that silently dropped.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.report.insight_data import CategoryYear, InsightFigures, Share, StepDays
from ...store.models import AuditEntry, Case
from ..insight import InsightFilter, Rate
from ..insight.compute import insight_in


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


def insight_figures_in(session: Session, year: int, day: date) -> InsightFigures:
    insight = insight_in(session, InsightFilter(year), day)
    return InsightFigures(
        received=insight.received,
        durations=tuple(StepDays(d.label, d.count, d.median, d.p90) for d in insight.durations),
        reopened=_share(insight.reopened),
        satisfied=_share(insight.satisfaction),
        repeat_submitters=None if _erased_in(session, year) else insight.repeat_submitters,
        improvements=_share(insight.improvements),
        improvements_without_term=insight.improvements_without_term,
        categories=tuple(
            CategoryYear(c.name, c.count, c.previous, c.rank)
            for c in insight.top_categories
            if c.rank is not None
        ),
    )
