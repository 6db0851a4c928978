"""A case with every free text at its limit, for the long-text tests and the benchmark.

Every text starts with "BEGIN-<field>" and ends with "EINDE-<field>", so a test can check
that a document holds each text in full (first and last words) after page breaks.
"""

from __future__ import annotations

from datetime import timedelta

from ..domain import text_limits
from ..domain.case_fields import CASE_FIELDS
from ..domain.enums import EscalationBody, InformedRole
from ..domain.today import today
from ..services import cases
from ..services.database import Database
from ..services.dto import CaseDetail

_WORDS = (
    "De ouder vertelt dat haar zoon bij het ophalen niet klaarstond en dat niemand wist "
    "waar zijn tas was. Zij vraagt om een gesprek met de mentor.\n"
)


def filled(name: str, limit: int) -> str:
    """`limit` characters: the markers, with ordinary sentences and line breaks between."""
    start, end = f"BEGIN-{name} ", f" EINDE-{name}"
    middle = limit - len(start) - len(end)
    body = (_WORDS * (middle // len(_WORDS) + 1))[:middle]
    return start + body + end


def max_text_case(db: Database, location_id: int) -> CaseDetail:
    """Register a case with every text field full, plus one of each record at its limit."""
    received = today() - timedelta(days=30)
    values: dict[str, object] = {
        name: filled(name, spec.max_length) if spec.kind == "longtext" else "x" * spec.max_length
        for name, spec in CASE_FIELDS.items()
        if spec.kind in ("text", "longtext") and name != "withdraw_reason"
    }
    values["submitter_email"] = "ouder@example.org"
    values.update(
        received_on=received,
        channel="email",
        kind="complaint",
        location_id=location_id,
        submitter_name=filled("naam", text_limits.NAME),
    )
    case = cases.register_case(db, values=values)
    cid = case.id
    on = received + timedelta(days=1)
    cases.add_note(db, case_id=cid, text=filled("notitie", text_limits.NOTE))
    cases.record_informed(db, case_id=cid, role=InformedRole.DIRECTOR, informed_on=on,
                                 note=filled("informed", text_limits.INFORMED_NOTE))  # fmt: skip
    cases.add_extension(db, case_id=cid, days=14, decided_on=on,
                               reason=filled("verlenging", text_limits.REASON))  # fmt: skip
    cases.add_pause(db, case_id=cid, start_on=on, days=3,
                           reason=filled("pauze", text_limits.REASON))  # fmt: skip
    cases.add_improvement(
        db, case_id=cid, started_on=on,
        title=filled("titel", text_limits.IMPROVEMENT_TITLE).replace("\n", " "),
        description=filled("actie", text_limits.IMPROVEMENT_DESCRIPTION),
    )  # fmt: skip
    return cases.add_escalation(
        db, case_id=cid, body=EscalationBody.AKJ, submitted_on=on,
        note=filled("escalatie", text_limits.ESCALATION_NOTE),
    )  # fmt: skip


__all__ = ["filled", "max_text_case"]
