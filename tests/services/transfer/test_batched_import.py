"""The import inserts a batch at a time (issue 16: memory) and stays lossless and all or
nothing across batch boundaries."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.transfer import json_io as transfer
from tests.factories import make_case, seed


def _document(db: Database) -> dict:  # type: ignore[type-arg]
    s = seed(db)
    for i in range(5):
        make_case(db, s, upto=Step.ACKNOWLEDGE if i % 2 else None, submitter_name=f"Ouder {i}")
    return transfer.export_document(db)


def test_batches_of_two_import_every_row(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "INSERT_BATCH", 2)
    document = _document(db)
    target = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}")
    assert transfer.import_document(target, copy.deepcopy(document)) == 5
    assert transfer.export_document(target) == json.loads(json.dumps(document))
    target.dispose()


def test_a_bad_date_in_a_later_batch_imports_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "INSERT_BATCH", 2)
    document = _document(db)
    document["case_record"][4]["received_on"] = "31-02-2026"
    target = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}")
    with pytest.raises(ValidationError, match=r"received_on.*ongeldige waarde.*niets"):
        transfer.import_document(target, document)
    assert cases.case_ids(target, cases.CaseFilter()) == []
    target.dispose()


def test_a_column_left_out_of_an_older_document_takes_its_default(
    db: Database, tmp_path: Path
) -> None:
    document = _document(db)
    for row in document["staff"]:
        del row["is_administrator"]  # written before the column existed
    target = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}")
    assert transfer.import_document(target, document) == 5
    assert {row["is_administrator"] for row in transfer.export_document(target)["staff"]} == {False}
    target.dispose()
