"""`kluppluz-desk report --year YEAR --out FILE.pdf`: the same PDF as the wizard makes, and
a refusal (exit 1, one hit per line on stderr) while personal data is left in."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from kluppluz_desk.cli import main
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases, report
from kluppluz_desk.services.database import open_database
from tests.factories import make_case, seed


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kluppluz_desk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={"KLUPPLUZ_DESK_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "kd.sqlite3"
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    with frozen(date(2026, 3, 2)):
        seeded = seed(db)
        detail = make_case(db, seeded, received_on=date(2025, 4, 1))
        cases.update_case(
            db,
            case_id=detail.id,
            version=detail.version,
            values={"public_summary": "Sanne Bakker vroeg om een gesprek; bel 06-12345678."},
        )
    db.dispose()
    return path


def test_report_refuses_with_hits_then_writes_the_wizards_pdf(
    db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "jaarverslag.pdf"
    refused = run(
        "--db", str(db_file), "report", "--year", "2025", "--out", str(out), home=tmp_path
    )
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert "persoonsgegevens" in lines[0]
    hit_lines = lines[1:]
    assert any("naam indiener" in line and "Sanne Bakker" in line for line in hit_lines)
    assert any("telefoonnummer" in line and "06-12345678" in line for line in hit_lines)
    assert all(line.startswith("KR-2025-001") for line in hit_lines)
    assert "Traceback" not in refused.stderr
    assert not out.exists()

    db = open_database(f"sqlite:///{db_file}", user="kv-tester")
    case_id = cases.find_case_id(db, "KR-2025-001")
    detail = cases.get_case(db, case_id)
    cases.update_case(
        db,
        case_id=case_id,
        version=detail.version,
        values={"public_summary": "Ouder vroeg om een gesprek."},
    )
    stored = report.generate_report(db, 2025)
    db.dispose()

    assert main(["--db", str(db_file), "report", "--year", "2025", "--out", str(out)]) == 0
    assert out.read_bytes() == stored
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(stored)).pages)
    assert "Ouder vroeg om een gesprek." in text and "Sanne" not in text


def test_report_for_an_empty_year_and_a_bad_folder(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    assert main(["--db", str(db_file), "report", "--year", "2018", "--out", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Jaarverslag klantreacties 2018" in text and "geen klantreacties" in text
    bad = run(
        "--db",
        str(db_file),
        "report",
        "--year",
        "2018",
        "--out",
        "/nonexistent/x.pdf",
        home=tmp_path,
    )
    assert bad.returncode == 1
    assert "bestaat niet" in bad.stderr and "Traceback" not in bad.stderr
