"""The year's annual report draft: what K&V enters in the wizard, stored as JSON in
`ReportDraft.content`, with an optimistic version like a case.

Content (format 1):

    {"format": 1,
     "organisation": {"trajectories": int|null, "unique_children": int|null,
                      "school_assessments": int|null},
     "texts": {"introduction": str, "handling": str, "external_bodies": str, "insights": str},
     "accepted": [{"reference", "field", "kind", "snippet", "reason", "who", "at"}],
     "distribution": {"ggd": {<region name>: "YYYY-MM-DD" | null},
                      "management": "YYYY-MM-DD" | null,
                      "parent_committee": "YYYY-MM-DD" | null},
     "wizard_page": str}

The appendix is not in the draft: its texts are the cases' own public summary and measure,
edited through `services.cases.update_case` (one source of truth, the case's audit trail
shows every change, and the privacy guard checks exactly what the case holds).

A year without a stored draft gets defaults: the texts of last year's draft where there is
one (the handling text only when it still names the current terms), else the texts of
`report_texts`; the insights are always written fresh from the year's figures, because
last year's would state last year's numbers.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.report.data import OrganisationFigures, ReportTexts
from ...domain.access import Right
from ...domain.errors import ConflictError, ValidationError
from ...domain.privacy import PrivacyHit
from ...domain.text_limits import PUBLIC_TEXT
from ...domain.values import check_int, check_text, optional_date
from ...store.models import Location, Region, ReportDraft
from ...store.types import utcnow
from .. import audit
from ..access import require
from ..database import Database
from ..identity import actor
from ..settings import load_settings_in
from .figures import YearOverview, check_year, overview_in
from .texts import default_texts, insights_text

log = logging.getLogger(__name__)

FORMAT = 1
ENTITY = "report"


@dataclass(frozen=True)
class AcceptedHit:
    """A privacy hit K&V decided may stay in the public text, and why."""

    reference: str
    field: str
    kind: str
    snippet: str
    reason: str
    who: str = ""
    at: str = ""

    def matches(self, hit: PrivacyHit) -> bool:
        return (self.reference, self.field, self.kind, self.snippet) == (
            hit.reference, hit.field, hit.kind, hit.snippet,
        )  # fmt: skip


@dataclass(frozen=True)
class Distribution:
    """Who received or discussed the report, and when (None: not yet)."""

    ggd: dict[str, date | None] = field(default_factory=dict)
    management: date | None = None
    parent_committee: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ggd": {name: _iso(day) for name, day in sorted(self.ggd.items())},
            "management": _iso(self.management),
            "parent_committee": _iso(self.parent_committee),
        }


@dataclass(frozen=True)
class DraftContent:
    organisation: OrganisationFigures = field(default_factory=OrganisationFigures)
    texts: ReportTexts = field(default_factory=ReportTexts)
    accepted: tuple[AcceptedHit, ...] = ()
    distribution: Distribution = field(default_factory=Distribution)
    wizard_page: str = ""

    def to_json(self) -> str:
        org = self.organisation
        data = {
            "format": FORMAT,
            "organisation": {
                "trajectories": org.trajectories,
                "unique_children": org.unique_children,
                "school_assessments": org.school_assessments,
            },
            "texts": {
                "introduction": self.texts.introduction,
                "handling": self.texts.handling,
                "external_bodies": self.texts.external_bodies,
                "insights": self.texts.insights,
            },
            "accepted": [a.__dict__ for a in self.accepted],
            "distribution": self.distribution.to_json(),
            "wizard_page": self.wizard_page,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)

    def is_accepted(self, hit: PrivacyHit) -> AcceptedHit | None:
        return next((a for a in self.accepted if a.matches(hit)), None)


@dataclass(frozen=True)
class LoadedDraft:
    """A draft as stored (`version` 0: nothing stored yet, these are the defaults)."""

    year: int
    content: DraftContent
    version: int = 0
    generated_at: datetime | None = None
    has_pdf: bool = False


def check_content(draft: Any) -> DraftContent:
    """A draft as a caller gives it, checked with the shared value rules: texts, figures
    (whole numbers from 0, or None) and distribution dates."""
    if not isinstance(draft, DraftContent):
        raise ValidationError("Het concept van het jaarverslag is onleesbaar.", field="draft")
    org = draft.organisation
    if not isinstance(org, OrganisationFigures) or not isinstance(draft.texts, ReportTexts):
        raise ValidationError("Het concept van het jaarverslag is onleesbaar.", field="draft")
    for name in ("trajectories", "unique_children", "school_assessments"):
        value = getattr(org, name)
        if value is not None:
            check_int(value, f"Het aantal ({name})", field=name, low=0, high=2**31)
    for name in ReportTexts.__dataclass_fields__:
        check_text(getattr(draft.texts, name), f"De tekst ({name})", field=name,
                   limit=PUBLIC_TEXT * 5)  # fmt: skip
    check_text(draft.wizard_page, "De wizardpagina", field="wizard_page", limit=100)  # fmt: skip
    for hit in draft.accepted:
        if not isinstance(hit, AcceptedHit):
            raise ValidationError("Een geaccepteerde vondst is onleesbaar.", field="accepted")
        for name in AcceptedHit.__dataclass_fields__:
            check_text(getattr(hit, name), "Een geaccepteerde vondst", field="accepted",
                       limit=PUBLIC_TEXT)  # fmt: skip
    check_distribution(draft.distribution)
    return draft


def check_distribution(distribution: Any) -> Distribution:
    if not isinstance(distribution, Distribution) or not isinstance(distribution.ggd, dict):
        raise ValidationError("De verspreiding van het verslag is onleesbaar.",
                              field="distribution")  # fmt: skip
    for name, day in distribution.ggd.items():
        check_text(name, "De regio", field="ggd", limit=300, required=True)
        optional_date(day, f"De datum voor de GGD {name}", field="ggd")
    optional_date(distribution.management, "De datum van de directie", field="management")
    optional_date(distribution.parent_committee, "De datum van de oudercommissie",
                  field="parent_committee")  # fmt: skip
    return distribution


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        log.warning("report draft: %r is not an ISO date", value)
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def parse_content(raw: str) -> DraftContent:
    """Lenient: a missing or unreadable part keeps its default (and is logged)."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        log.warning("report draft content is not valid JSON; using defaults")
        data = {}
    if not isinstance(data, dict):
        data = {}
    org = data.get("organisation") or {}
    texts = data.get("texts") or {}
    dist = data.get("distribution") or {}
    raw_ggd = dist.get("ggd")
    ggd: dict[str, Any] = raw_ggd if isinstance(raw_ggd, dict) else {}
    accepted = []
    for item in data.get("accepted") or []:
        try:
            accepted.append(AcceptedHit(**{k: str(v) for k, v in item.items()}))
        except TypeError:
            log.warning("report draft: unreadable accepted hit %r", item)
    return DraftContent(
        organisation=OrganisationFigures(
            _int(org.get("trajectories")),
            _int(org.get("unique_children")),
            _int(org.get("school_assessments")),
        ),
        texts=ReportTexts(**{k: str(texts.get(k, "")) for k in ReportTexts.__dataclass_fields__}),
        accepted=tuple(accepted),
        distribution=Distribution(
            ggd={str(k): _date(v) for k, v in ggd.items()},
            management=_date(dist.get("management")),
            parent_committee=_date(dist.get("parent_committee")),
        ),
        wizard_page=str(data.get("wizard_page", "")),
    )


