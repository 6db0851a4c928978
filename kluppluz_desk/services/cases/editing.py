"""Registering a case, editing it, and carrying it through the procedure."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain import procedure
from ...domain.access import Viewer, step_right
from ...domain.case_fields import CASE_FIELDS, clean_value
from ...domain.enums import Severity
from ...domain.errors import ConflictError, DomainError, NotFoundError, ValidationError
from ...domain.procedure import Step
from ...domain.today import today
from ...domain.values import check_date, check_int, check_text, describe
from ...store.models import Case, Category, Location, Service, Staff, TimelineNote
from ...store.types import utcnow
from .. import audit
from ..clocks import refresh_next_due
from ..database import Database
from ..dto import CaseDetail
from ..identity import actor
from ..settings import AppSettings, load_settings_in
from .law_view import require_closable
from .reopening import clean_reason, reopen_in
from .rules import check_whole_case
from .view import facts_of, load_case, to_detail

log = logging.getLogger(__name__)


def refuse_step(session: Session, step: Step) -> None:
    """The step check: a DomainError with the role's reason when the person the session
    works for (services/access) may not take `step` (domain.access.STEP_RIGHTS)."""
    viewer = session.info.get("viewer")
    if isinstance(viewer, Viewer):
        reason = viewer.why_not(step_right(step))
        if reason is not None:
            raise DomainError(reason)


_REF_MODELS: dict[str, type[Location] | type[Category] | type[Service] | type[Staff]] = {
    "location": Location,
    "category": Category,
    "service": Service,
    "staff": Staff,
}


def _clean(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(values, dict):
        raise ValidationError("De gegevens van de klantreactie zijn onleesbaar.", field="values")
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        spec = CASE_FIELDS.get(name) if isinstance(name, str) else None
        if spec is None:
            raise ValidationError(f"Onbekend veld {describe(name)}.", field=str(name))
        value = clean_value(spec, value)
        if spec.kind == "ref" and value is not None:
            model = _REF_MODELS[spec.ref or ""]
            if session.get(model, value) is None:
                raise ValidationError(f"{spec.label}: de gekozen waarde bestaat niet.", field=name)
        cleaned[name] = value
    return cleaned


def _display_ref(session: Session, name: str, value: Any) -> Any:
    spec = CASE_FIELDS.get(name)
    if spec is None or spec.kind != "ref" or value is None:
        return value
    record = session.get(_REF_MODELS[spec.ref or ""], value)
    return getattr(record, "name", value)


def next_number(session: Session, year: int) -> int:
    current = session.scalar(select(func.max(Case.number)).where(Case.year == year))
    return (current or 0) + 1


def register_case(db: Database, *, values: dict[str, Any]) -> CaseDetail:
    """Register a new reaction; `values` uses the field names of domain.case_fields."""
    for attempt in range(3):
        try:
            with db.unit() as session:
                return register_in(session, db.user, values)
        except ConflictError:
            raise
        except Exception as exc:  # a parallel registration took our number: try again
            if attempt == 2 or not isinstance(exc.__cause__, IntegrityError):
                raise
            log.info("reference taken by a parallel registration; retrying")
    raise AssertionError("unreachable")


def register_in(session: Session, login: str, values: dict[str, Any]) -> CaseDetail:
    """register_case inside a transaction the caller holds (intake adds the originals)."""
    data: dict[str, Any] = {
        "severity": Severity.NORMAL.value,
        "submitter_kind": "parent",
        "funding": "childcare",
    }
    if not isinstance(values, dict):
        raise ValidationError("De gegevens van de klantreactie zijn onleesbaar.", field="values")
    data.update(values)
    for required in ("received_on", "channel", "kind", "location_id"):
        data.setdefault(required, None)
    cleaned = _clean(session, data)
    if cleaned["received_on"] > today():
        raise ValidationError("De datum van ontvangst ligt in de toekomst.", field="received_on")
    settings = load_settings_in(session)
    who = actor(session, login)
    year = cleaned["received_on"].year
    if session.get_bind().dialect.name == "postgresql":
        # Serialise number allocation per year across every program on the server; SQLite
        # needs nothing here because its writers already queue (BEGIN IMMEDIATE).
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": 7_400_000 + year})
    number = next_number(session, year)
    case = Case(
        reference=f"{settings.reference_prefix}-{year}-{number:03d}",
        year=year,
        number=number,
        status=procedure.initial_status(cleaned["severity"]),
        created_by=who,
        **cleaned,
    )
    refresh_next_due(case, settings.deadlines)
    session.add(case)
    session.flush()
    audit.record(
        session,
        who=who,
        entity="case",
        field="created",
        old=None,
        new=case.reference,
        case_id=case.id,
        entity_id=case.id,
        case_version=case.version,
    )
    for name, value in cleaned.items():
        if value not in (None, ""):
            audit.record(
                session,
                who=who,
                entity="case",
                field=name,
                old=None,
                new=_display_ref(session, name, value),
                case_id=case.id,
                entity_id=case.id,
                case_version=case.version,
            )
    session.flush()
    return to_detail(session, case, settings)


def get_case(db: Database, case_id: int) -> CaseDetail:
    with db.unit() as session:
        case = load_case(session, case_id)
        if case.confidential and not db.read_only:
            # Who opened a confidential case is recorded (and shown in its history).
            audit.record_read(session, who=actor(session, db.user), case_id=case.id)
        return to_detail(session, case, load_settings_in(session))


def find_case_id(db: Database, reference: str) -> int:
    reference = check_text(reference, "Het kenmerk", field="reference", limit=100, strip=True)
    with db.unit() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    if case_id is None:
        raise NotFoundError(f"Klantreactie '{reference}' bestaat niet.")
    return case_id


_MAX_LISTED = 12
_MAX_LINE = 160


def _short(line: str) -> str:
    line = " ".join(line.split())
    return line if len(line) <= _MAX_LINE else line[: _MAX_LINE - 1] + "…"


def check_version(session: Session, case: Case, version: int) -> None:
    # Lock the row and read its committed version: on PostgreSQL two saves of one case both
    # passed the check and the later one failed at UPDATE without saying what changed; now
    # it waits for the first and names its changes. (SQLite's BEGIN IMMEDIATE already
    # serialises writers; SQLAlchemy leaves FOR UPDATE out there.)
    check_int(version, "De versie", field="version")
    current = session.scalar(select(Case.version).where(Case.id == case.id).with_for_update())
    if case.version != version or current != version:
        # one line per change, each cut short: a changed 20,000-character description
        # would otherwise fill the message twice over (old and new)
        changes = [_short(c) for c in audit.changes_since(session, case.id, version)]
        shown = changes[:_MAX_LISTED] + (
            [f"en nog {len(changes) - _MAX_LISTED} wijzigingen"]
            if len(changes) > _MAX_LISTED
            else []
        )
        listing = "\n".join(f"- {c}" for c in shown) or "- (onbekend)"
        raise ConflictError(
            f"{case.reference} is intussen door iemand anders gewijzigd:\n{listing}",
            changes=changes,
        )


def apply_changes(session: Session, case: Case, who: str, values: dict[str, Any]) -> list[str]:
    """Set cleaned values on the case, writing one audit entry per real change."""
    cleaned = _clean(session, values)
    changed = []
    target_version = case.version + 1
    for name, new in cleaned.items():
        old = getattr(case, name)
        if old == new:
            continue
        audit.record(
            session,
            who=who,
            entity="case",
            field=name,
            old=_display_ref(session, name, old),
            new=_display_ref(session, name, new),
            case_id=case.id,
            entity_id=case.id,
            case_version=target_version,
        )
        changed.append(name)
    # Set the values only after the lookups above, so no autoflush bumps the version midway.
    with session.no_autoflush:
        for name in changed:
            setattr(case, name, cleaned[name])
    if changed:
        check_whole_case(case, received_moved="received_on" in changed)
    return changed


def update_case(db: Database, *, case_id: int, version: int, values: dict[str, Any]) -> CaseDetail:
    """Save edited fields. `version` is the version the editor loaded; if someone else
    saved in between, a ConflictError lists what they changed and nothing is written."""
    with db.unit() as session:
        case = load_case(session, case_id)
        check_version(session, case, version)
        settings = load_settings_in(session)
        who = actor(session, db.user)
        if apply_changes(session, case, who, values):
            case.updated_at = utcnow()
            refresh_next_due(case, settings.deadlines)
            session.flush()
        return to_detail(session, case, settings)


_STEP_DATES: dict[Step, str] = {
    Step.ACKNOWLEDGE: "acknowledged_on",
    Step.PROPOSE_SOLUTION: "solution_proposed_on",
    Step.CLOSE: "closed_on",
    Step.CHECK_SATISFACTION: "satisfaction_checked_on",
    Step.RECORD_DIRECTOR_DECISION: "director_decided_on",
}


def perform_step(
    db: Database,
    *,
    case_id: int,
    version: int,
    step: Step,
    on: date | None = None,
    values: dict[str, Any] | None = None,
    reason: str = "",
) -> CaseDetail:
    """Take one procedure step, saving `values` (e.g. the solution text) with it. Reopening
    needs `reason` (services.cases.reopening); other steps ignore it."""
    with db.unit() as session:
        case = load_case(session, case_id)
        check_version(session, case, version)
        settings = load_settings_in(session)
        who = actor(session, db.user)
        return step_in(
            session, case, who, step, on or today(), values or {}, settings, reason=reason
        )


def step_in(
    session: Session,
    case: Case,
    who: str,
    step: Step,
    on: date,
    values: dict[str, Any],
    settings: AppSettings,
    *,
    reason: str = "",
) -> CaseDetail:
    """Take `step` inside an open session (for services that combine it with more work,
    such as recording the acknowledgement letter in the same transaction)."""
    if not isinstance(values, dict):
        raise ValidationError("De gegevens van deze stap zijn onleesbaar.", field="values")
    try:
        step = Step(step)
    except (ValueError, TypeError):
        raise ValidationError(f"Onbekende stap {describe(step)}.", field="step") from None
    refuse_step(session, step)  # before anything is changed: the role's reason first
    apply_changes(session, case, who, values)
    check_date(
        on,
        "De datum van deze stap",
        field="on",
        today=today(),
        not_before=case.received_on,
    )
    new_status = procedure.require(step, facts_of(case))
    if step is Step.CLOSE:
        require_closable(case)  # the reasoned judgment the regime asks for
    if step is Step.REOPEN:
        reason = clean_reason(reason)  # refused before anything changes
    old_status = case.status
    case.status = new_status
    audit.record(
        session,
        who=who,
        entity="case",
        field="status",
        old=old_status,
        new=new_status,
        case_id=case.id,
        entity_id=case.id,
        case_version=case.version + 1,
    )
    date_field = _STEP_DATES.get(step)
    if step is Step.REOPEN:
        reopen_in(session, case, who, on, reason)
    elif date_field is not None and not (
        step is Step.RECORD_DIRECTOR_DECISION and case.director_decided_on
    ):
        old = getattr(case, date_field)
        setattr(case, date_field, on)
        audit.record(
            session,
            who=who,
            entity="case",
            field=date_field,
            old=old,
            new=on,
            case_id=case.id,
            entity_id=case.id,
            case_version=case.version + 1,
        )
    case.notes.append(
        TimelineNote(author=who, text=f"Stap: {step.label} ({new_status.label})", is_system=True)
    )
    case.updated_at = utcnow()
    refresh_next_due(case, settings.deadlines)
    session.flush()
    return to_detail(session, case, settings)
