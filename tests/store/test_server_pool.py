"""A PostgreSQL server that drops the program's connections (a restart, an administrator
ending the sessions) while they lie in the pool (store/server_pool.py, issue 16).

The pool no longer pings before every unit of work, only a connection that lay idle for a
while. Ended from the server's side here with `pg_terminate_backend`, as a restart ends
them: an idle connection is found out by the ping and replaced without the person noticing;
one used a moment ago is met by the statement itself: the case list's reads are asked once
more on a new connection, any other unit says in Dutch that the server was not reached and
the next unit works again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.services.cases import CaseFilter, CaseSort, case_ids, rows_for_ids
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.store import server_pool
from kluppluz_desk.store.models import Case
from tests.factories import make_case, seed

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, user="kv-tester")
    yield database
    database.dispose()


def _end_the_programs_sessions(admin_url: str, db_url: str) -> int:
    """What a server restart does to the program's connections: end them (not ours)."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(
                conn.scalars(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND application_name = 'kluppluz-desk' "
                        "AND pid <> pg_backend_pid()"
                    ),
                    {"name": make_url(db_url).database},
                ).all()
            )
    finally:
        admin.dispose()


def _count(db: Database) -> int:
    with db.unit() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def _backend_pid(db: Database) -> int:
    with db.unit() as session:
        return int(session.scalar(text("SELECT pg_backend_pid()")) or 0)


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_connection_used_a_moment_ago_is_not_pinged(pg_db: Database) -> None:
    _count(pg_db)
    pinged: list[bool] = []
    dialect = pg_db.engine.dialect
    original = dialect.do_ping

    def counting_ping(dbapi_connection: object) -> bool:
        pinged.append(True)
        return bool(original(dbapi_connection))

    dialect.do_ping = counting_ping  # type: ignore[method-assign]
    try:
        case_ids(pg_db, CaseFilter(text="Ouder"), CaseSort())
        assert pinged == []  # used a moment ago: no extra message to the server
        server_pool.PING_AFTER_IDLE_S, before = 0.0, server_pool.PING_AFTER_IDLE_S
        try:
            case_ids(pg_db, CaseFilter(text="Ouder"), CaseSort())
        finally:
            server_pool.PING_AFTER_IDLE_S = before
        assert pinged == [True]  # idle long enough: checked first
    finally:
        dialect.do_ping = original  # type: ignore[method-assign]


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_an_idle_connection_dropped_by_the_server_is_replaced_unnoticed(
    pg_db: Database, pg_admin_url: str, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = seed(pg_db)
    make_case(pg_db, s)
    first = _backend_pid(pg_db)
    assert _end_the_programs_sessions(pg_admin_url, db_url) >= 1
    monkeypatch.setattr(server_pool, "PING_AFTER_IDLE_S", 0.0)  # as after a pause
    assert _count(pg_db) == 1  # a unit with a transaction: the ping found the dead one
    assert _backend_pid(pg_db) != first


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_connection_dropped_a_moment_after_use(
    pg_db: Database, pg_admin_url: str, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_pool, "PING_AFTER_IDLE_S", 3600.0)  # never pinged
    s = seed(pg_db)
    made = make_case(pg_db, s)
    newest = CaseSort()

    # The list's reads change nothing: read once more, on a new connection.
    assert case_ids(pg_db, CaseFilter(), newest) == [made.id]
    assert _end_the_programs_sessions(pg_admin_url, db_url) >= 1
    assert case_ids(pg_db, CaseFilter(), newest) == [made.id]
    assert _end_the_programs_sessions(pg_admin_url, db_url) >= 1
    assert [r.id for r in rows_for_ids(pg_db, [made.id])] == [made.id]

    # Any other unit: the Dutch message, nothing saved, and the next unit works again.
    assert _end_the_programs_sessions(pg_admin_url, db_url) >= 1
    with pytest.raises(StorageError) as caught:
        _count(pg_db)
    assert caught.value.message.startswith("De databaseserver is niet bereikbaar.")
    assert _count(pg_db) == 1
