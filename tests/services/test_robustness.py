"""Nothing is lost: a locked database, a crash mid-transaction, parallel registrations."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from kluppluz_desk.domain.errors import StorageError
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.store import engine as engine_module
from tests.factories import case_values, make_case, seed


def test_locked_database_gives_a_dutch_message_and_keeps_data(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    db = open_database(sqlite_url, user="kv-tester")
    s = seed(db)
    case = make_case(db, s)
    path = sqlite_url.removeprefix("sqlite:///")
    blocker = sqlite3.connect(path, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StorageError) as error:
            cases.update_case(
                db, case_id=case.id, version=case.version, values={"submitter_name": "Nieuwe naam"}
            )
        assert "bezet" in error.value.message and "niets opgeslagen" in error.value.message
    finally:
        blocker.rollback()
        blocker.close()
    stored = cases.get_case(db, case.id)
    assert stored.fields["submitter_name"] == "Sanne Bakker"
    saved = cases.update_case(
        db, case_id=case.id, version=stored.version, values={"submitter_name": "Nieuwe naam"}
    )
    assert saved.fields["submitter_name"] == "Nieuwe naam"
    db.dispose()


def test_an_error_midway_rolls_back_everything(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s)
    with pytest.raises(RuntimeError), db.unit() as session:
        from kluppluz_desk.store.models import Case

        row = session.get(Case, case.id)
        assert row is not None
        row.submitter_name = "Half werk"
        session.flush()
        raise RuntimeError("power cut")
    assert cases.get_case(db, case.id).fields["submitter_name"] == "Sanne Bakker"


def test_parallel_registrations_get_distinct_references(db_url: str) -> None:
    first = open_database(db_url, user="kv-tester")
    s = seed(first)
    dbs = [open_database(db_url, user=f"user{i}") for i in range(4)]
    references: list[str] = []
    errors: list[BaseException] = []

    def register(db: Database) -> None:
        try:
            for _ in range(5):
                references.append(cases.register_case(db, values=case_values(s)).reference)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=register, args=(db,)) for db in dbs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert len(references) == 20 == len(set(references))
    for db in (first, *dbs):
        db.dispose()


def test_wal_file_survives_a_crashed_writer(tmp_path: Path) -> None:
    """A committed case is in the file even when the process dies before closing."""
    import subprocess
    import sys

    path = tmp_path / "crash.sqlite3"
    script = (
        "import os\n"
        "from kluppluz_desk.services.database import open_database\n"
        "from tests.factories import seed, make_case\n"
        f"db = open_database('sqlite:///{path}', user='kv-tester')\n"
        "s = seed(db)\n"
        "c = make_case(db, s)\n"
        "print(c.reference, flush=True)\n"
        "os._exit(9)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=120
    )
    assert result.returncode == 9, result.stderr
    reference = result.stdout.strip()
    db = open_database(f"sqlite:///{path}")
    assert cases.get_case(db, cases.find_case_id(db, reference)).reference == reference
    db.dispose()
