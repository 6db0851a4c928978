"""Records that belong to a case: timeline notes, who was informed, extensions, pauses,
improvement actions and escalations (attachments: attachments.py). Each call is one
transaction and leaves an audit entry."""

from __future__ import annotations

from datetime import date

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
    value = (value or "").replace("\x00", "")
    if required and not value.strip():
        raise ValidationError(f"{label} is verplicht.", field=label)
    if len(value) > limit:
        raise ValidationError(
            f"{label} is te lang (ten hoogste {limit:,} tekens).".replace(",", "."), field=label
        )
    return value


def _date(value: date, case: Case, label: str) -> date:
    if value < case.received_on:
        raise ValidationError(f"{label} ligt vóór de datum van ontvangst.", field=label)
    if value > today():
        raise ValidationError(f"{label} ligt in de toekomst.", field=label)
    return value


def add_note(db: Database, *, case_id: int, text: str, is_agreement: bool = False) -> CaseDetail:
    """Add a dated note (or an agreement) to the timeline."""
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
        if staff_id is not None and session.get(Staff, staff_id) is None:
            raise ValidationError("De gekozen medewerker bestaat niet.", field="staff_id")
        item = Informed(
            role=InformedRole(role),
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
        regime = case_regime(case)
        decided = decided_on or today()
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
            reason=_text(reason, "Reden", limit=text_limits.REASON),
            decided_on=_date(decided, case, "Datum besluit"),
            notified_on=(
                _date(notified_on, case, "Datum indiener geïnformeerd") if notified_on else None
            ),
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
        if not 1 <= days <= 365:
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
        if owner_id is not None and session.get(Staff, owner_id) is None:
            raise ValidationError("De gekozen eigenaar bestaat niet.", field="owner_id")
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
            due_on=due_on,
            parent_committee_involved=parent_committee_involved,
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
        action = session.get(ImprovementAction, improvement_id)
        if action is None:
            raise NotFoundError("Deze verbeteractie bestaat niet (meer).")
        case = load_case(session, action.case_id)
        who = actor(session, db.user)
        if status is not None and status != action.status:
            _log(session, case, who, "improvement", action.id, "status", action.status, status)
            action.status = ImprovementStatus(status)
            action.done_on = today() if status is ImprovementStatus.DONE else None
        if owner_id is not None and owner_id != action.owner_id:
            owner = session.get(Staff, owner_id)
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
            action.parent_committee_involved = parent_committee_involved
        return _finish(session, case)


def add_escalation(
    db: Database, *, case_id: int, body: EscalationBody, submitted_on: date, note: str = ""
) -> CaseDetail:
    """The submitter went to the Klachtenloket, the Geschillencommissie or the AKJ."""
    with db.unit() as session:
        case = load_case(session, case_id)
        who = actor(session, db.user)
        item = Escalation(
            body=EscalationBody(body),
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
        item = session.get(Escalation, escalation_id)
        if item is None:
            raise NotFoundError("Deze escalatie bestaat niet (meer).")
        case = load_case(session, item.case_id)
        who = actor(session, db.user)
        outcome = EscalationOutcome(outcome)
        if outcome_on is not None and outcome_on < item.submitted_on:
            raise ValidationError("De uitspraak ligt vóór de indiening.", field="outcome_on")
        _log(
            session, case, who, "escalation", item.id, "uitkomst", item.outcome.label, outcome.label
        )
        item.outcome, item.outcome_on = outcome, outcome_on
        if note is not None:
            item.note = _text(
                note, "Toelichting", required=False, limit=text_limits.ESCALATION_NOTE
            )
        return _finish(session, case)
