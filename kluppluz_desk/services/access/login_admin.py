"""What the administrator screen needs for personal PostgreSQL logins (issue 12.3): whether
this person on this database may make them, and the script for the database administrator
when the program's own login may not create roles."""

from __future__ import annotations

from sqlalchemy import text

from ...credentials import remember_secret
from ...domain.access import REFUSALS, AccessRole, Right, roles_for
from ...domain.errors import DomainError, NotFoundError
from ...domain.values import check_id
from ...store.models import Staff
from ..database import Database
from .grants import group_sql, login_sql

ONLY_POSTGRESQL = "Alleen op een gedeelde PostgreSQL-database"


def login_refusal(db: Database) -> str | None:
    """None when the current person may make database logins here, else the Dutch reason
    (the same rule `grant_access` applies; nobody known yet: allowed, as everywhere)."""
    if db.backend != "postgresql":
        return ONLY_POSTGRESQL
    if db.access is not None and not db.access.may(Right.USERS):
        return REFUSALS[Right.USERS]
    return None


def login_script(db: Database, staff_id: int, login: str, password: str) -> list[str]:
    """The statements `grant_access` would run, for the database administrator to run with
    psql. The password is in them (PostgreSQL needs it to set the login's password): the
    caller shows them, never logs them; `redact` hides it from logs from now on."""
    refusal = login_refusal(db)
    if refusal is not None:
        raise DomainError(refusal)
    staff_id = check_id(staff_id, "Het medewerkernummer", field="staff_id")
    if isinstance(password, str):
        remember_secret(password)
    with db.unit() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFoundError("Deze medewerker bestaat niet.")
        roles = roles_for(staff.role, is_administrator=staff.is_administrator)
        master = bool(roles & {AccessRole.QUALITY_OFFICER, AccessRole.ADMINISTRATOR})
        database = session.execute(text("SELECT current_database()")).scalar_one()
    return group_sql(database) + login_sql(login, password, staff_id, master=master)
