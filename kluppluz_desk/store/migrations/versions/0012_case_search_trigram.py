"""A trigram index for the quick search on PostgreSQL (SQLite has its FTS5 table, 0002).

The quick search on PostgreSQL is `column ILIKE '%text%'` over five columns
(services/cases/listing.py); without an index every keystroke read all cases (48 ms at
10,000 cases, 43 times SQLite). One GIN index with pg_trgm's operator class on the five
columns lets the planner combine five index scans (BitmapOr) and recheck the hits with the
same ILIKE, so the cases found are exactly those found before.

pg_trgm ships with PostgreSQL and is a "trusted" extension since PostgreSQL 13: the owner
of the database may create it. Where it cannot be created (an older server, the contrib
package missing, no CREATE right) the migration still succeeds without the index and logs
a warning with the two statements a database administrator can run later; the search then
scans as before.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# Spelled out, not imported: a migration stays as it was written (store/search.py names the
# same index for Alembic's comparison).
PG_TRIGRAM_PREFIX = "case_record_search_trgm_"
PG_SEARCH_COLUMNS = ("reference", "submitter_name", "child_name", "public_summary", "description")


def _trigram_schema() -> str | None:
    """The schema pg_trgm lives in, creating the extension if need be; None if it cannot."""
    conn = op.get_bind()
    find = text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = conn.execute(find).scalar()
    if schema is None:
        try:
            # A savepoint: a refused CREATE EXTENSION must not abort the whole upgrade.
            with conn.begin_nested():
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except DBAPIError as exc:
            log.warning(
                "Quick search on PostgreSQL without a trigram index: pg_trgm could not be "
                "created (%s). A database administrator can run: CREATE EXTENSION pg_trgm; %s",
                str(exc.orig).strip().splitlines()[0] if exc.orig else exc,
                " ".join(_create_statements("gin_trgm_ops")),
            )
            return None
        schema = conn.execute(find).scalar()
    return None if schema is None else str(schema)


def _create_statements(opclass: str) -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {PG_TRIGRAM_PREFIX}{column} ON case_record "
        f"USING gin ({column} {opclass});"
        for column in PG_SEARCH_COLUMNS
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _trigram_schema()
    if schema is None:
        return
    # The operator class named with its schema: the extension may sit outside search_path.
    for statement in _create_statements(f'"{schema}".gin_trgm_ops'):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # The extension stays: other databases' objects or a DBA's own indexes may use it.
    for column in PG_SEARCH_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS {PG_TRIGRAM_PREFIX}{column}")
