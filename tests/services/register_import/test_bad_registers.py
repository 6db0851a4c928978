"""Bad register files (issue 13, must-have 6) as real files: a workbook encrypted with a
password by msoffcrypto-tool (the compound file Excel writes), an old `.xls` compound file
beside it, and reading stopped by the person halfway: refused in Dutch, nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kluppluz_desk.bench.cfb_writer import write_cfb
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.register_import import ReadingCancelled, open_register
from kluppluz_desk.store.models import Case
from tests.factories import seed

from .registers import encrypted_workbook, write_big_register, write_csv


def _count(db: Database) -> int:
    with db.unit() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_workbook_encrypted_by_password_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    path = encrypted_workbook(tmp_path / "register.xlsx")
    assert path.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    with pytest.raises(ValidationError, match="'register.xlsx' is met een wachtwoord beveiligd"):
        open_register(sqlite_db, path)


def test_old_xls_is_not_taken_for_an_encrypted_workbook(
    sqlite_db: Database, tmp_path: Path
) -> None:
    # A BIFF workbook is a compound file too, with a "Workbook" stream and no encryption.
    path = tmp_path / "oud.xlsx"
    path.write_bytes(write_cfb({"Workbook": bytes(6000), "\x05SummaryInformation": bytes(200)}))
    with pytest.raises(ValidationError, match=r"oud Excel-bestand \(\.xls\)"):
        open_register(sqlite_db, path)


def test_reading_stops_when_cancelled(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    book = write_big_register(tmp_path / "groot.xlsx", 3000, ["Venetiëstraat"])
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # the second time it is asked: after 2,000 rows

    with pytest.raises(ReadingCancelled, match="Het inlezen van 'groot.xlsx' is afgebroken"):
        open_register(sqlite_db, book, cancelled=cancelled)
    assert len(asked) == 2
    # Without a cancel the same file reads whole.
    rows, _mapping = open_register(sqlite_db, book, cancelled=lambda: False)
    assert len(rows.rows) == 3001
    assert _count(sqlite_db) == 0


def test_reading_a_csv_stops_when_cancelled(sqlite_db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", "utf-8", ";")
    path.write_text(path.read_text(encoding="utf-8") * 600, encoding="utf-8")
    with pytest.raises(ReadingCancelled, match="'r.csv' is afgebroken"):
        open_register(sqlite_db, path, cancelled=lambda: True)
