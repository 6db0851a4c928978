"""The state machine's facts about a case as it stands on screen, unsaved edits included,
so the action buttons follow what the user types (e.g. "Afsluiten" becomes available as
soon as the public texts are filled in), plus what the law still asks before closing (the
reasoned judgment, the concrete term: `domain.judgment.check_closable`), and whether the
person may take the step at all (`domain.access.STEP_RIGHTS`)."""

from __future__ import annotations

from ...domain import procedure
from ...domain.access import Viewer, step_right
from ...domain.enums import InformedRole, ReactionKind, Severity
from ...domain.errors import ValidationError
from ...domain.judgment import check_closable
from ...domain.procedure import CaseFacts, Step
from ...services.dto import CaseDetail
from .fields import BoundField


def facts_on_screen(detail: CaseDetail, fields: dict[str, BoundField]) -> CaseFacts:
    value = {name: field.value() for name, field in fields.items()}
    return CaseFacts(
        status=detail.status,
        severity=Severity(value["severity"] or Severity.NORMAL),
        handler_id=value["handler_id"],
        director_informed=any(i.role is InformedRole.DIRECTOR for i in detail.informed),
        director_decision=value["director_decision"],
        acknowledged_on=detail.acknowledged_on,
        solution_text=value["solution_text"],
        public_summary=value["public_summary"],
        public_measure=value["public_measure"],
        has_satisfaction_outcome=value["satisfaction_outcome"] is not None,
        withdraw_reason=value["withdraw_reason"],
    )


def steps_on_screen(
    detail: CaseDetail, fields: dict[str, BoundField], viewer: Viewer | None
) -> dict[Step, list[str]]:
    """The reasons against each step as the screen stands, the law's objection to closing
    included (the same one the service gives when Close is tried); a step `viewer` may not
    take has the role's reason first (the services' step check refuses it the same way)."""
    steps = _law_on_closing(detail, fields, procedure.available_steps(
        facts_on_screen(detail, fields)))  # fmt: skip
    if viewer is None:
        return steps
    refusals = {step: viewer.why_not(step_right(step)) for step in steps}
    return {step: [r, *against] if (r := refusals[step]) else against
            for step, against in steps.items()}  # fmt: skip


def _law_on_closing(
    detail: CaseDetail, fields: dict[str, BoundField], steps: dict[Step, list[str]]
) -> dict[Step, list[str]]:
    law = detail.law
    if Step.CLOSE not in steps or law is None:
        return steps
    kind = fields["kind"].value() or detail.fields.get("kind") or ReactionKind.COMPLAINT.value
    try:
        check_closable(law.regime, ReactionKind(kind), list(law.judgment), law.measures_due_on)
    except ValidationError as exc:
        return {**steps, Step.CLOSE: [*steps[Step.CLOSE], str(exc)]}
    return steps
