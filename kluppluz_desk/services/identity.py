"""Who works here: the staff member behind this PC's login.

Letters are signed and the history is written by a PERSON (name and role), never by an OS
login such as "root" or "jan.de.vries". The mapping login → staff member is kept in the
database (`Staff.login`), so it holds on every PC that uses the same login; the GUI asks
"who are you?" whenever the login matches nobody (see ui/dialogs/identity.py).

Logins are compared case-insensitively with full Unicode case folding ("Özil" = "özil",
which SQLite's LOWER() would not do), in Python: the staff list is short.

On a team server a handler's own login may not write the staff table (migration 0007):
they link their PC login to their own staff row through the server's
`kluppluz_link_my_login`, and anything else (another person, a new person) is K&V's work
in the master data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..domain.enums import StaffRole
from ..domain.errors import DomainError, NotFoundError, ValidationError
from ..domain.text_limits import MASTER_DATA_TEXT
from ..domain.values import check_id, check_text, describe
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


ASK_KV = (
    "Vraag Kwaliteit & Veiligheid om uw login te koppelen in de stamgegevens "
    "(Extra \u2192 Stamgegevens \u2192 Medewerkers, veld Inlognaam)."
)


def _may_write_staff(session: Session) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return True  # one PC: the OS account is the boundary
    return bool(session.scalar(text("SELECT has_table_privilege('staff', 'UPDATE')")))


def _claim_through_server(session: Session, login: str, staff_id: int) -> Person:
    mine = session.scalar(
        text("SELECT d.staff_id FROM db_login d WHERE d.role_name = session_user")
    )
    if mine is None:
        raise DomainError("Uw databaselogin hoort nog bij geen medewerker. " + ASK_KV)
    if mine != staff_id:
        name = session.scalar(select(Staff.name).where(Staff.id == mine))
        raise DomainError(
            f"U bent bij de databaseserver aangemeld als {name}: kies uzelf in de lijst. "
            "Klopt dat niet, " + ASK_KV[0].lower() + ASK_KV[1:]
        )
    try:
        with session.begin_nested():
            session.execute(
                text("SELECT kluppluz_link_my_login(:s, :l)"), {"s": staff_id, "l": login}
            )
    except DBAPIError as exc:
        # Already linked to another login, or the login belongs to someone else.
        raise DomainError(
            f"U kunt de login \u201c{login}\u201d niet zelf aan uzelf koppelen "
            "(uw gegevens hebben al een andere login, of deze login hoort bij een "
            "ander). " + ASK_KV
        ) from exc
    staff = session.get(Staff, staff_id, populate_existing=True)
    assert staff is not None
    audit.record(session, who=staff.name, entity="staff", field="login", old="",
                 new=login, entity_id=staff.id)  # fmt: skip
    return _person(staff)


def claim(db: Database, staff_id: int) -> Person:
    """ "I am this staff member": give them this PC's login."""
    staff_id = check_id(staff_id, "Het medewerkernummer", field="staff_id")
    with db.unit() as session:
        if not _may_write_staff(session):
            return _claim_through_server(session, db.user, staff_id)
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise NotFoundError("Deze medewerker bestaat niet (meer).")
        _take_login(session, db.user, staff)
        session.flush()
        return _person(staff)


def add_me(db: Database, *, name: str, role: StaffRole, email: str = "") -> Person:
    """ "I am new here": add a staff member with this PC's login."""
    name = " ".join(check_text(name, "De naam", field="name", limit=10_000).split())
    email = check_text(email, "Het e-mailadres", field="email", limit=MASTER_DATA_TEXT)
    try:
        role = StaffRole(role)
    except (ValueError, TypeError):
        raise ValidationError(f"Onbekende rol: {describe(role)}.", field="role") from None
    if not name:
        raise ValidationError("Vul uw naam in.", field="name")
    if len(name) > 150:
        raise ValidationError("De naam is te lang (hoogstens 150 tekens).", field="name")
    with db.unit() as session:
        if not _may_write_staff(session):
            raise DomainError(
                "U staat nog niet in de stamgegevens en uw databaselogin mag geen "
                "medewerkers toevoegen. Vraag Kwaliteit & Veiligheid om u toe te voegen "
                "en uw login te koppelen."
            )
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
