"""The quick-search index (SQLite FTS5, created by migration 0002) as seen from the code.

Quick search finds the same cases on SQLite as on PostgreSQL (ILIKE), whatever the case or
the script of the name typed (tests/services/test_search_names.py)."""

from __future__ import annotations

from typing import Any

SEARCH_TABLE = "case_search"

# PostgreSQL (migrations 0012, 0013): a pg_trgm index on each column the quick search reads
# with ILIKE (services/cases/listing.py), named with this prefix: GiST on the three short
# columns, GIN on the two long texts. Not model indexes: they exist only where the
# extension could be created.
PG_TRIGRAM_PREFIX = "case_record_search_trgm_"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic autogenerate: the FTS table and its shadow tables are not model tables, and
    the trigram index is not a model index."""
    if type_ == "index" and name is not None and name.startswith(PG_TRIGRAM_PREFIX):
        return False
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


def tidy_after_bulk_load(session: Any, tables: list[str]) -> None:
    """PostgreSQL, after an import of many cases, in its transaction: build the trigram
    indexes set aside before the insert (`set_aside_search_indexes`), move the other
    trigram indexes' pending entries into the index proper and gather the planner's
    statistics.
    Without this the planner, seeing no statistics and a long GIN pending list, scans the
    whole table for every keystroke (50 ms at 10,000 cases instead of 0.2 ms) until
    autovacuum comes by. `tables`: the tables just filled. Only indexes the importing role
    owns are tidied (the function refuses others); ANALYZE skips, with a notice, tables it
    may not analyse."""
    from sqlalchemy import text

    for definition in session.info.pop(_SET_ASIDE, []):
        session.execute(text(definition))  # built once over all rows (see set_aside_...)
    session.execute(
        text(
            "SELECT gin_clean_pending_list(c.oid::regclass) FROM pg_class c "
            "JOIN pg_am a ON a.oid = c.relam "  # GIN only: three are GiST since 0013
            "WHERE c.relkind = 'i' AND a.amname = 'gin' AND c.relname LIKE :prefix "
            "AND pg_has_role(c.relowner, 'USAGE')"
        ),
        {"prefix": PG_TRIGRAM_PREFIX.replace("_", "\\_") + "%"},
    )
    # Names from the model's own table list, never from input; quoted all the same.
    session.execute(text("ANALYZE " + ", ".join(f'"{name}"' for name in tables)))


_SET_ASIDE = "kluppluz_search_indexes_set_aside"


def set_aside_search_indexes(session: Any) -> None:
    """PostgreSQL, in an import's transaction before its rows go in: drop the trigram
    indexes of the quick search, to be built again by `tidy_after_bulk_load` in the same
    transaction. Keeping five GIN indexes up to date row by row cost more than building
    them once over all rows (docs/benchmark.md, issue 16 round 5). Only indexes the
    importing role owns are set aside; others are kept up to date as the rows go in. A
    rollback (a refused or cancelled import) brings them back with everything else.
    Other sessions that read the case table wait until the import commits."""
    from sqlalchemy import text

    found = session.execute(
        text(
            "SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_class c "
            "JOIN pg_index i ON i.indexrelid = c.oid "
            "WHERE c.relkind = 'i' AND c.relname LIKE :prefix "
            "AND i.indrelid = 'case_record'::regclass AND pg_has_role(c.relowner, 'USAGE')"
        ),
        {"prefix": PG_TRIGRAM_PREFIX.replace("_", "\\_") + "%"},
    ).all()
    for name, _definition in found:
        # The name comes from the catalogue (our own prefix); quoted all the same.
        session.execute(text(f'DROP INDEX "{name}"'))
    session.info[_SET_ASIDE] = [definition for _name, definition in found]


def vacuum_after_bulk_load(engine: Any, tables: list[str]) -> None:
    """PostgreSQL, after an import has committed: VACUUM the tables it filled, outside any
    transaction (VACUUM cannot run in one). Otherwise autovacuum comes by a minute later
    and works through every new row while the person starts working: at 100,000 cases a
    quick-search keystroke took 7-10 ms during that minute instead of 2 (issue 16, round 5).
    Tables the importing role does not own are skipped by the server with a notice; a
    failure is only logged (the import itself is done, and autovacuum will do it)."""
    import logging

    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            quoted = ", ".join(f'"{name}"' for name in tables)  # the model's own names
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(f"VACUUM {quoted}")
    except DBAPIError as exc:
        logging.getLogger(__name__).warning("VACUUM after the import failed: %s", exc.orig)
