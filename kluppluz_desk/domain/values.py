"""The value rules every entry point shares: text, whole numbers and dates.

The services, the settings and the import all call these, so a value the program refuses
in the editor is refused in an import too, always with a Dutch message naming the field:

- text: must be `str`; no lone surrogate halves (they cannot be stored as UTF-8: SQLite
  raised `UnicodeEncodeError`); within the field's limit (domain/text_limits.py). NUL
  characters are removed by the services (a pasted text may carry one) and refused by the
  import (a file that holds them was not written by this program);
- whole numbers: `int` (not `bool`), inside the 64-bit range a database can store;
- dates: `date` (not `datetime`, whose comparison with a date raises `TypeError`),
  between 1900 and 2200 (9999-12-31 overflowed as soon as a deadline was added), and, where
  that matters, not in the future and not before another date (e.g. the receipt).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any, Final

from .errors import ValidationError
from .plural import plural
from .text_limits import format_count

INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1
FIRST_DATE: Final = date(1900, 1, 1)
LAST_DATE: Final = date(2200, 1, 1)


def surrogate_position(value: str) -> int | None:
    """Index of the first lone surrogate half in `value`, or None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def text_problem(value: Any, limit: int | None, *, allow_nul: bool = True) -> str | None:
    """What is wrong with a text value (Dutch, to follow a field name), or None."""
    if not isinstance(value, str):
        return f"moet tekst zijn, maar is {describe(value)}"
    position = surrogate_position(value)
    if position is not None:
        return (
            f"bevat op positie {position + 1} een ongeldig teken "
            f"(losse surrogaat U+{ord(value[position]):04X})"
        )
    if not allow_nul and "\x00" in value:
        return "bevat een NUL-teken"
    if limit is not None and len(value) > limit:
        return f"is te lang ({format_count(len(value))} tekens; ten hoogste {format_count(limit)})"
    return None


def check_text(
    value: Any,
    label: str,
    *,
    field: str | None = None,
    limit: int | None,
    required: bool = False,
    strip: bool = False,
) -> str:
    """A checked text: None becomes "", NUL characters are removed, `strip` trims it."""
    if value is None:
        value = ""
    if isinstance(value, str):
        value = value.replace("\x00", "")
        if strip:
            value = value.strip()
    problem = text_problem(value, limit)
    if problem:
        raise ValidationError(f"{label} {problem}.", field=field or label)
    if required and not value.strip():
        raise ValidationError(f"{label} is verplicht.", field=field or label)
    result: str = value
    return result


def int_problem(value: Any, low: int = INT64_MIN, high: int = INT64_MAX) -> str | None:
    """What is wrong with a whole number (Dutch, to follow a field name), or None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return f"moet een geheel getal zijn, maar is {describe(value)}"
    if not low <= value <= high:
        return f"moet tussen {low} en {high} liggen, maar is {describe(value)}"
    return None


def check_int(
    value: Any,
    label: str,
    *,
    field: str | None = None,
    low: int = INT64_MIN,
    high: int = INT64_MAX,
) -> int:
    problem = int_problem(value, low, high)
    if problem:
        raise ValidationError(f"{label} {problem}.", field=field or label)
    result: int = value
    return result


def check_id(value: Any, label: str = "Het nummer", *, field: str | None = None) -> int:
    """A record id as given by a caller: a whole number a database can look up."""
    return check_int(value, label, field=field or "id", low=INT64_MIN, high=INT64_MAX)


def date_problem(value: Any) -> str | None:
    if isinstance(value, datetime) or not isinstance(value, date):
        return f"moet een datum zijn, maar is {describe(value)}"
    if not FIRST_DATE <= value <= LAST_DATE:
        return f"valt buiten het bereik ({value.isoformat()})"
    return None


def check_date(
    value: Any,
    label: str,
    *,
    field: str | None = None,
    today: date | None = None,
    not_before: date | None = None,
    not_before_label: str = "de datum van ontvangst",
) -> date:
    """A checked date; `today` given: not after it; `not_before` given: not before it."""
    problem = date_problem(value)
    if problem:
        raise ValidationError(f"{label} {problem}.", field=field or label)
    if not_before is not None and value < not_before:
        raise ValidationError(f"{label} ligt vóór {not_before_label}.", field=field or label)
    if today is not None and value > today:
        raise ValidationError(f"{label} ligt in de toekomst.", field=field or label)
    result: date = value
    return result


def optional_date(value: Any, label: str, **rules: Any) -> date | None:
    return None if value is None else check_date(value, label, **rules)


def describe(value: Any, width: int = 40) -> str:
    """A short, safe rendering of any value for a message: never the whole 10 MB text,
    never a recursion error on a deeply nested list, never a lone surrogate."""
    if isinstance(value, str):
        shown = value[:width] + ("…" if len(value) > width else "")
        text = repr(shown)
    elif isinstance(value, bool | float) or value is None:
        text = repr(value)
    elif isinstance(value, int):
        # str() of a huge int is slow and refused above 4,300 digits: count bits instead.
        text = (
            str(value)
            if value.bit_length() <= 80
            else (f"een getal van ongeveer {int(value.bit_length() * 0.30103) + 1} cijfers")
        )
    elif isinstance(value, list | tuple):
        text = f"een lijst ({plural(len(value), 'element', 'elementen')})"
    elif isinstance(value, dict):
        text = f"een object ({plural(len(value), 'veld', 'velden')})"
    else:
        text = type(value).__name__
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def check_field_types(section: Any, label: str) -> None:
    """Every field of a settings dataclass holds a value of its default's type (a settings
    row read from a file may say `"legal_days": "42"` or `"name": 5`): whole numbers in
    the 64-bit range, true/false as booleans, texts without lone surrogates."""
    for spec in dataclasses.fields(section):
        default = spec.default
        if default is dataclasses.MISSING or default is None:
            continue
        value = getattr(section, spec.name)
        if isinstance(default, bool):
            problem = (
                None
                if isinstance(value, bool)
                else f"moet true of false zijn, maar is {describe(value)}"
            )
        elif isinstance(default, int):
            problem = int_problem(value)
        elif isinstance(default, str):
            problem = text_problem(value, None)
        elif isinstance(default, tuple):  # a list of texts (closing days)
            problem = (
                None
                if isinstance(value, list | tuple)
                and all(isinstance(v, str) and text_problem(v, None) is None for v in value)
                else f"moet een lijst van teksten zijn, maar is {describe(value)}"
            )
        else:
            continue
        if problem:
            raise ValidationError(f"{label}, veld '{spec.name}' {problem}.", field=spec.name)


def check_ids(value: Any, label: str, *, most: int, field: str = "ids") -> list[int]:
    """A list of record ids as a caller gives it (a selection, a page): a list or tuple of
    at most `most` ids (the databases take ~32,000 parameters in one query)."""
    if not isinstance(value, list | tuple):
        raise ValidationError(f"{label} moeten een lijst zijn, maar zijn {describe(value)}.",
                              field=field)  # fmt: skip
    if len(value) > most:
        raise ValidationError(f"Te veel {label.lower()} tegelijk ({len(value)}; ten hoogste "
                              f"{most} per keer).", field=field)  # fmt: skip
    return [check_id(i, label, field=field) for i in value]
