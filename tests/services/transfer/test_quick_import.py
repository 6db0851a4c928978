"""The fast import (issue 16) gives the same results as the exact, value-by-value one.

- the quick column-wise check (`quick.passes_quickly`) says "fine" only for documents the
  exact checks accept, and `check_document` gives every mutant of the fuzz corpus the very
  same outcome (accepted, or the same Dutch message) with and without it;
- a database imported by the fast SQLite writer holds exactly what SQLAlchemy's insert
  stores (every value and its SQLite type), and on both backends an import gives back the
  same export.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from kluppluz_desk.bench.core import build_document
from kluppluz_desk.domain.case_rules import check_case_status
from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.errors import KnownProblem, ValidationError
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.masterdata.defaults import seed_defaults
from kluppluz_desk.services.transfer import checks, json_io, quick
from kluppluz_desk.services.transfer.quick_rules import STATUS_INPUTS
from kluppluz_desk.services.transfer.schema import tables
from tests.services.transfer.fuzz_corpus import build_source, mutants

CORPUS = 500


@pytest.fixture(scope="module")
def base_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('quick') / 'bron.sqlite3'}",
                       user="kv-tester")  # fmt: skip
    yield build_source(db)
    db.dispose()


def _generated(db: Database, count: int) -> dict[str, Any]:
    """The benchmark's document of `count` cases."""
    with db.unit() as session:
        seed_defaults(session)
    return build_document(json_io.export_document(db), count)


def _outcome(document: dict[str, Any]) -> str:
    try:
        checks.check_document(document)
    except KnownProblem as error:
        return error.message
    except Exception as error:  # noqa: BLE001 - compared: either way the same (known bug)
        return f"{type(error).__name__}: {error}"
    return "accepted"


def test_quick_and_exact_checks_agree_on_every_mutant(
    base_export: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    quick_yes = 0
    same = 4711
    twins = zip(mutants(base_export, CORPUS, seed=same), mutants(base_export, CORPUS, seed=same),
                strict=True)  # fmt: skip
    for mutant, twin in twins:  # the same seed: the same mutant twice (no deep copies)
        fast_doc, exact_doc = mutant.document, twin.document
        said_fine = quick.passes_quickly(fast_doc)
        with_quick = _outcome(fast_doc)
        with monkeypatch.context() as patch:
            patch.setattr(checks, "passes_quickly", lambda _document: False)
            exact = _outcome(exact_doc)
        assert with_quick == exact, mutant.label
        if said_fine:
            quick_yes += 1
            assert exact == "accepted", (mutant.label, exact)
    assert quick_yes > 10  # harmless mutants (a changed name) do take the quick way


def test_a_real_export_and_the_benchmark_document_pass_quickly(
    base_export: dict[str, Any], sqlite_db: Database
) -> None:
    assert quick.passes_quickly(copy.deepcopy(base_export))
    document = _generated(sqlite_db, 300)
    assert quick.passes_quickly(document)


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        ("description", "te\ud800kst", "losse surrogaat"),
        ("submitter_name", "a\x00b", "NUL-teken"),
        ("submitter_city", "x" * 101, "te lang"),
        ("version", True, "geheel getal"),
        ("received_on", "2026-02-30", "ongeldige waarde"),
        ("closed_on", "1800-01-01", "closed_on"),
        ("kind", "klacht!", "onbekende waarde"),
    ],
)
def test_a_bad_value_deep_in_a_big_document_is_named_as_before(
    sqlite_db: Database, where: str, value: Any, message: str
) -> None:
    document = _generated(sqlite_db, 6000)  # two batches
    document["case_record"][5500][where] = value
    with pytest.raises(ValidationError) as error:
        checks.check_document(document)
    assert message in error.value.message
    assert "case_record[5500]" in error.value.message
    assert error.value.message.endswith("Er is niets geïmporteerd.")


def test_check_case_status_reads_only_what_the_quick_rules_group_by() -> None:
    class Recorder(dict[str, Any]):
        read: set[str] = set()

        def get(self, key: str, default: Any = None) -> Any:
            self.read.add(key)
            return super().get(key, default)

        def __getitem__(self, key: str) -> Any:
            self.read.add(key)
            return super().__getitem__(key)

    for status in CaseStatus:
        for present in itertools.product((None, "x"), repeat=len(STATUS_INPUTS)):
            row: Mapping[str, Any] = Recorder(
                {"status": status.value, **dict(zip(STATUS_INPUTS, present, strict=True))}
            )
            with contextlib.suppress(ValidationError):
                check_case_status(row)
    assert Recorder.read == {"status", *STATUS_INPUTS}


def _stored(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table with each value's SQLite type."""
    conn = sqlite3.connect(path)
    out = {}
    for table in tables():
        columns = [c.name for c in table.columns]
        typed = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
        out[table.name] = conn.execute(f'SELECT {typed} FROM "{table.name}" ORDER BY 1').fetchall()
    conn.close()
    return out


def _through_sqlalchemy(db: Database, document: dict[str, Any]) -> None:
    """The import as it was before issue 16: SQLAlchemy's insert of converted dicts."""
    with db.unit() as session:
        for table in tables():
            rows = checks.convert_rows(document, table)
            if rows:
                session.execute(insert(table), rows)


def _varied(document: dict[str, Any]) -> dict[str, Any]:
    """Times in another zone than UTC, a missing later column, a second binary."""
    document = copy.deepcopy(document)
    document["case_record"][0]["created_at"] = "2026-03-29T01:30:00.123456+02:00"
    document["case_record"][1]["updated_at"] = "2025-10-26T02:30:00-01:00"
    for row in document["staff"]:
        row.pop("is_administrator", None)
    return document


def test_the_fast_sqlite_writer_stores_what_sqlalchemy_stores(
    base_export: dict[str, Any], sqlite_template: Path, tmp_path: Path
) -> None:
    document = _varied(base_export)
    assert document["attachment"] or document["letter"]  # bytes are part of it
    paths = [tmp_path / "snel.sqlite3", tmp_path / "gewoon.sqlite3"]
    for path in paths:
        path.write_bytes(sqlite_template.read_bytes())
    fast = open_database(f"sqlite:///{paths[0]}", user="kv-tester")
    json_io.import_document(fast, copy.deepcopy(document))
    fast.dispose()
    plain = open_database(f"sqlite:///{paths[1]}", user="kv-tester")
    _through_sqlalchemy(plain, copy.deepcopy(document))
    plain.dispose()
    fast_rows, plain_rows = _stored(paths[0]), _stored(paths[1])
    assert fast_rows["case_record"]  # something was compared
    assert fast_rows == plain_rows


def test_an_import_gives_back_the_same_export_on_both_backends(
    db_url: str, base_export: dict[str, Any]
) -> None:
    document = _varied(base_export)
    target = open_database(db_url, user="kv-tester")
    json_io.import_document(target, copy.deepcopy(document))
    again = json_io.export_document(target)
    target.dispose()
    expected = json.loads(json.dumps(base_export))
    for row in expected["staff"]:
        row["is_administrator"] = False  # the column's default, as the old import did
    expected["case_record"][0]["created_at"] = "2026-03-28T23:30:00.123456+00:00"
    expected["case_record"][1]["updated_at"] = "2025-10-26T03:30:00+00:00"
    assert again == expected
