"""Records that belong to a case: timeline notes, who was informed, extensions, pauses,
improvement actions and escalations (attachments: attachments.py). Each call is one
transaction and leaves an audit entry."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ...domain import regimes, text_limits
from ...domain.enums import (
    EscalationBody,
    EscalationOutcome,
    ImprovementStatus,
    InformedRole,
)
from ...domain.errors import DomainError, NotFoundError, ValidationError
from ...domain.procedure import is_open
from ...domain.today import today
from ...domain.values import (
    check_date,
    check_id,
    check_int,
    check_text,
    describe,
    int_problem,
    optional_date,
)
from ...store.models import (
    Case,
    Escalation,
    Extension,
    ImprovementAction,
    Informed,
    Pause,
    Staff,
    TimelineNote,
)
from ...store.types import utcnow
from ..clocks import case_regime
from ..database import Database
from ..dto import CaseDetail
from ..identity import actor
from ..settings import load_settings_in
from .recording import finish as _finish
from .recording import log_change as _log
from .view import load_case

MAX_NOTE_LENGTH = text_limits.NOTE


def _text(value: str, label: str, *, required: bool = True, limit: int = MAX_NOTE_LENGTH) -> str:
    return check_text(value, label, limit=limit, required=required)


def _date(value: date, case: Case, label: str) -> date:
    return check_date(value, label, today=today(), not_before=case.received_on)


E = TypeVar("E", bound=StrEnum)


def _enum(cls: type[E], value: Any, label: str) -> E:
    try:
        return cls(value)
    except (ValueError, TypeError):
        raise ValidationError(
            f"{label}: onbekende waarde {describe(value)}.", field=label
        ) from None


def _staff(session: Session, staff_id: int | None, label: str, field: str) -> None:
    if staff_id is not None and session.get(Staff, check_id(staff_id, label, field=field)) is None:
        raise ValidationError(f"{label} bestaat niet.", field=field)


def add_note(db: Database, *, case_id: int, text: str, is_agreement: bool = False) -> CaseDetail:
    """Add a dated note (or an agreement) to the timeline."""
    if not isinstance(is_agreement, bool):
        raise ValidationError("Afspraak moet ja of nee zijn.", field="is_agreement")
    with db.unit() as session:
        case = load_case(session, case_id)
        who = actor(session, db.user)
        note = TimelineNote(author=who, text=_text(text, "Notitie"), is_agreement=is_agreement)
        case.notes.append(note)
        session.flush()
        _log(
            session,
            case,
            who,
            "note",
            note.id,
            "afspraak" if is_agreement else "notitie",
            None,
            note.text,
        )
        return _finish(session, case)


def record_informed(
    db: Database,
    *,
    case_id: int,
    role: InformedRole,
    informed_on: date,
    staff_id: int | None = None,
    note: str = "",
) -> CaseDetail:
    """Record that a manager or the director was told about the case."""
    with db.unit() as session:
        case = load_case(session, case_id)
        who = actor(session, db.user)
        _staff(session, staff_id, "De gekozen medewerker", "staff_id")
        item = Informed(
            role=_enum(InformedRole, role, "Rol"),
            staff_id=staff_id,
            informed_on=_date(informed_on, case, "Datum geïnformeerd"),
            note=_text(note, "Toelichting", required=False, limit=text_limits.INFORMED_NOTE),
        )
        case.informed.append(item)
        session.flush()
        _log(
            session,
            case,
            who,
            "informed",
            item.id,
            "geïnformeerd",
            None,
            f"{item.role.label} op {informed_on.strftime('%d-%m-%Y')}",
        )
        return _finish(session, case)


def add_extension(
    db: Database,
    *,
    case_id: int,
    days: int,
    reason: str,
    decided_on: date | None = None,
    notified_on: date | None = None,
    consent: bool = False,
) -> CaseDetail:
    """Extend the solution target and legal limit by `days`, with a reason, within the
    rules of the case's regime (Wkkgz: once, at most four weeks, notice before the first
    term ends; more only with the complainant's recorded `consent`)."""
    with db.unit() as session:
        case = load_case(session, case_id)
        if not is_open(case.status):
            raise DomainError("Een afgesloten klantreactie kan niet meer worden verlengd.")
        settings = load_settings_in(session)
        check_int(days, "Aantal dagen", field="days", low=-366, high=366)
        reason = _text(reason, "Reden", limit=text_limits.REASON)
        if not isinstance(consent, bool):
            raise ValidationError("Toestemming moet ja of nee zijn.", field="consent")
        regime = case_regime(case)
        decided = _date(decided_on or today(), case, "Datum besluit")
        if notified_on is not None:
            notified_on = _date(notified_on, case, "Datum indiener geïnformeerd")
        regimes.check_extension(
            settings.deadlines,
            regime,
            prior=[
                regimes.PriorExtension(e.days, e.decided_on, e.consent) for e in case.extensions
            ],
            new_days=days,
            reason=reason,
            decided_on=decided,
            notified_on=notified_on,
            first_term_ends=regimes.first_term_end(
                case.received_on, settings.deadlines, regime, sum(p.days for p in case.pauses)
            ),
            consent=consent,
        )
        who = actor(session, db.user)
        ext = Extension(
            days=days,
            reason=reason,
            decided_on=decided,
            notified_on=notified_on,
            author=who,
            consent=consent,
        )
        case.extensions.append(ext)
        case.updated_at = utcnow()
        session.flush()
        _log(
            session,
            case,
            who,
            "extension",
            ext.id,
            "verlenging",
            None,
            f"{days} dagen: {reason.strip()}" + (" (met instemming klager)" if consent else ""),
        )
        case.notes.append(
            TimelineNote(
                author=who,
                is_system=True,
                text=f"Termijn verlengd met {days} dagen: {reason.strip()}",
            )
        )
        return _finish(session, case)


