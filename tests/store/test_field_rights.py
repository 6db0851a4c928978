"""Field rights enforced by PostgreSQL (migration 0007), tested as an outsider would: with
a person's own login and plain SQL, no program code in between. A location manager may
change the proposed solution of their own case but not its description, confidentiality
or the director's decision, nor add a letter; the director only the decision; K&V all but
the decision. Also the frozen rights copy in the migration equals domain/access.py, and
"who are you?" links one's own PC login through the server's function only."""

from __future__ import annotations

import importlib
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from kluppluz_desk.domain import access as domain
from kluppluz_desk.domain.enums import StaffRole
from kluppluz_desk.services import access
from kluppluz_desk.services.database import open_database
from tests.conftest import _drop_pg_database, _new_pg_database
from tests.factories import make_case, seed

PASSWORD = "een-lang-testwachtwoord"
_n = itertools.count()
migration = importlib.import_module("kluppluz_desk.store.migrations.versions.0007_field_rights")


def test_the_migrations_rights_copy_equals_the_rights_table() -> None:
    for role in StaffRole:
        for admin in (False, True):
            expected = domain.rights_of(domain.roles_for(role, is_administrator=admin))
            assert set(migration.STAFF_RIGHTS[(role.value, admin)]) == set(expected), role
    assert {k: v.value for k, v in domain.FIELD_RIGHTS.items()} == migration.FIELD_RIGHTS


@dataclass
class Logins:
    manager: str
    director: str
    kv: str
    case_id: int


def _url(base: str, login: str) -> str:
    return (
        make_url(base).set(username=login, password=PASSWORD).render_as_string(hide_password=False)
    )


@pytest.fixture
def logins(pg_admin_url: str, pg_template: str) -> Iterator[Logins]:
    db_url = _new_pg_database(pg_admin_url, pg_template)
    tag = f"{os.getpid()}_{next(_n)}"
    names = {who: f"t_{who}_{tag}" for who in ("manager", "director", "kv")}
    db = open_database(db_url, user="kv-tester")
    seeded = seed(db)
    case_id = make_case(db, seeded).id  # Marloes van Dijk's location
    for who, person in (("manager", "Marloes van Dijk"), ("director", "Ingrid Willems"),
                        ("kv", "Kees Verhoeven")):  # fmt: skip
        access.grant_access(db, seeded.staff[person], names[who], PASSWORD)
    db.dispose()
    yield Logins(*(_url(db_url, names[w]) for w in ("manager", "director", "kv")), case_id)
    owner = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        for role in names.values():
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()
    _drop_pg_database(pg_admin_url, db_url)


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
