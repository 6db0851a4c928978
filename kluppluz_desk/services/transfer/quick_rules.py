"""The program's rules of `rules.check_rules` asked a column at a time (issue 16).

`QuickRules.batch_passes` answers True only when `check_rules` would find nothing wrong in
a batch of converted rows (dates as `date`); when unsure it answers False and the exact
rules run. The rules themselves are called where that is cheap and exact: `clean_value` on
each DISTINCT value of a case field (a pure function of its value: a few hundred dates and
a handful of choices per batch instead of 25 calls a case), `check_case_status` on one
real case of each distinct combination of the values it reads, the settings' own check on
the settings. Only the ones that compare values across a row (dates against the receipt,
whole-number ranges, free texts of 100,000 cases) are tested as whole columns here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import compress, repeat
from operator import is_, is_not, lt
from typing import Any

from ...domain.case_fields import CASE_FIELDS, FieldSpec, clean_value
from ...domain.case_rules import STEP_DATE_FIELDS, check_case_status
from ...domain.values import FIRST_DATE, LAST_DATE
from ..masterdata.items import ENTITIES
from .rules import _INT_RANGES, _RECORD_DATES, _REQUIRED_RECORD_TEXTS, _check_settings

_SURROGATE = re.compile("[\ud800-\udfff]")
_NONE = type(None)
# What `check_case_status` reads of a case (a test holds this list to the function).
STATUS_INPUTS = ("closed_on", "acknowledged_on", "satisfaction_checked_on", "satisfaction_outcome")
# Beyond this many distinct values a free text is tested as a column, not value by value.
_DISTINCT_CALLS = 64

Cols = dict[str, Sequence[Any]]


def _present(values: Sequence[Any]) -> list[Any]:
    return list(compress(values, map(is_not, values, repeat(None))))


def dates_pass(values: Sequence[Any], latest: date) -> bool:
    """Every value None or a `date` (no datetime) from 1900 up to `latest` (`date_problem`
    and "not in the future")."""
    present = _present(values)
    if not present:
        return True
    if not set(map(type, present)) <= {date}:  # a datetime is no date here
        return False
    return bool(min(present) >= FIRST_DATE and max(present) <= min(latest, LAST_DATE))


def _not_before(values: Sequence[Any], earliest: Sequence[Any]) -> bool:
    """No present value lies before the value beside it in `earliest`."""
    mask = list(map(is_not, values, repeat(None)))
    return not any(map(lt, compress(values, mask), compress(earliest, mask)))


def field_passes(spec: FieldSpec, values: Sequence[Any]) -> bool:
    """`clean_value(spec, value)` accepts every value (raises ValidationError if not)."""
    distinct = set(values)
    if spec.kind in ("text", "longtext") and not spec.required and len(distinct) > _DISTINCT_CALLS:
        # check_text: None or a text without lone surrogates within the limit (removing
        # NUL characters and trimming only make a text shorter).
        if not set(map(type, distinct)) <= {str, _NONE}:
            return False
        texts = list(filter(None, distinct))
        return (
            not texts
            or max(map(len, texts)) <= spec.max_length
            and _SURROGATE.search("".join(texts)) is None
        )
    for value in distinct:
        clean_value(spec, value)
    return True


class QuickRules:
    """Fed every table in the import's order, a batch at a time."""

    def __init__(self, now: date) -> None:
        self.now = now
        self.received: dict[Any, Any] = {}  # case id -> date of receipt
        self.settings: list[dict[str, Any]] = []
        self.ranges: dict[str, list[tuple[str, int, int]]] = {}
        for key, (low, high) in _INT_RANGES.items():
            table, column = key.split(".")
            self.ranges.setdefault(table, []).append((column, low, high))
        self.required = {kind: entity.required for kind, entity in ENTITIES.items()}
        self.required.update(_REQUIRED_RECORD_TEXTS)

    def batch_passes(self, table: str, cols: Cols) -> bool:
        if table == "setting":
            rows = zip(*cols.values(), strict=True)
            self.settings += [dict(zip(cols, row, strict=True)) for row in rows]
        for column, low, high in self.ranges.get(table, ()):
            values = cols[column]
            if values and not (
                set(map(type, values)) <= {int} and low <= min(values) and max(values) <= high
            ):
                return False
        if table == "case_record" and not self._cases_pass(cols):
            return False
        if not self._record_dates_pass(table, cols):
            return False
        if table == "improvement_action" and not dates_pass(cols["due_on"], LAST_DATE):
            return False
        return all(
            all(value.strip() for value in cols[column] if isinstance(value, str))
            for column in self.required.get(table, ())
        )

    def whole_passes(self) -> bool:
        """The settings, read whole (raises ValidationError when they are wrong)."""
        _check_settings(self.settings, lambda table, index: f"{table}[{index}]")
        return True

    def _cases_pass(self, cols: Cols) -> bool:
        for name, spec in CASE_FIELDS.items():
            if spec.kind != "ref" and not field_passes(spec, cols[name]):
                return False
        # check_case_dates: the receipt present; no date in the future or before the receipt.
        received = cols["received_on"]
        if None in received or not dates_pass(received, self.now):
            return False
        if not dates_pass(cols["child_birth_date"], self.now):
            return False
        for name in STEP_DATE_FIELDS:
            if not dates_pass(cols[name], self.now) or not _not_before(cols[name], received):
                return False
        # check_case_status on one case of each combination of its inputs.
        combinations = zip(
            cols["status"],
            *(map(is_, cols[name], repeat(None)) for name in STATUS_INPUTS),
            strict=True,
        )
        for index in dict(zip(combinations, range(len(received)), strict=True)).values():
            check_case_status({name: values[index] for name, values in cols.items()})
        self.received.update(zip(cols["id"], received, strict=True))
        return True

    def _record_dates_pass(self, table: str, cols: Cols) -> bool:
        """check_record_dates of the records of a case, and an escalation's outcome."""
        checked = [(c, future) for t, c, _label, future in _RECORD_DATES if t == table]
        if not checked or not cols["case_id"]:
            return True
        received = list(map(self.received.__getitem__, cols["case_id"]))
        for column, future_allowed in checked:
            values = cols[column]
            if not dates_pass(values, LAST_DATE if future_allowed else self.now):
                return False
            if not _not_before(values, received):
                return False
        if table == "escalation":
            submitted = cols["submitted_on"]
            if None in submitted or not _not_before(cols["outcome_on"], submitted):
                return False
        return True
