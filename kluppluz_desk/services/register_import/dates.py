"""Dates as an old register holds them: real Excel dates, Excel serial numbers that lost
their format, and Dutch text ("3-2-2021", "03/02/21", "3 februari 2021", "3 feb. 2021",
"2021-02-03"). Day before month, always: that is how Dutch registers are typed.

Own parser rather than babel's: babel parses one pattern per locale and does not accept the
mix of separators and abbreviations a register typed over ten years contains.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "mar": 3, "mrt.": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_NUMERIC = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(?:[a-z]+\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{2}|\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)


class DateProblem(ValueError):
    """The value is not a date; the message is Dutch and names the value."""


def _year(text: str) -> int:
    value = int(text)
    # Two-digit years in a register are this century ("3-2-21" is 2021).
    return 2000 + value if len(text) == 2 else value


def _make(year: int, month: int, day: int, raw: object) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(f"'{raw}' is geen bestaande datum") from None


def parse_date(value: object) -> date | None:
    """The date in a cell, None for an empty cell; raises DateProblem otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateProblem(f"'{value}' is geen datum")
    if isinstance(value, int | float):
        # A date whose cell format was lost shows as Excel's serial number.
        if 20_000 <= value <= 80_000:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise DateProblem(f"'{value:g}' is geen datum")
    text = str(value).strip().lower()
    if not text:
        return None
    match = _NUMERIC.match(text)
    if match:
        day, month, year = match.groups()
        return _make(_year(year), int(month), int(day), value)
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        return _make(int(year), int(month), int(day), value)
    match = _WORDS.match(text)
    if match:
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name.rstrip("."))
        if month is None:
            raise DateProblem(f"'{value}': onbekende maand '{month_name}'")
        return _make(_year(year), month, int(day), value)
    if text.isdigit():
        return parse_date(int(text))
    raise DateProblem(f"'{value}' is geen datum")
