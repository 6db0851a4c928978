"""Exports and confidentiality: only K&V exports the database, and moving a database
(export → import) keeps every confidential flag."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.domain.errors import DomainError
from kluppluz_desk.services import access, cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.transfer import export_json, import_json
from tests.factories import make_case, seed


def test_a_manager_may_not_export_and_kv_keeps_the_flag_when_moving(
    db: Database, tmp_path: Path, sqlite_template: Path
) -> None:
    seeded = seed(db)
    secret = make_case(db, seeded).id
    access.apply_access(db)
    access.set_confidential(db, secret, ConfidentialReason.SAFETY)
    db.user = "mvandijk"
    access.apply_access(db)
    with pytest.raises(DomainError, match="exporteert"):
        export_json(db, tmp_path / "uit.json")
    assert not (tmp_path / "uit.json").exists()
    db.user = "kv-tester"
    access.apply_access(db)
    export_json(db, tmp_path / "uit.json")
    shutil.copyfile(sqlite_template, tmp_path / "doel.sqlite3")
    target = open_database(f"sqlite:///{tmp_path / 'doel.sqlite3'}", user="kv-tester")
    try:
        import_json(target, tmp_path / "uit.json")
        state = access.confidentiality(
            target, cases.find_case_id(target, cases.get_case(db, secret).reference)
        )
        assert state.confidential and state.reason is ConfidentialReason.SAFETY
    finally:
        target.dispose()
