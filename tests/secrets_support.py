"""Shared by the secrets tests: a memory credential store, a private program home, and a
PostgreSQL role with an awkward password (installer/testdb.sh makes TCP logins check it)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from kluppluz_desk import credentials, logsetup, paths

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


def tcp_url(pg_admin_url: str, role: str, database: str, password: str | None) -> str:
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


def hits(folder: Path, secret: str) -> list[str]:
    needles = {secret, quote(secret, safe=""), quote_plus(secret)}
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n}" for n in needles if n.encode() in data]
    return found
