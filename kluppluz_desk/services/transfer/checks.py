"""Checking an import document completely before anything is written: format and version,
structure against the JSON Schema's columns, every value, references and duplicates, and the
same domain rules the services apply (rules.py). One Dutch message names the record and
field. Also converts checked rows to what the database takes, a batch at a time.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterator, Sequence
from typing import Any, cast, overload

from sqlalchemy import Column, Table

from ...domain.errors import ValidationError
from ...domain.values import describe, int_problem, text_problem
from .column_rules import ColumnCheck, key_columns, unique_column_sets
from .columns import INSERT_BATCH, loader, missing_value
from .quick import passes_quickly
from .rules import check_rules
from .schema import FORMAT_NAME, FORMAT_VERSION, LATER_COLUMNS, LATER_TABLES, tables
from .stream import SpooledTable


def _record_name(document: dict[str, Any], table: str, index: int) -> str:
    rows = document.get(table)
    label = f"{table}[{index}]"
    row = rows[index] if isinstance(rows, list | SpooledTable) and index < len(rows) else None
    if isinstance(row, dict):
        for key in ("reference", "name", "key", "id"):
            value = row.get(key)
            if isinstance(value, str) and text_problem(value, 100) is None:
                return f"{label} ({value})"
            if isinstance(value, int) and int_problem(value) is None:
                return f"{label} ({value})"
    return label


class _LazyName:
    """`_record_name` of a record, worked out when a message is written."""

    def __init__(self, document: dict[str, Any], table: str, index: int) -> None:
        self.document, self.table, self.index = document, table, index

    def __str__(self) -> str:
        return _record_name(self.document, self.table, self.index)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _check_structure(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every row's shape and values; returns the key columns `_check_keys` reads. One
    pass per table: a streamed table is parsed again for every pass (issue 16)."""
    wanted = key_columns()
    keys: dict[str, list[dict[str, Any]]] = {}
    known = {"format", "version", "exported_at", "program_version", "schema_revision"}
    for name in LATER_TABLES:  # an export written before the table existed has none
        document.setdefault(name, [])
    for table in tables():
        known.add(table.name)
        rows = document.get(table.name)
        if rows is None:
            raise ValidationError(f"In het bestand ontbreekt het onderdeel '{table.name}'.")
        if not isinstance(rows, list | SpooledTable):  # a file's table: read as a stream
            raise ValidationError(f"Onderdeel '{table.name}' moet een lijst zijn.")
        checks = [ColumnCheck(c) for c in table.columns]
        names = {c.name for c in checks}
        later = LATER_COLUMNS.get(table.name, frozenset())
        loaded = [c for c in table.columns if _needs_loading(c)]
        key_cols = [c for c in table.columns if c.name in wanted[table.name]]
        keys[table.name] = table_keys = []
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise ValidationError(f"Record {table.name}[{index}] is geen object.")
            # Named only when something is wrong: a streamed table reads the row again.
            where = _LazyName(document, table.name, index)
            for check in checks:
                if check.name not in row and check.name in later:
                    continue  # an older document: the column imports as NULL
                if check.name not in row:
                    raise ValidationError(f"In record {where} ontbreekt het veld '{check.name}'.")
                problem = check.problem(row[check.name])
                if problem:
                    raise ValidationError(f"In record {where}: veld '{check.name}' {problem}.")
            extra = set(row) - names
            if extra:
                raise ValidationError(
                    f"In record {where} staat een onbekend veld: {', '.join(sorted(extra))}."
                )
            for column in loaded:  # every date, time and binary value loads
                value = row.get(column.name)
                if value is not None:
                    try:
                        _parse(column, value)
                    except (ValueError, binascii.Error):
                        _load_value(column, value, str(where))
            table_keys.append({c.name: _load_value(c, row.get(c.name), "") for c in key_cols})
    extra = set(document) - known
    if extra:
        raise ValidationError(
            f"Het bestand bevat onbekende onderdelen: {', '.join(sorted(extra))}."
        )
    return keys


