"""The import's checks done a column at a time: a quick "certainly fine" (issue 16).

`passes_quickly(document)` answers True only when every check of `checks.check_document`
would pass: the structure (`ColumnCheck` of every value, the fields of every record), the
keys (duplicates, references) and the program's rules (`quick_rules.py`). It reads each
table once, a batch of rows at a time, and tests whole columns with C-level builtins
(`set(map(type, ...))`, `max(map(len, ...))`, one regular expression over a column's joined
text for NUL characters and lone surrogates). Whenever it is not sure it answers False and
the exact checks run from the start: they find the first problem and name its record and
field as before, so a bad file gets the same Dutch message, only not sooner.
"""

from __future__ import annotations

import re
from typing import Any

from ...domain.errors import ValidationError
from ...domain.today import today
from ...domain.values import INT64_MAX, INT64_MIN
from .column_rules import ColumnCheck, key_columns, unique_column_sets
from .columns import INSERT_BATCH, TablePlan, batches
from .quick_rules import QuickRules
from .schema import FORMAT_NAME, FORMAT_VERSION, LATER_TABLES, tables
from .stream import SpooledTable

# A NUL character or a lone surrogate half: `text_problem(allow_nul=False)` refuses both.
_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")
_NONE = type(None)
_HEADER = frozenset({"format", "version", "exported_at", "program_version", "schema_revision"})


def _clean_text(text: str) -> bool:
    """No NUL character and no lone surrogate in `text` (ASCII text: one flag and a memchr)."""
    if text.isascii():
        return "\x00" not in text
    return _BAD_CHARACTER.search(text) is None


def column_passes(check: ColumnCheck, values: list[Any]) -> bool:
    """True only when `check.problem(value)` is None for every value."""
    types = set(map(type, values))
    if _NONE in types:
        if not check.nullable:
            return False
        types.discard(_NONE)
    if check.kind == "string":
        if not types <= {str}:
            return False
        if check.enum:
            present = set(values)
            present.discard(None)
            if not present <= check.enum:
                return False
        texts = list(filter(None, values))  # "" and None pass every text rule
        if not texts:
            return True
        if check.max_length is not None and max(map(len, texts)) > check.max_length:
            return False
        return _clean_text("".join(texts))
    if check.kind == "integer":
        if not types <= {int}:  # `type(True)` is bool: a boolean is refused, as int_problem does
            return False
        numbers = [v for v in values if v is not None] if check.nullable else values
        return not numbers or (min(numbers) >= INT64_MIN and max(numbers) <= INT64_MAX)
    if check.kind == "boolean":
        return types <= {bool}
    return True


def passes_quickly(document: dict[str, Any]) -> bool:
    """True when `checks.check_document` would find nothing wrong with `document`; False
    when it may find something."""
    try:
        return _passes(document)
    except (ValidationError, ValueError, TypeError, KeyError, IndexError, OverflowError):
        return False  # a rule refused a value, or a value did not parse: the exact checks tell


def _passes(document: dict[str, Any]) -> bool:
    if document.get("format") != FORMAT_NAME or document.get("version") != FORMAT_VERSION:
        return False
    for name in LATER_TABLES:  # as the exact check: a table added later may be absent
        document.setdefault(name, [])
    all_tables = tables()
    if not set(document) <= _HEADER | {t.name for t in all_tables}:
        return False
    wanted = key_columns()
    rules = QuickRules(today())
    keys: dict[str, dict[str, list[Any]]] = {}
    counts: dict[str, int] = {}
    for table in all_tables:
        rows = document.get(table.name)
        if not isinstance(rows, list | SpooledTable):
            return False
        plan = TablePlan(table)
        checks = [ColumnCheck(c) for c in plan.columns]
        key_at = [(i, name) for i, name in enumerate(plan.names) if name in wanted[table.name]]
        # The exact check reads a left-out key column as None, not as its default.
        later_keys = plan.later & wanted[table.name]
        table_keys: dict[str, list[Any]] = {name: [] for _i, name in key_at}
        count = 0
        for batch in batches(rows, INSERT_BATCH):
            read = plan.raw_columns(batch)
            if read is None or (read[1] and later_keys):
                return False
            raw = read[0]
            if not all(map(column_passes, checks, raw)):
                return False
            converted = plan.converted(raw)
            for position, name in key_at:
                table_keys[name].extend(converted[position])
            if not rules.batch_passes(table.name, dict(zip(plan.names, converted, strict=True))):
                return False
            count += len(batch)
        keys[table.name], counts[table.name] = table_keys, count
    return _keys_pass(keys, counts) and rules.whole_passes()


def _keys_pass(keys: dict[str, dict[str, list[Any]]], counts: dict[str, int]) -> bool:
    """No two rows share a unique key, every reference is present (as `_check_keys`)."""
    for table in tables():
        columns = keys[table.name]
        for unique in unique_column_sets(table):
            names = [c.name for c in unique]
            if len(names) == 1:
                distinct = len(set(columns[names[0]]))
            else:
                distinct = len(set(zip(*(columns[name] for name in names), strict=True)))
            if distinct != counts[table.name]:
                return False
        for fk in table.foreign_keys:
            present = set(keys[fk.column.table.name][fk.column.name])
            values = set(columns[fk.parent.name])
            values.discard(None)
            if not values <= present:
                return False
    return True
