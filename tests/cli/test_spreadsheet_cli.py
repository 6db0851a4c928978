"""`kluppluz-desk import-register` (dry run, problems, saved mapping) and `kluppluz-desk
list --out` through the real command-line entry point, files re-read afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from kluppluz_desk.cli import main
from tests.cli.conftest import case_count
from tests.services.register_import.registers import write_messy_register


def test_import_register_problems_dry_run_and_import(
    seeded_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = write_messy_register(tmp_path / "register.xlsx")
    assert main(["--db", seeded_file, "import-register", str(register), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "Regel 7: Onbekende locatie 'Kindcentrum De Zeppelin'" in err
    assert "er is niets geïmporteerd" in err
    assert case_count(seeded_file) == 0

    mapping = tmp_path / "koppeling.json"
    mapping.write_text(json.dumps({
        "values": {"location": {"Kindcentrum De Zeppelin": "+"},
                   "category": {"Communicatie": "Informatie/communicatie"}},
    }), encoding="utf-8")  # fmt: skip
    args = ["--db", seeded_file, "import-register", str(register), "--mapping", str(mapping)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "4 regels goed, 0 met problemen, 4 overgeslagen, waarvan 0 al aanwezig." in out
    assert "regel 9: overgeslagen (dubbel: gelijk aan regel 8)" in out
    assert "Proefimport: er is niets geïmporteerd." in out
    assert case_count(seeded_file) == 0

    assert main(args) == 0
    out = capsys.readouterr().out
    assert "4 klantreacties geïmporteerd: KR-2021-001 t/m KR-2021-004." in out
    assert "nieuwe locatie: Kindcentrum De Zeppelin" in out
    assert case_count(seeded_file) == 4

    # The same register again: every row is a case already; nothing is imported twice.
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "0 regels goed, 0 met problemen, 8 overgeslagen, waarvan 4 al aanwezig." in (
        captured.out
    )
    assert "regel 4: overgeslagen (al aanwezig als KR-2021-001)" in captured.out
    assert "staan al in het programma (4 al aanwezig)" in captured.err
    assert main([*args, "--include-present", "--dry-run"]) == 0
    assert "4 regels al aanwezig worden toch opnieuw" in capsys.readouterr().out
    assert case_count(seeded_file) == 4


def test_bad_mapping_and_bad_file_give_one_dutch_line(
    seeded_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "m.json"
    bad.write_text('{"columns": {"shoe_size": "Maat"}}', encoding="utf-8")
    register = write_messy_register(tmp_path / "r.xlsx")
    assert main(["--db", seeded_file, "import-register", str(register), "--mapping", str(bad)]) == 1
    assert "onbekende velden: shoe_size" in capsys.readouterr().err
    (tmp_path / "x.xlsx").write_bytes(b"\x00\x01garbage" * 10)
    assert main(["--db", seeded_file, "import-register", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "geen spreadsheet" in err and "Traceback" not in err


def test_list_out_xlsx_and_csv_with_filters(
    seeded_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = write_messy_register(tmp_path / "register.xlsx")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"values": {
        "location": {"Kindcentrum De Zeppelin": "Arnhem Centrum"},
        "category": {"Communicatie": "Informatie/communicatie"}}}), encoding="utf-8")  # fmt: skip
    assert main(["--db", seeded_file, "import-register", str(register), "--mapping",
                 str(mapping)]) == 0  # fmt: skip
    out = tmp_path / "gesloten.xlsx"
    assert main(["--db", seeded_file, "list", "--out", str(out), "--year", "2021",
                 "--status", "Afgesloten"]) == 0  # fmt: skip
    assert "2 klantreacties geschreven" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["KR-2021-003", "KR-2021-001"]  # newest first
    csv_out = tmp_path / "arnhem.csv"
    assert main(["--db", seeded_file, "list", "--out", str(csv_out), "--location",
                 "arnhem centrum"]) == 0  # fmt: skip
    lines = csv_out.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 3 and all(";Arnhem Centrum;" in line for line in lines[1:])
    assert main(["--db", seeded_file, "list", "--out", str(csv_out), "--location", "Mars"]) == 1
    assert "Onbekende locatie 'Mars'" in capsys.readouterr().err
