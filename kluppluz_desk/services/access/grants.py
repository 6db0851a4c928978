"""Personal PostgreSQL logins: the SQL a database administrator runs, and running it.

Every person connects with their own login (no shared team password). Two group roles
carry the grants: `kluppluz_user` (read everything, write case data — the row-level
security policies of migration 0006 decide which rows) and `kluppluz_master` (write
master data and settings: K&V and administrators). `db_login` ties the login to a staff
member; only the database owner writes it, so nobody can make themselves K&V.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from ...credentials import remember_secret
from ...domain.access import AccessRole, Right, roles_for
from ...domain.errors import DomainError, NotFoundError, StorageError, ValidationError
from ...domain.values import check_id, check_text, text_problem
from ...store.models import Staff
from ..database import Database

USER_GROUP = "kluppluz_user"
MASTER_GROUP = "kluppluz_master"
CASE_TABLES = (
    "case_record", "informed", "timeline_note", "letter", "extension", "pause",
    "improvement_action", "escalation", "attachment", "case_named_staff",
)  # fmt: skip
MASTER_TABLES = ("region", "staff", "location", "category", "service", "external_body",
                 "letter_template", "setting", "report_draft")  # fmt: skip
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class RolesRefused(StorageError):
    """The program's own login may not create roles: the database administrator runs the
    script (`login_script`, or `grant-access --sql`) instead."""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group_sql(database: str) -> list[str]:
    """Create the two group roles (once per server) and grant them on this database."""
    check_text(database, "De databasenaam", field="database", limit=63, required=True)
    out = []
    for group in (USER_GROUP, MASTER_GROUP):
        out.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    out += [
        f"GRANT CONNECT ON DATABASE {_ident(database)} TO {USER_GROUP}",
        f"GRANT USAGE ON SCHEMA public TO {USER_GROUP}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {USER_GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {USER_GROUP}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CASE_TABLES)} TO {USER_GROUP}",
        f"GRANT INSERT ON audit_entry TO {USER_GROUP}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(MASTER_TABLES)} TO {MASTER_GROUP}",
    ]
    return out


def login_sql(login: str, password: str, staff_id: int, *, master: bool) -> list[str]:
    """Create (or reset) one person's login and tie it to their staff record."""
    # fullmatch: `$` also matches before a final newline, so "anna\n" passed
    if not isinstance(login, str) or not _LOGIN.fullmatch(login):
        raise ValidationError(
            "Een databaselogin bestaat uit kleine letters, cijfers, '_', '.' of '-' en "
            "begint met een letter (hoogstens 63 tekens).", field="login"
        )  # fmt: skip
    problem = text_problem(password, 1_000, allow_nul=False)  # PostgreSQL refuses NUL
    if problem:
        raise ValidationError(f"Het wachtwoord {problem}.", field="password")
    staff_id = check_id(staff_id, "Het medewerkernummer", field="staff_id")
    if len(password) < 12:
        raise ValidationError("Kies een wachtwoord van minstens 12 tekens.", field="password")
    groups = USER_GROUP + (f", {MASTER_GROUP}" if master else "")
    role = _ident(login)
    return [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_literal(login)}) "
        f"THEN CREATE ROLE {role} LOGIN; END IF; END $$",
        f"ALTER ROLE {role} LOGIN PASSWORD {_literal(password)}",
        f"GRANT {groups} TO {role}",
        f"INSERT INTO db_login (role_name, staff_id) VALUES ({_literal(login)}, {staff_id}) "
        "ON CONFLICT (role_name) DO UPDATE SET staff_id = EXCLUDED.staff_id",
    ]


def login_statements_in(session: Session, staff_id: int, login: str, password: str) -> list[str]:
    """The statements that give staff member `staff_id` the `login` on the session's
    database: the groups, the role with its password, its groups by the staff member's
    roles (K&V and administrators also the master-data group) and the db_login row."""
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError("Deze medewerker bestaat niet.")
    roles = roles_for(staff.role, is_administrator=staff.is_administrator)
    master = bool(roles & {AccessRole.QUALITY_OFFICER, AccessRole.ADMINISTRATOR})
    database = session.execute(text("SELECT current_database()")).scalar_one()
    return group_sql(database) + login_sql(login, password, staff_id, master=master)


def grant_access(db: Database, staff_id: int, login: str, password: str) -> list[str]:
    """Give the staff member `login` on this PostgreSQL database; returns the SQL run
    (password hidden). Needs the database owner's connection with CREATEROLE."""
    if db.backend != "postgresql":
        raise DomainError(
            "Een eigen databaselogin bestaat alleen op een PostgreSQL-server; op één pc "
            "is het Windows- of Linux-account de grens."
        )
    if db.access is not None and not db.access.may(Right.USERS):
        raise DomainError(db.access.why_not(Right.USERS))
    with db.unit() as session:
        statements = login_statements_in(session, staff_id, login, password)
        remember_secret(password)  # the statements hold it: never in a log or crash report
        try:
            for sql in statements:
                session.execute(text(sql))
        except Exception as exc:
            if "permission denied" in str(exc).lower():
                # from None: the server's error quotes the statement, password included
                raise RolesRefused(
                    "Deze login mag geen databaselogins maken. Laat de databasebeheerder "
                    "het script van 'kluppluz-desk grant-access --sql' uitvoeren."
                ) from None
            raise
    return [s.replace(_literal(password), "'***'") for s in statements]
