"""Backups and restores hold every case, confidential ones too (issue 12): only K&V, or an
administrator of a local SQLite file, may run `backup`, `backup --list` and `restore`;
anyone else gets a Dutch refusal, a non-zero exit and an untouched file. On a team
server an administrator who is not K&V is refused as well."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from kluppluz_desk.cli import main
from kluppluz_desk.domain.access import BACKUP_REFUSAL, AccessRole, Viewer, backup_refusal
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.store.models import Staff
from tests.conftest import _drop_pg_database, _new_pg_database
from tests.factories import make_case, seed


def _viewer(*roles: AccessRole) -> Viewer:
    return Viewer(staff_id=1, name="X", roles=frozenset(roles))


def test_the_backup_rule_role_by_role() -> None:
    kv, adm = AccessRole.QUALITY_OFFICER, AccessRole.ADMINISTRATOR
    for local in (True, False):
        assert backup_refusal(None, local_file=local) is None
        assert backup_refusal(_viewer(kv), local_file=local) is None
        for role in (AccessRole.DIRECTOR, AccessRole.HANDLER):
            assert backup_refusal(_viewer(role), local_file=local) == BACKUP_REFUSAL
    assert backup_refusal(_viewer(adm), local_file=True) is None
    assert backup_refusal(_viewer(adm), local_file=False) == BACKUP_REFUSAL


def _make_admin(db: Database, name: str) -> None:
    with db.unit() as session:
        session.execute(update(Staff).where(Staff.name == name).values(is_administrator=True))


@pytest.fixture
def db_file(sqlite_url: str) -> Path:
    database = open_database(sqlite_url, user="kv-tester")
    seeded = seed(database)
    make_case(database, seeded)
    _make_admin(database, "Johan Smits")  # a cluster manager who also administers
    database.dispose()
    return Path(sqlite_url.removeprefix("sqlite:///"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_only_kv_or_a_local_administrator_backs_up_and_restores(
    db_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLUPPLUZ_DESK_USER", "kv-tester")
    assert main(["--db", str(db_file), "backup"]) == 0
    copy = Path(capsys.readouterr().out.split("Back-up gemaakt: ")[1].split("\n")[0])
    before = _digest(db_file)
    for login in ("mvandijk", "iwillems"):  # location manager, director
        monkeypatch.setenv("KLUPPLUZ_DESK_USER", login)
        for args in (["backup"], ["backup", "--list"], ["restore", str(copy)]):
            assert main(["--db", str(db_file), *args]) == 1, (login, args)
            err = capsys.readouterr().err
            assert BACKUP_REFUSAL in err and "Traceback" not in err
    assert _digest(db_file) == before  # nothing was swapped in
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]
    monkeypatch.setenv("KLUPPLUZ_DESK_USER", "jsmits")  # administrator, local file
    assert main(["--db", str(db_file), "backup", "--list"]) == 0
    assert main(["--db", str(db_file), "restore", str(copy)]) == 0
    assert "Teruggezet" in capsys.readouterr().out


@pytest.fixture
def pg_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    url = _new_pg_database(pg_admin_url, pg_template)
    yield url
    _drop_pg_database(pg_admin_url, url)


@pytest.mark.postgres
def test_an_administrator_is_refused_on_a_team_server(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(pg_url, user="kv-tester")
    seed(database)
    _make_admin(database, "Johan Smits")
    database.dispose()
    monkeypatch.setenv("KLUPPLUZ_DESK_USER", "jsmits")
    assert main(["--db", pg_url, "backup"]) == 1
    assert BACKUP_REFUSAL in capsys.readouterr().err
