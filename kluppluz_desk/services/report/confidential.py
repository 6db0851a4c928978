"""Confidential cases in the annual report (issue 12).

A confidential case is never described in the public report: the appendix shows one
neutral line ("1 vertrouwelijke reactie, niet nader beschreven") instead of its location,
category, summary and measure. Whether such cases count in the figures is a setting of
K&V (`report_confidential`, default: counted). When they do not count, every ORM query of
a report unit of work leaves them out (`report_scope`), so the figures, the year's
overview, the appendix and the figures to Excel agree with each other.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from ...domain.access import Right
from ...domain.errors import ValidationError
from ...domain.values import describe
from ...store.models import Case, Escalation, ImprovementAction, Setting
from ..access import require
from ..database import Database

SETTING_KEY = "report_confidential"
_SKIP = "report_skips_confidential"


def counts_confidential_in(session: Session) -> bool:
    """Whether confidential cases count in the report's figures (default: yes)."""
    raw = session.get(Setting, SETTING_KEY)
    if raw is None:
        return True
    try:
        value = json.loads(raw.value)
    except ValueError:
        return True
    counted = value.get("counted", True) if isinstance(value, dict) else True
    return counted if isinstance(counted, bool) else True


def counts_confidential(db: Database) -> bool:
    with db.unit() as session:
        return counts_confidential_in(session)


def set_counts_confidential(db: Database, counted: bool) -> bool:
    """K&V's choice; counted or not, a confidential case is never described. Returns the
    stored choice."""
    require(db, Right.SETTINGS)
    if not isinstance(counted, bool):  # a check box: anything else would be stored as is
        raise ValidationError(f"Meetellen moet ja of nee zijn, maar is {describe(counted)}.",
                              field="counted")  # fmt: skip
    with db.unit() as session:
        session.merge(Setting(key=SETTING_KEY, value=json.dumps({"counted": counted})))
    return counted


def report_scope(session: Session) -> None:
    """From here on, this unit of work leaves confidential cases out of its queries when
    the setting says they do not count."""
    session.info[_SKIP] = not counts_confidential_in(session)


def skips_confidential(session: Session) -> bool:
    """Whether `report_scope` has this unit of work leave confidential cases out (for
    statements that do not go through the ORM)."""
    return bool(session.info.get(_SKIP))


@event.listens_for(Session, "do_orm_execute")
def _leave_out_confidential(state: ORMExecuteState) -> None:
    if not state.session.info.get(_SKIP) or not state.is_select:
        return
    public = select(Case.id).where(Case.confidential.is_(False)).scalar_subquery()
    options: list[Any] = [with_loader_criteria(Case, Case.confidential.is_(False))]
    options += [with_loader_criteria(m, m.case_id.in_(public))
                for m in (Escalation, ImprovementAction)]  # fmt: skip
    state.statement = state.statement.options(*options)
