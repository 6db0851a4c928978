"""The quick-search index (SQLite FTS5, created by migration 0002) as seen from the code."""

from __future__ import annotations

from typing import Any

SEARCH_TABLE = "case_search"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic autogenerate: the FTS table and its shadow tables are not model tables."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def usable_for(text: str) -> bool:
    """The trigram index answers substring searches of three or more plain characters."""
    return len(text) >= 3 and not any(ch in text for ch in '%_\\"')
