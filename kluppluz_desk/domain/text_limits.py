"""How long each free text may be: one table for the editor, the services and the import.

The limits are what a real case needs with room to spare, and small enough that every
letter and dossier with every field full still renders in about a second:

| field                                         | limit  | why                                   |
|-----------------------------------------------|--------|---------------------------------------|
| names (submitter, child)                      | 200    | the longest real names are ~100       |
| address / e-mail / postcode / city / phone    | 300 / 200 / 20 / 100 / 50 | postal and RFC sizes |
| internal description                          | 20,000 | ~8 pages: a long complaint letter     |
| public summary, public measure                | 4,000  | a few sentences in the annual report  |
| director's decision, solution, closure,       | 10,000 | ~4 pages each                         |
| satisfaction note, withdrawal reason          |        |                                       |
| timeline note or agreement                    | 10,000 | a long phone call written out         |
| informed note                                 | 2,000  | one line to a manager                 |
| extension / pause reason                      | 5,000  | a paragraph; it goes into a letter    |
| improvement title / description               | 300 / 10,000 | title is a heading              |
| escalation note                               | 10,000 | the body's ruling summarised          |
| organisation's letterhead fields / footer     | 300 / 500 | one line of a letterhead           |
| master data texts (names, addresses, notes)   | 2,000  | a name or a short description         |
| letter template body                          | 20,000 | a letter of a few pages               |
| quick search text (case list)                 | 200    | a name, a reference or a phrase       |
"""

from __future__ import annotations

from typing import Final

from .plural import number

NAME: Final = 200
DESCRIPTION: Final = 20_000
PUBLIC_TEXT: Final = 4_000
HANDLING_TEXT: Final = 10_000
NOTE: Final = 10_000
INFORMED_NOTE: Final = 2_000
REASON: Final = 5_000
IMPROVEMENT_TITLE: Final = 300
IMPROVEMENT_DESCRIPTION: Final = 10_000
ESCALATION_NOTE: Final = 10_000
ORGANISATION_TEXT: Final = 300
ORGANISATION_FOOTER: Final = 500
MASTER_DATA_TEXT: Final = 2_000
TEMPLATE_BODY: Final = 20_000
SEARCH_TEXT: Final = 200

# Case fields whose limit differs from their kind's default (see case_fields).
CASE_TEXT_LIMITS: Final[dict[str, int]] = {
    "submitter_name": NAME,
    "child_name": NAME,
    "description": DESCRIPTION,
    "public_summary": PUBLIC_TEXT,
    "public_measure": PUBLIC_TEXT,
    "director_decision": HANDLING_TEXT,
    "solution_text": HANDLING_TEXT,
    "closure_text": HANDLING_TEXT,
    "satisfaction_note": HANDLING_TEXT,
    "withdraw_reason": HANDLING_TEXT,
}

# The records of a case, as "table.column" (the import checks these the same way).
RECORD_TEXT_LIMITS: Final[dict[str, int]] = {
    "timeline_note.text": NOTE,
    "informed.note": INFORMED_NOTE,
    "extension.reason": REASON,
    "pause.reason": REASON,
    "improvement_action.title": IMPROVEMENT_TITLE,
    "improvement_action.description": IMPROVEMENT_DESCRIPTION,
    "escalation.note": ESCALATION_NOTE,
}


def format_count(n: int) -> str:
    """A count of characters the Dutch way: 20.000."""
    return number(n)
