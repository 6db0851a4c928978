"""Shared fixtures: offscreen Qt, a private data folder, and a fresh database per test on
SQLite and (when a server is given) PostgreSQL.

The PostgreSQL server comes from installer/testdb.sh via KLUPPLUZ_TEST_PG_URL. Without it
the PostgreSQL variants skip, saying why; with CI=true they fail instead, and so does any
other skip: nothing is skipped silently in CI.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="kluppluz-test-home-")
os.environ["KLUPPLUZ_DESK_HOME"] = _HOME
os.environ.pop("KLUPPLUZ_DESK_DB", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from kluppluz_desk.services.database import Database, open_database  # noqa: E402

PG_URL = os.environ.get("KLUPPLUZ_TEST_PG_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"
_counter = itertools.count()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which is not allowed here: {report.longrepr}"
    return report


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    if not PG_URL:
        message = "no PostgreSQL server: KLUPPLUZ_TEST_PG_URL is not set (installer/testdb.sh)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return PG_URL


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = f"kd_template_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    db.dispose()
    admin.dispose()
    return name


def _new_pg_database(admin_url: str, template: str) -> str:
    name = f"kd_{os.getpid()}_{next(_counter)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh, migrated, empty database (both backends)."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "kluppluz.sqlite3"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    admin = request.getfixturevalue("pg_admin_url")
    template = request.getfixturevalue("pg_template")
    url = _new_pg_database(admin, template)
    yield url
    _drop_pg_database(admin, url)


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "kluppluz.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, user="kv-tester")
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url, user="kv-tester")
    yield database
    database.dispose()
