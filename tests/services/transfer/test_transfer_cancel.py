"""Stopping a JSON import or export halfway leaves nothing behind: the import's transaction
is rolled back (the old master data is back), the export leaves no file, not even a
temporary one; progress counts every row inserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kluppluz_desk.bench.core import build_document
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.transfer import (
    TransferCancelled,
    export_document,
    export_json,
    import_json,
)
from kluppluz_desk.store.models import Case, Location
from tests.factories import make_case, seed


def _count(db: Database, what: object) -> int:
    with db.unit() as session:
        return int(session.scalar(select(func.count()).select_from(what)) or 0)


def test_an_import_stopped_after_some_batches_imports_nothing(
    sqlite_db: Database, tmp_path: Path
) -> None:
    seed(sqlite_db)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(build_document(export_document(sqlite_db), 2500)), "utf-8")
    locations = _count(sqlite_db, Location)
    seen: list[tuple[int, int]] = []
    with pytest.raises(TransferCancelled, match="niets geïmporteerd"):
        import_json(sqlite_db, path, progress=lambda d, t: seen.append((d, t)),
                    cancelled=lambda: len(seen) >= 3)  # fmt: skip
    assert len(seen) == 3 and seen[-1][0] < seen[-1][1]  # stopped halfway
    assert _count(sqlite_db, Case) == 0
    assert _count(sqlite_db, Location) == locations


def test_progress_reaches_every_row(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    document = build_document(export_document(sqlite_db), 1200)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), "utf-8")
    seen: list[tuple[int, int]] = []
    assert import_json(sqlite_db, path, progress=lambda d, t: seen.append((d, t))) == 1200
    assert seen[-1][0] == seen[-1][1] >= 1200
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_stopped_export_leaves_no_file(sqlite_db: Database, tmp_path: Path) -> None:
    seeded = seed(sqlite_db)
    for _ in range(30):
        make_case(sqlite_db, seeded)
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    with pytest.raises(TransferCancelled, match="geen bestand"):
        export_json(sqlite_db, target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []
