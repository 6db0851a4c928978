"""The director's decision step on the server (migration 0011), with each person's own
PostgreSQL login: the director takes the step through the program; with plain SQL she may
move the status only from "awaiting director" to "assigned" (the move of that step), never
elsewhere; a manager cannot make even that move. Also 0011's frozen rights copy equals
domain/access.py and its status moves equal the step rights of domain/procedure.py."""

from __future__ import annotations

import importlib

import pytest
from sqlalchemy import create_engine, text

from kluppluz_desk.domain import access as domain
from kluppluz_desk.domain.enums import CaseStatus, InformedRole, StaffRole
from kluppluz_desk.domain.errors import DomainError
from kluppluz_desk.domain.procedure import TRANSITIONS, Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import access, cases
from kluppluz_desk.services.database import open_database
from tests import pg_logins
from tests.factories import make_case
from tests.pg_logins import Logins
from tests.store.test_field_rights import _refused, _run

logins = pg_logins.logins  # the fixture

migration = importlib.import_module("kluppluz_desk.store.migrations.versions.0011_decision_step")


def test_the_migrations_copies_equal_the_rights_table() -> None:
    assert migration.down_revision == "0010"
    for role in StaffRole:
        for admin in (False, True):
            expected = domain.rights_of(domain.roles_for(role, is_administrator=admin))
            got = set(migration.STAFF_RIGHTS[(role.value, admin)])
            assert got == {r.value for r in expected}, (role, admin)
    assert {k: v.value for k, v in domain.FIELD_RIGHTS.items()} == migration.FIELD_RIGHTS
    moves = {
        (source.value, TRANSITIONS[step].target.value): right.value
        for step, right in domain.STEP_RIGHTS.items()
        for source in TRANSITIONS[step].sources
    }
    assert moves == migration.STATUS_MOVES


def _serious_case(logins: Logins) -> int:
    """A serious case K&V prepared for the director: informed, handler chosen."""
    db = open_database(logins.owner, user="kv-tester")
    try:
        case = make_case(db, logins.seeded, severity="serious")
        case = cases.record_informed(db, case_id=case.id, role=InformedRole.DIRECTOR,
                                     informed_on=today())  # fmt: skip
        cases.update_case(db, case_id=case.id, version=case.version,
                          values={"handler_id": logins.staff["Marloes van Dijk"]})  # fmt: skip
        return case.id
    finally:
        db.dispose()


def _status(url: str, case_id: int) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT status FROM case_record WHERE id = :i"),
                                    {"i": case_id}).scalar_one())  # fmt: skip
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_director_takes_her_step_through_the_program(logins: Logins) -> None:
    case_id = _serious_case(logins)
    db = open_database(logins.director, user="iwillems")
    try:
        viewer = access.apply_access(db)
        assert viewer is not None and domain.AccessRole.DIRECTOR in viewer.roles
        detail = cases.get_case(db, case_id)
        decision = {"director_decision": "Ernstig; K&V onderzoekt."}
        step = Step.RECORD_DIRECTOR_DECISION
        detail = cases.perform_step(db, case_id=case_id, version=detail.version, step=step,
                                    values=decision)  # fmt: skip
        assert detail.status is CaseStatus.ASSIGNED
        assert detail.fields["director_decided_on"] == today()
        assert detail.next_due_on is not None  # the clocks moved on with the step
        assert any("Besluit directeur vastleggen" in n.text for n in detail.notes)
    finally:
        db.dispose()
    assert _status(logins.kv, case_id) == "assigned"


@pytest.mark.postgres
def test_with_plain_sql_the_director_makes_only_that_move(logins: Logins) -> None:
    case_id = _serious_case(logins)
    for target in ("closed", "withdrawn", "registered", "acknowledged"):
        message = _refused(logins.director, "UPDATE case_record SET status = :s, "
                           "version = version + 1 WHERE id = :i", s=target, i=case_id)  # fmt: skip
        assert "status" in message
    # The right move with another column she may not change is refused as a whole.
    _refused(logins.director, "UPDATE case_record SET status = 'assigned', description = 'x' "
             "WHERE id = :i", i=case_id)  # fmt: skip
    assert _status(logins.kv, case_id) == "awaiting_director"
    assert _run(logins.director, "UPDATE case_record SET status = 'assigned', "
                "director_decision = 'Ernstig', director_decided_on = CURRENT_DATE, "
                "version = version + 1, next_due_on = CURRENT_DATE WHERE id = :i",
                i=case_id) == 1  # fmt: skip
    # From "assigned" on the procedure is K&V's again: not back, not forward.
    for target in ("awaiting_director", "acknowledged"):
        _refused(logins.director, "UPDATE case_record SET status = :s WHERE id = :i",
                 s=target, i=case_id)  # fmt: skip
    assert _status(logins.kv, case_id) == "assigned"


@pytest.mark.postgres
def test_a_manager_cannot_make_the_directors_move(logins: Logins) -> None:
    case_id = _serious_case(logins)  # at Marloes's own location: she sees it
    assert "status" in _refused(logins.manager, "UPDATE case_record SET status = 'assigned' "
                                "WHERE id = :i", i=case_id)  # fmt: skip
    db = open_database(logins.manager, user="mvandijk")
    try:
        access.apply_access(db)
        detail = cases.get_case(db, case_id)
        with pytest.raises(DomainError, match="directeur en Kwaliteit"):
            cases.perform_step(db, case_id=case_id, version=detail.version,
                               step=Step.RECORD_DIRECTOR_DECISION)  # fmt: skip
    finally:
        db.dispose()
    assert _status(logins.kv, case_id) == "awaiting_director"
