"""The look at the database file begun at start-up (`store.sqlite_prefetch`): its answer is
used when the file is unchanged, thrown away when it changed, and a damaged file found early
is refused just the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.services import sqlite_open
from kluppluz_desk.services.database import open_database
from kluppluz_desk.store.sqlite_file import FileKind
from kluppluz_desk.store.sqlite_prefetch import start_inspection, take_inspection
from tests.store.test_file_safety import garble_page


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    path = tmp_path / "kd.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def test_the_early_look_is_handed_out_once(ours: Path) -> None:
    assert start_inspection(f"sqlite:///{ours}")
    found = take_inspection(ours)
    assert found is not None and found.kind is FileKind.OURS
    assert take_inspection(ours) is None


def test_a_file_changed_since_the_look_is_looked_at_again(ours: Path) -> None:
    assert start_inspection(f"sqlite:///{ours}")
    with sqlite3.connect(ours) as conn:
        conn.execute("CREATE TABLE later (x)")
    conn.close()
    assert take_inspection(ours) is None


def test_nothing_to_look_at_for_a_new_file_or_a_server(tmp_path: Path) -> None:
    assert not start_inspection(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert not start_inspection("postgresql+psycopg://u@localhost/kd")


def test_opening_uses_the_early_look(ours: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_path: Path) -> None:
        raise AssertionError("looked at the file again")

    start_inspection(f"sqlite:///{ours}")
    monkeypatch.setattr(sqlite_open, "inspect_sqlite_file", refuse)
    open_database(f"sqlite:///{ours}").dispose()


def test_a_damaged_file_found_early_is_still_refused(ours: Path) -> None:
    garble_page(ours)
    start_inspection(f"sqlite:///{ours}")
    with pytest.raises(StorageError, match="beschadigd"):
        open_database(f"sqlite:///{ours}")
