"""Field rights enforced by PostgreSQL itself, and linking one's own PC login.

Row-level security (migration 0006) decides WHICH cases a login reaches; these triggers
decide WHAT it may change there, by the rights table of domain/access.py: a handler may
change the proposed solution of a case they see but not its description, a director only
the serious-case decision, K&V everything but that decision. New records follow the same
table (a note needs `add_note`, a letter `send_letters`, a named person
`mark_confidential`, anything else `edit_case`). The rights below are a frozen copy of
that table (a migration must not change when the code does);
tests/store/test_field_rights_sql.py holds them equal to domain/access.py.

Like the policies, the triggers are keyed on `session_user` via `db_login`; the table
owner, superusers and BYPASSRLS roles (whoever the policies do not apply to: migrations,
the owner's own connection) pass unchecked.

`kluppluz_link_my_login` lets a person without master-data rights answer "who are you?":
it writes their PC login into THEIR OWN staff row (the one their database login belongs
to), only when that row has no PC login yet and no other active staff member uses it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (staff role, is administrator) -> rights; the union of domain.access.roles_for.
_KV = ("see_all_cases", "see_own_cases", "register_case", "edit_case", "add_note",
       "propose_solution", "mark_confidential", "send_letters", "export", "annual_report",
       "master_data", "settings")  # fmt: skip
_DIRECTOR = ("see_all_cases", "see_own_cases", "add_note", "serious_case_decision")
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
# Kept up to date by the services as a side effect of any allowed step (scope.py).
BOOKKEEPING = ("updated_at", "version", "next_due_on", "next_due_clock")
NEW_RECORD_RIGHTS = {"timeline_note": "add_note", "letter": "send_letters",
                     "case_named_staff": "mark_confidential"}  # fmt: skip
CHILD_TABLES = (
    "informed", "timeline_note", "letter", "extension", "pause", "improvement_action",
    "escalation", "attachment", "case_named_staff",
)  # fmt: skip


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


_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION kluppluz_my_rights() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
SELECT COALESCE((SELECT {_rights_case()} FROM db_login d JOIN staff s ON s.id = d.staff_id
                  WHERE d.role_name = session_user AND s.active), ARRAY[]::text[])
$fn$

CREATE OR REPLACE FUNCTION kluppluz_unchecked(relid oid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user
                  AND (r.rolsuper OR r.rolbypassrls))
    OR session_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = relid)
$fn$

CREATE OR REPLACE FUNCTION kluppluz_refuse(what text) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION USING MESSAGE = 'permission denied: uw rol mag ' || what,
          ERRCODE = 'insufficient_privilege',
          HINT = 'Wat elke rol mag, staat in de rechtentabel van KluppluZ Desk.';
END $fn$

CREATE OR REPLACE FUNCTION kluppluz_check_case_fields() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
DECLARE
  mine text[];
  refused text;
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
  SELECT string_agg(n.key, ', ' ORDER BY n.key) INTO refused
    FROM jsonb_each(to_jsonb(NEW)) n
   WHERE n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key)
     AND n.key <> ALL({_array(BOOKKEEPING)})
     AND NOT ({_field_case("n.key")} = ANY(mine));
  IF refused IS NOT NULL THEN
    PERFORM kluppluz_refuse('deze velden van de zaak niet wijzigen: ' || refused);
  END IF;
  RETURN NEW;
END $fn$

CREATE OR REPLACE FUNCTION kluppluz_check_case_records() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
DECLARE
  needed text := 'edit_case';
BEGIN
  IF kluppluz_unchecked(TG_RELID) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'INSERT' THEN
    needed := CASE TG_TABLE_NAME {
    " ".join(f"WHEN {_q(t)} THEN {_q(r)}" for t, r in NEW_RECORD_RIGHTS.items())
}
              ELSE 'edit_case' END;
  END IF;
  IF NOT needed = ANY(kluppluz_my_rights()) THEN
    PERFORM kluppluz_refuse('dit niet wijzigen in ' || TG_TABLE_NAME);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $fn$

CREATE OR REPLACE FUNCTION kluppluz_link_my_login(p_staff_id integer, p_login text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
DECLARE
  me integer;
  have text;
BEGIN
  SELECT s.id, s.login INTO me, have FROM db_login d JOIN staff s ON s.id = d.staff_id
   WHERE d.role_name = session_user AND s.active;
  IF me IS NULL THEN
    PERFORM kluppluz_refuse('zich niet koppelen: deze databaselogin hoort bij niemand');
  END IF;
  IF p_staff_id IS DISTINCT FROM me THEN
    PERFORM kluppluz_refuse('alleen de eigen medewerker kiezen');
  END IF;
  IF btrim(p_login) = '' OR length(p_login) > 150 THEN
    PERFORM kluppluz_refuse('geen lege of te lange login koppelen');
  END IF;
  IF have = p_login THEN
    RETURN me;
  END IF;
  IF have <> '' THEN
    PERFORM kluppluz_refuse('een al gekoppelde login niet vervangen');
  END IF;
  IF EXISTS (SELECT 1 FROM staff o
              WHERE o.id <> me AND lower(btrim(o.login)) = lower(btrim(p_login))) THEN
    PERFORM kluppluz_refuse('geen login overnemen die bij een ander hoort');
  END IF;
  UPDATE staff SET login = p_login WHERE id = me;
  RETURN me;
END $fn$
"""
_NAMES = ("kluppluz_my_rights()", "kluppluz_unchecked(oid)", "kluppluz_refuse(text)",
          "kluppluz_check_case_fields()", "kluppluz_check_case_records()",
          "kluppluz_link_my_login(integer, text)")  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # one PC: the OS account is the boundary (docs/installing.md)
    for statement in _FUNCTIONS.split("\n\nCREATE "):
        op.execute(statement if statement.lstrip().startswith("CREATE") else "CREATE " + statement)
    for name in _NAMES:
        op.execute(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {name} TO PUBLIC")
    op.execute(
        "CREATE TRIGGER kluppluz_field_rights BEFORE INSERT OR UPDATE OR DELETE ON case_record "
        "FOR EACH ROW EXECUTE FUNCTION kluppluz_check_case_fields()"
    )
    for table in CHILD_TABLES:
        op.execute(
            f"CREATE TRIGGER kluppluz_field_rights BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION kluppluz_check_case_records()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("case_record", *CHILD_TABLES):
        op.execute(f"DROP TRIGGER IF EXISTS kluppluz_field_rights ON {table}")
    for name in reversed(_NAMES):
        op.execute(f"DROP FUNCTION IF EXISTS {name}")
