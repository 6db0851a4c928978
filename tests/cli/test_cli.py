"""The command line: subcommands, one-line Dutch errors, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kluppluz_desk.cli import main


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kluppluz_desk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={"KLUPPLUZ_DESK_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )


def test_demo_check_export_import(tmp_path: Path) -> None:
    db1, db2, out = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "x.json"
    assert main(["--db", str(db1), "demo"]) == 0
    assert main(["--db", str(db1), "export", str(out)]) == 0
    assert main(["--db", str(db2), "import", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "kluppluz-desk-export"
    result = run("--db", str(db2), "check", "--limit", "5", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Integriteit:     ok" in result.stdout
    assert "Termijnen (eerstvolgende eerst):" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "/nonexistent/x.json"], "bestaat niet"),
        (["--db", "mysql://a@b/c", "check"], "niet ondersteund"),
    ],
)
def test_errors_are_one_dutch_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = (
        run("--db", str(tmp_path / "d.sqlite3"), *args, home=tmp_path)
        if args[0] != "--db"
        else run(*args, home=tmp_path)
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_database_is_reported_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    result = run("--db", str(path), "check", home=tmp_path)
    assert result.returncode == 1
    assert "beschadigd" in result.stderr and "Traceback" not in result.stderr
