"""What the administrator screen needs for personal PostgreSQL logins (issue 12.3): whether
this person on this database may make them, and the script for the database administrator
when the program's own login may not create roles."""

from __future__ import annotations

from ...credentials import remember_secret
from ...domain.access import REFUSALS, Right
from ...domain.errors import DomainError
from ...domain.values import check_id
from ..database import Database
from .grants import login_statements_in

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
        return login_statements_in(session, staff_id, login, password)
