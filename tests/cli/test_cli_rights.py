"""The command line obeys the same rights as the program: run as a location manager
(KLUPPLUZ_DESK_USER = their login), `export` is refused in Dutch with a non-zero exit code
and another location's case is not found by `dossier`; their own case still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from kluppluz_desk.cli import main
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from tests.services.access.world import build_world


def test_a_manager_cannot_export_nor_open_another_locations_case(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    world = build_world(db)
    other = cases.get_case(db, world.other).reference
    secret = cases.get_case(db, world.secret).reference
    own = cases.get_case(db, world.own).reference
    capsys.readouterr()
    monkeypatch.setenv("KLUPPLUZ_DESK_USER", "mvandijk")

    assert main(["--db", db_url, "export", str(tmp_path / "alles.json")]) == 1
    assert "Alleen Kwaliteit & Veiligheid exporteert zaken." in capsys.readouterr().err
    assert not (tmp_path / "alles.json").exists()

    for reference in (other, secret):
        out = tmp_path / f"{reference}.pdf"
        assert main(["--db", db_url, "dossier", "--case", reference, "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert f"Klantreactie '{reference}' bestaat niet." in err and "Traceback" not in err
        assert not out.exists()

    out = tmp_path / "eigen.pdf"
    assert main(["--db", db_url, "dossier", "--case", own, "--out", str(out)]) == 0
    assert out.stat().st_size > 1000

    # K&V, through the same command line, sees and exports everything.
    monkeypatch.setenv("KLUPPLUZ_DESK_USER", "kv-tester")
    assert main(["--db", db_url, "export", str(tmp_path / "alles.json")]) == 0
    assert "5 klantreacties" in capsys.readouterr().out
    assert main(["--db", db_url, "dossier", "--case", other,
                 "--out", str(tmp_path / "kv.pdf")]) == 0  # fmt: skip
