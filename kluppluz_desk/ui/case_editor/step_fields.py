"""Which parts of the case each procedure step needs, and which of them are still missing.

A step panel (step_panel.py) shows exactly these parts on one page: case fields by their
name, plus three parts that are not single fields: "informed" (the record of who was told,
which the director's decision needs), "judgment" (the reasoned judgment of a complaint)
and "letters" (the letter that goes with the step). What is missing is read from the
state machine's reasons against the step (`domain.procedure`), so the panel marks the same
things the "not possible yet" line names.
"""

from __future__ import annotations

from ...domain.enums import LetterKind, ReactionKind
from ...domain.procedure import Step
from ...services.dto import CaseDetail
from .field_rights import is_role_refusal
from .procedure_view import field_for_reason

INFORMED, JUDGMENT, LETTERS = "informed", "judgment", "letters"

STEP_PARTS: dict[Step, list[str]] = {
    Step.REFER_TO_DIRECTOR: ["severity", "description"],
    Step.RECORD_DIRECTOR_DECISION: [
        INFORMED, "director_decision", "director_decided_on", "handler_id",
    ],
    Step.ASSIGN_HANDLER: ["handler_id"],
    # The acknowledgement names the handler and goes to the submitter's address.
    Step.ACKNOWLEDGE: [
        "handler_id", "submitter_name", "submitter_address", "submitter_postcode",
        "submitter_city", "submitter_email", LETTERS,
    ],
    Step.PROPOSE_SOLUTION: ["solution_text"],
    Step.CLOSE: [JUDGMENT, "public_summary", "public_measure", "closure_text", LETTERS],
    Step.CHECK_SATISFACTION: ["satisfaction_outcome", "satisfaction_note"],
    Step.REOPEN: ["closure_text"],
    Step.WITHDRAW: ["withdraw_reason"],
}  # fmt: skip

# The letter "Make the letter…" on a step's panel opens (the step's LETTERS part).
STEP_LETTERS: dict[Step, LetterKind] = {
    Step.ACKNOWLEDGE: LetterKind.ACKNOWLEDGEMENT,
    Step.CLOSE: LetterKind.JUDGMENT,
}

_INFORMED_REASON = "op de hoogte is gesteld"


def blocked_by_status(reasons: list[str]) -> bool:
    """True when the step cannot be taken in this status, or not by this person's role, at
    all (no field can settle it)."""
    return any("kan niet bij status" in reason or is_role_refusal(reason) for reason in reasons)


def needs_judgment(detail: CaseDetail | None) -> bool:
    """A complaint under a law that asks for a reasoned judgment, and none is recorded."""
    if detail is None or detail.law is None:
        return False
    is_complaint = str(detail.fields.get("kind") or "") == ReactionKind.COMPLAINT.value
    return is_complaint and detail.law.regime.requires_judgment and not detail.law.judgment


def parts_for(step: Step, detail: CaseDetail | None) -> list[str]:
    """The parts the step's panel shows; the judgment only for a complaint."""
    is_complaint = (
        detail is not None and str(detail.fields.get("kind") or "") == ReactionKind.COMPLAINT.value
    )
    return [p for p in STEP_PARTS[step] if p != JUDGMENT or is_complaint]


def missing_parts(step: Step, reasons: list[str], detail: CaseDetail | None) -> set[str]:
    """The parts of the step's panel that a reason against the step asks for."""
    missing = {name for reason in reasons if (name := field_for_reason(reason))}
    if any(_INFORMED_REASON in reason for reason in reasons):
        missing.add(INFORMED)
    if step is Step.CLOSE and needs_judgment(detail):
        missing.add(JUDGMENT)
    return missing & set(parts_for(step, detail))