def add_pause(db: Database, *, case_id: int, start_on: date, days: int, reason: str) -> CaseDetail:
    """Record that the clock stood still for `days` days (e.g. at the parent's request)."""
    with db.unit() as session:
        case = load_case(session, case_id)
        if not is_open(case.status):
            raise DomainError("Een afgesloten klantreactie kan niet worden gepauzeerd.")
        if int_problem(days, 1, 365) is not None:
            raise ValidationError("Een pauze duurt 1 tot 365 dagen.", field="days")
        who = actor(session, db.user)
        pause = Pause(
            start_on=_date(start_on, case, "Begin pauze"),
            days=days,
            reason=_text(reason, "Reden", limit=text_limits.REASON),
            author=who,
        )
        case.pauses.append(pause)
        case.updated_at = utcnow()
        session.flush()
        _log(
            session,
            case,
            who,
            "pause",
            pause.id,
            "pauze",
            None,
            f"{days} dagen vanaf {start_on.strftime('%d-%m-%Y')}: {reason.strip()}",
        )
        return _finish(session, case)


def add_improvement(
    db: Database,
    *,
    case_id: int,
    title: str,
    description: str = "",
    owner_id: int | None = None,
    due_on: date | None = None,
    started_on: date | None = None,
    parent_committee_involved: bool = False,
) -> CaseDetail:
    with db.unit() as session:
        case = load_case(session, case_id)
        who = actor(session, db.user)
        _staff(session, owner_id, "De gekozen eigenaar", "owner_id")
        action = ImprovementAction(
            title=_text(title, "Titel", limit=text_limits.IMPROVEMENT_TITLE),
            description=_text(
                description,
                "Omschrijving",
                required=False,
                limit=text_limits.IMPROVEMENT_DESCRIPTION,
            ),
            owner_id=owner_id,
            started_on=_date(started_on or today(), case, "Startdatum"),
            due_on=optional_date(due_on, "Streefdatum", field="due_on"),
            parent_committee_involved=bool(parent_committee_involved),
        )
        case.improvements.append(action)
        session.flush()
        _log(session, case, who, "improvement", action.id, "verbeteractie", None, action.title)
        return _finish(session, case)


