"""The annual report "Jaarverslag klantreacties <year>": from the database and the year's
draft to the public PDF, with the privacy guard in between.

- `compute_figures` / `year_overview` (figures.py): the year's figures.
- `load_draft` / `save_draft` / `accept_hit` / `record_distribution`
  (draft.py): what K&V enters in the wizard.
- `appendix_cases`: every reaction of the year as the appendix shows it, with what the
  wizard needs to edit it (through `services.cases.update_case`).
- `privacy_review` / `privacy_hits`: personal data found in the public texts.
- `build_report_data`, `render_report` (build only) and `generate_report` (build and store).

Same data gives the same PDF, byte for byte: every query has a total order and the
document is built with ReportLab's `invariant` mode.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ...documents.report.annual import build_annual_report_pdf
from ...documents.report.data import (
    AppendixEntry,
    AppendixLocation,
    ExternalBodyContact,
    ReportData,
)
from ...domain.access import Right
from ...domain.enums import OPEN_STATUSES, CaseStatus, EscalationBody
from ...domain.errors import DomainError
from ...domain.privacy import KnownPersonalData, PrivacyHit, PublicText, scan_public_texts
from ...domain.values import check_date
from ...store.models import (
    Case,
    Category,
    ExternalBody,
    ImprovementAction,
    Location,
    Region,
    ReportDraft,
    Staff,
)
from ...store.types import utcnow
from .. import audit
from ..access import require
from ..database import Database
from ..identity import actor
from ..settings import load_settings_in, logo_in_use
from .confidential import report_scope
from .draft import (
    ENTITY,
    AcceptedHit,
    Distribution,
    DraftContent,
    LoadedDraft,
    accept_hit,
    load_draft,
    load_draft_in,
    previous_organisation,
    record_distribution,
    save_draft,
)
from .figures import (
    NO_CATEGORY,
    YearOverview,
    check_year,
    compute_figures,
    is_required_in,
    overview_in,
    year_overview,
)

log = logging.getLogger(__name__)

__all__ = [
    "AcceptedHit", "AppendixCase", "Distribution", "DraftContent", "LoadedDraft",
    "PrivacyBlocked", "ReviewedHit", "YearOverview", "YearStatus", "accept_hit",
    "appendix_cases", "build_report_data", "compute_figures", "field_label",
    "generate_report", "load_draft", "previous_organisation", "privacy_hits",
    "privacy_review", "record_distribution", "render_report", "report_pdf", "report_years",
    "save_draft", "year_overview",
]  # fmt: skip

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
OPEN_SUMMARY = "De klantreactie is nog in behandeling; een samenvatting volgt."
NO_SUMMARY = "Er is geen openbare samenvatting vastgelegd."
OPEN_MEASURE = "Nog in behandeling."
WITHDRAWN_MEASURE = "De indiener heeft de klantreactie ingetrokken."


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


@dataclass(frozen=True)
class AppendixCase:
    """One reaction in the appendix, with what the wizard needs to edit it."""

    case_id: int
    version: int
    reference: str
    location: str
    received_on: date
    status: CaseStatus
    category_id: int | None
    category: str
    summary: str
    measure: str
    confidential: bool = False

    def entry(self) -> AppendixEntry:
        """What the public reads; empty texts get a neutral sentence, never a blank."""
        open_case = self.status in OPEN_STATUSES
        summary = self.summary.strip() or (OPEN_SUMMARY if open_case else NO_SUMMARY)
        measure = self.measure.strip()
        if self.status == CaseStatus.WITHDRAWN:
            # Withdrawn reactions stay in the report (they were received), marked as such.
            measure = f"{measure} {WITHDRAWN_MEASURE}".strip()
        elif not measure and open_case:
            measure = OPEN_MEASURE
        return AppendixEntry(self.category, summary, measure)


@dataclass(frozen=True)
class ReviewedHit:
    hit: PrivacyHit
    accepted: AcceptedHit | None = None


@dataclass(frozen=True)
class YearStatus:
    """One line of the report page's overview."""

    year: int
    reactions: int
    required: bool
    drafted: bool
    generated_at: datetime | None
    distributed: bool


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


