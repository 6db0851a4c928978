"""A case after a change still meets the whole-case rules of domain/case_rules.py, the
same rules the import applies to an imported case."""

from __future__ import annotations

from ...domain.case_rules import STEP_DATE_FIELDS, check_case_dates, check_record_dates
from ...domain.today import today
from ...domain.values import LAST_DATE
from ...store.models import Case


def check_whole_case(case: Case, *, received_moved: bool) -> None:
    """Raise a ValidationError when the case's dates break a rule. `received_moved`: the
    date of receipt changed, so its records' dates are checked against it too."""
    values = {
        name: getattr(case, name) for name in ("received_on", "child_birth_date", *STEP_DATE_FIELDS)
    }
    check_case_dates(values, today())
    if not received_moved:
        return
    # Records already stored were checked against "today" when they were added (a letter
    # may be dated ahead), so only their order against the new receipt is checked here.
    check_record_dates(
        case.received_on,
        LAST_DATE,
        [
            *(("Datum geïnformeerd", i.informed_on) for i in case.informed),
            *(("Datum besluit verlenging", e.decided_on) for e in case.extensions),
            *(("Begin pauze", p.start_on) for p in case.pauses),
            *(("Startdatum verbeteractie", a.started_on) for a in case.improvements),
            *(("Datum escalatie", e.submitted_on) for e in case.escalations),
            *(("Briefdatum", letter.letter_date) for letter in case.letters),
        ],
    )
