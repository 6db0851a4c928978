"""AVG/GDPR retention: personal data of finished cases is erased after the retention period.

What goes: the submitter's and child's details, the internal description, timeline note
texts, attachments, the stored letter PDFs (addressed to the parent), and personal values in
the audit trail. What stays: reference, dates, location, category, kind, status and the
anonymised public summary and measure, so the annual figures remain correct. Every erasure
is itself recorded in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from ...domain.case_fields import CASE_FIELDS
from ...domain.deadlines import add_months
from ...domain.enums import CaseStatus
from ...domain.today import today
from ...store.models import Attachment, AuditEntry, Case, Letter, TimelineNote
from .. import audit
from ..audit import actor
from ..database import Database
from ..settings import load_settings_in

ERASED = "[verwijderd: bewaartermijn verstreken]"
PERSONAL_FIELDS = tuple(name for name, spec in CASE_FIELDS.items() if spec.personal)
FINISHED = (CaseStatus.CLOSED, CaseStatus.SATISFACTION_CHECKED, CaseStatus.WITHDRAWN)


@dataclass(frozen=True)
class RetentionResult:
    cutoff: date
    references: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.references)


def _due(session: Session, cutoff: date) -> list[Case]:
    finished_on = Case.closed_on
    return list(
        session.scalars(
            select(Case)
            .where(
                Case.status.in_(FINISHED),
                or_(finished_on < cutoff, (finished_on.is_(None) & (Case.received_on < cutoff))),
                # Still holding something to erase (an erased case is not found again).
                or_(
                    Case.submitter_name != "",
                    Case.child_name != "",
                    Case.description.not_in(("", ERASED)),
                ),
            )
            .order_by(Case.id)
        )
    )


def apply_retention(db: Database, *, dry_run: bool = False) -> RetentionResult:
    """Erase personal data of every case finished before the cut-off date."""
    with db.unit() as session:
        settings = load_settings_in(session)
        cutoff = add_months(today(), -12 * settings.retention.personal_data_years)
        due = _due(session, cutoff)
        result = RetentionResult(cutoff, tuple(c.reference for c in due))
        if dry_run or not due:
            return result
        who = actor(session, db.user)
        ids = [c.id for c in due]
        for case in due:
            for name in PERSONAL_FIELDS:
                setattr(case, name, None if CASE_FIELDS[name].kind == "date" else "")
            case.description = ERASED
        session.execute(
            update(TimelineNote).where(TimelineNote.case_id.in_(ids)).values(text=ERASED)
        )
        session.execute(update(Letter).where(Letter.case_id.in_(ids)).values(pdf=b"", recipient=""))
        session.execute(delete(Attachment).where(Attachment.case_id.in_(ids)))
        session.execute(
            update(AuditEntry)
            .where(
                AuditEntry.case_id.in_(ids),
                AuditEntry.field.in_(
                    [*PERSONAL_FIELDS, "description", "notitie", "afspraak", "bijlage"]
                ),
            )
            .values(old_value=ERASED, new_value=ERASED)
        )
        session.flush()
        for case in due:
            audit.record(
                session,
                who=who,
                entity="case",
                field="bewaartermijn",
                old=None,
                new=f"persoonsgegevens verwijderd (afgesloten vóór {cutoff:%d-%m-%Y})",
                case_id=case.id,
                entity_id=case.id,
                case_version=case.version,
            )
        return result
