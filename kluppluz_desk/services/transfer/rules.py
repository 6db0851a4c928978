"""The program's own rules applied to every record of an import, after the format check.

The JSON Schema says what shape a value has; these say whether the program would have
accepted it. They are the rules the services use, called from the same places (never a copy):
case fields through `domain.case_fields.clean_value`, the whole case's dates and status
through `domain.case_rules`, the settings through their dataclasses
(`services.settings.settings_from_rows`), records' dates through `domain.values`. So an
imported case always loads, prints and can be edited further.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ...domain.case_fields import CASE_FIELDS, clean_value
from ...domain.case_rules import check_case_dates, check_case_status, check_record_dates
from ...domain.errors import ValidationError
from ...domain.today import today
from ...domain.values import LAST_DATE, date_problem, int_problem
from ..masterdata.items import ENTITIES
from ..settings import AppSettings, settings_from_rows

_SETTING_SECTIONS = ("deadlines", "organisation", "retention", "reference_prefix")

# Records of a case: (table, column, Dutch label, may lie in the future).
_RECORD_DATES: tuple[tuple[str, str, str, bool], ...] = (
    ("informed", "informed_on", "Datum geïnformeerd", False),
    ("extension", "decided_on", "Datum besluit verlenging", False),
    ("extension", "notified_on", "Datum indiener geïnformeerd", False),
    ("pause", "start_on", "Begin pauze", False),
    ("improvement_action", "started_on", "Startdatum", False),
    ("escalation", "submitted_on", "Datum escalatie", False),
    ("escalation", "outcome_on", "Datum uitspraak", False),
    ("improvement_action", "done_on", "Datum afgerond", False),
    ("letter", "letter_date", "Briefdatum", True),
)
# Texts of a case's records that the services refuse empty (records.py, `required`).
_REQUIRED_RECORD_TEXTS: dict[str, tuple[str, ...]] = {
    "timeline_note": ("text",),
    "improvement_action": ("title",),
    "pause": ("reason",),
    "extension": ("reason",),
}
# Whole numbers with a range of their own (the services' rules).
_INT_RANGES: dict[str, tuple[int, int]] = {
    "pause.days": (1, 365),
    "extension.days": (1, 366),  # the regime's own limits depend on its dates: not here
    "case_record.number": (1, 999_999),
    "case_record.year": (1900, 2200),
    "case_record.version": (1, 2**31),
}


class _Where:
    """Names the record a problem was found in, as the import's other messages do."""

    def __init__(self, name: object) -> None:
        self.name = name  # a str, or an object naming the record only when formatted

    def fail(self, error: ValidationError) -> ValidationError:
        field = f", veld '{error.field}'" if error.field else ""
        return ValidationError(f"In record {self.name}{field}: {error.message}", field=error.field)


def check_rules(
    data: dict[str, list[dict[str, Any]]], name_of: Any, *, on: date | None = None
) -> None:
    """Raise one ValidationError naming the record and field that the program would refuse.
    `data` holds converted rows (dates as `date`); `name_of(table, index)` names a record."""
    now = on or today()
    _check_settings(data["setting"], name_of)
    _check_ranges(data, name_of)
    received: dict[int, date] = {}
    for index, row in enumerate(data["case_record"]):
        where = _Where(name_of("case_record", index))
        try:
            for field, spec in CASE_FIELDS.items():
                if spec.kind != "ref":
                    clean_value(spec, row[field])
            check_case_dates(row, now)
            check_case_status(row)
        except ValidationError as error:
            raise where.fail(error) from None
        received[row["id"]] = row["received_on"]
    for table, column, label, future_allowed in _RECORD_DATES:
        for index, row in enumerate(data[table]):
            try:
                check_record_dates(
                    received[row["case_id"]],
                    LAST_DATE if future_allowed else now,
                    [(label, row[column])],
                )
                outcome_on = row["outcome_on"] if table == "escalation" else None
                if outcome_on is not None and outcome_on < row["submitted_on"]:
                    raise ValidationError(
                        "De uitspraak ligt vóór de indiening.", field="outcome_on"
                    )
            except ValidationError as error:
                error.field = column
                raise _Where(name_of(table, index)).fail(error) from None
    for index, row in enumerate(data["improvement_action"]):
        problem = None if row["due_on"] is None else date_problem(row["due_on"])
        if problem:
            raise _Where(name_of("improvement_action", index)).fail(
                ValidationError(problem, field="due_on")
            )
    _check_required(data, name_of)


def _check_required(data: dict[str, list[dict[str, Any]]], name_of: Any) -> None:
    """Texts the services will not save empty: master data's required fields (the same
    list `save_item` uses) and the records' required texts."""
    required = {kind: entity.required for kind, entity in ENTITIES.items()}
    required.update(_REQUIRED_RECORD_TEXTS)
    for table, columns in required.items():
        for index, row in enumerate(data[table]):
            for column in columns:
                value = row[column]
                if isinstance(value, str) and not value.strip():
                    raise _Where(name_of(table, index)).fail(
                        ValidationError("mag niet leeg zijn.", field=column)
                    )


def _check_settings(rows: list[dict[str, Any]], name_of: Any) -> AppSettings:
    sections: dict[str, str] = {}
    for index, row in enumerate(rows):
        if row["key"] in _SETTING_SECTIONS:
            sections[row["key"]] = row["value"]
            continue
        try:  # another feature's remembered choices: read leniently, but must be JSON
            json.loads(row["value"])
        except (ValueError, RecursionError):
            raise _Where(name_of("setting", index)).fail(
                ValidationError("is geen geldige JSON.", field="value")
            ) from None
    try:
        return settings_from_rows(sections)
    except ValidationError as error:
        index = next(
            (i for i, r in enumerate(rows) if r["key"] == error.field),
            next((i for i, r in enumerate(rows) if r["key"] in _SETTING_SECTIONS), 0),
        )
        raise ValidationError(
            f"In record {name_of('setting', index)}: {error.message}", field="value"
        ) from None


def _check_ranges(data: dict[str, list[dict[str, Any]]], name_of: Any) -> None:
    by_table: dict[str, list[tuple[str, int, int]]] = {}
    for key, (low, high) in _INT_RANGES.items():
        table, column = key.split(".")
        by_table.setdefault(table, []).append((column, low, high))
    for table, ranges in by_table.items():  # one pass per table: each pass converts again
        for index, row in enumerate(data[table]):
            for column, low, high in ranges:
                problem = int_problem(row[column], low, high)
                if problem:
                    raise _Where(name_of(table, index)).fail(ValidationError(problem, field=column))
