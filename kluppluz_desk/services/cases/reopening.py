"""Reopening a closed case (issue 14.4): only with a reason, and the first closure stays in
the case's history.

The reopen step itself is `Step.REOPEN` of the state machine (back to "ontvangst
bevestigd"); this module adds what the law's practice asks around it:
- the reason is required (a short text; empty or blank is refused with a Dutch message);
- the closure date, and a satisfaction check already recorded, are cleared on the case so
  the clocks run again (the satisfaction check is due after the NEW closure, see
  services.clocks), but each clearing is an audit entry ("Afgesloten op gewist (was
  12-03-2025)"), so the history keeps the first closure;
- the reason is an audit entry of its own and a note on the timeline that names the
  closure it undoes, so both the history and the timeline say why and since when.

The status change itself ("afgesloten" → "ontvangst bevestigd") is recorded by
editing.step_in like every step's; services.insight reads reopenings from exactly that
entry, so that stays the one trail of a reopening.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ...domain.errors import ValidationError
from ...domain.values import check_text
from ...store.models import Case, TimelineNote
from .. import audit

REASON_FIELD = "reopen_reason"
REASON_LIMIT = 2000
NO_REASON = "Geef de reden op waarom de klantreactie wordt heropend."


def clean_reason(reason: object) -> str:
    """The reason, stripped; a `ValidationError` when it is missing, blank or too long."""
    text = check_text(reason, "De reden van heropenen", field=REASON_FIELD,
                      limit=REASON_LIMIT, strip=True)  # fmt: skip
    if not text:
        raise ValidationError(NO_REASON, field=REASON_FIELD)
    return text


def reopen_in(session: Session, case: Case, who: str, on: date, reason: str) -> None:
    """Clear what the closure set, keeping each old value in the audit trail, and record
    the (cleaned) reason. Called by editing.step_in after the state machine allowed it."""
    version = case.version + 1
    first_closure = case.closed_on
    cleared: list[tuple[str, object]] = [
        ("closed_on", case.closed_on),
        ("satisfaction_checked_on", case.satisfaction_checked_on),
        ("satisfaction_outcome", case.satisfaction_outcome),
    ]
    for field, old in cleared:
        if old is None:
            continue
        audit.record(session, who=who, entity="case", field=field, old=old, new=None,
                     case_id=case.id, entity_id=case.id, case_version=version)  # fmt: skip
    audit.record(session, who=who, entity="case", field=REASON_FIELD, old=None, new=reason,
                 case_id=case.id, entity_id=case.id, case_version=version)  # fmt: skip
    with session.no_autoflush:
        case.closed_on = None
        case.satisfaction_checked_on = None
        case.satisfaction_outcome = None
    closure = f" (eerder afgesloten op {first_closure:%d-%m-%Y})" if first_closure else ""
    case.notes.append(
        TimelineNote(author=who, text=f"Heropend op {on:%d-%m-%Y}{closure}. Reden: {reason}")
    )
