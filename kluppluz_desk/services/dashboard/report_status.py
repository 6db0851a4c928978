"""The annual report's own deadline: for the previous year, is a report required, drafted,
generated, sent to each GGD, discussed with management and the parent committee, and how
many days remain until 1 June.

A report is required when the year had written complaints (kinds in
domain.enums.COMPLAINT_KINDS, by year of receipt) or disputes (escalations to the
Geschillencommissie submitted that year).

Keys read from `ReportDraft.content` (JSON; written by the report wizard):

    content["distribution"]["ggd"][<region name>]   ISO date "YYYY-MM-DD" or null: sent to
                                                     that region's GGD on that day
    content["distribution"]["management"]           ISO date or null: discussed with management
    content["distribution"]["parent_committee"]     ISO date or null: discussed with the
                                                     parent committee

"Drafted" means a ReportDraft row exists for the year; "generated" means its `generated_at`
is set and its `pdf` is stored. A missing draft is "not started"; unreadable JSON or dates
are treated as not filled in (and logged).
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import COMPLAINT_KINDS, EscalationBody
from ...store.models import Case, Escalation, Location, Region, ReportDraft
from .model import RegionDelivery, ReportStatus

log = logging.getLogger(__name__)

DUE_MONTH, DUE_DAY = 6, 1


def report_status(session: Session, day: date) -> ReportStatus:
    year = day.year - 1
    written = session.scalar(
        select(func.count(Case.id)).where(Case.year == year, Case.kind.in_(sorted(COMPLAINT_KINDS)))
    )
    disputes = session.scalar(
        select(func.count(Escalation.id)).where(
            Escalation.body == EscalationBody.DISPUTES_COMMITTEE,
            Escalation.submitted_on.between(date(year, 1, 1), date(year, 12, 31)),
        )
    )
    draft = session.execute(
        select(ReportDraft.content, ReportDraft.generated_at, ReportDraft.pdf.is_not(None)).where(
            ReportDraft.year == year
        )
    ).first()
    distribution: dict[str, Any] = {}
    generated = False
    if draft is not None:
        distribution = _distribution(draft[0], year)
        generated = draft[1] is not None and bool(draft[2])
    ggd = distribution.get("ggd")
    sent = ggd if isinstance(ggd, dict) else {}
    regions = session.execute(
        select(Region.name, Region.ggd_name)
        .where(Region.id.in_(select(Location.region_id)))
        .order_by(Region.name)
    ).all()
    due = date(year + 1, DUE_MONTH, DUE_DAY)
    return ReportStatus(
        year=year,
        required=bool(written or disputes),
        written_complaints=int(written or 0),
        disputes=int(disputes or 0),
        drafted=draft is not None,
        generated=generated,
        regions=tuple(
            RegionDelivery(name, ggd_name, _date(sent.get(name), f"ggd/{name}"))
            for name, ggd_name in regions
        ),
        management_on=_date(distribution.get("management"), "management"),
        parent_committee_on=_date(distribution.get("parent_committee"), "parent_committee"),
        due_on=due,
        days_left=(due - day).days,
    )


def _distribution(content: str, year: int) -> dict[str, Any]:
    try:
        data = json.loads(content or "{}")
    except ValueError:
        log.warning("report draft %s: content is not valid JSON", year)
        return {}
    distribution = data.get("distribution") if isinstance(data, dict) else None
    return distribution if isinstance(distribution, dict) else {}


def _date(value: Any, what: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        log.warning("report draft: %s is not an ISO date: %r", what, value)
        return None