def update_improvement(
    db: Database,
    *,
    improvement_id: int,
    status: ImprovementStatus | None = None,
    owner_id: int | None = None,
    due_on: date | None = None,
    parent_committee_involved: bool | None = None,
    clear_due_on: bool = False,
) -> CaseDetail:
    """Change what is given; None leaves a value as it is. `clear_due_on` empties the due
    date (when no new `due_on` is given)."""
    with db.unit() as session:
        action = session.get(ImprovementAction, check_id(improvement_id))
        if action is None:
            raise NotFoundError("Deze verbeteractie bestaat niet (meer).")
        case = load_case(session, action.case_id)
        who = actor(session, db.user)
        if status is not None:
            status = _enum(ImprovementStatus, status, "Status")
        if due_on is not None:
            due_on = check_date(due_on, "Streefdatum", field="due_on")
        if status is not None and status != action.status:
            _log(session, case, who, "improvement", action.id, "status", action.status, status)
            action.status = status
            action.done_on = today() if status is ImprovementStatus.DONE else None
        if owner_id is not None and owner_id != action.owner_id:
            owner = session.get(Staff, check_id(owner_id, "Eigenaar", field="owner_id"))
            if owner is None:
                raise ValidationError("De gekozen eigenaar bestaat niet.", field="owner_id")
            _log(
                session, case, who, "improvement", action.id, "eigenaar", action.owner_id, owner_id
            )
            # Through the relationship: the returned detail shows the new owner's name.
            action.owner = owner
        if due_on is not None and due_on != action.due_on:
            _log(session, case, who, "improvement", action.id, "streefdatum", action.due_on, due_on)
            action.due_on = due_on
        elif due_on is None and clear_due_on and action.due_on is not None:
            # Not None as the new value: the history would read it as "action removed".
            _log(session, case, who, "improvement", action.id, "streefdatum", action.due_on, "geen")
            action.due_on = None
        if parent_committee_involved is not None:
            action.parent_committee_involved = bool(parent_committee_involved)
        return _finish(session, case)


def add_escalation(
    db: Database, *, case_id: int, body: EscalationBody, submitted_on: date, note: str = ""
) -> CaseDetail:
    """The submitter went to the Klachtenloket, the Geschillencommissie or the AKJ."""
    with db.unit() as session:
        case = load_case(session, case_id)
        who = actor(session, db.user)
        item = Escalation(
            body=_enum(EscalationBody, body, "Instantie"),
            submitted_on=_date(submitted_on, case, "Datum escalatie"),
            note=_text(note, "Toelichting", required=False, limit=text_limits.ESCALATION_NOTE),
        )
        case.escalations.append(item)
        session.flush()
        _log(session, case, who, "escalation", item.id, "escalatie", None, item.body.label)
        return _finish(session, case)


def record_escalation_outcome(
    db: Database,
    *,
    escalation_id: int,
    outcome: EscalationOutcome,
    outcome_on: date | None,
    note: str | None = None,
) -> CaseDetail:
    with db.unit() as session:
        item = session.get(Escalation, check_id(escalation_id))
        if item is None:
            raise NotFoundError("Deze escalatie bestaat niet (meer).")
        case = load_case(session, item.case_id)
        who = actor(session, db.user)
        outcome = _enum(EscalationOutcome, outcome, "Uitkomst")
        if outcome_on is not None:
            check_date(
                outcome_on,
                "Datum uitspraak",
                field="outcome_on",
                today=today(),
                not_before=item.submitted_on,
                not_before_label="de indiening",
            )
        _log(
            session, case, who, "escalation", item.id, "uitkomst", item.outcome.label, outcome.label
        )
        item.outcome, item.outcome_on = outcome, outcome_on
        if note is not None:
            item.note = _text(
                note, "Toelichting", required=False, limit=text_limits.ESCALATION_NOTE
            )
        return _finish(session, case)
