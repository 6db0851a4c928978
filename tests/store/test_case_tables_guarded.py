"""Every table that holds case data is guarded by the server itself, also the ones added
later: row-level security with a policy, and (except the append-only audit trail, which
the program writes for every person) the write check of migration 0007. judgment_part was
once missed; with a manager's own login its reasoning could be read for every case."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services.database import open_database
from tests import pg_logins
from tests.factories import make_case
from tests.pg_logins import Logins

logins = pg_logins.logins  # the fixture

NO_WRITE_CHECK = {"audit_entry"}  # append-only, written by the program for everyone


def _rows(url: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_every_table_with_a_case_id_has_a_policy_and_a_write_check(logins: Logins) -> None:
    tables = {
        t
        for (t,) in _rows(
            logins.owner,
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND column_name = 'case_id'",
        )
    }
    assert {"judgment_part", "letter", "audit_entry"} <= tables
    secured = dict(
        _rows(
            logins.owner,
            "SELECT c.relname, c.relrowsecurity AND EXISTS (SELECT 1 FROM pg_policy p "
            "WHERE p.polrelid = c.oid) FROM pg_class c "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'",
        )
    )
    checked = {
        t
        for (t,) in _rows(
            logins.owner,
            "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "WHERE g.tgname = 'kluppluz_field_rights'",
        )
    }
    assert sorted(t for t in tables if not secured.get(t)) == []
    assert sorted(tables - checked - NO_WRITE_CHECK) == []


@pytest.mark.postgres
def test_a_manager_reads_no_judgment_of_a_case_they_may_not_see(logins: Logins) -> None:
    db = open_database(logins.owner, user="kv-tester")
    hidden = make_case(db, logins.seeded, upto=Step.CLOSE).id  # judged, at Marloes's location
    db.dispose()
    _rows(  # confidential, and handled by someone else: not the manager's to see
        logins.owner,
        "UPDATE case_record SET confidential = true, handler_id = :h WHERE id = :i",
        i=hidden,
        h=logins.staff["Johan Smits"],
    )
    assert _rows(logins.manager, "SELECT count(*) FROM case_record WHERE id = :i", i=hidden) == [
        (0,)
    ]
    assert _rows(logins.kv, "SELECT count(*) FROM judgment_part WHERE case_id = :i", i=hidden)[0][0]
    assert _rows(
        logins.manager, "SELECT count(*) FROM judgment_part WHERE case_id = :i", i=hidden
    ) == [(0,)]
    with pytest.raises(ProgrammingError, match="permission denied"):
        _rows(
            logins.manager,
            "INSERT INTO judgment_part (case_id, position, subject, verdict, reasoning) "
            "VALUES (:i, 9, 'x', 'upheld', 'x')",
            i=logins.case_id,
        )
