"""Who works here: the staff member behind this PC's login.

Letters are signed and the history is written by a PERSON (name and role), never by an OS
login such as "root" or "jan.de.vries". The mapping login → staff member is kept in the
database (`Staff.login`), so it holds on every PC that uses the same login; the GUI asks
"who are you?" whenever the login matches nobody (see ui/dialogs/identity.py).

Logins are compared case-insensitively with full Unicode case folding ("Özil" = "özil",
which SQLite's LOWER() would not do), in Python: the staff list is short.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import StaffRole
from ..domain.errors import NotFoundError, ValidationError
from ..store.models import Staff
from . import audit
from .database import Database


@dataclass(frozen=True)
class Person:
    """A staff member as the program names them."""

    staff_id: int
    name: str
    role: StaffRole
    login: str

    @property
    def role_label(self) -> str:
        return self.role.label


def _person(staff: Staff) -> Person:
    return Person(staff_id=staff.id, name=staff.name, role=staff.role, login=staff.login)


def staff_for_login(session: Session, login: str) -> Staff | None:
    """The active staff member whose login is `login` (case-insensitive), or None."""
    wanted = login.strip().casefold()
    if not wanted:
        return None
    # Called by every service that writes history: one light query, matched in Python.
    rows = session.execute(
        select(Staff.id, Staff.login).where(Staff.active, Staff.login != "").order_by(Staff.id)
    ).all()
    exact = next((staff_id for staff_id, have in rows if have == login), None)
    folded = next((i for i, have in rows if have.strip().casefold() == wanted), None)
    found = exact if exact is not None else folded
    return session.get(Staff, found) if found is not None else None


def who_am_i(db: Database) -> Person | None:
    """The staff member this PC's login belongs to; None when nobody has it yet."""
    with db.unit() as session:
        staff = staff_for_login(session, db.user)
        return _person(staff) if staff is not None else None


def staff_to_choose(db: Database) -> list[Person]:
    """Active staff, by name, for the "who are you?" question."""
    with db.unit() as session:
        rows = session.scalars(select(Staff).where(Staff.active).order_by(Staff.name)).all()
        return [_person(s) for s in rows]


def _take_login(session: Session, login: str, staff: Staff) -> None:
    # One login belongs to one person: whoever had it before (e.g. a shared office account
    # handed on) loses it.
    folded = login.casefold()
    for other in session.scalars(select(Staff).where(Staff.login != "")).all():
        if other.id != staff.id and other.login.strip().casefold() == folded:
            other.login = ""
    old = staff.login
    staff.login = login
    if old != login:
        audit.record(session, who=staff.name, entity="staff", field="login", old=old,
                     new=login, entity_id=staff.id)  # fmt: skip


def claim(db: Database, staff_id: int) -> Person:
    """ "I am this staff member": give them this PC's login."""
    with db.unit() as session:
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise NotFoundError("Deze medewerker bestaat niet (meer).")
        _take_login(session, db.user, staff)
        session.flush()
        return _person(staff)


def add_me(db: Database, *, name: str, role: StaffRole, email: str = "") -> Person:
    """ "I am new here": add a staff member with this PC's login."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Vul uw naam in.", field="name")
    if len(name) > 150:
        raise ValidationError("De naam is te lang (hoogstens 150 tekens).", field="name")
    with db.unit() as session:
        staff = Staff(name=name, role=role, email=email.strip(), login="", active=True)
        session.add(staff)
        session.flush()
        _take_login(session, db.user, staff)
        session.flush()
        return _person(staff)


def actor(session: Session, login: str) -> str:
    """The staff member's name for an OS login (the GUI makes sure there is one, see
    `staff_for_login`); only the command line may still write a bare login."""
    staff = staff_for_login(session, login)
    return staff.name if staff is not None else login
