"""Writing a checked register: all rows in one transaction, or none.

Each row becomes a case with the next reference of its year, the status its dates imply
(closed on a date → closed; acknowledged → acknowledged; else the first status) and a note
saying which file, sheet and line it came from. Locations and categories the mapping says
to create are created first, in the same transaction. Progress is reported and a cancel
request rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import procedure
from ...domain.enums import CaseStatus, Channel, FormOfAddress, Funding, ReactionKind, Severity
from ...domain.errors import KnownProblem, ValidationError
from ...domain.plural import plural, plural_word
from ...store.models import Case, Category, Location, Region, Service, TimelineNote
from .. import audit
from ..clocks import refresh_next_due
from ..database import Database
from ..identity import actor
from ..settings import load_settings_in
from .existing import NOTE_START, NUMBER_LABEL
from .mapping import RegisterMapping
from .validating import Preview, RowCheck

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MAX_PROBLEMS_SHOWN = 10


class ImportCancelled(KnownProblem):
    """The user stopped the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Het importeren is afgebroken. Er is niets geïmporteerd.")


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    created_locations: tuple[str, ...]
    created_categories: tuple[str, ...]
    first_reference: str = ""
    last_reference: str = ""
    already_present: int = 0  # rows skipped because they are a case already


def _form_of_address(values: dict[str, Any]) -> FormOfAddress | None:
    found = values.get("submitter_form_of_address")
    return FormOfAddress(found) if found else None


def describe_problems(preview: Preview) -> str:
    """One Dutch message naming the first rows with problems and how many there are."""
    bad = preview.with_problems
    lines = [f"Regel {row.line}: {'; '.join(row.problems)}" for row in bad[:MAX_PROBLEMS_SHOWN]]
    more = len(bad) - MAX_PROBLEMS_SHOWN
    if more > 0:
        lines.append(f"… en nog {plural(more, 'regel', 'regels')} met problemen.")
    return (
        f"{plural(len(bad), 'regel', 'regels')} van '{preview.file_name}' "
        f"{plural_word(len(bad), 'heeft', 'hebben')} problemen; er is niets "
        "geïmporteerd:\n" + "\n".join(lines)
    )