def _check_header(document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT_NAME:
        raise ValidationError("Dit bestand is geen KluppluZ Desk-export (veld 'format').")
    version = document.get("version")
    if version != FORMAT_VERSION:
        raise ValidationError(
            f"Dit bestand heeft exportversie {version!r}; deze versie van KluppluZ Desk leest "
            f"versie {FORMAT_VERSION}. Er is niets geïmporteerd."
        )


def _load_value(column: Column[Any], value: Any, where: str) -> Any:
    if value is None:
        return None
    try:
        return _parse(column, value)
    except (ValueError, binascii.Error):
        raise ValidationError(
            f"In record {where} heeft veld '{column.name}' een ongeldige waarde: {describe(value)}."
        ) from None


def _parse(column: Column[Any], value: Any) -> Any:
    """`value` (not None) loaded for `column` by its `columns.loader`; ValueError or
    binascii.Error when invalid."""
    load = loader(column)
    return value if load is None else load(value)


def _needs_loading(column: Column[Any]) -> bool:
    return loader(column) is not None


def convert_rows(
    document: dict[str, Any], table: Table, start: int = 0, stop: int | None = None
) -> list[dict[str, Any]]:
    """Rows `start:stop` of `table`, ready to insert (dates parsed, binaries decoded)."""
    loaded = [c for c in table.columns if _needs_loading(c)]
    plain = [(c.name, missing_value(c)) for c in table.columns if not _needs_loading(c)]
    rows = []
    for index, row in enumerate(document[table.name][start:stop], start=start):
        out = {name: row.get(name, missing) for name, missing in plain}
        for column in loaded:
            value = row.get(column.name)
            if value is not None:
                try:
                    value = _parse(column, value)
                except (ValueError, binascii.Error):
                    # Named only now: naming every record up front cost seconds.
                    _load_value(column, value, _record_name(document, table.name, index))
            out[column.name] = value
        rows.append(out)
    return rows


class _ConvertedRows(Sequence[dict[str, Any]]):
    """A table's rows, each converted when it is read (for the rule checks)."""

    def __init__(self, document: dict[str, Any], table: Table) -> None:
        self.document, self.table = document, table

    def __len__(self) -> int:
        return len(self.document[self.table.name])

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            start, stop, _step = index.indices(len(self))
            return convert_rows(self.document, self.table, start, stop)
        position = index if index >= 0 else len(self) + index
        if not 0 <= position < len(self):
            raise IndexError(index)
        return convert_rows(self.document, self.table, position, position + 1)[0]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for start in range(0, len(self), INSERT_BATCH):
            yield from convert_rows(self.document, self.table, start, start + INSERT_BATCH)


def _convert(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {table.name: convert_rows(document, table) for table in tables()}


def _check_keys(document: dict[str, Any], data: dict[str, list[dict[str, Any]]]) -> None:
    for table in tables():
        for cols in unique_column_sets(table):
            seen: dict[tuple[Any, ...], int] = {}
            for index, row in enumerate(data[table.name]):
                key = tuple(row[c.name] for c in cols)
                if key in seen:
                    names = ", ".join(c.name for c in cols)
                    raise ValidationError(
                        f"Record {_record_name(document, table.name, index)} heeft dezelfde "
                        f"{names} als record {_record_name(document, table.name, seen[key])}."
                    )
                seen[key] = index
        for fk in table.foreign_keys:
            target = fk.column
            present = {row[target.name] for row in data[target.table.name]}
            for index, row in enumerate(data[table.name]):
                value = row[fk.parent.name]
                if value is not None and value not in present:
                    raise ValidationError(
                        f"Record {_record_name(document, table.name, index)}, veld "
                        f"'{fk.parent.name}': {target.table.name} {value} komt niet voor in "
                        "het bestand."
                    )


def validate_document(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Check everything; returns rows ready to insert, or raises one Dutch message."""
    check_document(document)
    return _convert(document)


def check_document(document: dict[str, Any]) -> None:
    """Raise one Dutch ValidationError for the first problem; nothing is written."""
    _check_header(document)
    if passes_quickly(document):  # column-wise, at C speed: the common case (issue 16)
        return
    try:  # something may be wrong: the exact checks find the first problem and name it
        _check_keys(document, _check_structure(document))
        # The rules read every converted row, converted as they go: never all kept.
        lazy = {table.name: _ConvertedRows(document, table) for table in tables()}
        check_rules(
            cast(dict[str, list[dict[str, Any]]], lazy),
            lambda table, index: _LazyName(document, table, index),  # named when needed
        )
    except ValidationError as error:
        raise ValidationError(error.message + " Er is niets geïmporteerd.") from None
