"""Letters to parents, sent: recording a letter as sent (keeping its PDF exactly), reopening
it as sent, and printing every acknowledgement that is due in one go.

Recording a letter also sets the procedure date it stands for:

- acknowledgement: when the case is at "Behandelaar toegewezen" and the procedure allows
  it, the step "Ontvangst bevestigen" is taken on the letter date (this sets
  `acknowledged_on`); otherwise only the letter is recorded and a timeline note says why;
- extension: the latest extension gets the letter date as `notified_on` (if it had none);
- judgment: only the letter. Closing the case stays the officer's own explicit step,
  because closing asks for the public summary and measure of the annual report, which a
  letter does not supply (and a letter may be sent before the case is closable);
- satisfaction: only the letter (the outcome is recorded when the parent answers).

Every recording leaves a timeline note and an audit entry.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...documents.letters.batch import BatchProgress, build_letters_pdf
from ...documents.letters.pdf import build_letter_pdf
from ...domain import procedure
from ...domain.enums import CaseStatus, LetterKind
from ...domain.errors import DomainError, NotFoundError, ValidationError
from ...domain.procedure import Step
from ...domain.today import today
from ...domain.values import check_date, check_id, check_ids, check_text
from ...store.models import Case, Letter, TimelineNote
from .. import audit
from ..cases.editing import step_in
from ..cases.view import facts_of, load_case, to_detail
from ..clocks import refresh_next_due
from ..database import Database
from ..dto import CaseDetail
from ..identity import actor
from ..settings import AppSettings, load_settings_in
from .context import letter_kind, recipient_of
from .render import ComposedLetter, RenderedLetterPdf, compose_in, letter_filename, render_in
from .templates import (
    template_in,
)

log = logging.getLogger(__name__)


def _record_in(
    session: Session,
    case: Case,
    letter: RenderedLetterPdf,
    who: str,
    settings: AppSettings,
    *,
    detail: bool = True,
) -> CaseDetail | None:
    kind = letter.kind
    # Range and order only: a letter may be dated ahead (posted after the weekend).
    on = check_date(letter.letter_date, "De briefdatum", field="letter_date")
    if on < case.received_on:
        raise ValidationError(
            "De briefdatum ligt vóór de datum van ontvangst.", field="letter_date"
        )
    row = Letter(
        kind=kind,
        author=who,
        letter_date=on,
        recipient=letter.recipient[:200],
        subject=letter.subject[:300],
        pdf=letter.pdf,
    )
    case.letters.append(row)
    session.flush()
    audit.record(
        session,
        who=who,
        entity="letter",
        field=kind.label,
        old=None,
        new=f"{letter.subject} ({on.strftime('%d-%m-%Y')})",
        case_id=case.id,
        entity_id=row.id,
        case_version=case.version,
    )
    note = f"Brief verstuurd: {kind.label} — {letter.subject}"
    follow_up = ""
    if kind is LetterKind.ACKNOWLEDGEMENT:
        reasons = procedure.reasons_against(Step.ACKNOWLEDGE, facts_of(case))
        if case.status is CaseStatus.ASSIGNED and not reasons:
            case.notes.append(TimelineNote(author=who, text=note, is_system=True))
            result = step_in(session, case, who, Step.ACKNOWLEDGE, on, {}, settings)
            return result if detail else None
        why = (
            reasons[0]
            if case.status is CaseStatus.ASSIGNED
            else (f"de klantreactie staat op '{case.status.label}'")
        )
        follow_up = f" De stap 'Ontvangst bevestigen' is niet gezet: {why}"
    elif kind is LetterKind.EXTENSION and case.extensions:
        latest = case.extensions[-1]
        if latest.notified_on is None:
            latest.notified_on = on
            audit.record(
                session,
                who=who,
                entity="extension",
                field="notified_on",
                old=None,
                new=on,
                case_id=case.id,
                entity_id=latest.id,
                case_version=case.version,
            )
            follow_up = f" Verlenging gemeld op {on.strftime('%d-%m-%Y')}."
    case.notes.append(TimelineNote(author=who, text=note + follow_up, is_system=True))
    if not detail:
        return None
    refresh_next_due(case, settings.deadlines)
    session.flush()
    return to_detail(session, case, settings)


def record_letter(
    db: Database,
    case_id: int,
    kind: LetterKind | str,
    pdf: bytes | None = None,
    *,
    letter_date: date | None = None,
    subject: str | None = None,
    recipient: str | None = None,
) -> CaseDetail:
    """Record a letter as sent, keeping `pdf` exactly (rendered now when None), and set
    the procedure date it stands for (see the module docstring). Returns the fresh case."""
    kind = letter_kind(kind)
    on = check_date(
        today() if letter_date is None else letter_date, "De briefdatum", field="letter_date"
    )
    if subject is not None:
        subject = check_text(subject, "Het onderwerp", field="subject", limit=300)
    if recipient is not None:
        recipient = check_text(recipient, "De geadresseerde", field="recipient", limit=200)
    if pdf is not None and not isinstance(pdf, bytes):
        raise ValidationError("De brief is geen PDF-bestand.", field="pdf")
    with db.unit() as session:
        case = load_case(session, case_id)
        settings = load_settings_in(session)
        who = actor(session, db.user)
        if pdf is None or subject is None:
            letter = render_in(session, case, kind, settings, login=db.user, letter_date=on)
            subject = subject or letter.subject
            pdf = letter.pdf if pdf is None else pdf
        letter = RenderedLetterPdf(
            pdf=pdf,
            subject=subject,
            recipient=recipient_of(case).name if recipient is None else recipient,
            filename=letter_filename(case.reference, kind),
            kind=kind,
            letter_date=on,
        )
        result = _record_in(session, case, letter, who, settings)
        assert result is not None
        log.info("letter %s recorded for %s", kind.value, case.reference)
        return result


def letter_pdf(db: Database, letter_id: int) -> bytes:
    """The stored PDF of a sent letter, byte for byte as it was sent."""
    letter_id = check_id(letter_id, "Het nummer van de brief", field="letter_id")
    with db.unit() as session:
        pdf = session.scalar(select(Letter.pdf).where(Letter.id == letter_id))
    if pdf is None:
        raise NotFoundError("Deze brief bestaat niet (meer).")
    return bytes(pdf)


def acknowledgements_due(db: Database) -> list[int]:
    """Cases at "Behandelaar toegewezen" without an acknowledgement letter, oldest first."""
    with db.unit() as session:
        sent = select(Letter.case_id).where(Letter.kind == LetterKind.ACKNOWLEDGEMENT)
        return list(
            session.scalars(
                select(Case.id)
                .where(
                    Case.status == CaseStatus.ASSIGNED,
                    Case.handler_id.is_not(None),
                    Case.id.not_in(sent),
                )
                .order_by(Case.received_on, Case.id)
            )
        )


def batch_acknowledgements(db: Database, *, record: bool) -> bytes:
    """Every acknowledgement due as one PDF; with `record` each is recorded as sent."""
    due = acknowledgements_due(db)
    if not due:
        raise DomainError("Er zijn geen ontvangstbevestigingen die nog verstuurd moeten worden.")
    return render_letters_pdf(db, due, LetterKind.ACKNOWLEDGEMENT, record=record)


def render_letters_pdf(
    db: Database, case_ids: Sequence[int], kind: LetterKind | str, *, record: bool = False,
    progress: BatchProgress | None = None,
) -> bytes:  # fmt: skip
    """One PDF with the letter of `kind` for each case, in order, built as one document;
    with `record`, each letter is recorded as sent with its own PDF (all in one
    transaction: all or none). `progress(letters_started)` returning False stops the
    build with `BatchCancelled`."""
    if not case_ids:
        raise DomainError("Er zijn geen klantreacties gekozen.")
    composed = _compose_batch(db, case_ids, letter_kind(kind), record=record)
    titles = [f"{ref} {letter.recipient}".strip() for ref, letter in composed]
    return build_letters_pdf(
        [letter.document for _ref, letter in composed], outline=titles, progress=progress
    )


def record_letters(db: Database, case_ids: Sequence[int], kind: LetterKind | str) -> None:
    """Record the letter of `kind` as sent for each case (one transaction), each with its
    own PDF, without building the batch PDF (it was printed already)."""
    if case_ids:
        _compose_batch(db, case_ids, letter_kind(kind), record=True)


def _compose_batch(
    db: Database, case_ids: Sequence[int], kind: LetterKind, *, record: bool
) -> list[tuple[str, ComposedLetter]]:
    on = today()
    out: list[tuple[str, ComposedLetter]] = []
    with db.unit() as session:
        settings = load_settings_in(session)
        template = template_in(session, kind)
        who = actor(session, db.user)
        loaded = _load_many(session, case_ids)
        for case_id in case_ids:
            case = loaded[case_id]
            letter = compose_in(
                session, case, kind, settings, login=db.user, letter_date=on, template=template
            )
            if record:
                pdf = build_letter_pdf(letter.document)
                _record_in(session, case, letter.with_pdf(pdf), who, settings, detail=False)
            out.append((case.reference, letter))
    return out


MAX_BATCH = 10_000  # a year's letters; a query takes ~32,000 parameters


def _load_many(session: Session, case_ids: Sequence[int]) -> dict[int, Case]:
    """Every case of a batch with what a letter needs, in a handful of queries in all
    (one query per relationship for the whole batch instead of eleven per case)."""
    case_ids = check_ids(case_ids, "De klantreacties", most=MAX_BATCH)
    rows = session.scalars(
        select(Case)
        .where(Case.id.in_(list(case_ids)))
        .options(
            selectinload(Case.extensions),
            selectinload(Case.pauses),
            selectinload(Case.improvements),
            selectinload(Case.informed),
            selectinload(Case.notes),
            selectinload(Case.letters),
            selectinload(Case.location),
            selectinload(Case.handler),
            selectinload(Case.service),
            selectinload(Case.category),
        )
    ).all()
    loaded = {case.id: case for case in rows}
    missing = [i for i in case_ids if i not in loaded]
    if missing:
        raise NotFoundError("Een van de gekozen klantreacties bestaat niet (meer).")
    return loaded


def suggested_kind(detail: CaseDetail) -> LetterKind:
    """The letter that fits the case's status now (the default in "Brief maken…")."""
    sent = {letter.kind for letter in detail.letters}
    status = detail.status
    if status in (CaseStatus.REGISTERED, CaseStatus.AWAITING_DIRECTOR, CaseStatus.ASSIGNED):
        return LetterKind.ACKNOWLEDGEMENT
    if status is CaseStatus.ACKNOWLEDGED:
        if any(e.notified_on is None for e in detail.extensions):
            return LetterKind.EXTENSION
        return (
            LetterKind.ACKNOWLEDGEMENT
            if LetterKind.ACKNOWLEDGEMENT not in sent
            else (LetterKind.JUDGMENT)
        )
    if status is CaseStatus.SOLUTION_PROPOSED:
        return LetterKind.JUDGMENT
    if status is CaseStatus.CLOSED and LetterKind.JUDGMENT not in sent:
        return LetterKind.JUDGMENT
    return LetterKind.SATISFACTION
