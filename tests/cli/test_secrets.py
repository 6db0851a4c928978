"""Database addresses with '%' work, and a PostgreSQL password never lands in a file.

On the real PostgreSQL (installer/testdb.sh: TCP logins other than the superuser need their
password), a role whose password holds @ % : / # connects through the program's URL and
through the Unix socket; a failed and a good start leave no trace of the password in any
file the program wrote.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from kluppluz_desk import cli, credentials, logsetup, paths

PASSWORD = "p@ss%w:rd/#1"
WRONG = "Geheim-fout%40/#"


class MemoryKeyring(KeyringBackend):
    """A credential store that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private program home, a fresh log set up in it, and a memory credential store."""
    folder = tmp_path / "home"
    monkeypatch.setenv(paths.ENV_HOME, str(folder))
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    monkeypatch.setattr(credentials, "_session", {})
    monkeypatch.setattr(logsetup, "_configured", False)
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield folder
    keyring.set_keyring(before)
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def pg_role(pg_admin_url: str) -> Iterator[tuple[str, str]]:
    """A login role with an awkward password and an empty database it owns."""
    role = f"kd_secret_{os.getpid()}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{role}" WITH (FORCE)'))
        conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        escaped = PASSWORD.replace("'", "''")
        conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{escaped}'"))
        conn.execute(text(f'CREATE DATABASE "{role}" OWNER "{role}"'))
    yield role, role
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{role}" WITH (FORCE)'))
        conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()


def _tcp_url(pg_admin_url: str, role: str, database: str, password: str | None) -> str:
    admin = make_url(pg_admin_url)
    url = URL.create(
        "postgresql+psycopg",
        username=role,
        password=password,
        host=admin.host,
        port=admin.port,
        database=database,
    )
    return url.render_as_string(hide_password=False)


def _hits(folder: Path, secret: str) -> list[str]:
    needles = {secret, quote(secret, safe=""), quote_plus(secret)}
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n}" for n in needles if n.encode() in data]
    return found


def test_awkward_password_and_socket_address_work(
    pg_admin_url: str, pg_role: tuple[str, str], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role, database = pg_role
    url = _tcp_url(pg_admin_url, role, database, PASSWORD)
    assert "%40" in url and "%25" in url  # the URL-encoded password Alembic used to trip on
    assert cli.main(["--db", url, "check"]) == 0, capsys.readouterr().err
    socket = os.environ.get("KLUPPLUZ_TEST_PG_SOCKET")
    if not socket:
        pytest.fail("KLUPPLUZ_TEST_PG_SOCKET is not set (installer/testdb.sh)")
    port = make_url(pg_admin_url).port
    by_socket = f"postgresql+psycopg://{role}@/{database}?host={quote(socket)}&port={port}"
    export = home / "export.json"
    assert cli.main(["--db", by_socket, "export", str(export)]) == 0, capsys.readouterr().err
    assert export.exists()


def test_a_failed_and_a_good_start_leave_no_password_anywhere(
    pg_admin_url: str, pg_role: tuple[str, str], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role, database = pg_role
    # A failed start: the wrong password typed on the command line and one saved for the PC.
    assert cli.main(["--db", _tcp_url(pg_admin_url, role, database, WRONG), "check"]) == 1
    assert "Aanmelden bij de databaseserver is mislukt" in capsys.readouterr().err
    assert paths.save_database_url(_tcp_url(pg_admin_url, role, database, WRONG)) is True
    assert cli.main(["check"]) == 1
    # The good password replaces it in the credential store; the saved address has none.
    assert paths.save_database_url(_tcp_url(pg_admin_url, role, database, PASSWORD)) is True
    assert cli.main(["check"]) == 0, capsys.readouterr().err
    assert cli.main(["export", str(home / "export.json")]) == 0
    logging.getLogger("test").warning(
        "a careless line: %s", _tcp_url(pg_admin_url, role, database, PASSWORD)
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    saved = paths.saved_database_url()
    assert make_url(saved).password is None and make_url(saved).username == role
    written = [p for p in home.rglob("*") if p.is_file()]
    assert paths.connection_file() in written and logsetup.log_file() in written
    assert _hits(home, PASSWORD) == [] and _hits(home, WRONG) == []
    assert "***" in logsetup.log_file().read_text(encoding="utf-8")
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (home, home / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_password_in_an_old_connection_file_moves_to_the_store(home: Path) -> None:
    home.mkdir(parents=True)
    url = "postgresql+psycopg://kv_team:Geheim%40123@server.example/kluppluz"
    paths.connection_file().write_text(f'{{"database_url": "{url}"}}', encoding="utf-8")
    paths.connection_file().chmod(0o644)
    assert paths.saved_database_url() == "postgresql+psycopg://kv_team@server.example/kluppluz"
    assert b"Geheim" not in paths.connection_file().read_bytes()
    assert stat.S_IMODE(paths.connection_file().stat().st_mode) == 0o600
    assert credentials.with_password(paths.saved_database_url()) == url
    assert credentials.hide_password(url) == (
        "postgresql+psycopg://kv_team:***@server.example/kluppluz"
    )


def test_without_a_credential_store_the_password_is_kept_for_this_run_only(home: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not credentials.store_available()
    url = "postgresql+psycopg://kv_team:Geheim%40123@server.example/kluppluz"
    assert paths.save_database_url(url) is False
    assert b"Geheim" not in paths.connection_file().read_bytes()
    assert credentials.with_password(paths.saved_database_url()) == url  # this run
    credentials._session.clear()  # the next start
    assert credentials.with_password(paths.saved_database_url()) == paths.saved_database_url()
