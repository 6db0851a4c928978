"""Who may make and restore backups (issue 12): K&V, or an administrator of a local SQLite
file (domain.access.backup_refusal); everyone else gets a Dutch refusal.

A restore works on the file itself and must work when the database no longer opens, so
the person is looked up in the current file directly (read-only, no migration). A file
that cannot be read at all decides nothing: on one PC the OS account is the boundary.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ...domain.access import Viewer, backup_refusal, roles_for
from ...domain.enums import StaffRole
from ...domain.errors import DomainError
from ..database import Database


def require_backup_right(db: Database) -> None:
    """Refuse, in Dutch, unless the current person of `db` may handle backups."""
    viewer = db.access if isinstance(db.access, Viewer) else None
    reason = backup_refusal(viewer, local_file=db.backend == "sqlite")
    if reason is not None:
        raise DomainError(reason)


def person_in_file(path: Path, os_login: str) -> Viewer | None:
    """The active staff member with `os_login` in the SQLite file, or None (unknown or
    unreadable)."""
    if not path.is_file():
        return None
    wanted = os_login.strip().casefold()
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(staff)")}
            admin = "is_administrator" if "is_administrator" in columns else "0"
            rows = conn.execute(
                f"SELECT id, name, role, {admin}, login FROM staff WHERE active AND login <> ''"
                " ORDER BY id"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    # Case-folded in Python, as services/identity.py does (SQLite's lower() is ASCII).
    for staff_id, name, role, is_admin, login in rows:
        if str(login).strip().casefold() != wanted:
            continue
        try:
            roles = roles_for(StaffRole(role), is_administrator=bool(is_admin))
        except ValueError:
            continue
        return Viewer(staff_id=staff_id, name=name, roles=roles)
    return None


def require_restore_right(path: Path, os_login: str) -> None:
    """Refuse, in Dutch, unless the person behind `os_login` in the current file may
    restore it."""
    reason = backup_refusal(person_in_file(path, os_login), local_file=True)
    if reason is not None:
        raise DomainError(reason)
