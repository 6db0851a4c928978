"""Which stored column of a case may hold personal data, and what erasure does with it.

Every text or binary column of the case tables (the case, every record that hangs off it,
and the audit trail) is classified here, either as erased or as kept with the reason why.
`tests/services/test_erasure.py` derives the column list from the models and fails when a
new column is in neither table, so a new free-text field cannot slip past the retention
rules. Enum columns (a fixed vocabulary), dates, numbers and booleans hold no free text
and are not listed; the one personal date (the child's birth date) is.

What is kept is what the annual report counts: reference, dates, kind, channel, category,
location, service, status, outcomes and the staff who handled it (staff are not the data
subjects). The public summary, measure and improvement-action titles appear in the annual
report; they are written to be anonymous and are kept, unless the privacy check finds
personal data of the case in them, in which case they are erased as well.
"""

from __future__ import annotations

from typing import Final, Literal

from ...domain.case_fields import CASE_FIELDS, STEP_FIELDS

ERASED: Final = "[verwijderd: bewaartermijn verstreken]"

# "empty": set to "" (short fields such as a name; an empty name reads as "none").
# "marker": non-empty values become ERASED, so a reader sees why the text is gone.
# "public": kept for the annual report unless the privacy check finds the case's own
#           personal data in it; then ERASED.
# "blob": binary content, emptied.
# "null": a personal date, set to NULL.
# "row": the whole row is deleted (attachments: original e-mails and scans).
How = Literal["empty", "marker", "public", "blob", "null", "row"]

CASE_TABLE: Final = "case_record"
AUDIT_TABLE: Final = "audit_entry"
ATTACHMENT_TABLE: Final = "attachment"

ERASE: Final[dict[str, dict[str, How]]] = {
    CASE_TABLE: {
        **{
            name: "empty"
            for name, spec in CASE_FIELDS.items()
            if spec.personal and spec.kind not in ("date", "enum")
        },  # fmt: skip
        "child_birth_date": "null",
        "submitter_form_of_address": "null",
        "description": "marker",
        "director_decision": "marker",
        "solution_text": "marker",
        "closure_text": "marker",
        "satisfaction_note": "marker",
        "withdraw_reason": "marker",
        "regime_reason": "marker",
        "public_summary": "public",
        "public_measure": "public",
    },
    "informed": {"note": "marker"},
    "timeline_note": {"text": "marker"},
    "letter": {"recipient": "empty", "subject": "empty", "pdf": "blob"},
    "extension": {"reason": "marker"},
    "pause": {"reason": "marker"},
    "improvement_action": {"title": "public", "description": "marker"},
    "escalation": {"note": "marker"},
    "judgment_part": {"subject": "marker", "reasoning": "marker"},
    ATTACHMENT_TABLE: {
        **{c: "row" for c in ("filename", "mime_type", "added_by", "data", "message_id")},
    },
    # old_value/new_value are erased except for the audit fields listed in AUDIT_KEPT.
    AUDIT_TABLE: {"old_value": "marker", "new_value": "marker"},
}

KEEP: Final[dict[str, dict[str, str]]] = {
    CASE_TABLE: {
        "reference": "the case's number, counted in the annual report",
        "created_by": "staff member who registered it",
        "confidential_reason": "a code (meldcode, about a staff member, safety), no free text",
    },
    "timeline_note": {"author": "staff member"},
    "letter": {"author": "staff member"},
    "extension": {"author": "staff member"},
    "pause": {"author": "staff member"},
    AUDIT_TABLE: {
        "entity": "kind of record changed (code)",
        "field": "name of the field changed (code)",
        "who": "staff member",
    },
}

# Audit values that hold no free text: vocabulary, dates, references to master data and
# staff, and the procedure's own entries. Every other audit value of an erased case is
# erased, so a new kind of audit entry is erased until someone decides otherwise.
_KEPT_CASE_FIELDS = frozenset(
    {name for name, spec in CASE_FIELDS.items()
     if spec.kind in ("enum", "ref", "date") and not spec.personal}
    | set(STEP_FIELDS)
    | {"created", "bewaartermijn", "regime"}
)  # fmt: skip
AUDIT_KEPT: Final[dict[str, frozenset[str]]] = {
    "case": _KEPT_CASE_FIELDS,
    "improvement": frozenset({"status", "eigenaar", "streefdatum"}),
    "escalation": frozenset({"uitkomst"}),
    "extension": frozenset({"notified_on"}),
}
