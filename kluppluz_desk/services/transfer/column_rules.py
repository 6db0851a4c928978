"""The rule of each column of an import, and which columns are keys: shared by the exact
checks (`checks.py`) and the quick column-wise ones (`quick.py`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint

from ...domain.values import describe, int_problem, text_problem
from .schema import column_schema, tables


class ColumnCheck:
    """The JSON Schema rule of one column, compiled to a fast Python check (the shipped
    schema is generated from the same table definitions; a test holds the two together)."""

    def __init__(self, column: Column[Any]) -> None:
        self.name = column.name
        self.nullable = bool(column.nullable)
        rule = column_schema(column)
        rule = rule["anyOf"][0] if "anyOf" in rule else rule
        self.kind = rule["type"]
        self.enum = frozenset(rule.get("enum", ()))
        self.max_length = rule.get("maxLength")

    def problem(self, value: Any) -> str | None:
        if value is None:
            return None if self.nullable else "mag niet leeg zijn"
        if self.kind == "string":
            if not isinstance(value, str):
                return f"verwacht tekst, maar is {describe(value)}"
            if self.enum and value not in self.enum:
                return f"heeft een onbekende waarde: {describe(value)}"
            return text_problem(value, self.max_length, allow_nul=False)
        if self.kind == "integer":
            return int_problem(value)
        if self.kind == "boolean" and not isinstance(value, bool):
            return f"verwacht true of false, maar is {describe(value)}"
        return None


def key_columns() -> dict[str, set[str]]:
    """Per table, the columns `_check_keys` reads: much smaller than every column."""
    wanted: dict[str, set[str]] = {table.name: set() for table in tables()}
    for table in tables():
        names = wanted[table.name]
        names.update(c.name for c in table.primary_key.columns)
        names.update(c.name for c in table.columns if c.unique)
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                names.update(c.name for c in constraint.columns)
        for fk in table.foreign_keys:
            names.add(fk.parent.name)
            wanted[fk.column.table.name].add(fk.column.name)
    return wanted


def unique_column_sets(table: Table) -> list[list[Column[Any]]]:
    """The primary key and every unique column or constraint of `table`."""
    sets = [list(table.primary_key.columns)]
    sets += [[c] for c in table.columns if c.unique]
    sets += [list(uc.columns) for uc in table.constraints if isinstance(uc, UniqueConstraint)]
    return sets
