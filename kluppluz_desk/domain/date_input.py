"""Dates as people type them: "3122026", "3-12-2026", "3/12", "3 dec", "2026-12-03".

The date fields of the program read typed text through `parse_date_text`. It is lenient
about the form (digits only, any of - / . or space between the parts, a Dutch or English
month name, a missing year meaning the current one) but strict about the value: a date
that does not exist or a text that could mean two dates gives a Dutch message, never a
silently wrong date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Final

from .errors import ValidationError
from .months import DUTCH_MONTHS
from .values import FIRST_DATE, LAST_DATE

# Short forms people write that are not a prefix of the Dutch name.
_MONTH_EXTRA: Final = {"mrt": 3, "mar": 3, "may": 5, "oct": 10}

EXAMPLE: Final = "Typ bijvoorbeeld 3-12-2026, 3122026, 3/12 of 3 dec."


def _month_from_word(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in _MONTH_EXTRA:
        return _MONTH_EXTRA[word]
    if len(word) < 3:
        return None
    for number, name in enumerate(DUTCH_MONTHS, start=1):
        if name.startswith(word):
            return number
    return None


def _year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        # A two-digit year is this century: complaints are about the present.
        return 2000 + int(text)
    return None


def _build(day: int, month: int, year: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(f"'{text}' is geen datum: er is geen maand {month}. {EXAMPLE}")
    last = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= day <= last:
        raise ValidationError(
            f"'{text}' bestaat niet: {DUTCH_MONTHS[month - 1]} {year} heeft {last} dagen."
        )
    result = date(year, month, day)
    if not FIRST_DATE <= result < LAST_DATE:
        raise ValidationError(
            f"'{text}' ligt buiten de jaren {FIRST_DATE.year} tot {LAST_DATE.year}."
        )
    return result


def _valid(day: int, month: int, year: int) -> bool:
    try:
        _build(day, month, year, "")
    except ValidationError:
        return False
    return True


def _from_digits(digits: str, text: str, today: date) -> date:
    """Digits only: the day and month may each take one or two digits."""
    n = len(digits)
    if n <= 2:
        return _build(int(digits), today.month, today.year, text)
    if n in (4, 6, 8):
        year = today.year if n == 4 else int(_year(digits[4:]) or 0)
        return _build(int(digits[:2]), int(digits[2:4]), year, text)
    if n in (3, 5, 7):
        # One of day and month has a single digit: try both splits.
        year = today.year if n == 3 else int(_year(digits[3:]) or 0)
        splits = [(int(digits[:1]), int(digits[1:3])), (int(digits[:2]), int(digits[2:3]))]
        fitting = [(d, m) for d, m in splits if _valid(d, m, year)]
        if len(fitting) == 1:
            return _build(fitting[0][0], fitting[0][1], year, text)
        if len(fitting) == 2:
            first, second = (date(year, m, d) for d, m in fitting)
            raise ValidationError(
                f"'{text}' kan {first:%d-%m-%Y} of {second:%d-%m-%Y} zijn. "
                "Typ de datum met streepjes, bijvoorbeeld 3-12-2026."
            )
        raise ValidationError(f"'{text}' is geen bestaande datum. {EXAMPLE}")
    raise ValidationError(f"'{text}' is geen datum. {EXAMPLE}")


def parse_date_text(text: str, today: date) -> date | None:
    """The date `text` means (None for an empty text); ValidationError in Dutch otherwise."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return _from_digits(text, text, today)
    parts = [part for part in re.split(r"[\s\-/.,]+", text) if part]
    if not 2 <= len(parts) <= 3:
        raise ValidationError(f"'{text}' is geen datum. {EXAMPLE}")
    if len(parts) == 3 and len(parts[0]) == 4 and all(p.isdigit() for p in parts):
        # ISO order, as spreadsheets write it: year-month-day.
        return _build(int(parts[2]), int(parts[1]), int(parts[0]), text)
    if not parts[0].isdigit():
        raise ValidationError(f"'{text}' is geen datum. {EXAMPLE}")
    day = int(parts[0])
    month = int(parts[1]) if parts[1].isdigit() else _month_from_word(parts[1])
    if month is None:
        raise ValidationError(f"'{parts[1]}' is geen maand. {EXAMPLE}")
    if len(parts) == 2:
        return _build(day, month, today.year, text)
    year = _year(parts[2]) if parts[2].isdigit() else None
    if year is None:
        raise ValidationError(f"'{parts[2]}' is geen jaartal: typ twee of vier cijfers.")
    return _build(day, month, year, text)
