"""Backups and restore (issue 11, must-have 1): checked copies, rotation, restore."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.backup.copies import (
    BackupFailed,
    list_copies,
    make_sqlite_copy,
)
from kluppluz_desk.services.backup.daily import daily_backup, make_backup
from kluppluz_desk.services.backup.restore import restore_sqlite
from kluppluz_desk.services.backup.rotation import moments_to_keep
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.transfer import export_document
from tests.factories import Seeded, make_case, seed
from tests.store.test_file_safety import garble_page


def data_of(db: Database) -> dict[str, Any]:
    document = export_document(db)
    return {k: v for k, v in document.items() if isinstance(v, list)}


SEEDED: dict[str, Seeded] = {}


@pytest.fixture
def filled(sqlite_url: str) -> Database:
    db = open_database(sqlite_url, user="kv-tester")
    s = seed(db)
    SEEDED[db.url] = s
    make_case(db, s)
    make_case(db, s, submitter_name="Eva de Wit")
    return db


def test_backup_change_restore_gives_back_the_data_exactly(
    filled: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    saved = data_of(filled)
    copy = make_backup(filled, folder=folder).path
    first = cases.get_case(filled, 1)
    cases.update_case(filled, case_id=1, version=first.version, values={"submitter_name": "X"})
    make_case(filled, SEEDED[filled.url], submitter_name="Nieuw")
    assert data_of(filled) != saved
    db_path = Path(filled.url.removeprefix("sqlite:///"))
    filled.dispose()

    outcome = restore_sqlite(db_path, copy, folder)

    reopened = open_database(filled.url, user="kv-tester")
    assert data_of(reopened) == saved
    reopened.dispose()
    # The state before the restore is kept as a safety copy, and holds the change.
    assert outcome.safety_copy is not None and outcome.safety_copy.parent == folder
    safety = open_database(f"sqlite:///{outcome.safety_copy}")
    assert cases.get_case(safety, 1).fields["submitter_name"] == "X"
    safety.dispose()


def test_copies_and_folder_are_owner_only(filled: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    copy = make_backup(filled, folder=folder).path
    assert folder.stat().st_mode & 0o777 == 0o700
    assert copy.stat().st_mode & 0o777 == 0o600
    [info] = list_copies(folder, copy.name.split("-")[0])
    assert info.good and info.cases == 2 and info.size == copy.stat().st_size
    # A self-contained file: reading it needs no -wal/-shm and creates none.
    assert sorted(p.name for p in folder.iterdir()) == [copy.name]
    filled.dispose()


def test_damaged_backup_is_marked_and_refused(filled: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    copy = make_backup(filled, folder=folder).path
    garble_page(copy)
    [info] = list_copies(folder, copy.name.split("-")[0])
    assert info.status == "damaged" and not info.good
    db_path = Path(filled.url.removeprefix("sqlite:///"))
    filled.dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StorageError, match="beschadigd en wordt niet teruggezet"):
        restore_sqlite(db_path, copy, folder)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert [p.name for p in folder.iterdir()] == [copy.name]  # no safety copy either


def test_copy_of_a_damaged_database_is_deleted_and_logged(
    sqlite_template: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = tmp_path / "kd.sqlite3"
    shutil.copyfile(sqlite_template, source)
    garble_page(source)
    folder = tmp_path / "backups"
    with caplog.at_level(logging.ERROR), pytest.raises(BackupFailed) as failed:
        make_sqlite_copy(source, folder)
    assert failed.value.source_damaged and "beschadigd" in failed.value.message
    assert list(folder.iterdir()) == []
    assert any("failed its check, deleted" in r.getMessage() for r in caplog.records)


def test_daily_backup_once_a_day(filled: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with frozen(date(2026, 3, 2)):
        assert daily_backup(filled, folder=folder) is not None
        assert daily_backup(filled, folder=folder) is None
    with frozen(date(2026, 3, 3)):
        assert daily_backup(filled, folder=folder) is not None
    assert len(list_copies(folder, "kluppluz", look_inside=False)) == 2
    filled.dispose()


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    """Daily copies at 9:00 from 1-1-2025 to Friday 15-5-2026, plus one at 17:00 that day."""
    moments = [datetime(2025, 1, 1, 9) + timedelta(days=n) for n in range(500)]
    moments.append(datetime(2026, 5, 15, 17))
    last = datetime(2026, 5, 15, 17)
    daily = {last} | {datetime(2026, 5, d, 9) for d in range(9, 15)}
    weekly = {last, datetime(2026, 5, 10, 9), datetime(2026, 5, 3, 9), datetime(2026, 4, 26, 9)}
    monthly = {last} | {
        datetime(y, m, d, 9)
        for y, m, d in (
            (2026, 4, 30),
            (2026, 3, 31),
            (2026, 2, 28),
            (2026, 1, 31),
            (2025, 12, 31),
            (2025, 11, 30),
            (2025, 10, 31),
            (2025, 9, 30),
            (2025, 8, 31),
            (2025, 7, 31),
            (2025, 6, 30),
        )
    }
    assert moments_to_keep(moments) == daily | weekly | monthly
    assert len(daily | weekly | monthly) == 20


def test_rotation_on_disk_with_the_clock_injected(filled: Database, tmp_path: Path) -> None:
    """A year and a half of daily starts: the folder ends with exactly the kept copies, and a
    safety copy older than a year has gone too."""
    folder = tmp_path / "backups"
    source = Path(filled.url.removeprefix("sqlite:///"))
    safety = make_sqlite_copy(source, folder, kind="voor-terugzetten", made_at=datetime(2025, 1, 1))
    days = [date(2025, 1, 1) + timedelta(days=n) for n in range(0, 540, 5)]
    for day in days:
        with frozen(day):
            daily_backup(filled, folder=folder)
    names = {info.made_at.date() for info in list_copies(folder, "kluppluz", look_inside=False)}
    kept = moments_to_keep(datetime.combine(d, datetime.min.time()) for d in days)
    expected = {moment.date() for moment in kept}
    assert names == expected
    assert len(expected) <= 7 + 4 + 12
    assert not safety.exists()
    filled.dispose()


def test_restore_refuses_a_read_only_database(filled: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    copy = make_backup(filled, folder=folder).path
    db_path = Path(filled.url.removeprefix("sqlite:///"))
    filled.dispose()
    db_path.chmod(0o400)
    with pytest.raises(StorageError, match="alleen-lezen"):
        restore_sqlite(db_path, copy, folder)
    assert db_path.stat().st_mode & 0o777 == 0o400


def test_restore_refuses_a_foreign_file(filled: Database, tmp_path: Path) -> None:
    other = tmp_path / "ander.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    db_path = Path(filled.url.removeprefix("sqlite:///"))
    filled.dispose()
    with pytest.raises(StorageError, match="geen KluppluZ Desk-database"):
        restore_sqlite(db_path, other, tmp_path / "backups")


def test_make_backup_on_both_databases(db: Database, tmp_path: Path) -> None:
    """SQLite: a checked copy; PostgreSQL: the lossless JSON export. Both hold the data."""
    make_case(db, seed(db))
    outcome = make_backup(db, folder=tmp_path / "backups")
    assert outcome.path.stat().st_mode & 0o777 == 0o600
    if db.backend == "postgresql":
        assert outcome.path.suffix == ".json"
        document = json.loads(outcome.path.read_text(encoding="utf-8"))
        assert {k: v for k, v in document.items() if isinstance(v, list)} == data_of(db)
    else:
        assert outcome.path.suffix == ".sqlite3"
        copy = open_database(f"sqlite:///{outcome.path}")
        assert data_of(copy) == data_of(db)
        copy.dispose()
