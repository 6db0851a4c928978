"""What every record of a case does at the end: write the audit entry and hand the fresh
case back with its next deadline brought up to date (records.py, attachments.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ...store.models import Case
from .. import audit
from ..clocks import refresh_next_due
from ..dto import CaseDetail
from ..settings import load_settings_in
from .view import to_detail


def finish(session: Session, case: Case) -> CaseDetail:
    """The case as plain data after a record changed it, its next deadline brought up to date."""
    settings = load_settings_in(session)
    refresh_next_due(case, settings.deadlines)
    session.flush()
    return to_detail(session, case, settings)


def log_change(
    session: Session,
    case: Case,
    who: str,
    entity: str,
    entity_id: int | None,
    field: str,
    old: Any,
    new: Any,
) -> None:
    # Called after the flush: extensions and pauses touched the case row, so its version is
    # already the new one (they show in a conflict message); notes leave the version alone.
    audit.record(
        session,
        who=who,
        entity=entity,
        field=field,
        old=old,
        new=new,
        case_id=case.id,
        entity_id=entity_id,
        case_version=case.version,
    )
