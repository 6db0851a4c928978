"""The recovery store on its own: scoped per database, login and PC; private file;
atomic replacement; values (dates too) read back as written."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from kluppluz_desk.services.recovery import (
    Pending,
    RecoveryStore,
    database_identity,
    scope_for,
)

A = scope_for("sqlite:///shared.sqlite3", "anna", "pc-1")


def test_written_values_come_back_per_target(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    store.replace(A, "case:3", {"description": Pending("Omschrijving", "Ouder belde")})
    store.replace(A, "case:4", {"child_birth_date": Pending("Geboortedatum", date(2021, 5, 2))})
    [entry] = store.entries(A, "case:3")
    assert (entry.item, entry.label, entry.value) == ("description", "Omschrijving", "Ouder belde")
    assert store.entries(A, "case:4")[0].value == "2021-05-02"
    assert set(store.targets(A)) == {"case:3", "case:4"}


def test_replace_is_the_whole_state_of_a_target(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    store.replace(A, "case:3", {"a": Pending("A", "1"), "b": Pending("B", "2")})
    store.replace(A, "case:3", {"b": Pending("B", "3")})
    assert [(e.item, e.value) for e in store.entries(A, "case:3")] == [("b", "3")]
    store.clear(A, "case:3")
    assert store.entries(A) == []


def test_scopes_do_not_see_each_other(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    other_user = scope_for("sqlite:///shared.sqlite3", "bert", "pc-1")
    other_pc = scope_for("sqlite:///shared.sqlite3", "anna", "pc-2")
    other_db = scope_for("sqlite:///elsewhere.sqlite3", "anna", "pc-1")
    store.replace(A, "case:3", {"description": Pending("Omschrijving", "van Anna")})
    for scope in (other_user, other_pc, other_db):
        assert store.entries(scope) == []
        store.replace(scope, "case:3", {"description": Pending("Omschrijving", "ander")})
    store.clear(other_user, "case:3")
    assert [e.value for e in store.entries(A)] == ["van Anna"]


def test_database_identity_ignores_spelling_and_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_identity("sqlite:///x.sqlite3") == database_identity(
        f"sqlite:///{tmp_path / 'x.sqlite3'}"
    )
    server = "postgresql+psycopg://anna:geheim@db.local:5432/klachten"
    assert "geheim" not in database_identity(server)
    assert database_identity(server) == database_identity(
        "postgresql+psycopg://anna:anders@db.local:5432/klachten"
    )
    assert database_identity(server) != database_identity(
        "postgresql+psycopg://anna@db.local:5432/andere"
    )


def test_file_and_folder_are_owner_only(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    store.replace(A, "case:1", {"x": Pending("X", "y")})
    assert stat.S_IMODE((tmp_path / "rec").stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_kill_during_a_write_leaves_the_previous_state(tmp_path: Path) -> None:
    """A process killed halfway through a transaction: the file stays readable and holds
    the last completed write."""
    folder = tmp_path / "rec"
    store = RecoveryStore(folder)
    store.replace(A, "case:1", {"x": Pending("X", "voor")})
    store.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from kluppluz_desk.services.recovery import RecoveryStore, Pending, scope_for
        store = RecoveryStore(__import__("pathlib").Path({str(folder)!r}))
        scope = scope_for("sqlite:///shared.sqlite3", "anna", "pc-1")
        conn = store._connection()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM entry")
        conn.executemany(
            "INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*(scope.database, scope.login, scope.host), "case:1", f"i{{n}}", "L", '"na"',
              "2026-01-01T00:00:00+00:00") for n in range(5000)],
        )
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert done.returncode == -9
    again = RecoveryStore(folder)
    assert [(e.item, e.value) for e in again.entries(A)] == [("x", "voor")]