def report_regions_in(session: Session) -> list[str]:
    """The regions whose GGD gets the report: those with locations (else all regions)."""
    with_locations = session.scalars(
        select(Region.name).where(Region.id.in_(select(Location.region_id))).order_by(Region.name)
    ).all()
    return list(with_locations) or list(session.scalars(select(Region.name).order_by(Region.name)))


def _with_regions(content: DraftContent, regions: list[str]) -> DraftContent:
    ggd = {name: content.distribution.ggd.get(name) for name in regions}
    # A region renamed or removed since keeps its recorded date: it was sent.
    ggd.update({k: v for k, v in content.distribution.ggd.items() if k not in ggd and v})
    return replace(content, distribution=replace(content.distribution, ggd=ggd))


def _defaults_in(session: Session, year: int, overview: YearOverview | None = None) -> DraftContent:
    settings = load_settings_in(session)
    overview = overview or overview_in(session, year)
    required = overview.legally_required
    texts = default_texts(settings.organisation.name, settings.deadlines, required)
    last = session.get(ReportDraft, year - 1)
    if last is not None:
        previous = parse_content(last.content).texts
        d = settings.deadlines
        terms = (f"{d.acknowledgement_days} dagen", f"{d.solution_days} dagen")
        # Last year's opening may promise the GGD a report before 1 June: not in a year
        # that owes none.
        keeps_duty = required or "1 juni" not in previous.introduction
        texts = ReportTexts(
            introduction=(previous.introduction if keeps_duty else "") or texts.introduction,
            handling=(
                previous.handling
                if previous.handling and all(t in previous.handling for t in terms)
                else texts.handling
            ),
            external_bodies=previous.external_bodies or texts.external_bodies,
            insights=texts.insights,
        )
    texts = replace(texts, insights=insights_text(overview, settings.organisation.name))
    return DraftContent(texts=texts)


