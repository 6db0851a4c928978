"""Loading a case with everything the editor needs, and turning it into plain data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.util import identity_key

from ...domain import procedure
from ...domain.case_fields import CASE_FIELDS
from ...domain.enums import InformedRole
from ...domain.errors import NotFoundError
from ...domain.procedure import CaseFacts, Step
from ...domain.values import check_id
from ...store.models import Case, ImprovementAction, Informed
from .. import audit
from ..clocks import case_deadlines
from ..dto import (
    AttachmentView,
    CaseDetail,
    EscalationView,
    ExtensionView,
    ImprovementView,
    InformedView,
    LetterView,
    NoteView,
    PauseView,
)
from ..settings import AppSettings
from .law_view import closing_reasons, law_view


def load_case(session: Session, case_id: int) -> Case:
    # Already in this session (several calls joined in one transaction, see
    # single_transaction.py): its collections are loaded and current, reloading them all
    # again cost most of the demo's time. Anything expired loads lazily on access.
    case_id = check_id(case_id, "Het nummer van de klantreactie", field="case_id")
    known = session.identity_map.get(identity_key(Case, case_id))
    if known is not None:
        return known
    case = session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.informed).selectinload(Informed.staff),
            selectinload(Case.notes),
            selectinload(Case.letters),
            selectinload(Case.extensions),
            selectinload(Case.pauses),
            selectinload(Case.improvements).selectinload(ImprovementAction.owner),
            selectinload(Case.escalations),
            selectinload(Case.attachments),
            selectinload(Case.judgment_parts),
            selectinload(Case.location),
            selectinload(Case.handler),
            selectinload(Case.category),
        )
    )
    if case is None:
        raise NotFoundError("Deze klantreactie bestaat niet (meer).")
    return case


def facts_of(case: Case) -> CaseFacts:
    return CaseFacts(
        status=case.status,
        severity=case.severity,
        handler_id=case.handler_id,
        director_informed=any(i.role is InformedRole.DIRECTOR for i in case.informed),
        director_decision=case.director_decision,
        acknowledged_on=case.acknowledged_on,
        solution_text=case.solution_text,
        public_summary=case.public_summary,
        public_measure=case.public_measure,
        has_satisfaction_outcome=case.satisfaction_outcome is not None,
        withdraw_reason=case.withdraw_reason,
    )


def to_detail(session: Session, case: Case, settings: AppSettings) -> CaseDetail:
    # A changed foreign key does not refresh its relationship: reload those before reading.
    session.flush()
    session.expire(case, ["location", "handler", "category", "service"])
    facts = facts_of(case)
    return CaseDetail(
        id=case.id,
        reference=case.reference,
        version=case.version,
        status=case.status,
        fields={name: getattr(case, name) for name in CASE_FIELDS},
        acknowledged_on=case.acknowledged_on,
        solution_proposed_on=case.solution_proposed_on,
        closed_on=case.closed_on,
        satisfaction_checked_on=case.satisfaction_checked_on,
        created_at=case.created_at,
        created_by=case.created_by,
        deadlines=case_deadlines(case, settings.deadlines),
        next_due_on=case.next_due_on,
        next_due_clock=case.next_due_clock,
        next_step=procedure.next_step(facts),
        steps=_with_law(procedure.available_steps(facts), case),
        location_name=case.location.name if case.location else "",
        handler_name=case.handler.name if case.handler else "",
        category_name=case.category.name if case.category else "",
        informed=[
            InformedView(
                i.id, i.role, i.staff_id, i.staff.name if i.staff else "", i.informed_on, i.note
            )
            for i in case.informed
        ],
        notes=[
            NoteView(n.id, n.created_at, n.author, n.text, n.is_agreement, n.is_system)
            for n in case.notes
        ],
        letters=[
            LetterView(
                letter.id,
                letter.kind,
                letter.created_at,
                letter.letter_date,
                letter.author,
                letter.recipient,
                letter.subject,
            )
            for letter in case.letters
        ],
        extensions=[
            ExtensionView(e.id, e.days, e.reason, e.decided_on, e.notified_on, e.author, e.consent)
            for e in case.extensions
        ],
        pauses=[PauseView(p.id, p.start_on, p.days, p.reason, p.author) for p in case.pauses],
        improvements=[
            ImprovementView(
                a.id,
                a.title,
                a.description,
                a.owner_id,
                a.owner.name if a.owner else "",
                a.status,
                a.started_on,
                a.due_on,
                a.done_on,
                a.parent_committee_involved,
            )
            for a in case.improvements
        ],
        escalations=[
            EscalationView(e.id, e.body, e.submitted_on, e.outcome, e.outcome_on, e.note)
            for e in case.escalations
        ],
        attachments=[
            AttachmentView(a.id, a.filename, a.mime_type, a.size, a.added_at, a.added_by)
            for a in case.attachments
        ],
        history=audit.history_in(session, case.id),
        law=law_view(case, settings),
    )


def _with_law(steps: dict[Step, list[str]], case: Case) -> dict[Step, list[str]]:
    # The law's objection to closing is shown with the procedure's own reasons.
    if Step.CLOSE in steps:
        steps = {**steps, Step.CLOSE: [*steps[Step.CLOSE], *closing_reasons(case)]}
    return steps
