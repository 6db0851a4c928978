"""Making a case confidential (K&V only) and naming the staff who may still see it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from ...domain.access import ConfidentialReason, Right
from ...domain.errors import DomainError, NotFoundError, ValidationError
from ...domain.values import check_id, describe
from ...store.models import Case, CaseNamedStaff, Staff
from .. import audit
from ..database import Database
from ..identity import actor


@dataclass(frozen=True)
class Confidentiality:
    confidential: bool
    reason: ConfidentialReason | None
    named_staff_ids: tuple[int, ...]


def confidentiality(db: Database, case_id: int) -> Confidentiality:
    case_id = check_id(case_id, "Het zaaknummer")
    with db.unit() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError("Deze zaak bestaat niet of u mag haar niet zien.")
        named = session.scalars(
            select(CaseNamedStaff.staff_id).where(CaseNamedStaff.case_id == case_id)
        ).all()
        reason = ConfidentialReason(case.confidential_reason) if case.confidential else None
        return Confidentiality(case.confidential, reason, tuple(sorted(named)))


def set_confidential(
    db: Database,
    case_id: int,
    reason: ConfidentialReason | None,
    named_staff_ids: tuple[int, ...] = (),
) -> Confidentiality:
    """Mark the case confidential for `reason` (None: no longer confidential) and name who
    else may see it besides K&V, the director and the handler."""
    if db.access is not None and not db.access.may(Right.MARK_CONFIDENTIAL):
        raise DomainError(db.access.why_not(Right.MARK_CONFIDENTIAL))
    case_id = check_id(case_id, "Het zaaknummer")
    if reason is not None:
        try:
            reason = ConfidentialReason(reason)
        except (ValueError, TypeError):
            raise ValidationError(
                f"Onbekende reden voor vertrouwelijkheid: {describe(reason)}.", field="reason"
            ) from None
    if not isinstance(named_staff_ids, tuple | list | set | frozenset):
        raise ValidationError("De genoemde medewerkers zijn onleesbaar.", field="named")
    named_staff_ids = tuple(check_id(i, "Een medewerkernummer") for i in named_staff_ids)
    with db.unit() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError("Deze zaak bestaat niet of u mag haar niet zien.")
        wanted = set(named_staff_ids)
        known = set(session.scalars(select(Staff.id).where(Staff.id.in_(sorted(wanted)))))
        if wanted - known:
            raise ValidationError("Een van de genoemde medewerkers bestaat niet.")
        who = actor(session, db.user)
        old = case.confidential_reason if case.confidential else ""
        case.confidential = reason is not None
        case.confidential_reason = reason.value if reason is not None else ""
        audit.record(session, who=who, entity="case", field="confidential", old=old,
                     new=case.confidential_reason, case_id=case.id, entity_id=case.id)  # fmt: skip
        before = set(session.scalars(
            select(CaseNamedStaff.staff_id).where(CaseNamedStaff.case_id == case_id)))  # fmt: skip
        if before != wanted:
            session.execute(delete(CaseNamedStaff).where(CaseNamedStaff.case_id == case_id))
            session.add_all(CaseNamedStaff(case_id=case_id, staff_id=s) for s in sorted(wanted))
            audit.record(session, who=who, entity="case", field="named_staff",
                         old=",".join(map(str, sorted(before))),
                         new=",".join(map(str, sorted(wanted))),
                         case_id=case.id, entity_id=case.id)  # fmt: skip
        session.flush()
        return Confidentiality(case.confidential, reason, tuple(sorted(wanted)))
