"""Issue 13, must-haves 6 and 7 at the command line: bad files given to `intake`,
`import-register` and `list` each give one Dutch line naming the file, exit code 1, and
leave the database as it was; `list --status` takes the Dutch names it prints."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from kluppluz_desk.cli import main
from tests.cli.conftest import case_count
from tests.mailfiles import files
from tests.services.register_import.registers import encrypted_workbook, write_tall_sheet

SENT = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_intake_names_each_refused_file(
    seeded_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "groot.eml"
    big.write_bytes(files.eml(sent=SENT, body="Zie bijlage.", attachments=[
        ("film.mp4", os.urandom(22 * 1024 * 1024), "video/mp4")]))  # fmt: skip
    broken = tmp_path / "kapot.msg"
    broken.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(3000))
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"<html>geen pdf</html>")
    good = tmp_path / "goed.eml"
    good.write_bytes(files.eml(sent=SENT, body="Het hek stond open."))
    code = main(["--db", seeded_file, "intake", "--location", "Venetiëstraat",
                 str(big), str(broken), str(fake), str(good)])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip().splitlines() == [f"goed.eml: KR-{datetime.now().year}-001"]
    lines = err.strip().splitlines()
    assert lines[0].startswith("kluppluz-desk: 'groot.eml' is 29,")
    assert "ten hoogste 20 MB" in lines[0]
    assert lines[1] == (
        "kluppluz-desk: 'kapot.msg': Dit Outlook-bericht (.msg) is beschadigd en kan niet "
        "worden gelezen."
    )
    assert lines[2].startswith("kluppluz-desk: 'scan.pdf' is geen PDF-bestand")
    assert lines[3] == "kluppluz-desk: 3 van 4 bestanden niet ingelezen."
    assert "Traceback" not in err
    assert case_count(seeded_file) == 1


def test_import_register_refuses_protected_and_tall_files(
    seeded_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    protected = encrypted_workbook(tmp_path / "beveiligd.xlsx")
    assert main(["--db", seeded_file, "import-register", str(protected)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kluppluz-desk: 'beveiligd.xlsx' is met een wachtwoord beveiligd.")
    tall = write_tall_sheet(tmp_path / "alles.xlsx", 200_000)
    assert main(["--db", seeded_file, "import-register", str(tall), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "'alles.xlsx' heeft meer dan 50.000 regels (200.001)" in err
    assert "Traceback" not in err
    assert case_count(seeded_file) == 0


def test_list_status_in_dutch(
    seeded_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lijst.xlsx"
    assert main(["--db", seeded_file, "list", "--out", str(out), "--status", "Onzin"]) == 1
    err = capsys.readouterr().err
    assert "Onbekende status 'onzin'; kies uit: 'Geregistreerd'," in err
    assert "'Afgesloten'" in err and "closed" not in err
    assert not out.exists()
    assert main(["--db", seeded_file, "list", "--out", str(out),
                 "--status", "geregistreerd, Afgesloten"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == f"0 klantreacties geschreven naar {out}."
    assert next(openpyxl.load_workbook(out).active.values)[0] == "Kenmerk"
