"""The state machine's facts about a case as it stands on screen, unsaved edits included,
so the action buttons follow what the user types (e.g. "Afsluiten" becomes available as
soon as the public texts are filled in)."""

from __future__ import annotations

from ...domain.enums import InformedRole, Severity
from ...domain.procedure import CaseFacts
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
