"""Files with personal data are the user's alone and never half-written.

Letters, dossiers and exports come out 0600 (also over an older 0644 file); the program's
folders are 0700. On a really full disk (a 64 kB tmpfs) a letter leaves no file at all, or
the earlier one unchanged, and the message says so once, in Dutch.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kluppluz_desk import paths
from kluppluz_desk.cli import main
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.private_files import write_private
from kluppluz_desk.services.database import open_database
from tests.factories import make_case, seed


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def case_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "letters.sqlite3"
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    case = make_case(db, seed(db), upto=Step.ASSIGN_HANDLER, child_name="Noë")
    db.dispose()
    return path, case.reference


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 64 kB file system: a letter PDF (embedded fonts) does not fit."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small tmpfs needs root (CI runs as root)")
    folder = tmp_path / "full"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_letter_dossier_and_export_are_owner_only(
    case_db: tuple[Path, str], tmp_path: Path
) -> None:
    db_path, reference = case_db
    letter, dossier, export = tmp_path / "brief.pdf", tmp_path / "dossier.pdf", tmp_path / "x.json"
    letter.write_bytes(b"an older letter")
    letter.chmod(0o644)
    base = ["--db", str(db_path)]
    assert main([*base, "letter", "--case", reference, "--kind", "ontvangstbevestiging",
                 "--out", str(letter), "--eml", str(tmp_path / "brief.eml")]) == 0  # fmt: skip
    assert main([*base, "dossier", "--case", reference, "--out", str(dossier)]) == 0
    assert main([*base, "export", str(export)]) == 0
    for path in (letter, tmp_path / "brief.eml", dossier, export):
        assert mode(path) == 0o600, path
    assert letter.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    for folder in (paths.data_dir(), paths.log_dir(), paths.backup_dir()):
        assert mode(folder) == 0o700, folder


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass


def test_a_letter_on_a_full_disk_leaves_no_broken_file(
    case_db: tuple[Path, str], full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, reference = case_db
    old = b"%PDF the letter written yesterday"
    write_private(full_disk / "gisteren.pdf", old)
    _fill(full_disk)
    for name in ("brief.pdf", "gisteren.pdf"):
        code = main(["--db", str(db_path), "letter", "--case", reference,
                     "--kind", "ontvangstbevestiging", "--out", str(full_disk / name)])  # fmt: skip
        assert code == 1
        assert "de schijf is vol" in capsys.readouterr().err
    # No 0-byte PDF, no temporary file, and yesterday's letter is untouched.
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "gisteren.pdf"]
    assert (full_disk / "gisteren.pdf").read_bytes() == old
