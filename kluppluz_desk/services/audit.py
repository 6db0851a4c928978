"""The append-only audit trail, and its readable form for the Historie tab (every feature
records its changes here; `identity.actor` names who made them)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.case_fields import CASE_FIELDS, field_label
from ..domain.enums import CaseStatus, ImprovementStatus
from ..store.models import AuditEntry, Case
from ..store.types import utcnow

# A confidential case reopened by the same person within this time is one reading: the
# editor reloads a case after every stored record, which would flood the history.
READ_AGAIN_AFTER = timedelta(minutes=15)


def to_text(value: Any) -> str:
    """Store values as text: enums by value, dates ISO, None as empty."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def record(
    session: Session,
    *,
    who: str,
    entity: str,
    field: str,
    old: Any,
    new: Any,
    case_id: int | None = None,
    entity_id: int | None = None,
    case_version: int | None = None,
) -> None:
    session.add(
        AuditEntry(
            case_id=case_id,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=to_text(old),
            new_value=to_text(new),
            who=who,
            case_version=case_version,
        )
    )


def record_read(session: Session, *, who: str, case_id: int, what: str = "geopend") -> None:
    """Who read a confidential case, and how (AVG accountability): appended to the same
    trail as the changes, so it is kept append-only and shown in the case's history."""
    since = utcnow() - READ_AGAIN_AFTER
    recent = session.scalar(
        select(AuditEntry.id)
        .where(AuditEntry.case_id == case_id, AuditEntry.entity == "read",
               AuditEntry.who == who, AuditEntry.new_value == what, AuditEntry.at >= since)
        .limit(1)
    )  # fmt: skip
    if recent is None:
        record(session, who=who, entity="read", field="read", old="", new=what,
               case_id=case_id, entity_id=case_id)  # fmt: skip


def record_confidential_reads(
    session: Session, *, who: str, case_ids: Iterable[int] | None, what: str
) -> int:
    """A read entry for every confidential case among `case_ids` (None: every case) that
    a letter, dossier or export carried out of the program; returns how many."""
    query = select(Case.id).where(Case.confidential.is_(True))
    wanted = None if case_ids is None else set(case_ids)
    found = [i for i in session.scalars(query) if wanted is None or i in wanted]
    for case_id in found:
        record_read(session, who=who, case_id=case_id, what=what)
    return len(found)


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    who: str
    text: str
    entity: str
    field: str
    old_value: str
    new_value: str


_ENTITY_LABELS = {
    "note": "Notitie",
    "letter": "Brief",
    "extension": "Verlenging",
    "pause": "Pauze",
    "informed": "Geïnformeerd",
    "improvement": "Verbeteractie",
    "escalation": "Escalatie",
    "attachment": "Bijlage",
    "dossier": "Dossier",
    "letter_template": "Briefsjabloon",
    "report": "Jaarverslag",
}


# Properties of a record (changed, possibly from or to nothing); any other field names the
# record as a whole, which is added or removed.
_PROPERTY_FIELDS = frozenset({"status", "eigenaar", "streefdatum", "uitkomst", "notified_on"})
_PROPERTY_LABELS = {"notified_on": "indiener geïnformeerd op"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _display(field: str, raw: str) -> str:
    if raw == "":
        return "(leeg)"
    if _ISO_DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw).strftime("%d-%m-%Y")
        except ValueError:
            return raw
    spec = CASE_FIELDS.get(field)
    if spec is not None and spec.enum is not None:
        try:
            return spec.enum(raw).label  # type: ignore[attr-defined,no-any-return]
        except ValueError:
            return raw
    if field == "status":
        for enum_cls in (CaseStatus, ImprovementStatus):
            try:
                return enum_cls(raw).label
            except ValueError:
                continue
        return raw
    if spec is not None and spec.kind == "date" or field.endswith("_on"):
        try:
            return date.fromisoformat(raw).strftime("%d-%m-%Y")
        except ValueError:
            return raw
    if len(raw) > 80:
        return raw[:77] + "…"
    return raw


def describe(entry: AuditEntry) -> str:
    """Dutch sentence: "Behandelaar gewijzigd van A naar B"."""
    if entry.entity == "case":
        label = field_label(entry.field)
        if entry.field == "created":
            return f"Klantreactie geregistreerd ({entry.new_value})"
        if entry.old_value == "":
            return f"{label} ingevuld: {_display(entry.field, entry.new_value)}"
        if entry.new_value == "":
            return f"{label} gewist (was {_display(entry.field, entry.old_value)})"
        return (
            f"{label} gewijzigd van {_display(entry.field, entry.old_value)} "
            f"naar {_display(entry.field, entry.new_value)}"
        )
    if entry.entity == "read":
        return f"Vertrouwelijke zaak ingezien ({entry.new_value})"
    label = _ENTITY_LABELS.get(entry.entity, entry.entity)
    # A record as a whole (a note, an attachment, …) is added or removed; a property of a
    # record (an action's status or due date) is changed, possibly from or to nothing.
    if entry.field not in _PROPERTY_FIELDS:
        if entry.old_value == "":
            return f"{label} toegevoegd: {_display(entry.field, entry.new_value)}"
        if entry.new_value == "":
            return f"{label} verwijderd: {_display(entry.field, entry.old_value)}"
    name = _PROPERTY_LABELS.get(entry.field, entry.field)
    old, new = _display(entry.field, entry.old_value), _display(entry.field, entry.new_value)
    return f"{label}: {name} gewijzigd van {old} naar {new}"


def history_in(session: Session, case_id: int) -> list[HistoryLine]:
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
    ).all()
    return [
        HistoryLine(
            at=e.at,
            who=e.who,
            text=describe(e),
            entity=e.entity,
            field=e.field,
            old_value=e.old_value,
            new_value=e.new_value,
        )
        for e in entries
    ]


def changes_since(session: Session, case_id: int, version: int) -> list[str]:
    """Readable list of what others changed after `version` (for the conflict message)."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.case_id == case_id, AuditEntry.case_version > version)
        .order_by(AuditEntry.id)
    ).all()
    return [f"{describe(e)} (door {e.who})" for e in entries]
