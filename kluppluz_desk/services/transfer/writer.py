"""Inserting a batch of checked import rows (issue 16: import speed).

On SQLite the rows go to the driver as tuples already in the form SQLAlchemy's bind
processors would give them (`executemany` of one plain INSERT): building a parameter dict
per row and running every value through its processor took a third of the import. The
stored form is the dialect's own (a test compares a database imported this way with one
imported through SQLAlchemy, value by value and type by type):

- a date as 'YYYY-MM-DD' (SQLite DATE's storage format);
- a `UTCDateTime` as naive UTC, 'YYYY-MM-DD HH:MM:SS.ffffff' (UTCDateTime.process_bind_param,
  then SQLite DATETIME's storage format);
- an enum as its value, which the checks found among the allowed ones; booleans, whole
  numbers, texts and bytes as they are (the driver stores a boolean as 0 or 1).

PostgreSQL keeps SQLAlchemy's insert (its driver batches the rows itself), fed the same
converted columns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Table, insert
from sqlalchemy.orm import Session

from ...store.types import UTCDateTime
from .columns import TablePlan, parse_column


def _sqlite_datetime(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_form(plan: TablePlan) -> list[Callable[[Any], Any] | None]:
    """Per column, what turns a converted value into SQLite's stored form (None: as is)."""
    forms: list[Callable[[Any], Any] | None] = []
    for column in plan.columns:
        if isinstance(column.type, UTCDateTime):
            forms.append(_sqlite_datetime)
        elif isinstance(column.type, Date):
            forms.append(date.isoformat)
        else:
            forms.append(None)
    return forms


class BatchWriter:
    """Inserts checked rows of the import's tables into `session`'s transaction."""

    def __init__(self, session: Session, backend: str) -> None:
        self.session = session
        self.sqlite = backend == "sqlite"
        self._plans: dict[str, tuple[TablePlan, list[Callable[[Any], Any] | None], str]] = {}

    def _plan(self, table: Table) -> tuple[TablePlan, list[Callable[[Any], Any] | None], str]:
        if table.name not in self._plans:
            plan = TablePlan(table)
            quote = self.session.get_bind().dialect.identifier_preparer.quote
            sql = (
                f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, plan.names))}) "
                f"VALUES ({', '.join('?' for _ in plan.names)})"
            )
            self._plans[table.name] = (plan, _sqlite_form(plan), sql)
        return self._plans[table.name]

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert `rows` (raw rows of the document, checked) of `table`."""
        if not rows:
            return
        plan, forms, sql = self._plan(table)
        read = plan.raw_columns(rows)
        if read is None:  # pragma: no cover - the checks refused such rows already
            raise ValueError(f"unchecked rows of {table.name}")
        columns = plan.converted(read[0])
        if not self.sqlite:
            names = plan.names
            values = zip(*columns, strict=True)
            dicts = [dict(zip(names, row, strict=True)) for row in values]
            self.session.execute(insert(table), dicts)
            return
        for position, form in enumerate(forms):
            if form is not None:
                columns[position] = parse_column(form, columns[position])
        self.session.connection().exec_driver_sql(sql, list(zip(*columns, strict=True)))
