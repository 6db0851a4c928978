"""The quick search's trigram indexes on PostgreSQL (migration 0012, issue 16).

With the indexes the server can answer the list's own search statement from them (the
ILIKE ... ESCAPE that SQLAlchemy renders, with its cast); where pg_trgm cannot be
created, the upgrade still succeeds, logs what a database administrator can do, and the
search finds the same cases by reading the table."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from kluppluz_desk.services.cases import CaseFilter, case_ids
from kluppluz_desk.services.cases.listing import _filtered
from kluppluz_desk.services.database import open_database
from kluppluz_desk.store.migrate import alembic_config, head_revision
from kluppluz_desk.store.models import Case
from kluppluz_desk.store.search import PG_TRIGRAM_PREFIX
from tests.factories import make_case, seed

pytestmark = pytest.mark.postgres

COLUMNS = {"reference", "submitter_name", "child_name", "public_summary", "description"}


def _trigram_indexes(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = conn.scalars(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'case_record'")
            )
            return {n[len(PG_TRIGRAM_PREFIX) :] for n in names if n.startswith(PG_TRIGRAM_PREFIX)}
    finally:
        engine.dispose()


# PostgreSQL only (SQLite searches its FTS5 table of migration 0002): a skip counts as a
# failure in CI, so the SQLite variant of `db_url` is not generated at all.
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_the_search_statement_can_use_the_indexes(db_url: str) -> None:
    assert _trigram_indexes(db_url) == COLUMNS
    query = _filtered(select(Case.id), CaseFilter(text="Zomer"), "postgresql")
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            compiled = query.compile(dialect=conn.dialect)
            conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: force the choice
            plan = "\n".join(
                conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).scalars()
            )
    finally:
        engine.dispose()
    for column in COLUMNS:
        assert f"{PG_TRIGRAM_PREFIX}{column}" in plan, plan


@pytest.fixture
def limited_owner(pg_admin_url: str) -> Iterator[tuple[str, str]]:
    """A new database at revision 0011 (the one before 0012) whose tables belong to a login
    that may not create extensions (not the database's owner, no CREATE on it): (superuser
    url, its url)."""
    from alembic import command

    name, role, password = f"kd_trgm_{os.getpid()}", f"kd_app_{uuid.uuid4().hex[:8]}", "Geheim-42"  # noqa: S105 (a throwaway login)
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    super_url = make_url(pg_admin_url).set(database=name)
    engine = create_engine(super_url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011")
        assert conn.scalar(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")) == 0
        conn.execute(text(f"ALTER TABLE case_record OWNER TO {role}"))
        conn.execute(text(f"ALTER TABLE alembic_version OWNER TO {role}"))
    engine.dispose()
    role_url = super_url.set(username=role, password=password)
    try:
        yield (super_url.render_as_string(hide_password=False),
               role_url.render_as_string(hide_password=False))  # fmt: skip
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def test_upgrade_without_rights_for_pg_trgm_succeeds_without_the_indexes(
    limited_owner: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    from alembic import command

    super_url, role_url = limited_owner
    engine = create_engine(role_url)
    cfg = alembic_config()
    with caplog.at_level(logging.WARNING), engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    engine.dispose()
    warned = [r.getMessage() for r in caplog.records if "pg_trgm" in r.getMessage()]
    assert warned and "CREATE EXTENSION pg_trgm" in warned[0], caplog.records
    assert "permission denied" in warned[0]
    assert _trigram_indexes(super_url) == set()
    db = open_database(super_url, user="kv-tester")
    try:
        assert db.backend == "postgresql"
        s = seed(db)
        wanted = make_case(db, s, submitter_name="Anne Zomer")
        make_case(db, s, submitter_name="Piet Winter")
        assert case_ids(db, CaseFilter(text="zOMer")) == [wanted.id]
    finally:
        db.dispose()
    engine = create_engine(super_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    finally:
        engine.dispose()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_short_columns_have_gist_and_long_texts_gin_and_back_on_downgrade(db_url: str) -> None:
    # Migration 0013: a GIN index read whole posting lists for names sharing a beginning
    # (1.0 of a keystroke's 1.2 ms at 100,000 cases); GiST checks each name's signature.
    def methods() -> dict[str, str]:
        engine = create_engine(db_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT c.relname, a.amname FROM pg_class c "
                        "JOIN pg_am a ON a.oid = c.relam WHERE c.relname LIKE :p"
                    ),
                    {"p": PG_TRIGRAM_PREFIX + "%"},
                ).all()
        finally:
            engine.dispose()
        return {name[len(PG_TRIGRAM_PREFIX) :]: method for name, method in rows}

    gist = {"reference": "gist", "submitter_name": "gist", "child_name": "gist"}
    assert methods() == {**gist, "public_summary": "gin", "description": "gin"}
    from alembic import command

    engine = create_engine(db_url)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0012")
        assert set(methods().values()) == {"gin"} and set(methods()) == COLUMNS
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    assert methods() == {**gist, "public_summary": "gin", "description": "gin"}
    # And the search finds what ILIKE finds, through the new indexes.
    db = open_database(db_url)
    try:
        seeded = seed(db)
        wanted = make_case(db, seeded, submitter_name="Ouder Zomerdijk")
        make_case(db, seeded, submitter_name="Ouder Winter")
        assert case_ids(db, CaseFilter(text="zOMer")) == [wanted.id]
        assert case_ids(db, CaseFilter(text=wanted.reference)) == [wanted.id]
    finally:
        db.dispose()
