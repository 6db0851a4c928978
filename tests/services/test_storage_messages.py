"""Storage messages say the right thing: "nothing saved" once on a full disk, and the
backup folder that is really used when a database is damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.services.database import Database, open_database


def test_full_disk_says_nothing_was_saved_once(sqlite_db: Database) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    with pytest.raises(StorageError) as error, sqlite_db.unit():
        raise OperationalError("INSERT INTO note VALUES (?)", ("x",), full)
    message = error.value.message
    assert message == "De schijf is vol of niet bereikbaar. Er is niets opgeslagen."


def test_damaged_file_names_the_backup_folder_in_use(sqlite_url: str, tmp_path: Path) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    last = path.stat().st_size // 4096 - 1  # an index page nothing reads at start
    with path.open("r+b") as handle:  # claim five cells at nonsense offsets
        handle.seek(last * 4096)
        handle.write(b"\x0a\x00\x00\x00\x05\x0f\xf0\x00" + b"\xff\xf0" * 5)
    elsewhere = tmp_path / "reservekopieen"
    with pytest.raises(StorageError) as error:
        open_database(sqlite_url, backup_folder=elsewhere)
    message = error.value.message
    assert str(elsewhere) in message and "naast de database" not in message
