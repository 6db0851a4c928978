"""The rules a whole case must meet, whichever way it was made: by the editor and the
procedure's steps (services/cases) or by an import (services/transfer).

- no date lies in the future; the child's birth date not either;
- every step date and every record's date lies on or after the date of receipt (so the
  receipt cannot be moved after the acknowledgement);
- the status agrees with its dates: a closed case has a closing date and an open one has
  none, a checked satisfaction has its date and outcome, an acknowledged case its date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .case_fields import field_label
from .enums import CaseStatus
from .errors import ValidationError
from .values import date_problem, describe

# The dates a procedure step sets on the case.
STEP_DATE_FIELDS = (
    "director_decided_on",
    "acknowledged_on",
    "solution_proposed_on",
    "closed_on",
    "satisfaction_checked_on",
)

_CLOSED = frozenset({CaseStatus.CLOSED, CaseStatus.SATISFACTION_CHECKED})
# Statuses reached only through the acknowledgement (reopening returns to ACKNOWLEDGED).
_ACKNOWLEDGED = frozenset(
    {
        CaseStatus.ACKNOWLEDGED,
        CaseStatus.SOLUTION_PROPOSED,
        CaseStatus.CLOSED,
        CaseStatus.SATISFACTION_CHECKED,
    }
)


def _date(case: Mapping[str, Any], name: str) -> date | None:
    value = case.get(name)
    if value is None:
        return None
    problem = date_problem(value)
    if problem:
        raise ValidationError(f"{field_label(name)} {problem}.", field=name)
    result: date = value
    return result


def check_case_dates(case: Mapping[str, Any], today: date) -> None:
    """Raise a ValidationError naming the field when the case's dates break a rule."""
    received = _date(case, "received_on")
    if received is None:
        raise ValidationError("Datum ontvangst is verplicht.", field="received_on")
    if received > today:
        raise ValidationError("De datum van ontvangst ligt in de toekomst.", field="received_on")
    birth = _date(case, "child_birth_date")
    if birth is not None and birth > today:
        raise ValidationError(
            "De geboortedatum van het kind ligt in de toekomst.", field="child_birth_date"
        )
    for name in STEP_DATE_FIELDS:
        on = _date(case, name)
        if on is None:
            continue
        if on < received:
            raise ValidationError(
                f"{field_label(name)} ({on:%d-%m-%Y}) ligt vóór de datum van ontvangst "
                f"({received:%d-%m-%Y}).",
                field=name,
            )
        if on > today:
            raise ValidationError(f"{field_label(name)} ligt in de toekomst.", field=name)


def check_case_status(case: Mapping[str, Any]) -> None:
    """The status must agree with the dates the steps leading to it set."""
    raw = case.get("status")
    if not isinstance(raw, str) or raw not in {s.value for s in CaseStatus}:
        raise ValidationError(
            f"Status heeft een onbekende waarde: {describe(raw)}.", field="status"
        )
    status = CaseStatus(raw)
    closed = case.get("closed_on") is not None
    if status in _CLOSED and not closed:
        raise ValidationError(
            f"De status is '{status.label}', maar de datum van afsluiting ontbreekt.",
            field="closed_on",
        )
    if status not in _CLOSED and closed:
        raise ValidationError(
            f"De status is '{status.label}', maar er staat een datum van afsluiting.",
            field="closed_on",
        )
    if status in _ACKNOWLEDGED and case.get("acknowledged_on") is None:
        raise ValidationError(
            f"De status is '{status.label}', maar de datum van de ontvangstbevestiging ontbreekt.",
            field="acknowledged_on",
        )
    if status is CaseStatus.SATISFACTION_CHECKED and (
        case.get("satisfaction_checked_on") is None or case.get("satisfaction_outcome") is None
    ):
        raise ValidationError(
            "De tevredenheid staat als geverifieerd, maar datum of uitkomst ontbreekt.",
            field="satisfaction_checked_on",
        )


def check_record_dates(
    received_on: date, today: date, dates: Iterable[tuple[str, date | None]]
) -> None:
    """Dates of a case's records (informed, extension, pause, …): none before the
    receipt, none in the future. `dates` gives (Dutch label, date)."""
    for label, on in dates:
        if on is None:
            continue
        problem = date_problem(on)
        if problem:
            raise ValidationError(f"{label} {problem}.", field=label)
        if on < received_on:
            raise ValidationError(f"{label} ligt vóór de datum van ontvangst.", field=label)
        if on > today:
            raise ValidationError(f"{label} ligt in de toekomst.", field=label)