def appendix_cases_in(session: Session, year: int) -> list[AppendixCase]:
    rows = session.execute(
        select(
            Case.id, Case.version, Case.reference, Location.name, Case.received_on, Case.status,
            Case.category_id, Category.name, Case.public_summary, Case.public_measure,
            Case.confidential,
        )
        .join(Location, Location.id == Case.location_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(Case.year == year)
        .order_by(Location.name, Case.received_on, Case.id)
    ).all()  # fmt: skip
    return [
        AppendixCase(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            CaseStatus(r[5]),
            r[6],
            r[7] or NO_CATEGORY,
            r[8] or "",
            r[9] or "",
            bool(r[10]),
        )  # fmt: skip
        for r in rows
    ]


def appendix_cases(db: Database, year: int) -> list[AppendixCase]:
    """The year's reactions ordered by location, then date of receipt."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        return appendix_cases_in(session, year)


def group_appendix(cases: Iterable[AppendixCase]) -> tuple[AppendixLocation, ...]:
    # A confidential case is never described: not even its location (confidential.py).
    groups: dict[str, list[AppendixEntry]] = {}
    for case in cases:
        if case.confidential:
            continue
        groups.setdefault(case.location, []).append(case.entry())
    return tuple(AppendixLocation(name, tuple(entries)) for name, entries in groups.items())


def _external_bodies(session: Session) -> tuple[ExternalBodyContact, ...]:
    order = {body: i for i, body in enumerate(EscalationBody)}
    bodies = sorted(session.scalars(select(ExternalBody)).all(),
                    key=lambda b: (order.get(b.code, 99), b.id))  # fmt: skip
    return tuple(ExternalBodyContact(b.name, b.website, b.email, b.phone) for b in bodies)


def report_data_in(
    session: Session, year: int, draft: DraftContent | None = None,
    overview: YearOverview | None = None,
) -> ReportData:  # fmt: skip
    settings = load_settings_in(session)
    report_scope(session)
    overview = overview or overview_in(session, year)
    cases = appendix_cases_in(session, year)
    content = draft or load_draft_in(session, year, overview).content
    organisation = settings.organisation
    return ReportData(
        year=year,
        organisation_name=organisation.name,
        texts=content.texts,
        figures=overview.figures,
        external_bodies=_external_bodies(session),
        appendix=group_appendix(cases),
        confidential_reactions=sum(c.confidential for c in cases),
        organisation_figures=content.organisation,
        previous_year=overview.previous,
        legally_required=overview.legally_required,
        logo_png=logo_in_use(organisation),
        department=organisation.department,
    )


def build_report_data(db: Database, year: int) -> ReportData:
    """Figures, the saved draft (or its defaults) and the appendix, ready for the PDF."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        return report_data_in(session, year)


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


def public_texts_in(session: Session, year: int, content: DraftContent) -> list[PublicText]:
    texts = [
        PublicText(TEXTS_REFERENCE, name, getattr(content.texts, name))
        for name in ("introduction", "handling", "external_bodies", "insights")
    ]
    for case in (c for c in appendix_cases_in(session, year) if not c.confidential):
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


def review_in(session: Session, year: int, content: DraftContent) -> list[ReviewedHit]:
    hits = scan_public_texts(
        public_texts_in(session, year, content),
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


def render_report(db: Database, year: int) -> bytes:
    """The PDF from the saved draft (or the defaults), without storing it. Raises
    PrivacyBlocked while a hit is neither fixed nor accepted."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        # The year's figures once: the default texts and the report both need them.
        overview = overview_in(session, year)
        content = load_draft_in(session, year, overview).content
        open_hits = [r.hit for r in review_in(session, year, content) if r.accepted is None]
        data = report_data_in(session, year, content, overview)
    if open_hits:
        raise PrivacyBlocked(year, open_hits)
    return build_annual_report_pdf(data)


def generate_report(db: Database, year: int) -> bytes:
    """Build the PDF (see `render_report`) and store it with the time it was made."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    pdf = render_report(db, year)
    with db.unit() as session:
        row = session.get(ReportDraft, year)
        if row is None:
            content = load_draft_in(session, year).content
            row = ReportDraft(year=year, content=content.to_json())
            session.add(row)
        row.pdf = pdf
        row.generated_at = utcnow()
        row.updated_at = row.generated_at
        audit.record(session, who=actor(session, db.user), entity=ENTITY, entity_id=year,
                     field="generated", old=None, new=f"{len(pdf)} bytes")  # fmt: skip
    log.info("annual report %s generated (%d bytes)", year, len(pdf))
    return pdf


def report_pdf(db: Database, year: int) -> bytes | None:
    """The stored PDF of the year, if one was generated."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        return session.scalar(select(ReportDraft.pdf).where(ReportDraft.year == year))


def report_years(db: Database, current: date) -> list[YearStatus]:
    """Every year with reactions or a draft, plus last year, newest first."""
    current = check_date(current, "De datum van vandaag", field="current")
    with db.unit() as session:
        counts = dict(
            session.execute(select(Case.year, func.count(Case.id)).group_by(Case.year)).all()
        )
        drafts = {d.year: d for d in session.scalars(select(ReportDraft)).all()}
        years = sorted(set(counts) | set(drafts) | {current.year - 1}, reverse=True)
        out = []
        for year in years:
            draft = drafts.get(year)
            distributed = False
            if draft is not None:
                dist = load_draft_in(session, year).content.distribution
                distributed = (
                    bool(dist.ggd)
                    and all(dist.ggd.values())
                    and bool(dist.management and dist.parent_committee)
                )
            out.append(YearStatus(
                year, int(counts.get(year, 0)), is_required_in(session, year), draft is not None,
                draft.generated_at if draft else None, distributed,
            ))  # fmt: skip
        return out
