"""Finding the header row and guessing which column is which field.

A register has a title (often merged cells) and empty rows above its header; the header is
the row among the first ones that names the most known fields, with most filled cells.
"""

from __future__ import annotations

from collections.abc import Sequence

from .fields import IMPORT_FIELDS, norm
from .reading import Cell

SCAN_ROWS = 30


def _hits(row: Sequence[Cell]) -> int:
    known = {h for f in IMPORT_FIELDS for h in f.headers}
    return sum(1 for cell in row if isinstance(cell, str) and norm(cell) in known)


def guess_header_row(rows: Sequence[Sequence[Cell]]) -> int:
    """Index (0-based) of the most likely header row."""
    best, best_score = 0, -1
    for index, row in enumerate(rows[:SCAN_ROWS]):
        texts = sum(1 for cell in row if isinstance(cell, str) and cell.strip())
        score = _hits(row) * 10 + texts
        if score > best_score:
            best, best_score = index, score
    return best


def header_names(row: Sequence[Cell]) -> list[str]:
    """The header texts, trimmed; an empty header cell becomes "Kolom N" (1-based)."""
    names = []
    for index, cell in enumerate(row):
        text = " ".join(str(cell).split()) if cell is not None else ""
        names.append(text or f"Kolom {index + 1}")
    return names


def guess_columns(headers: Sequence[str]) -> dict[str, str]:
    """field name → header text, for every field a header clearly names. An exact header
    wins over a looser one ("Datum ontvangst" over "Datum"); each column is used once."""
    taken: set[str] = set()
    result: dict[str, str] = {}
    for exact in (True, False):
        for field in IMPORT_FIELDS:
            if field.name in result:
                continue
            for header in headers:
                if header in taken:
                    continue
                key = norm(header)
                matched = (
                    key in field.headers
                    if exact
                    else any(key.startswith(h + " ") for h in field.headers if len(h) > 3)
                )
                if matched:
                    result[field.name] = header
                    taken.add(header)
                    break
    return result
