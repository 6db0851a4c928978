"""The whole case as one confidential PDF dossier (AVG right of access, or for the
Geschillencommissie): the case fields, the timeline, the letters sent with their stored
PDFs as appendices, and the change history.

Making a dossier is itself written to the audit trail (who, when, why), because it hands
personal data out of the program.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.dossier import (
    DossierData,
    DossierEvent,
    DossierField,
    DossierLetter,
    DossierSection,
    build_dossier_pdf,
)
from ...documents.letters.templates import dutch_date
from ...domain.case_fields import CASE_FIELDS
from ...domain.errors import ValidationError
from ...domain.today import today
from ...domain.values import check_text
from ...store.models import Case, Letter
from .. import audit
from ..cases.view import load_case
from ..clocks import case_deadlines
from ..database import Database
from ..identity import actor
from ..settings import load_settings_in
from .context import letterhead_of
from .dossier_law import judgment_section

log = logging.getLogger(__name__)

# Why a dossier is made (key → the Dutch text printed on it and kept in the audit trail).
DOSSIER_PURPOSES: dict[str, str] = {
    "access": "Op verzoek van de indiener (inzage in het dossier)",
    "committee": "Voor de Geschillencommissie Kinderopvang",
    "akj": "Voor het AKJ of het Klachtenloket Kinderopvang",
    "internal": "Voor intern gebruik (Kwaliteit & Veiligheid)",
}

_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Klantreactie", ("received_on", "channel", "kind", "severity", "funding", "location_id",
                      "service_id", "category_id", "handler_id")),
    ("Indiener en kind", ("submitter_kind", "submitter_name", "submitter_address",
                          "submitter_postcode", "submitter_city", "submitter_email",
                          "submitter_phone", "child_name", "child_birth_date")),
    ("Inhoud", ("description", "director_decision", "director_decided_on")),
    ("Afhandeling", ("solution_text", "closure_text", "public_summary", "public_measure",
                     "satisfaction_outcome", "satisfaction_note", "withdraw_reason")),
)  # fmt: skip


def _local(value: datetime) -> datetime:
    # Stored in UTC; the dossier shows the reader's local time.
    return value.astimezone() if value.tzinfo else value


def _display(case: Case, name: str) -> str:
    spec = CASE_FIELDS[name]
    if spec.kind == "ref":
        record = getattr(case, name.removesuffix("_id"), None)
        return str(getattr(record, "name", "")) if record is not None else ""
    value: Any = getattr(case, name)
    if value is None:
        return ""
    if spec.kind == "enum":
        return str(value.label)
    if isinstance(value, date):
        return dutch_date(value)
    return str(value)


def _sections(case: Case, settings_deadlines: Any) -> tuple[DossierSection, ...]:
    sections = [
        DossierSection(
            title,
            tuple(DossierField(CASE_FIELDS[n].label, _display(case, n)) for n in names),
        )
        for title, names in _SECTIONS
    ]
    deadlines = case_deadlines(case, settings_deadlines)
    dates = [
        ("Status", case.status.label),
        ("Ontvangst bevestigd op", case.acknowledged_on),
        ("Oplossing voorgesteld op", case.solution_proposed_on),
        ("Afgesloten op", case.closed_on),
        ("Tevredenheid geverifieerd op", case.satisfaction_checked_on),
        ("Uiterlijk oplossing", deadlines.solution),
        ("Wettelijke termijn tot", deadlines.legal),
    ]
    dates += [
        (f"Verlenging {e.days} dagen", f"{e.reason.strip()} (besloten {dutch_date(e.decided_on)})")
        for e in case.extensions
    ]
    dates += [(f"Pauze {p.days} dagen", p.reason.strip()) for p in case.pauses]
    dates += [
        (e.body.label, f"{e.outcome.label}, ingediend {dutch_date(e.submitted_on)}")
        for e in case.escalations
    ]
    dates += [(f"Verbeteractie ({a.status.label})", a.title) for a in case.improvements]
    fields = tuple(
        DossierField(label, dutch_date(v) if isinstance(v, date) else (v or ""))
        for label, v in dates
    )
    sections.insert(1, DossierSection("Verloop en termijnen", fields))
    return tuple(sections)


def _letters(session: Session, case: Case) -> tuple[DossierLetter, ...]:
    rows = session.execute(
        select(Letter.letter_date, Letter.kind, Letter.subject, Letter.pdf)
        .where(Letter.case_id == case.id)
        .order_by(Letter.created_at, Letter.id)
    ).all()
    return tuple(DossierLetter(r.letter_date, r.kind.label, r.subject, r.pdf) for r in rows)


def case_dossier_pdf(db: Database, case_id: int, purpose: str) -> bytes:
    """The dossier of one case as PDF; `purpose` says why it was made (e.g. "Op verzoek
    van de indiener") and is printed on it and written to the audit trail."""
    purpose = " ".join(check_text(purpose, "Het doel van het dossier", field="purpose",
                                  limit=10_000).split())  # fmt: skip
    if len(purpose) > 300:
        raise ValidationError("Het doel van het dossier is te lang.", field="purpose")
    with db.unit() as session:
        case = load_case(session, case_id)
        settings = load_settings_in(session)
        who = actor(session, db.user)
        audit.record(session, who=who, entity="dossier", field="dossier", old=None,
                     new=purpose or "dossier samengesteld", case_id=case.id,
                     case_version=case.version)  # fmt: skip
        if case.confidential:
            audit.record_read(session, who=who, case_id=case.id, what="dossier gemaakt")
        session.flush()
        data = DossierData(
            letterhead=letterhead_of(settings.organisation),
            reference=case.reference,
            created_on=today(),
            purpose=purpose,
            sections=(
                *_sections(case, settings.deadlines),
                judgment_section(case, settings),
            ),
            timeline=tuple(
                DossierEvent(_local(n.created_at), n.author, n.text) for n in case.notes
            ),
            letters=_letters(session, case),
            history=tuple(
                DossierEvent(_local(h.at), h.who, h.text)
                for h in audit.history_in(session, case.id)
            ),
        )
    log.info("dossier made for %s", case.reference)
    return build_dossier_pdf(data)
