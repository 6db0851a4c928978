"""Row-level security that stays cheap at 100,000 cases (issue 12.7); the same rule.

Measured with EXPLAIN (ANALYZE) on PostgreSQL 15 (docs/access.md, "Speed"): the policies
of migration 0006 were right but planned badly for a manager's dashboard.

- The case rule asked `id IN (SELECT kluppluz_named_case_ids())` and
  `location_id IN (SELECT kluppluz_my_location_ids())`: set-returning functions the planner
  costs at 1,000 rows each, as hashed subplans. It now compares with one array each,
  computed once per statement as an InitPlan: `location_id = ANY ((SELECT ...)::integer[])`.
- The rule for records that belong to a case asked `case_id IN (SELECT id FROM case_record)`,
  which under an OR the planner cannot turn into a join: every statement on a child table
  was costed (and for the dashboard's correlated "days paused" subqueries, costed once per
  case) as a full scan of case_record. The estimated cost of one dashboard statement rose
  above a million, which switched on PostgreSQL's JIT compiler with inlining and
  optimisation: 7 to 9 seconds of compiling for a query that runs in 100 ms. The rule now
  asks `EXISTS (SELECT 1 FROM case_record c WHERE c.id = <table>.case_id)`: one primary-key
  probe per row (the case policy still applies inside it), or one hashed scan when that is
  cheaper, chosen by the planner.

Who sees what does not change: a record is visible exactly when its case is (case_id is a
NOT NULL foreign key on every child table; the audit trail keeps its rows without a case).
- The helper functions were PARALLEL UNSAFE (the default), so no statement that the
  policies touch could use a parallel scan: a K&V search keystroke (a scan of every case)
  took twice as long as the owner's. They only read (db_login, staff, location,
  case_named_staff) and depend on `session_user`, which parallel workers share with the
  leader; they are now PARALLEL SAFE.

The helper functions of 0006 stay (0006's downgrade drops them).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHILD_TABLES = (
    "informed", "timeline_note", "letter", "extension", "pause", "improvement_action",
    "escalation", "attachment", "case_named_staff",
)  # fmt: skip

# `(SELECT kluppluz_case_staff_id())`: an InitPlan, so the login is looked up once per
# call, not once per location row (a SECURITY DEFINER function is never inlined, and 40
# lookups cost 5 ms of a 6 ms dashboard query at 20,000 cases).
_MY_LOCATIONS = """
SELECT coalesce(array_agg(l.id), '{}') FROM location l
 WHERE (SELECT kluppluz_case_staff_id()) IN (l.location_manager_id, l.cluster_manager_id,
                                             l.regional_manager_id)
"""
_NAMED = """
SELECT coalesce(array_agg(n.case_id), '{}') FROM case_named_staff n
 WHERE n.staff_id = (SELECT kluppluz_case_staff_id())
"""

# (SELECT f()) makes each function an InitPlan: evaluated once per statement. The cast
# makes `= ANY (...)` compare with the array, not read the parentheses as a subquery.
_CASE_RULE = """
(SELECT kluppluz_sees_all())
OR handler_id = (SELECT kluppluz_case_staff_id())
OR id = ANY ((SELECT kluppluz_named_case_ids_array())::integer[])
OR (NOT confidential AND location_id = ANY ((SELECT kluppluz_my_location_ids_array())::integer[]))
"""
_OLD_CASE_RULE = """
(SELECT kluppluz_sees_all())
OR handler_id = (SELECT kluppluz_case_staff_id())
OR id IN (SELECT kluppluz_named_case_ids())
OR (NOT confidential AND location_id IN (SELECT kluppluz_my_location_ids()))
"""


def _child_rule(table: str) -> str:
    return (
        "(SELECT kluppluz_sees_all()) OR EXISTS "
        f"(SELECT 1 FROM case_record c WHERE c.id = {table}.case_id)"
    )


_OLD_CHILD_RULE = "(SELECT kluppluz_sees_all()) OR case_id IN (SELECT id FROM case_record)"


# 0006's functions that the new rules still call.
_PARALLEL_SAFE = ("kluppluz_case_staff_id", "kluppluz_sees_all")


def _function(name: str, body: str) -> None:
    op.execute(
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS integer[] LANGUAGE sql STABLE "
        "PARALLEL SAFE SECURITY DEFINER SET search_path FROM CURRENT AS $fn$" + body + "$fn$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {name}() TO PUBLIC")


def _replace_policy(table: str, rule: str) -> None:
    # DROP + CREATE in one transaction: no moment without a policy (RLS stays enabled, so
    # in between the table would show nothing rather than everything).
    op.execute(f"DROP POLICY kluppluz_access ON {table}")
    op.execute(
        f"CREATE POLICY kluppluz_access ON {table} FOR ALL TO PUBLIC "
        f"USING ({rule}) WITH CHECK ({rule})"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _PARALLEL_SAFE:
        op.execute(f"ALTER FUNCTION {name}() PARALLEL SAFE")
    _function("kluppluz_my_location_ids_array", _MY_LOCATIONS)
    _function("kluppluz_named_case_ids_array", _NAMED)
    _replace_policy("case_record", _CASE_RULE)
    for table in CHILD_TABLES:
        _replace_policy(table, _child_rule(table))
    _replace_policy("audit_entry", "case_id IS NULL OR " + _child_rule("audit_entry"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _replace_policy("case_record", _OLD_CASE_RULE)
    for table in CHILD_TABLES:
        _replace_policy(table, _OLD_CHILD_RULE)
    _replace_policy("audit_entry", "case_id IS NULL OR " + _OLD_CHILD_RULE)
    for name in ("kluppluz_named_case_ids_array", "kluppluz_my_location_ids_array"):
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for name in _PARALLEL_SAFE:
        op.execute(f"ALTER FUNCTION {name}() PARALLEL UNSAFE")
