"""The director takes her own step: recording her decision on a serious case moves it on.

Migration 0007's trigger let the director fill in her decision but refused any change of
`status` to everyone without `edit_case`, so no single login could take the step
"Besluit directeur vastleggen": the director may not move the status, K&V may not write
the decision. The rights table (domain/access.py) now has a step right of its own,
`decision_step` (STEP_RIGHTS), held by the director and K&V. This migration replaces
`kluppluz_my_rights()` (the frozen rights copy now holds that right) and the case-field
trigger function: `status` may change without `edit_case` ONLY along a move listed in
STATUS_MOVES — from "awaiting director" to "assigned", the move of that step — and only
for a login that holds the move's right. Everything else the step writes is already
allowed to her: her own decision columns, the bookkeeping columns (updated_at, version,
next_due_*), the system note on the timeline (`add_note`) and the audit rows (the audit
trail's own policy of 0006).

The copies below are frozen (a migration must not change when the code does);
tests/store/test_decision_step_sql.py holds them equal to domain/access.py and
domain/procedure.py.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# (staff role, is administrator) -> rights; the union of domain.access.roles_for.
_KV = ("see_all_cases", "see_own_cases", "register_case", "edit_case", "decision_step",
       "add_note", "propose_solution", "mark_confidential", "send_letters", "export",
       "annual_report", "master_data", "settings")  # fmt: skip
_DIRECTOR = ("see_all_cases", "see_own_cases", "add_note", "serious_case_decision",
             "decision_step")  # fmt: skip
_HANDLER = ("see_own_cases", "add_note", "propose_solution")
_ADMIN = ("master_data", "settings", "users")
HANDLER_ROLES = ("location_manager", "cluster_manager", "regional_manager", "support")
STAFF_RIGHTS: dict[tuple[str, bool], tuple[str, ...]] = {
    ("quality_officer", False): _KV,
    ("quality_officer", True): _KV + _ADMIN,
    ("director", False): _DIRECTOR,
    ("director", True): _DIRECTOR + _ADMIN,
    **{(role, False): _HANDLER for role in HANDLER_ROLES},
    **{(role, True): _ADMIN for role in HANDLER_ROLES},
}
# Case columns with a right of their own (domain.access.FIELD_RIGHTS); others: edit_case.
FIELD_RIGHTS = {
    "solution_text": "propose_solution",
    "solution_proposed_on": "propose_solution",
    "director_decision": "serious_case_decision",
    "director_decided_on": "serious_case_decision",
    "confidential": "mark_confidential",
    "confidential_reason": "mark_confidential",
}
# Status moves that a step right allows (domain.access.STEP_RIGHTS with the sources and
# target of each step in domain.procedure.TRANSITIONS): (from, to) -> right.
STATUS_MOVES: dict[tuple[str, str], str] = {("awaiting_director", "assigned"): "decision_step"}
BOOKKEEPING = ("updated_at", "version", "next_due_on", "next_due_clock")


def _q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(_q(v) for v in values) + "]::text[]"


def _rights_case() -> str:
    whens = " ".join(
        f"WHEN s.role = {_q(role)} AND s.is_administrator = {str(admin).lower()} "
        f"THEN {_array(rights)}"
        for (role, admin), rights in STAFF_RIGHTS.items()
    )
    return f"CASE {whens} ELSE ARRAY[]::text[] END"


def _field_case(column: str) -> str:
    whens = " ".join(f"WHEN {_q(k)} THEN {_q(v)}" for k, v in FIELD_RIGHTS.items())
    return f"CASE {column} {whens} ELSE 'edit_case' END"


def _moves() -> str:
    rows = ", ".join(f"({_q(a)}, {_q(b)}, {_q(r)})" for (a, b), r in STATUS_MOVES.items())
    return f"(VALUES {rows}) AS m(source, target, needed)"


MY_RIGHTS = f"""
CREATE OR REPLACE FUNCTION kluppluz_my_rights() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
SELECT COALESCE((SELECT {_rights_case()} FROM db_login d JOIN staff s ON s.id = d.staff_id
                  WHERE d.role_name = session_user AND s.active), ARRAY[]::text[])
$fn$
"""

CHECK_CASE_FIELDS = f"""
CREATE OR REPLACE FUNCTION kluppluz_check_case_fields() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
DECLARE
  mine text[];
  refused text;
  status_move_allowed boolean;
BEGIN
  IF kluppluz_unchecked(TG_RELID) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  mine := kluppluz_my_rights();
  IF TG_OP = 'INSERT' THEN
    IF NOT 'register_case' = ANY(mine) THEN
      PERFORM kluppluz_refuse('geen zaak registreren');
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT 'edit_case' = ANY(mine) THEN
      PERFORM kluppluz_refuse('geen zaak verwijderen');
    END IF;
    RETURN OLD;
  END IF;
  -- The status moves along a step with a right of its own: allowed with that right.
  SELECT EXISTS (SELECT 1 FROM {_moves()}
                  WHERE m.source = OLD.status::text AND m.target = NEW.status::text
                    AND m.needed = ANY(mine))
    INTO status_move_allowed;
  SELECT string_agg(n.key, ', ' ORDER BY n.key) INTO refused
    FROM jsonb_each(to_jsonb(NEW)) n
   WHERE n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key)
     AND n.key <> ALL({_array(BOOKKEEPING)})
     AND NOT (n.key = 'status' AND status_move_allowed)
     AND NOT ({_field_case("n.key")} = ANY(mine));
  IF refused IS NOT NULL THEN
    PERFORM kluppluz_refuse('deze velden van de zaak niet wijzigen: ' || refused);
  END IF;
  RETURN NEW;
END $fn$
"""


def _is_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _is_postgres():
        return  # one PC: the OS account is the boundary (docs/installing.md)
    # CREATE OR REPLACE keeps the owner, the grants of 0007 and the triggers that call them.
    op.execute(MY_RIGHTS)
    op.execute(CHECK_CASE_FIELDS)


def downgrade() -> None:
    if not _is_postgres():
        return
    before = importlib.import_module("kluppluz_desk.store.migrations.versions.0007_field_rights")
    for statement in before._FUNCTIONS.split("\n\nCREATE "):
        body = statement if statement.lstrip().startswith("CREATE") else "CREATE " + statement
        if "kluppluz_my_rights()" in body.split("RETURNS")[0] or (
            "kluppluz_check_case_fields()" in body.split("RETURNS")[0]
        ):
            op.execute(body)
