"""The cheaper policies of migration 0009 decide exactly as those of 0006 (issue 12.7).

Seen as an outsider with the manager's own login: the manager sees the same rows in every
case table under 0009 as under 0008 (downgrade and upgrade again); a person K&V names on
a confidential case sees that case and its records, and stops seeing them when no longer
named; and a parallel plan (the helper functions are PARALLEL SAFE, so the server may run
them in a worker process) sees the same rows as a serial one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access
from kluppluz_desk.services.database import open_database
from kluppluz_desk.store.migrate import alembic_config
from tests.store.test_row_security import CASE_TABLES, Server, server  # noqa: F401

pytestmark = pytest.mark.postgres


def _rows(conn: Connection) -> dict[str, set[int]]:
    """What the login reads in every case table: case ids per table."""
    out = {}
    for table in CASE_TABLES:
        column = "id" if table == "case_record" else "case_id"
        out[table] = set(conn.scalars(text(f"SELECT {column} FROM {table}"))) - {None}
    return out


def _read(url: str, *, parallel: bool = False) -> dict[str, set[int]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if parallel:
                # Every scan as a parallel plan (PostgreSQL 16 renamed the setting).
                name = "debug_parallel_query"
                if conn.scalar(text("SELECT count(*) FROM pg_settings WHERE name = :n"),
                               {"n": name}) == 0:  # fmt: skip
                    name = "force_parallel_mode"
                conn.execute(text(f"SET {name} = on"))
                conn.execute(text("SET parallel_setup_cost = 0"))
                conn.execute(text("SET parallel_tuple_cost = 0"))
                conn.execute(text("SET min_parallel_table_scan_size = 0"))
            return _rows(conn)
    finally:
        engine.dispose()


def _migrate(owner_url: str, revision: str) -> None:
    from alembic import command

    engine = create_engine(owner_url)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            if revision == "head":
                command.upgrade(cfg, revision)
            else:
                command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def _staff_of(owner_url: str, url: str) -> int:
    login = make_url(url).username
    engine = create_engine(owner_url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT staff_id FROM db_login WHERE role_name = :r"),
                                   {"r": login}))  # fmt: skip
    finally:
        engine.dispose()


@pytest.fixture
def named(server: Server) -> Iterator[Server]:  # noqa: F811
    """The server with the manager named on the confidential case by its owner."""
    db = open_database(server.owner_url, user="kv-tester")
    try:
        manager = _staff_of(server.owner_url, server.manager_url)
        access.set_confidential(db, server.secret, ConfidentialReason.MELDCODE, (manager,))
    finally:
        db.dispose()
    yield server


def test_0009_decides_as_0006_did(server: Server) -> None:  # noqa: F811
    after = _read(server.manager_url)
    assert after["case_record"] == server.mine
    _migrate(server.owner_url, "0008")
    try:
        assert _read(server.manager_url) == after
    finally:
        _migrate(server.owner_url, "head")
    assert _read(server.manager_url) == after
    assert _read(server.kv_url)["case_record"] == server.all_ids


def test_a_named_person_sees_the_confidential_case_and_its_records(named: Server) -> None:
    seen = _read(named.manager_url)
    assert seen["case_record"] == named.mine | {named.secret}
    assert named.secret in seen["case_named_staff"]
    assert named.secret in seen["audit_entry"]  # the trail of marking it confidential
    db = open_database(named.owner_url, user="kv-tester")
    try:
        access.set_confidential(db, named.secret, ConfidentialReason.MELDCODE, ())
    finally:
        db.dispose()
    unnamed = _read(named.manager_url)
    assert unnamed["case_record"] == named.mine
    assert all(named.secret not in ids for ids in unnamed.values())


def test_a_parallel_plan_sees_the_same_rows(named: Server) -> None:
    for url in (named.manager_url, named.kv_url, named.nobody_url):
        assert _read(url, parallel=True) == _read(url)
    assert _read(named.manager_url, parallel=True)["case_record"] == named.mine | {named.secret}
