"""The quick-search index (SQLite FTS5, created by migration 0002) as seen from the code.

Quick search finds the same cases on SQLite as on PostgreSQL (ILIKE), whatever the case or
the script of the name typed (tests/services/test_search_names.py)."""

from __future__ import annotations

from typing import Any

SEARCH_TABLE = "case_search"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic autogenerate: the FTS table and its shadow tables are not model tables."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def clean_search_text(text: str) -> str:
    """What is typed, without characters no stored text can hold: NUL (it ends an FTS5
    query early) and lone surrogates (no database can encode them)."""
    return "".join(ch for ch in text if ch != "\x00" and not "\ud800" <= ch <= "\udfff").strip()


def usable_for(text: str) -> bool:
    """The trigram index answers substring searches of three or more characters."""
    return len(text) >= 3


def match_phrase(text: str) -> str:
    """`text` as one FTS5 phrase: a substring search in the trigram index.

    MATCH rather than LIKE: the trigram tokenizer folds case over all of Unicode, where
    SQLite's LIKE (and lower()) only knows A-Z, so "Özil" or "Ângela" were never found.
    Inside a phrase only the double quote is special; it is doubled.
    """
    return '"' + text.replace('"', '""') + '"'


def case_variants(text: str) -> list[str]:
    """Spellings of a short `text` (under three characters, no index) that SQLite's
    ASCII-only case-insensitive LIKE needs to find it the way PostgreSQL's ILIKE does: each
    non-ASCII letter in lower and upper case (at most four variants)."""
    variants = [""]
    for ch in text.lower():
        options = {ch}
        if not ch.isascii() and len(ch.upper()) == 1:
            options.add(ch.upper())
        variants = [v + o for v in variants for o in sorted(options)]
    return variants