def import_preview(
    db: Database,
    preview: Preview,
    mapping: RegisterMapping,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Write every importable row of a preview without problems, in one transaction."""
    if preview.with_problems:
        raise ValidationError(describe_problems(preview))
    rows = preview.importable
    if not rows and preview.already_present:
        raise ValidationError(
            f"Alle regels van '{preview.file_name}' staan al in het programma "
            f"({len(preview.already_present)} al aanwezig); er is niets geïmporteerd."
        )
    if not rows:
        raise ValidationError(f"'{preview.file_name}' bevat geen regels om te importeren.")
    with db.unit() as session:
        return _write(session, db.user, preview, rows, mapping, progress, cancelled)


def _region_id(session: Session, mapping: RegisterMapping) -> int:
    query = select(Region.id).order_by(Region.id)
    if mapping.region:
        query = select(Region.id).where(func.lower(Region.name) == mapping.region.lower())
    region_id = session.scalar(query.limit(1))
    if region_id is None:
        raise ValidationError(
            "Er is geen regio om nieuwe locaties onder te zetten; maak eerst een regio aan "
            "(Beheer > Regio's)."
        )
    return region_id


def _create_master(
    session: Session, rows: list[RowCheck], mapping: RegisterMapping
) -> tuple[list[str], list[str]]:
    """Create the locations and categories the mapping says to create; fill in their ids."""
    made: dict[str, list[str]] = {"location": [], "category": []}
    ids: dict[tuple[str, str], int] = {}
    region_id: int | None = None
    for row in rows:
        for name in ("location", "category"):
            value = row.values.get(name)
            if value is None or value[0] is not None:
                continue
            label = value[1]
            key = (name, label.lower())
            if key not in ids:
                if name == "location":
                    region_id = region_id or _region_id(session, mapping)
                    record: Location | Category = Location(name=label, region_id=region_id)
                else:
                    record = Category(name=label)
                session.add(record)
                session.flush()
                ids[key] = record.id
                made[name].append(label)
            row.values[name] = (ids[key], label)
    return made["location"], made["category"]


def implied_status(values: dict[str, Any]) -> tuple[CaseStatus, Severity]:
    severity = Severity(values.get("severity") or "normal")
    if values.get("closed_on") is not None:
        return CaseStatus.CLOSED, severity
    if values.get("acknowledged_on") is not None:
        return CaseStatus.ACKNOWLEDGED, severity
    status = procedure.initial_status(severity)
    if status is CaseStatus.REGISTERED and values.get("handler"):
        # The register names who handles it: the handler has been assigned.
        return CaseStatus.ASSIGNED, severity
    return status, severity


def _note_text(preview: Preview, row: RowCheck) -> str:
    where = f"'{preview.file_name}'"
    if preview.sheet:
        where += f", werkblad '{preview.sheet}'"
    text = f"{NOTE_START}{where}, regel {row.line}."
    old = row.values.get("old_reference")
    if old:
        text += f" {NUMBER_LABEL}{old}."
    if row.values.get("closed_on") is not None:
        text += " Afgesloten volgens het register; geen tevredenheidscontrole gepland."
    return text


def _write(
    session: Session,
    login: str,
    preview: Preview,
    rows: list[RowCheck],
    mapping: RegisterMapping,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportResult:
    settings = load_settings_in(session)
    who = actor(session, login)
    locations, categories = _create_master(session, rows, mapping)
    numbers: dict[int, int] = {}
    made: list[Case] = []
    first = last = ""
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        if cancelled is not None and done % 200 == 0 and cancelled():
            raise ImportCancelled()
        values = row.values
        received: date = values["received_on"]
        year = received.year
        if year not in numbers:
            current = session.scalar(select(func.max(Case.number)).where(Case.year == year))
            numbers[year] = current or 0
        numbers[year] += 1
        status, severity = implied_status(values)
        category, handler, service = (values.get(n) for n in ("category", "handler", "service"))
        case = Case(
            reference=f"{settings.reference_prefix}-{year}-{numbers[year]:03d}",
            year=year,
            number=numbers[year],
            received_on=received,
            channel=Channel(values["channel"]),
            kind=ReactionKind(values["kind"]),
            severity=severity,
            status=status,
            funding=Funding(values.get("funding") or Funding.CHILDCARE),
            location_id=values["location"][0],
            category_id=category[0] if category else None,
            handler_id=handler[0] if handler else None,
            # The object, not only its id: the deadlines below follow the service's law.
            service=session.get(Service, service[0]) if service else None,
            submitter_name=values.get("submitter_name", ""),
            submitter_form_of_address=_form_of_address(values),
            submitter_email=values.get("submitter_email", ""),
            submitter_phone=values.get("submitter_phone", ""),
            child_name=values.get("child_name", ""),
            description=values.get("description", ""),
            public_summary=values.get("public_summary", ""),
            public_measure=values.get("public_measure", ""),
            acknowledged_on=values.get("acknowledged_on"),
            closed_on=values.get("closed_on"),
            created_by=who,
        )
        case.notes.append(TimelineNote(author=who, text=_note_text(preview, row), is_system=True))
        if status is CaseStatus.CLOSED:
            # A register's closed case is history: no satisfaction check is due any more.
            case.next_due_on, case.next_due_clock = None, None
        else:
            refresh_next_due(case, settings.deadlines)
        session.add(case)
        made.append(case)
        first = first or case.reference
        last = case.reference
        if done % 500 == 0:
            session.flush()
            if progress is not None:
                progress(done, total)
    session.flush()
    _audit_created(session, who, made)
    if progress is not None:
        progress(total, total)
    return ImportResult(total, len(preview.skipped), tuple(locations), tuple(categories),
                        first, last, len(preview.already_present))  # fmt: skip


def _audit_created(session: Session, who: str, cases: list[Case]) -> None:
    """One audit line per new case ("created", with its reference), like a registration."""
    for case in cases:
        audit.record(session, who=who, entity="case", field="created", old=None,
                     new=case.reference, case_id=case.id, entity_id=case.id,
                     case_version=case.version)  # fmt: skip
