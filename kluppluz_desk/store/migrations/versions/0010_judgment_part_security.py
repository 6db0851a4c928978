"""The judgment parts (migration 0005) under the same guard as every other table with case
data: row-level security (a part is visible exactly when its case is, the rule of 0009)
and the server's write check of 0007 (changing a judgment needs the right to edit the
case). 0006 and 0007 listed their tables by hand and judgment_part, added one migration
before, was missed: with their own login a manager could read every judgment's reasoning,
also of confidential cases. tests/store/test_case_tables_guarded.py now fails for any
table with a case_id that lacks either guard.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_RULE = (
    "(SELECT kluppluz_sees_all()) OR EXISTS "
    "(SELECT 1 FROM case_record c WHERE c.id = judgment_part.case_id)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # one PC: the OS account is the boundary (docs/installing.md)
    op.execute("ALTER TABLE judgment_part ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY kluppluz_access ON judgment_part FOR ALL TO PUBLIC "
        f"USING ({_RULE}) WITH CHECK ({_RULE})"
    )
    op.execute(
        "CREATE TRIGGER kluppluz_field_rights BEFORE INSERT OR UPDATE OR DELETE "
        "ON judgment_part FOR EACH ROW EXECUTE FUNCTION kluppluz_check_case_records()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS kluppluz_field_rights ON judgment_part")
    op.execute("DROP POLICY IF EXISTS kluppluz_access ON judgment_part")
    op.execute("ALTER TABLE judgment_part DISABLE ROW LEVEL SECURITY")
