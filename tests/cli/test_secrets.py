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
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from kluppluz_desk import cli, credentials, logsetup, paths
from tests.secrets_support import PASSWORD, WRONG, hits, home, pg_role, tcp_url

__all__ = ["home", "pg_role"]  # fixtures


def test_awkward_password_and_socket_address_work(
    pg_admin_url: str, pg_role: tuple[str, str], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role, database = pg_role
    url = tcp_url(pg_admin_url, role, database, PASSWORD)
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
    assert cli.main(["--db", tcp_url(pg_admin_url, role, database, WRONG), "check"]) == 1
    assert "Aanmelden bij de databaseserver is mislukt" in capsys.readouterr().err
    assert paths.save_database_url(tcp_url(pg_admin_url, role, database, WRONG)) is True
    assert cli.main(["check"]) == 1
    # The good password replaces it in the credential store; the saved address has none.
    assert paths.save_database_url(tcp_url(pg_admin_url, role, database, PASSWORD)) is True
    assert cli.main(["check"]) == 0, capsys.readouterr().err
    assert cli.main(["export", str(home / "export.json")]) == 0
    logging.getLogger("test").warning(
        "a careless line: %s", tcp_url(pg_admin_url, role, database, PASSWORD)
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    saved = paths.saved_database_url()
    assert make_url(saved).password is None and make_url(saved).username == role
    written = [p for p in home.rglob("*") if p.is_file()]
    assert paths.connection_file() in written and logsetup.log_file() in written
    assert hits(home, PASSWORD) == [] and hits(home, WRONG) == []
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


def test_gui_start_with_a_password_writes_it_nowhere_and_keeps_files_private(
    pg_admin_url: str, pg_role: tuple[str, str], tmp_path: Path
) -> None:
    """The real program, started as a user does (offscreen), in a private home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLUPPLUZ_DESK")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        KLUPPLUZ_DESK_HOME=str(tmp_path / "home"),
        KLUPPLUZ_DESK_DB=tcp_url(pg_admin_url, *pg_role, PASSWORD),
    )
    run = subprocess.run(
        [sys.executable, "-m", "kluppluz_desk", "--quit-after-first-paint"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    settings_file = tmp_path / "config" / "KluppluZ" / "KluppluZ Desk.conf"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    log = tmp_path / "home" / "logs" / "kluppluz-desk.log"
    assert settings_file in written and log in written
    assert hits(tmp_path, PASSWORD) == []
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (settings_file.parent, tmp_path / "home", tmp_path / "home" / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_command_on_a_terminal_asks_for_a_missing_password(
    pg_admin_url: str,
    pg_role: tuple[str, str],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bare = tcp_url(pg_admin_url, *pg_role, None)
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert cli.main(["--db", bare, "check"]) == 0, capsys.readouterr().err
    assert len(asked) == 1 and pg_role[0] in asked[0]
    assert cli.main(["--db", bare, "check"]) == 0  # from the credential store now
    assert len(asked) == 1
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script: no question, one line
    monkeypatch.setattr(credentials, "_session", {})
    keyring.set_keyring(fail.Keyring())
    assert cli.main(["--db", bare, "check"]) == 1
    assert "Aanmelden bij de databaseserver is mislukt" in capsys.readouterr().err
