"""The privacy guard of the annual report: every public text of the year (the wizard's
texts, the appendix, the improvement actions) scanned for the personal data the database
knows of, each hit with the acceptance K&V gave it. The report is not made while a hit is
neither fixed nor accepted (`PrivacyBlocked`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from ...domain.access import Right
from ...domain.errors import DomainError
from ...domain.privacy import KnownPersonalData, PrivacyHit, PublicText, scan_public_texts
from ...store.models import Case, ExternalBody, ImprovementAction, Location, Region, Staff
from ..access import require
from ..database import Database
from ..settings import load_settings_in
from .appendix import AppendixCase, appendix_cases_in
from .draft import AcceptedHit, DraftContent, load_draft_in
from .figures import check_year

TEXTS_REFERENCE = "Jaarverslag"
FIELD_LABELS = {
    "public_summary": "Openbare samenvatting",
    "public_measure": "Maatregel",
    "improvement": "Verbeteractie",
    "introduction": "Inleiding",
    "handling": "Afhandeling",
    "external_bodies": "Externe instanties",
    "insights": "Inzichten",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


@dataclass(frozen=True)
class ReviewedHit:
    hit: PrivacyHit
    accepted: AcceptedHit | None = None


class PrivacyBlocked(DomainError):
    """The report still holds personal data that K&V has not accepted."""

    def __init__(self, year: int, hits: list[PrivacyHit]) -> None:
        self.year = year
        self.hits = hits
        super().__init__(
            f"Het jaarverslag {year} bevat nog persoonsgegevens. Pas de teksten aan of geef "
            "aan waarom een gegeven mag blijven:\n" + "\n".join(describe_hit(h) for h in hits)
        )


def describe_hit(hit: PrivacyHit) -> str:
    return f"{hit.reference} – {field_label(hit.field)}: {hit.kind} '{hit.snippet}'"


def _distinct(session: Session, column: Any, where: Any) -> tuple[str, ...]:
    values = session.scalars(select(column).where(where, column != "").distinct()).all()
    return tuple(sorted(str(v) for v in values if v and str(v).strip()))


def known_personal_data_in(session: Session, year: int) -> KnownPersonalData:
    """The submitters' and children's data of the reactions received in the year before,
    the year itself and the year after: a family of a neighbouring year may be named in
    this year's texts. Older data is mostly erased by the retention rules, and indexing
    every name the database ever held costs seconds per ten thousand people."""
    near = Case.year.between(year - 1, year + 1)
    births = session.scalars(
        select(Case.child_birth_date).where(near, Case.child_birth_date.is_not(None)).distinct()
    ).all()
    return KnownPersonalData(
        submitter_names=_distinct(session, Case.submitter_name, near),
        child_names=_distinct(session, Case.child_name, near),
        emails=_distinct(session, Case.submitter_email, near),
        phones=_distinct(session, Case.submitter_phone, near),
        addresses=_distinct(session, Case.submitter_address, near),
        postcodes=_distinct(session, Case.submitter_postcode, near),
        birth_dates=tuple(sorted(d for d in births if d is not None)),
        staff_names=_distinct(session, Staff.name, true()),
    )


def allowed_contacts_in(session: Session) -> list[str]:
    """Public contact details that may appear: the organisation's, the external bodies',
    the GGDs' and the locations' addresses."""
    org = load_settings_in(session).organisation
    allowed = [org.phone, org.email, org.website, org.address, org.postcode_city]
    for body in session.scalars(select(ExternalBody)).all():
        allowed += [body.website, body.email, body.phone, body.address]
    for region in session.scalars(select(Region)).all():
        allowed += [region.ggd_email, region.ggd_address]
    allowed += session.scalars(select(Location.address)).all()
    return [a for a in allowed if a and a.strip()]


def public_texts_in(
    session: Session, year: int, content: DraftContent, cases: list[AppendixCase] | None = None
) -> list[PublicText]:
    """`cases`: the year's `appendix_cases_in`, when the caller has them already."""
    texts = [
        PublicText(TEXTS_REFERENCE, name, getattr(content.texts, name))
        for name in ("introduction", "handling", "external_bodies", "insights")
    ]
    if cases is None:
        cases = appendix_cases_in(session, year)
    for case in (c for c in cases if not c.confidential):
        texts.append(PublicText(case.reference, "public_summary", case.summary))
        texts.append(PublicText(case.reference, "public_measure", case.measure))
    first, last = date(year, 1, 1), date(year, 12, 31)
    improvements = session.execute(
        select(Case.reference, ImprovementAction.title)
        .join(Case, Case.id == ImprovementAction.case_id)
        .where(ImprovementAction.started_on.between(first, last))
        .order_by(ImprovementAction.started_on, ImprovementAction.id)
    ).all()
    texts += [PublicText(ref, "improvement", title) for ref, title in improvements]
    return [t for t in texts if t.text.strip()]


def review_in(
    session: Session, year: int, content: DraftContent, cases: list[AppendixCase] | None = None
) -> list[ReviewedHit]:
    hits = scan_public_texts(
        public_texts_in(session, year, content, cases),
        known_personal_data_in(session, year),
        allowed_contacts_in(session),
    )
    return [ReviewedHit(hit, content.is_accepted(hit)) for hit in hits]


def privacy_review(db: Database, year: int) -> list[ReviewedHit]:
    """Every hit with the acceptance K&V gave it (None: still to fix or accept)."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        return review_in(session, year, load_draft_in(session, year).content)


def privacy_hits(db: Database, year: int) -> list[PrivacyHit]:
    """Every piece of personal data found in the year's public texts (accepted or not)."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    return [reviewed.hit for reviewed in privacy_review(db, year)]
