"""A table of an import document a batch at a time, as columns (issue 16: import speed).

Checking and converting 100,000 cases value by value in Python took most of the import's
time (4.8 million calls of the column check). Here a batch of rows is turned into one tuple
per column by C-level builtins (`itemgetter`, `zip`), and each column is converted by `map`
over the standard library's parsers. The exact per-row checks in `checks.py` stay the
authority: this module only says "these rows are certainly fine" (`quick.py`) and gives the
rows to insert (`writer.py`).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import partial
from itertools import islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Date, LargeBinary, Table

from ...store.types import UTCDateTime
from .schema import LATER_COLUMNS

Columns = list[list[Any]]
# Rows are checked, converted and inserted this many at a time (issue 16: memory of a 100k
# import; a streamed table parses a block of 500 rows at a time).
INSERT_BATCH = 5000


def batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """`rows` in lists of `size` (a streamed table parses each block once)."""
    source = iter(rows)
    while batch := list(islice(source, size)):
        yield batch


def _aware_datetime(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise ValueError("no timezone")
    return parsed


def loader(column: Column[Any]) -> Callable[[Any], Any] | None:
    """The parser of a date, time or binary column, else None (`checks._parse` uses it)."""
    if isinstance(column.type, UTCDateTime):
        return _aware_datetime
    if isinstance(column.type, Date):
        return date.fromisoformat
    if isinstance(column.type, LargeBinary):
        return partial(base64.b64decode, validate=True)
    return None


def missing_value(column: Column[Any]) -> Any:
    """What a column left out of an older document imports as (its plain default, else None)."""
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    return None


class TablePlan:
    """How the rows of one table are read as columns and converted."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = list(table.columns)
        self.names = tuple(c.name for c in self.columns)
        self.name_set = frozenset(self.names)
        self.later = LATER_COLUMNS.get(table.name, frozenset())
        self.missing = tuple(missing_value(c) for c in self.columns)
        self.loaders = [loader(c) for c in self.columns]
        self._getters = [itemgetter(name) for name in self.names]

    def raw_columns(self, rows: list[Any]) -> tuple[Columns, bool] | None:
        """The batch's values, one tuple per column, and whether some row left out a later
        column (then it holds `missing_value`). None when a row is no object or its fields
        are not the table's columns: the exact check names that row."""
        if not set(map(type, rows)) <= {dict}:
            return None
        if not rows:
            return [[] for _ in self.names], False
        first = rows[0].keys()
        if first <= self.name_set and self.name_set - first <= self.later:
            # The usual case, every row of the first one's shape: as many fields, and each
            # of the first row's found (`itemgetter` raises KeyError when one is missing).
            # A column at a time: faster than rows of tuples turned round by `zip`.
            try:
                columns = [
                    list(map(getter, rows)) if name in first else [missing] * len(rows)
                    for name, getter, missing in zip(
                        self.names, self._getters, self.missing, strict=True
                    )
                ]
            except KeyError:
                columns = None
            if columns is not None and set(map(len, rows)) == {len(first)}:
                return columns, len(first) < len(self.names)
        for keys in {frozenset(row) for row in rows}:
            if not keys <= self.name_set or not self.name_set - keys <= self.later:
                return None
        rows_filled = [tuple(map(row.get, self.names, self.missing)) for row in rows]
        return [list(column) for column in zip(*rows_filled, strict=True)], True

    def converted(self, raw: Columns) -> Columns:
        """Dates, times and binaries parsed (raises ValueError when one does not parse)."""
        out = list(raw)
        for position, load in enumerate(self.loaders):
            if load is not None:
                out[position] = parse_column(load, raw[position])
        return out


def parse_column(load: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """`load` over the values that are not None, once per distinct value (100,000 cases
    have a few thousand distinct dates; a time stamp is often shared by a whole batch)."""
    distinct = set(values)
    distinct.discard(None)
    loaded = {value: load(value) for value in distinct}
    return list(map(loaded.get, values))  # None stays None
