"""Plain data handed to the UI and the documents: no ORM objects leave the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..domain.deadlines import CaseDeadlines, Clock
from ..domain.enums import (
    CaseStatus,
    EscalationBody,
    EscalationOutcome,
    ImprovementStatus,
    InformedRole,
    LetterKind,
)
from ..domain.judgment import JudgmentPartData
from ..domain.procedure import Step
from ..domain.regimes import Regime
from .audit import HistoryLine


@dataclass(frozen=True)
class NoteView:
    id: int
    created_at: datetime
    author: str
    text: str
    is_agreement: bool
    is_system: bool


@dataclass(frozen=True)
class InformedView:
    id: int
    role: InformedRole
    staff_id: int | None
    staff_name: str
    informed_on: date
    note: str


@dataclass(frozen=True)
class LetterView:
    id: int
    kind: LetterKind
    created_at: datetime
    letter_date: date
    author: str
    recipient: str
    subject: str


@dataclass(frozen=True)
class ExtensionView:
    id: int
    days: int
    reason: str
    decided_on: date
    notified_on: date | None
    author: str
    consent: bool = False


@dataclass(frozen=True)
class PauseView:
    id: int
    start_on: date
    days: int
    reason: str
    author: str


@dataclass(frozen=True)
class ImprovementView:
    id: int
    title: str
    description: str
    owner_id: int | None
    owner_name: str
    status: ImprovementStatus
    started_on: date
    due_on: date | None
    done_on: date | None
    parent_committee_involved: bool


@dataclass(frozen=True)
class EscalationView:
    id: int
    body: EscalationBody
    submitted_on: date
    outcome: EscalationOutcome
    outcome_on: date | None
    note: str


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    mime_type: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class LawView:
    """The complaint regime of a case and its reasoned judgment (domain.regimes/judgment)."""

    regime: Regime
    derived_regime: Regime  # what funding and service give; differs when chosen by hand
    regime_reason: str
    judgment: list[JudgmentPartData]
    measures_due_on: date | None
    first_term_ends: date  # the Wkkgz notice of an extension is due by this day
    # Wkkgz, running, no extension yet: the notice clock (domain.regimes); else None.
    extension_notice_due: date | None = None

    @property
    def chosen_by_hand(self) -> bool:
        return self.regime is not self.derived_regime or bool(self.regime_reason)


@dataclass(frozen=True)
class CaseDetail:
    """Everything the editor shows of one case."""

    id: int
    reference: str
    version: int
    status: CaseStatus
    fields: dict[str, Any]  # every editable field by name (see domain.case_fields)
    acknowledged_on: date | None
    solution_proposed_on: date | None
    closed_on: date | None
    satisfaction_checked_on: date | None
    created_at: datetime
    created_by: str
    deadlines: CaseDeadlines
    next_due_on: date | None
    next_due_clock: Clock | None
    next_step: Step | None
    steps: dict[Step, list[str]]  # reasons against each step (empty: allowed)
    location_name: str = ""
    handler_name: str = ""
    category_name: str = ""
    informed: list[InformedView] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)
    letters: list[LetterView] = field(default_factory=list)
    extensions: list[ExtensionView] = field(default_factory=list)
    pauses: list[PauseView] = field(default_factory=list)
    improvements: list[ImprovementView] = field(default_factory=list)
    escalations: list[EscalationView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    history: list[HistoryLine] = field(default_factory=list)
    law: LawView | None = None


@dataclass(frozen=True)
class Change:
    """What a service call changed; the UI broadcasts it so views can refresh."""

    kind: str  # "case", "masterdata", "settings", "report", "import"
    case_ids: tuple[int, ...] = ()
    detail: CaseDetail | None = None
