"""A sheet as plain data: Dutch column headers with their kind, and rows of Python values
(dates as `date`, counts as `int`, shares as `float` 0..1), so each writer can give Excel
real dates and numbers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

KINDS = ("text", "date", "int", "percent")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    width: int = 0  # characters; 0 = from the header and the first rows


@dataclass(frozen=True)
class Table:
    """One sheet. `rows` may be a generator: writers stream it once."""

    title: str  # the sheet's name in Excel (≤ 31 characters, no []:*?/\)
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def safe_sheet_title(title: str, taken: set[str]) -> str:
    """Excel refuses some characters and titles over 31 characters or used twice."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:31] or "Blad"
    candidate, number = clean, 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate, number = clean[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.lower())
    return candidate
