"""GiST instead of GIN for the trigram indexes of the three short search columns.

The quick search on PostgreSQL is `column ILIKE '%text%'` over five columns, each with a
pg_trgm index (0012). For a short text such as a name a GIN index reads the whole posting
list of every trigram of the pattern: when many names share a beginning ("Ouder ...",
"Jansen ...") those lists hold nearly every case, and one keystroke at 100,000 cases spent
1.0 of its 1.2 ms there (issue 16: PostgreSQL was more than 3x SQLite). A GiST index with
a 64-byte signature per row checks the pattern's trigrams against each name's signature at
once: 0.2 ms for the same search. For the long texts (summary, description) signatures
fill up and GIN stays the better index, so those two keep theirs.

The index stays a pre-filter: every hit is rechecked with the same ILIKE, so the cases
found are exactly those found before. Where pg_trgm is missing (0012 could not create it)
or the server is older than PostgreSQL 13 (no signature length), nothing changes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Spelled out, not imported: a migration stays as it was written.
PG_TRIGRAM_PREFIX = "case_record_search_trgm_"
SHORT_COLUMNS = ("reference", "submitter_name", "child_name")


def _trigram_schema() -> str | None:
    """pg_trgm's schema on a server that takes a signature length; None otherwise."""
    conn = op.get_bind()
    if int(conn.execute(text("SHOW server_version_num")).scalar() or 0) < 130000:
        return None
    schema = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
            "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()
    return None if schema is None else str(schema)


def _rebuild(method: str, opclass: str) -> None:
    for column in SHORT_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS {PG_TRIGRAM_PREFIX}{column}")
        op.execute(
            f"CREATE INDEX {PG_TRIGRAM_PREFIX}{column} ON case_record "
            f"USING {method} ({column} {opclass})"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _trigram_schema()
    if schema is not None:
        _rebuild("gist", f'"{schema}".gist_trgm_ops(siglen=64)')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _trigram_schema()
    if schema is not None:
        _rebuild("gin", f'"{schema}".gin_trgm_ops')
