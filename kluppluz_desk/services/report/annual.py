"""The annual report "Jaarverslag klantreacties <year>": from the database and the year's
draft to the public PDF, with the privacy guard in between.

- `compute_figures` / `year_overview` (figures.py): the year's figures.
- `load_draft` / `save_draft` / `accept_hit` / `record_distribution`
  (draft.py): what K&V enters in the wizard.
- `appendix_cases` (appendix.py): every reaction of the year as the appendix shows it,
  with what the wizard needs to edit it (through `services.cases.update_case`).
- `privacy_review` / `privacy_hits` (privacy_guard.py): personal data found in the public
  texts.
- `build_report_data`, `render_report` (build only) and `generate_report` (build and store).

Same data gives the same PDF, byte for byte: every query has a total order and the
document is built with ReportLab's `invariant` mode.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...documents.report.annual import ReportCancelled, build_annual_report_pdf
from ...documents.report.data import ExternalBodyContact, ReportData
from ...domain.access import Right
from ...domain.enums import EscalationBody
from ...domain.errors import KnownProblem
from ...domain.values import check_date
from ...store.models import Case, ExternalBody, ReportDraft
from ...store.types import utcnow
from .. import audit
from ..access import require
from ..database import Database
from ..identity import actor
from ..settings import load_settings_in, logo_in_use
from .appendix import AppendixCase, appendix_cases, appendix_cases_in, group_appendix
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
    YearOverview,
    check_year,
    compute_figures,
    is_required_in,
    overview_in,
    year_overview,
)
from .privacy_guard import (
    TEXTS_REFERENCE,
    PrivacyBlocked,
    ReviewedHit,
    describe_hit,
    field_label,
    privacy_hits,
    privacy_review,
    review_in,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = [
    "AcceptedHit", "AppendixCase", "Distribution", "DraftContent", "LoadedDraft",
    "PrivacyBlocked", "ReportStopped", "ReviewedHit", "YearOverview", "YearStatus", "accept_hit",
    "appendix_cases", "build_report_data", "compute_figures", "field_label",
    "generate_report", "load_draft", "previous_organisation", "privacy_hits",
    "privacy_review", "record_distribution", "render_report", "report_pdf", "report_years",
    "save_draft", "year_overview", "TEXTS_REFERENCE", "describe_hit", "appendix_cases_in",
]  # fmt: skip


@dataclass(frozen=True)
class YearStatus:
    """One line of the report page's overview."""

    year: int
    reactions: int
    required: bool
    drafted: bool
    generated_at: datetime | None
    distributed: bool


def _external_bodies(session: Session) -> tuple[ExternalBodyContact, ...]:
    order = {body: i for i, body in enumerate(EscalationBody)}
    bodies = sorted(session.scalars(select(ExternalBody)).all(),
                    key=lambda b: (order.get(b.code, 99), b.id))  # fmt: skip
    return tuple(ExternalBodyContact(b.name, b.website, b.email, b.phone) for b in bodies)


def report_data_in(
    session: Session, year: int, draft: DraftContent | None = None,
    overview: YearOverview | None = None, cases: list[AppendixCase] | None = None,
) -> ReportData:  # fmt: skip
    settings = load_settings_in(session)
    report_scope(session)
    overview = overview or overview_in(session, year)
    if cases is None:
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


class ReportStopped(KnownProblem):
    """The person stopped the report while it was made; nothing was stored."""

    def __init__(self) -> None:
        super().__init__("Het maken van het jaarverslag is afgebroken. Er is niets opgeslagen.")


def render_report(
    db: Database, year: int, *, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:  # fmt: skip
    """The PDF from the saved draft (or the defaults), without storing it. Raises
    PrivacyBlocked while a hit is neither fixed nor accepted. `progress(done, total)`
    follows the layout of the PDF; `cancelled()` returning True stops it with
    `ReportStopped`."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        # The year's figures once: the default texts and the report both need them.
        overview = overview_in(session, year)
        content = load_draft_in(session, year, overview).content
        # The appendix's reactions once: the privacy guard reads the same texts.
        cases = appendix_cases_in(session, year)
        reviewed = review_in(session, year, content, cases)
        open_hits = [r.hit for r in reviewed if r.accepted is None]
        data = report_data_in(session, year, content, overview, cases)
    if open_hits:
        raise PrivacyBlocked(year, open_hits)
    if cancelled is not None and cancelled():
        raise ReportStopped

    def laid_out(done: int, total: int) -> bool:
        if progress is not None:
            progress(done, total)
        return cancelled is None or not cancelled()

    watched = None if progress is None and cancelled is None else laid_out
    try:
        return build_annual_report_pdf(data, watched)
    except ReportCancelled:
        raise ReportStopped from None


def generate_report(
    db: Database, year: int, *, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:  # fmt: skip
    """Build the PDF (see `render_report`) and store it with the time it was made. A stop
    (`cancelled`) comes before anything is stored."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    pdf = render_report(db, year, progress=progress, cancelled=cancelled)
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
