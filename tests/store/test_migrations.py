"""Alembic migrations: models and head agree, upgrades back up first, newer is refused."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.services.database import open_database
from kluppluz_desk.store.engine import make_engine
from kluppluz_desk.store.migrate import current_revision, head_revision
from kluppluz_desk.store.models import Base
from kluppluz_desk.store.search import include_name


def test_models_and_migration_head_agree(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models differ from the migrations: {diff}"
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()


def test_head_constant_matches_the_scripts() -> None:
    from kluppluz_desk.store.migrate import script_head

    assert head_revision() == script_head()


def test_sqlite_file_is_private_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "eigen.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(StorageError) as error:
        open_database(f"sqlite:///{path}")
    assert "nieuwere versie van KluppluZ Desk" in error.value.message
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9999_future"
        )
    assert len(path.read_bytes()) == len(before)


def test_older_database_is_upgraded_after_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program's head moved on (simulated): opening makes a backup, then upgrades."""
    from kluppluz_desk.store import migrate

    path = tmp_path / "db.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    real_head = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_pretend")
    backups = tmp_path / "backups"
    db = open_database(f"sqlite:///{path}", backup_folder=backups)
    db.dispose()
    assert db.backup_made is not None
    made = Path(db.backup_made)
    assert made.parent == backups and made.exists()
    assert f"voor-upgrade-{real_head}" in made.name
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == real_head
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600


def test_corrupt_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(b"dit is geen database" * 5000)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="beschadigd"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_unreachable_server_gets_a_clear_message() -> None:
    with pytest.raises(StorageError, match="niet bereikbaar"):
        open_database("postgresql://niemand@127.0.0.1:1/geen")


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(StorageError, match="niet ondersteund"):
        make_engine("mysql://x@y/z")


def test_plain_create_all_matches_alembic_tables(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    Base.metadata.create_all(engine)
    with engine.connect() as conn:
        names = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
    assert set(Base.metadata.tables) <= names


def test_search_triggers_exist_at_head(tmp_path: Path) -> None:
    """A later batch migration that recreates case_record on SQLite drops its triggers;
    it must recreate them (see 0002) — this test notices when one forgets."""
    db = open_database(f"sqlite:///{tmp_path / 'fts.sqlite3'}")
    with db.engine.connect() as conn:
        triggers = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        }
    db.dispose()
    assert {"case_search_insert", "case_search_update", "case_search_delete"} <= triggers
