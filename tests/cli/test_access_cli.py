"""`kluppluz-desk grant-access`: refused in Dutch on SQLite; with --sql it prints the
script for the database administrator and changes nothing."""

from __future__ import annotations

import pytest

from kluppluz_desk.cli import main
from kluppluz_desk.services.database import Database
from tests.factories import seed


def test_grant_access(db: Database, db_url: str, capsys: pytest.CaptureFixture[str],
                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    seed(db)
    monkeypatch.setenv("KLUPPLUZ_NEW_PASSWORD", "een-lang-wachtwoord")
    code = main(["--db", db_url, "grant-access", "Marloes van Dijk", "mvandijk", "--sql"])
    out, err = capsys.readouterr()
    if db_url.startswith("sqlite"):
        assert code != 0 and "alleen op een PostgreSQL-server" in err
        return
    assert code == 0
    assert 'CREATE ROLE "mvandijk" LOGIN' in out and "GRANT kluppluz_user" in out
    assert "INSERT INTO db_login" in out
    assert main(["--db", db_url, "grant-access", "Niemand", "x", "--sql"]) != 0
    assert "bestaat niet" in capsys.readouterr().err
