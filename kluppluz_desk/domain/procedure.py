"""The customer-reaction procedure as one explicit state machine.

Each `Step` moves a case from some statuses to one status. A guard returns the reasons
(Dutch, readable by a quality officer) why a step is not possible now; an empty list means
the step may be taken. `require` raises a `DomainError` carrying the first reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .enums import OPEN_STATUSES, CaseStatus, Severity
from .errors import DomainError


@dataclass(frozen=True)
class CaseFacts:
    """What the state machine needs to know about a case: plain values, no ORM."""

    status: CaseStatus
    severity: Severity = Severity.NORMAL
    handler_id: int | None = None
    director_informed: bool = False
    director_decision: str = ""
    acknowledged_on: date | None = None
    solution_text: str = ""
    public_summary: str = ""
    public_measure: str = ""
    has_satisfaction_outcome: bool = False
    withdraw_reason: str = ""


class Step(StrEnum):
    REFER_TO_DIRECTOR = "refer_to_director"
    RECORD_DIRECTOR_DECISION = "record_director_decision"
    ASSIGN_HANDLER = "assign_handler"
    ACKNOWLEDGE = "acknowledge"
    PROPOSE_SOLUTION = "propose_solution"
    CLOSE = "close"
    CHECK_SATISFACTION = "check_satisfaction"
    REOPEN = "reopen"
    WITHDRAW = "withdraw"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


_STEP_LABELS = {
    Step.REFER_TO_DIRECTOR: "Voorleggen aan directeur",
    Step.RECORD_DIRECTOR_DECISION: "Besluit directeur vastleggen",
    Step.ASSIGN_HANDLER: "Behandelaar toewijzen",
    Step.ACKNOWLEDGE: "Ontvangst bevestigen",
    Step.PROPOSE_SOLUTION: "Oplossing voorstellen",
    Step.CLOSE: "Afsluiten",
    Step.CHECK_SATISFACTION: "Tevredenheid vastleggen",
    Step.REOPEN: "Heropenen",
    Step.WITHDRAW: "Intrekken",
}

Guard = Callable[[CaseFacts], list[str]]


@dataclass(frozen=True)
class Transition:
    step: Step
    sources: frozenset[CaseStatus]
    target: CaseStatus
    guard: Guard


def _serious_needs_director(f: CaseFacts) -> list[str]:
    if f.severity is not Severity.SERIOUS:
        return ["Alleen een ernstige klantreactie wordt aan de directeur voorgelegd."]
    return []


def _director_decision(f: CaseFacts) -> list[str]:
    reasons = []
    if not f.director_informed:
        reasons.append("Leg eerst vast wanneer de directeur op de hoogte is gesteld.")
    if not f.director_decision.strip():
        reasons.append("Vul het besluit van de directeur in.")
    if f.handler_id is None:
        reasons.append("Kies de behandelaar die de directeur heeft aangewezen.")
    return reasons


def _assign(f: CaseFacts) -> list[str]:
    reasons = []
    if f.severity is Severity.SERIOUS and not f.director_decision.strip():
        reasons.append(
            "Bij een ernstige klantreactie besluit de directeur wie de behandelaar wordt."
        )
    if f.handler_id is None:
        reasons.append("Kies eerst een behandelaar.")
    return reasons


def _acknowledge(f: CaseFacts) -> list[str]:
    if f.handler_id is None:
        return ["Een ontvangstbevestiging noemt de behandelaar: wijs eerst een behandelaar toe."]
    return []


def _propose(f: CaseFacts) -> list[str]:
    if not f.solution_text.strip():
        return ["Beschrijf eerst de voorgestelde oplossing."]
    return []


def _close(f: CaseFacts) -> list[str]:
    reasons = []
    if not f.public_summary.strip():
        reasons.append("Vul de openbare samenvatting in (voor het jaarverslag).")
    if not f.public_measure.strip():
        reasons.append("Vul de openbare maatregel in (voor het jaarverslag).")
    return reasons


def _satisfaction(f: CaseFacts) -> list[str]:
    if not f.has_satisfaction_outcome:
        return ["Kies eerst de uitkomst van de tevredenheidsvraag."]
    return []


def _withdraw(f: CaseFacts) -> list[str]:
    if not f.withdraw_reason.strip():
        return ["Geef de reden op waarom de klantreactie wordt ingetrokken."]
    return []


def _always(f: CaseFacts) -> list[str]:
    return []


TRANSITIONS: dict[Step, Transition] = {
    t.step: t
    for t in (
        Transition(
            Step.REFER_TO_DIRECTOR,
            frozenset({CaseStatus.REGISTERED}),
            CaseStatus.AWAITING_DIRECTOR,
            _serious_needs_director,
        ),
        Transition(
            Step.RECORD_DIRECTOR_DECISION,
            frozenset({CaseStatus.AWAITING_DIRECTOR}),
            CaseStatus.ASSIGNED,
            _director_decision,
        ),
        Transition(
            Step.ASSIGN_HANDLER,
            frozenset({CaseStatus.REGISTERED}),
            CaseStatus.ASSIGNED,
            _assign,
        ),
        Transition(
            Step.ACKNOWLEDGE,
            frozenset({CaseStatus.ASSIGNED}),
            CaseStatus.ACKNOWLEDGED,
            _acknowledge,
        ),
        Transition(
            Step.PROPOSE_SOLUTION,
            frozenset({CaseStatus.ACKNOWLEDGED}),
            CaseStatus.SOLUTION_PROPOSED,
            _propose,
        ),
        Transition(
            Step.CLOSE,
            frozenset({CaseStatus.SOLUTION_PROPOSED}),
            CaseStatus.CLOSED,
            _close,
        ),
        Transition(
            Step.CHECK_SATISFACTION,
            frozenset({CaseStatus.CLOSED}),
            CaseStatus.SATISFACTION_CHECKED,
            _satisfaction,
        ),
        Transition(
            Step.REOPEN,
            frozenset({CaseStatus.CLOSED, CaseStatus.SATISFACTION_CHECKED}),
            CaseStatus.ACKNOWLEDGED,
            _always,
        ),
        Transition(Step.WITHDRAW, OPEN_STATUSES, CaseStatus.WITHDRAWN, _withdraw),
    )
}

# The step that moves the procedure forward from each status (for "next step", Ctrl+Enter).
_FORWARD: dict[CaseStatus, Step] = {
    CaseStatus.AWAITING_DIRECTOR: Step.RECORD_DIRECTOR_DECISION,
    CaseStatus.ASSIGNED: Step.ACKNOWLEDGE,
    CaseStatus.ACKNOWLEDGED: Step.PROPOSE_SOLUTION,
    CaseStatus.SOLUTION_PROPOSED: Step.CLOSE,
    CaseStatus.CLOSED: Step.CHECK_SATISFACTION,
}


def initial_status(severity: Severity) -> CaseStatus:
    """A new case starts registered; a serious one goes straight to the director."""
    return CaseStatus.AWAITING_DIRECTOR if severity is Severity.SERIOUS else CaseStatus.REGISTERED


def reasons_against(step: Step, facts: CaseFacts) -> list[str]:
    """Why `step` cannot be taken now; empty when it can."""
    transition = TRANSITIONS[step]
    if facts.status not in transition.sources:
        allowed = ", ".join(sorted(s.label.lower() for s in transition.sources))
        return [
            f"'{step.label}' kan niet bij status '{facts.status.label}'; "
            f"dat kan alleen bij: {allowed}."
        ]
    return transition.guard(facts)


def require(step: Step, facts: CaseFacts) -> CaseStatus:
    """The status after `step`, or a `DomainError` with the reason it is not allowed."""
    reasons = reasons_against(step, facts)
    if reasons:
        raise DomainError(" ".join(reasons))
    return TRANSITIONS[step].target


def available_steps(facts: CaseFacts) -> dict[Step, list[str]]:
    """Every step with its reasons against (empty list: allowed now)."""
    return {step: reasons_against(step, facts) for step in Step}


def next_step(facts: CaseFacts) -> Step | None:
    """The step that carries the case forward from its current status."""
    if facts.status is CaseStatus.REGISTERED:
        if facts.severity is Severity.SERIOUS:
            return Step.REFER_TO_DIRECTOR
        return Step.ASSIGN_HANDLER
    return _FORWARD.get(facts.status)


def is_open(status: CaseStatus) -> bool:
    return status in OPEN_STATUSES
