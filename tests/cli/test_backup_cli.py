"""`kluppluz-desk backup` / `restore` headless, and the CLI's refusals (issue 11)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kluppluz_desk.cli import main
from kluppluz_desk.services.database import Database, open_database
from tests.cli.test_cli import run
from tests.factories import Seeded, make_case, seed
from tests.store.test_file_safety import garble_page


@pytest.fixture
def db(sqlite_url: str) -> Path:
    """A database with three cases (the demo data takes seconds to load)."""
    database = open_database(sqlite_url, user="kv-tester")
    seeded = seed(database)
    for _ in range(3):
        make_case(database, seeded)
    database.dispose()
    return Path(sqlite_url.removeprefix("sqlite:///"))


def test_backup_list_restore(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(db), "backup"]) == 0
    out = capsys.readouterr().out
    copy = Path(out.split("Back-up gemaakt: ")[1].split("\n")[0])
    assert copy.parent == tmp_path / "backups" and copy.exists()
    assert main(["--db", str(db), "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert copy.name in listing and " goed " in listing and "3 klantreacties" in listing
    changed = open_database(f"sqlite:///{db}", user="kv-tester")
    make_case(changed, seed_ids(changed))
    assert case_count(changed) == 4
    changed.dispose()
    assert main(["--db", str(db), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Veiligheidskopie van de vorige database" in out and "Teruggezet" in out
    restored = open_database(f"sqlite:///{db}")
    assert case_count(restored) == 3
    restored.dispose()


def case_count(database: Database) -> int:
    from kluppluz_desk.services.transfer import export_document

    return len(export_document(database)["case_record"])


def seed_ids(database: Database) -> Seeded:
    from kluppluz_desk.services import masterdata

    def ids(kind: str) -> dict[str, int]:
        return {item.name: item.id for item in masterdata.list_items(database, kind)}

    return Seeded(ids("region"), ids("location"), ids("staff"), ids("category"), ids("service"))


def test_restore_of_a_damaged_copy_fails_in_dutch(db: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db), "backup"]) == 0
    [copy] = (tmp_path / "backups").iterdir()
    garble_page(copy)
    listing = run("--db", str(db), "backup", "--list", home=tmp_path)
    assert "BESCHADIGD" in listing.stdout
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run("--db", str(db), "restore", str(copy), home=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "beschadigd en wordt niet teruggezet" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_cli_refuses_a_missing_folder_and_a_foreign_file(tmp_path: Path) -> None:
    missing = tmp_path / "nergens" / "kd.sqlite3"
    result = run("--db", str(missing), "check", home=tmp_path)
    assert result.returncode == 1 and "bestaat niet" in result.stderr
    assert not missing.parent.exists()
    foreign = tmp_path / "ander.sqlite3"
    import sqlite3

    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE klant (naam TEXT)")
    conn.close()
    os.chmod(foreign, 0o644)
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    result = run("--db", str(foreign), "demo", home=tmp_path)
    assert result.returncode == 1 and "ander programma" in result.stderr
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before
    assert foreign.stat().st_mode & 0o777 == 0o644


def test_restore_on_postgres_is_refused_with_a_pointer(tmp_path: Path) -> None:
    result = run(
        "--db",
        "postgresql://iemand@127.0.0.1:1/kd",
        "restore",
        str(tmp_path / "x"),
        home=tmp_path,
    )
    assert result.returncode == 1 and "pg_restore" in result.stderr
