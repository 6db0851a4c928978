"""A customer reaction ("klantreactie") and everything recorded with it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ...domain.deadlines import Clock
from ...domain.enums import (
    CaseStatus,
    Channel,
    EscalationBody,
    EscalationOutcome,
    FormOfAddress,
    Funding,
    ImprovementStatus,
    InformedRole,
    LetterKind,
    ReactionKind,
    SatisfactionOutcome,
    Severity,
    SubmitterKind,
)
from ...domain.judgment import Verdict
from ...domain.regimes import Regime
from ..types import UTCDateTime, str_enum, utcnow
from .base import Base
from .master import Category, Location, Service, Staff


class Case(Base):
    """One registered customer reaction.

    `version` is SQLAlchemy's version counter: a save based on an outdated copy fails
    instead of silently overwriting someone else's work. `next_due_on`/`next_due_clock`
    are kept up to date by the services so the case list can sort and filter in SQL.
    """

    __tablename__ = "case_record"
    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_case_year_number"),
        Index("ix_case_status_next_due", "status", "next_due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel))
    kind: Mapped[ReactionKind] = mapped_column(str_enum(ReactionKind), index=True)
    severity: Mapped[Severity] = mapped_column(str_enum(Severity), default=Severity.NORMAL)
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus), index=True)
    funding: Mapped[Funding] = mapped_column(str_enum(Funding), default=Funding.CHILDCARE)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)

    # Submitter and child: personal data, never in public documents.
    submitter_kind: Mapped[SubmitterKind] = mapped_column(
        str_enum(SubmitterKind), default=SubmitterKind.PARENT
    )
    submitter_name: Mapped[str] = mapped_column(String(200), default="")
    # Mevrouw / de heer for the letters' salutation; NULL: unknown, addressed neutrally.
    submitter_form_of_address: Mapped[FormOfAddress | None] = mapped_column(str_enum(FormOfAddress))
    submitter_address: Mapped[str] = mapped_column(String(300), default="")
    submitter_postcode: Mapped[str] = mapped_column(String(20), default="")
    submitter_city: Mapped[str] = mapped_column(String(100), default="")
    submitter_email: Mapped[str] = mapped_column(String(200), default="")
    submitter_phone: Mapped[str] = mapped_column(String(50), default="")
    child_name: Mapped[str] = mapped_column(String(200), default="")
    child_birth_date: Mapped[date | None] = mapped_column(Date)

    description: Mapped[str] = mapped_column(Text, default="")
    public_summary: Mapped[str] = mapped_column(Text, default="")
    public_measure: Mapped[str] = mapped_column(Text, default="")

    director_decision: Mapped[str] = mapped_column(Text, default="")
    director_decided_on: Mapped[date | None] = mapped_column(Date)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    solution_text: Mapped[str] = mapped_column(Text, default="")
    solution_proposed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    closure_text: Mapped[str] = mapped_column(Text, default="")
    satisfaction_outcome: Mapped[SatisfactionOutcome | None] = mapped_column(
        str_enum(SatisfactionOutcome)
    )
    satisfaction_note: Mapped[str] = mapped_column(Text, default="")
    satisfaction_checked_on: Mapped[date | None] = mapped_column(Date)
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    # NULL: the regime follows from funding and service (domain.regimes); set by hand only
    # with a reason (audited).
    regime: Mapped[Regime | None] = mapped_column(str_enum(Regime))
    regime_reason: Mapped[str] = mapped_column(Text, default="")
    # Wet kinderopvang: the concrete term within which the measures will be taken.
    measures_due_on: Mapped[date | None] = mapped_column(Date)
    # Seen only by K&V, the director and the staff named on it (domain/access.py).
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential_reason: Mapped[str] = mapped_column(String(30), default="")

    next_due_on: Mapped[date | None] = mapped_column(Date, index=True)
    next_due_clock: Mapped[Clock | None] = mapped_column(str_enum(Clock))

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(150), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}

    location: Mapped[Location] = relationship()
    service: Mapped[Service | None] = relationship()
    category: Mapped[Category | None] = relationship()
    handler: Mapped[Staff | None] = relationship()
    informed: Mapped[list[Informed]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Informed.informed_on"
    )
    notes: Mapped[list[TimelineNote]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="TimelineNote.created_at"
    )
    letters: Mapped[list[Letter]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Letter.created_at"
    )
    extensions: Mapped[list[Extension]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Extension.id"
    )
    pauses: Mapped[list[Pause]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Pause.id"
    )
    improvements: Mapped[list[ImprovementAction]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ImprovementAction.id"
    )
    escalations: Mapped[list[Escalation]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Escalation.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    judgment_parts: Mapped[list[JudgmentPart]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="JudgmentPart.position"
    )


class _CaseChild:
    """Columns every record belonging to a case has."""

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_record.id", ondelete="CASCADE"), index=True
    )


class Informed(_CaseChild, Base):
    """Who was told about the case, when (e.g. the director, for a serious case)."""

    __tablename__ = "informed"

    role: Mapped[InformedRole] = mapped_column(str_enum(InformedRole))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    informed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="informed")
    staff: Mapped[Staff | None] = relationship()


class TimelineNote(_CaseChild, Base):
    """A dated note or agreement in the handling of a case."""

    __tablename__ = "timeline_note"

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(150))
    text: Mapped[str] = mapped_column(Text)
    is_agreement: Mapped[bool] = mapped_column(Boolean, default=False)
    is_system: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="notes")


class Letter(_CaseChild, Base):
    """A letter as it was sent: the exact PDF is kept."""

    __tablename__ = "letter"

    kind: Mapped[LetterKind] = mapped_column(str_enum(LetterKind))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(150))
    letter_date: Mapped[date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    case: Mapped[Case] = relationship(back_populates="letters")


class Extension(_CaseChild, Base):
    """An extension of the solution target and legal limit, with its reason."""

    __tablename__ = "extension"

    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(150), default="")
    # Wkkgz: a second or longer extension needs the complainant's consent, recorded here.
    consent: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="extensions")


class Pause(_CaseChild, Base):
    """A period in which the clock stood still (e.g. the parent asked to wait)."""

    __tablename__ = "pause"

    start_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(150), default="")

    case: Mapped[Case] = relationship(back_populates="pauses")


class ImprovementAction(_CaseChild, Base):
    """An organisation-wide improvement started from a case."""

    __tablename__ = "improvement_action"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[ImprovementStatus] = mapped_column(
        str_enum(ImprovementStatus), default=ImprovementStatus.PLANNED
    )
    started_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    parent_committee_involved: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="improvements")
    owner: Mapped[Staff | None] = relationship()


class Escalation(_CaseChild, Base):
    """The submitter went to an external body: Klachtenloket, Geschillencommissie or AKJ."""

    __tablename__ = "escalation"

    body: Mapped[EscalationBody] = mapped_column(str_enum(EscalationBody))
    submitted_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[EscalationOutcome] = mapped_column(
        str_enum(EscalationOutcome), default=EscalationOutcome.PENDING
    )
    outcome_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="escalations")


class Attachment(_CaseChild, Base):
    """An original e-mail or scanned letter, stored in the database."""

    __tablename__ = "attachment"

    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(150), default="")
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    # The Message-ID of an e-mail taken in as a case: the same message twice is noticed.
    message_id: Mapped[str | None] = mapped_column(String(500), index=True)

    case: Mapped[Case] = relationship(back_populates="attachments")


class JudgmentPart(_CaseChild, Base):
    """One part of a complaint: what it is about, the verdict and its reasoning
    (domain.judgment: the reasoned judgment as data)."""

    __tablename__ = "judgment_part"

    position: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300))
    verdict: Mapped[Verdict] = mapped_column(str_enum(Verdict))
    reasoning: Mapped[str] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="judgment_parts")


class AuditEntry(Base):
    """Append-only record of one change: what, old value, new value, who, when.

    No foreign key to the case on purpose: the trail outlives whatever it describes.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    case_version: Mapped[int | None] = mapped_column(Integer)
    who: Mapped[str] = mapped_column(String(150))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