def load_draft_in(session: Session, year: int, overview: YearOverview | None = None) -> LoadedDraft:
    year = check_year(year)
    row = session.get(ReportDraft, year)
    regions = report_regions_in(session)
    if row is None:
        return LoadedDraft(year, _with_regions(_defaults_in(session, year, overview), regions))
    has_pdf = bool(
        session.scalar(select(ReportDraft.pdf.is_not(None)).where(ReportDraft.year == year))
    )
    return LoadedDraft(
        year,
        _with_regions(parse_content(row.content), regions),
        row.version,
        row.generated_at,
        has_pdf,
    )


def load_draft(db: Database, year: int) -> LoadedDraft:
    """The stored draft of `year`, or the defaults (version 0) when there is none."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    with db.unit() as session:
        return load_draft_in(session, year)


def previous_organisation(db: Database, year: int) -> OrganisationFigures:
    """Last year's hand-entered figures, shown beside this year's in the wizard."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        row = session.get(ReportDraft, year - 1)
        return parse_content(row.content).organisation if row else OrganisationFigures()


def row_for_update(session: Session, year: int, version: int) -> ReportDraft:
    """The draft row to change, created when `version` is 0; a ConflictError when someone
    else saved (or started) this year's draft after `version` was read."""
    year = check_year(year)
    check_int(version, "De versie", field="version", low=0, high=2**31)
    row = session.get(ReportDraft, year)
    if row is None and version == 0:
        row = ReportDraft(year=year, content="{}")
        session.add(row)
        return row
    if row is None or row.version != version:
        raise ConflictError(
            f"Het jaarverslag {year} is intussen door iemand anders opgeslagen. Open de "
            "wizard opnieuw om met de nieuwste versie verder te gaan."
        )
    return row


def save_draft(db: Database, year: int, draft: DraftContent, version: int) -> LoadedDraft:
    """Store the draft; `version` is the one loaded (0 for a new draft). Returns the
    stored draft with its new version."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    check_content(draft)
    with db.unit() as session:
        row = row_for_update(session, year, version)
        row.content = draft.to_json()
        row.updated_at = utcnow()
        session.flush()
        return load_draft_in(session, year)


def accept_hit(db: Database, year: int, hit: PrivacyHit, reason: str, version: int) -> LoadedDraft:
    """Let `hit` stay in the public text for `reason`; logged and in the audit trail."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    reason = check_text(reason, "De reden", field="reason", limit=PUBLIC_TEXT, strip=True)
    if not reason:
        raise ValidationError("Geef aan waarom dit gegeven in het verslag mag blijven.",
                              field="reason")  # fmt: skip
    if not isinstance(hit, PrivacyHit):
        raise ValidationError("De vondst is onleesbaar.", field="hit")
    for name in ("reference", "field", "kind", "snippet"):
        check_text(getattr(hit, name), "De vondst", field="hit", limit=PUBLIC_TEXT)  # fmt: skip
    with db.unit() as session:
        row = row_for_update(session, year, version)
        content = parse_content(row.content) if row.content != "{}" else _defaults_in(session, year)
        who = actor(session, db.user)
        accepted = AcceptedHit(hit.reference, hit.field, hit.kind, hit.snippet, reason.strip(),
                               who, utcnow().isoformat(timespec="seconds"))  # fmt: skip
        kept = tuple(a for a in content.accepted if not a.matches(hit))
        row.content = replace(content, accepted=(*kept, accepted)).to_json()
        row.updated_at = utcnow()
        audit.record(
            session, who=who, entity=ENTITY, entity_id=year, field="privacy_accepted",
            old=None, new=f"{hit.reference} ({hit.field}, {hit.kind}): {reason.strip()}",
        )  # fmt: skip
        log.info("report %s: privacy hit in %s %s accepted by %s", year, hit.reference,
                 hit.field, who)  # fmt: skip
        session.flush()
        return load_draft_in(session, year)


def record_distribution(
    db: Database, year: int, distribution: Distribution, version: int
) -> LoadedDraft:
    """Store who received or discussed the report when; each change is audited."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    check_distribution(distribution)
    with db.unit() as session:
        row = row_for_update(session, year, version)
        content = parse_content(row.content) if row.content != "{}" else _defaults_in(session, year)
        who = actor(session, db.user)
        old = content.distribution
        changes = [(f"ggd/{name}", old.ggd.get(name), day)
                   for name, day in distribution.ggd.items()]  # fmt: skip
        changes += [
            ("management", old.management, distribution.management),
            ("parent_committee", old.parent_committee, distribution.parent_committee),
        ]
        for name, before, after in changes:
            if before != after:
                audit.record(session, who=who, entity=ENTITY, entity_id=year,
                             field=f"distribution/{name}", old=before, new=after)  # fmt: skip
        row.content = replace(content, distribution=distribution).to_json()
        row.updated_at = utcnow()
        session.flush()
        return load_draft_in(session, year)
