"""Field rights enforced by PostgreSQL (migration 0007), tested as an outsider would: with
a person's own login and plain SQL, no program code in between. A location manager may
change the proposed solution of their own case but not its description, confidentiality
or the director's decision, nor add a letter; the director only the decision; K&V all but
the decision. Also the frozen rights copy in the migration equals domain/access.py, and
"who are you?" links one's own PC login through the server's function only (the
GUI's side of that: tests/ui/test_identity_server.py)."""

from __future__ import annotations

import importlib

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from kluppluz_desk.domain import access as domain
from kluppluz_desk.domain.enums import StaffRole
from tests import pg_logins
from tests.pg_logins import Logins

logins = pg_logins.logins  # the fixture

migration = importlib.import_module("kluppluz_desk.store.migrations.versions.0007_field_rights")


# Rights added to the table after 0007 (whose frozen copy stays as it was): 0011's copy.
_LATER_RIGHTS = {domain.Right.DECISION_STEP.value}


def test_the_migrations_rights_copy_equals_the_rights_table() -> None:
    for role in StaffRole:
        for admin in (False, True):
            expected = domain.rights_of(domain.roles_for(role, is_administrator=admin))
            got = set(migration.STAFF_RIGHTS[(role.value, admin)])
            assert got == {r.value for r in expected} - _LATER_RIGHTS, role
    assert {k: v.value for k, v in domain.FIELD_RIGHTS.items()} == migration.FIELD_RIGHTS


def _run(url: str, sql: str, **params: object) -> int:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql), params).rowcount
    finally:
        engine.dispose()


def _refused(url: str, sql: str, **params: object) -> str:
    with pytest.raises(ProgrammingError, match="permission denied") as caught:
        _run(url, sql, **params)
    return str(caught.value)


@pytest.mark.postgres
def test_a_manager_changes_the_solution_but_no_other_field(logins: Logins) -> None:
    i = logins.case_id
    assert _run(logins.manager, "UPDATE case_record SET solution_text = 'Gesprek', "
                "version = version + 1 WHERE id = :i", i=i) == 1  # fmt: skip
    for column, value in (("description", "'weg'"), ("confidential", "true"),
                          ("director_decision", "'ja'"), ("status", "'closed'"),
                          ("handler_id", "COALESCE(handler_id, 0) + 1000")):  # fmt: skip
        message = _refused(logins.manager, f"UPDATE case_record SET {column} = {value} "
                           "WHERE id = :i", i=i)  # fmt: skip
        assert column in message
    # A forbidden column hidden among allowed ones is refused as a whole.
    _refused(logins.manager, "UPDATE case_record SET solution_text = 'x', "
             "closure_text = 'x' WHERE id = :i", i=i)  # fmt: skip
    _refused(logins.manager, "DELETE FROM case_record WHERE id = :i", i=i)
    _refused(logins.manager, "INSERT INTO letter (case_id, kind, created_at, author, "
             "letter_date, pdf) VALUES (:i, 'acknowledgement', now(), 'M', CURRENT_DATE, '')",
             i=i)  # fmt: skip
    assert _run(logins.manager, "INSERT INTO timeline_note (case_id, created_at, author, text, "
                "is_agreement, is_system) VALUES (:i, now(), 'Marloes', 'Gebeld', false, false)",
                i=i) == 1  # fmt: skip
    _refused(logins.manager, "UPDATE timeline_note SET text = 'anders' WHERE case_id = :i", i=i)
    owner = logins.kv  # what K&V reads back: only the allowed change went through
    engine = create_engine(owner)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT solution_text, description, confidential "
                                "FROM case_record WHERE id = :i"), {"i": i}).one()  # fmt: skip
    engine.dispose()
    assert row.solution_text == "Gesprek" and row.description != "weg" and not row.confidential


@pytest.mark.postgres
def test_the_director_decides_and_kv_edits_everything_else(logins: Logins) -> None:
    i = logins.case_id
    assert _run(logins.director, "UPDATE case_record SET director_decision = 'Ernstig', "
                "director_decided_on = CURRENT_DATE WHERE id = :i", i=i) == 1  # fmt: skip
    assert "description" in _refused(
        logins.director, "UPDATE case_record SET description = 'x' WHERE id = :i", i=i
    )
    assert (
        _run(
            logins.kv,
            "UPDATE case_record SET description = 'Nieuw', status = 'closed', "
            "confidential = true, confidential_reason = 'safety' WHERE id = :i",
            i=i,
        )
        == 1
    )
    assert "director_decision" in _refused(
        logins.kv, "UPDATE case_record SET director_decision = '' WHERE id = :i", i=i
    )


@pytest.mark.postgres
def test_a_handler_links_only_their_own_unlinked_row(logins: Logins) -> None:
    marloes, johan = logins.staff["Marloes van Dijk"], logins.staff["Johan Smits"]
    _run(logins.owner, "UPDATE staff SET login = '' WHERE id = :m", m=marloes)
    _refused(logins.manager, "UPDATE staff SET login = 'pc-marloes' WHERE id = :m", m=marloes)
    for staff_id, login in ((johan, "pc-marloes"), (marloes, "jsmits"), (marloes, " ")):
        _refused(logins.manager, "SELECT kluppluz_link_my_login(:s, :l)", s=staff_id, l=login)
    _run(logins.manager, "SELECT kluppluz_link_my_login(:s, 'pc-marloes')", s=marloes)
    # Linked now: replacing it is K&V's work.
    _refused(logins.manager, "SELECT kluppluz_link_my_login(:s, 'ander')", s=marloes)
    engine = create_engine(logins.kv)
    with engine.connect() as conn:
        logins_now = dict([tuple(r) for r in conn.execute(text("SELECT id, login FROM staff"))])
    engine.dispose()
    assert logins_now[marloes] == "pc-marloes" and logins_now[johan] == "jsmits"


@pytest.mark.postgres
def test_the_program_as_the_manager_still_works_under_the_triggers(logins: Logins) -> None:
    from kluppluz_desk.services import access, cases
    from kluppluz_desk.services.database import open_database

    db = open_database(logins.manager, user="mvandijk")
    try:
        access.apply_access(db)
        detail = cases.add_note(db, case_id=logins.case_id, text="Ouder teruggebeld")
        detail = cases.update_case(db, case_id=logins.case_id, version=detail.version,
                                   values={"solution_text": "Extra overdracht"})  # fmt: skip
        assert detail.fields["solution_text"] == "Extra overdracht"
        assert any(n.text == "Ouder teruggebeld" for n in detail.notes)
    finally:
        db.dispose()
