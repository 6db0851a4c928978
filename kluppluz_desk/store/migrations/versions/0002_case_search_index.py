"""Full-text search index for the case list's quick search (SQLite only).

An FTS5 table with the trigram tokenizer makes a substring search over 100,000 cases take
well under a millisecond instead of a full scan; triggers keep it in step with every insert,
update and delete, whichever code path writes (services, import). PostgreSQL searches the
columns directly.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TEXT = (
    "lower(coalesce({p}.reference,'') || ' ' || coalesce({p}.submitter_name,'') || ' ' || "
    "coalesce({p}.child_name,'') || ' ' || coalesce({p}.public_summary,'') || ' ' || "
    "coalesce({p}.description,''))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize='trigram')")
    op.execute(
        f"INSERT INTO case_search(rowid, body) SELECT id, {_TEXT.format(p='case_record')} "
        "FROM case_record"
    )
    op.execute(
        "CREATE TRIGGER case_search_insert AFTER INSERT ON case_record BEGIN "
        f"INSERT INTO case_search(rowid, body) VALUES (new.id, {_TEXT.format(p='new')}); END"
    )
    op.execute(
        "CREATE TRIGGER case_search_update AFTER UPDATE OF reference, submitter_name, "
        "child_name, public_summary, description ON case_record BEGIN "
        "DELETE FROM case_search WHERE rowid = old.id; "
        f"INSERT INTO case_search(rowid, body) VALUES (new.id, {_TEXT.format(p='new')}); END"
    )
    op.execute(
        "CREATE TRIGGER case_search_delete AFTER DELETE ON case_record BEGIN "
        "DELETE FROM case_search WHERE rowid = old.id; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("case_search_insert", "case_search_update", "case_search_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_search")
