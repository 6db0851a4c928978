"""Who the program works for: the staff member behind the database login (PostgreSQL, via
`db_login`) or behind this PC's login (`Staff.login`), with their access roles."""

from __future__ import annotations

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from ...domain.access import AccessRole, Right, Viewer, roles_for
from ...domain.errors import DomainError
from ...store.models import DbLogin, Location, Staff
from ..database import Database
from ..identity import staff_for_login


def _db_login_staff(session: Session) -> Staff | None:
    if session.get_bind().dialect.name != "postgresql":
        return None
    # session_user: the login the connection authenticated as (what the policies use).
    login = session.execute(text("SELECT session_user")).scalar_one()
    staff_id = session.scalar(select(DbLogin.staff_id).where(DbLogin.role_name == login))
    return session.get(Staff, staff_id) if staff_id is not None else None


def viewer_in(session: Session, os_login: str) -> Viewer | None:
    """The viewer, or None when neither login belongs to an active staff member."""
    staff = _db_login_staff(session) or staff_for_login(session, os_login)
    if staff is None or not staff.active:
        return None
    roles = roles_for(staff.role, is_administrator=staff.is_administrator)
    managed: frozenset[int] = frozenset()
    if AccessRole.HANDLER in roles:
        managed = frozenset(
            session.scalars(
                select(Location.id).where(
                    or_(
                        Location.location_manager_id == staff.id,
                        Location.cluster_manager_id == staff.id,
                        Location.regional_manager_id == staff.id,
                    )
                )
            )
        )
    return Viewer(staff_id=staff.id, name=staff.name, roles=roles, managed_location_ids=managed)


def apply_access(db: Database) -> Viewer | None:
    """Work as the current person from now on: every unit of work on `db` shows only the
    cases they may see and refuses changes outside their role (scope.py). Returns the
    viewer; None (nobody known yet) leaves the database unrestricted, as before."""
    from . import scope  # noqa: F401  registers the session hooks

    db.access = None  # look the person up with everything visible
    with db.unit() as session:
        viewer = viewer_in(session, db.user)
    db.access = viewer
    return viewer


def require(db: Database, right: Right) -> None:
    """Refuse, in Dutch, when the current person lacks `right` (nobody known: allowed)."""
    viewer = db.access
    if isinstance(viewer, Viewer) and not viewer.may(right):
        raise DomainError(viewer.why_not(right) or "")
