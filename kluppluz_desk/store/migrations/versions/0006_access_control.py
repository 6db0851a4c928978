"""Access control: confidential cases, staff named on a case, administrators, database
logins, and (PostgreSQL only) row-level security on every table with case data.

The policies are the visibility rule of domain/access.py in SQL. They are keyed on
`session_user`, the login the connection authenticated as (SET ROLE cannot change it and
no session variable is trusted), looked up in `db_login`. The helper functions are
SECURITY DEFINER so the policy on case_record can read case_named_staff and db_login
without recursing through their own policies. The table owner (who runs the migrations)
is not subject to the policies; people work with their own logins (docs/installing.md).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHILD_TABLES = (
    "informed", "timeline_note", "letter", "extension", "pause", "improvement_action",
    "escalation", "attachment", "case_named_staff",
)  # fmt: skip

_ME = """
SELECT s.id FROM db_login d JOIN staff s ON s.id = d.staff_id
 WHERE d.role_name = session_user AND s.active
   AND NOT (s.is_administrator AND s.role NOT IN ('quality_officer', 'director'))
"""
_SEES_ALL = """
SELECT EXISTS (SELECT 1 FROM db_login d JOIN staff s ON s.id = d.staff_id
 WHERE d.role_name = session_user AND s.active AND s.role IN ('quality_officer', 'director'))
"""
_MY_LOCATIONS = """
SELECT l.id FROM location l
 WHERE kluppluz_case_staff_id() IN (l.location_manager_id, l.cluster_manager_id,
                                     l.regional_manager_id)
"""
_NAMED = """
SELECT n.case_id FROM case_named_staff n WHERE n.staff_id = kluppluz_case_staff_id()
"""

# (SELECT f()) makes each function an InitPlan: evaluated once per query, not per row.
_CASE_RULE = """
(SELECT kluppluz_sees_all())
OR handler_id = (SELECT kluppluz_case_staff_id())
OR id IN (SELECT kluppluz_named_case_ids())
OR (NOT confidential AND location_id IN (SELECT kluppluz_my_location_ids()))
"""
_CHILD_RULE = "(SELECT kluppluz_sees_all()) OR case_id IN (SELECT id FROM case_record)"
_AUDIT_RULE = "case_id IS NULL OR " + _CHILD_RULE


def _function(name: str, returns: str, body: str) -> None:
    op.execute(
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path FROM CURRENT AS $fn$" + body + "$fn$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {name}() TO PUBLIC")


def _policy(table: str, rule: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY kluppluz_access ON {table} FOR ALL TO PUBLIC "
        f"USING ({rule}) WITH CHECK ({rule})"
    )


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: rebuilding case_record on SQLite would drop the
    # quick-search triggers of migration 0002.
    op.add_column(
        "staff",
        sa.Column("is_administrator", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "case_record",
        sa.Column("confidential", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "case_record",
        sa.Column("confidential_reason", sa.String(30), nullable=False, server_default=""),
    )
    op.create_table(
        "case_named_staff",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], ondelete="CASCADE",
                                name=op.f("fk_case_named_staff_case_id_case_record")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_case_named_staff_staff_id_staff")),
        sa.PrimaryKeyConstraint("case_id", "staff_id", name=op.f("pk_case_named_staff")),
    )  # fmt: skip
    op.create_index(op.f("ix_case_named_staff_staff_id"), "case_named_staff", ["staff_id"])
    op.create_table(
        "db_login",
        sa.Column("role_name", sa.String(63), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_db_login_staff_id_staff")),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_db_login")),
    )  # fmt: skip
    op.create_index(op.f("ix_db_login_staff_id"), "db_login", ["staff_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    _function("kluppluz_case_staff_id", "integer", _ME)
    _function("kluppluz_sees_all", "boolean", _SEES_ALL)
    _function("kluppluz_my_location_ids", "SETOF integer", _MY_LOCATIONS)
    _function("kluppluz_named_case_ids", "SETOF integer", _NAMED)
    _policy("case_record", _CASE_RULE)
    for table in CHILD_TABLES:
        _policy(table, _CHILD_RULE)
    _policy("audit_entry", _AUDIT_RULE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in (*CHILD_TABLES, "case_record", "audit_entry"):
            op.execute(f"DROP POLICY IF EXISTS kluppluz_access ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for name in ("kluppluz_named_case_ids", "kluppluz_my_location_ids",
                     "kluppluz_sees_all", "kluppluz_case_staff_id"):  # fmt: skip
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("db_login")
    op.drop_table("case_named_staff")
    op.drop_column("case_record", "confidential_reason")
    op.drop_column("case_record", "confidential")
    op.drop_column("staff", "is_administrator")
