"""AVG/GDPR retention: personal data of finished cases is erased after the retention period.

What goes: every field and audit value that can hold personal data (the list is
`erasure_plan`: the submitter's and child's details, every free text of the case and of
its records, attachments, the stored letter PDFs) — in the database and in every backup
copy in the backup folder; backup copies older than the retention period are deleted.
What stays: reference, dates, location, category, kind, status, outcomes and the public
summary, measure and improvement titles when they hold no personal data of the case, so
the annual figures remain correct. Every erasure is itself recorded in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.case_fields import CASE_FIELDS
from ...domain.deadlines import add_months
from ...domain.enums import CaseStatus
from ...domain.today import today
from ...paths import backup_dir
from ...store.models import AuditEntry, Case
from .. import audit
from ..database import Database
from ..identity import actor
from ..settings import load_settings_in
from .erasure import (
    BackupErasure,
    checkpoint_wal,
    erase_cases,
    erase_in_backups,
    remove_expired_backups,
)
from .erasure_plan import CASE_TABLE, ERASE, ERASED

__all__ = ["ERASED", "RetentionResult", "apply_retention", "erased_references"]

PERSONAL_FIELDS = tuple(name for name, spec in CASE_FIELDS.items() if spec.personal)
FINISHED = (CaseStatus.CLOSED, CaseStatus.SATISFACTION_CHECKED, CaseStatus.WITHDRAWN)


@dataclass(frozen=True)
class RetentionResult:
    cutoff: date
    references: tuple[str, ...]
    backups: BackupErasure = field(default_factory=BackupErasure)

    @property
    def count(self) -> int:
        return len(self.references)


_erased_before = (
    select(AuditEntry.id)
    .where(AuditEntry.case_id == Case.id, AuditEntry.field == "bewaartermijn")
    .exists()
)
# A case erased by an older version of this program may still hold a text it did not erase.
_still_holding = [
    getattr(Case, column) != "" if how == "empty" else getattr(Case, column).not_in(("", ERASED))
    for column, how in ERASE[CASE_TABLE].items()
    if how in ("empty", "marker")
]


def _due(session: Session, cutoff: date) -> list[tuple[int, str]]:
    finished_on = Case.closed_on
    rows = session.execute(
        select(Case.id, Case.reference)
        .where(
            Case.status.in_(FINISHED),
            or_(finished_on < cutoff, (finished_on.is_(None) & (Case.received_on < cutoff))),
            # Still holding something to erase (an erased case is not found again).
            or_(~_erased_before, *_still_holding),
        )
        .order_by(Case.id)
    )
    return [(row.id, row.reference) for row in rows]


def erased_references(session: Session) -> list[str]:
    """Every case whose personal data retention ever erased (from the audit trail)."""
    return list(
        session.scalars(
            select(Case.reference)
            .join(AuditEntry, AuditEntry.case_id == Case.id)
            .where(AuditEntry.entity == "case", AuditEntry.field == "bewaartermijn")
            .distinct()
            .order_by(Case.reference)
        )
    )


def apply_retention(
    db: Database, *, dry_run: bool = False, backup_folder: Path | None = None
) -> RetentionResult:
    """Erase personal data of every case finished before the cut-off date, in the database
    and in the backup copies in `backup_folder` (default: the program's backup folder)."""
    with db.unit() as session:
        settings = load_settings_in(session)
        years = settings.retention.personal_data_years
        cutoff = add_months(today(), -12 * years)
        due = _due(session, cutoff)
        result = RetentionResult(cutoff, tuple(ref for _id, ref in due))
        if dry_run:
            return result
        if due:
            who = actor(session, db.user)
            erase_cases(session.connection(), [case_id for case_id, _ref in due])
            for case_id, _ref in due:
                audit.record(
                    session,
                    who=who,
                    entity="case",
                    field="bewaartermijn",
                    old=None,
                    new=f"persoonsgegevens verwijderd (afgesloten vóór {cutoff:%d-%m-%Y})",
                    case_id=case_id,
                    entity_id=case_id,
                    case_version=session.scalar(select(Case.version).where(Case.id == case_id)),
                )
        # Every case ever erased, so a copy made before an earlier run is cleaned too.
        references = erased_references(session)
    checkpoint_wal(db.engine)
    folder = backup_folder if backup_folder is not None else backup_dir()
    remove_expired_backups(folder, (today() - add_months(today(), -12 * years)).days,
                           result.backups)  # fmt: skip
    erase_in_backups(folder, references, result.backups)
    return result
