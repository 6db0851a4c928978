"""Import obeys the same rules as the program: 1,100 mutated copies of a real export.

Every mutant is validated without writing; it must be refused with a Dutch message (a
`KnownProblem`) or be accepted. Accepted ones (and a sample of refused ones) are then
imported into a fresh SQLite file: an accepted import must leave cases that load, give a
letter's placeholder values and pass the services' own validators; a refused import must
leave every table's row count as it was. No mutant may end in any other exception.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kluppluz_desk.domain.case_fields import CASE_FIELDS, clean_value
from kluppluz_desk.domain.case_rules import check_case_status
from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.domain.errors import KnownProblem, ValidationError
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases.rules import check_whole_case
from kluppluz_desk.services.cases.view import load_case
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.letters.render import letter_context
from kluppluz_desk.services.settings import load_settings
from kluppluz_desk.services.transfer import import_document, read_document, validate_document
from kluppluz_desk.services.transfer.schema import tables
from kluppluz_desk.store.models import Case
from tests.services.transfer.fuzz_corpus import build_source, mutants

CORPUS_SIZE = 1_100
IMPORT_SAMPLE = 25
REFUSED_SAMPLE = 15


@pytest.fixture(scope="module")
def base_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    path = tmp_path_factory.mktemp("fuzz") / "bron.sqlite3"
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    document = build_source(db)
    db.dispose()
    yield document


def _fresh(template: Path, folder: Path, name: str) -> Database:
    target = folder / f"{name}.sqlite3"
    shutil.copyfile(template, target)
    return open_database(f"sqlite:///{target}", user="kv-tester")


def _counts(db: Database) -> dict[str, int]:
    with db.unit() as session:
        return {
            t.name: int(session.scalar(select(func.count()).select_from(t)) or 0) for t in tables()
        }


def _service_problems(db: Database) -> list[str]:
    """What the services refuse in an imported database (empty: all is well)."""
    problems = []
    try:
        load_settings(db).validate()
    except KnownProblem as error:
        problems.append(f"settings: {error.message}")
    with db.unit() as session:
        ids = list(session.scalars(select(Case.id)))
    for case_id in ids:
        try:
            detail = cases.get_case(db, case_id)
            for kind in LetterKind:
                letter_context(db, case_id, kind)
            for name, spec in CASE_FIELDS.items():
                clean_value(spec, detail.fields[name])
            with db.unit() as session:
                case = load_case(session, case_id)
                check_whole_case(case, received_moved=True)
                check_case_status({"status": case.status.value, **_dates(case)})
        except KnownProblem as error:
            problems.append(f"case {case_id}: {error.message}")
    return problems


def _dates(case: Case) -> dict[str, Any]:
    return {
        name: getattr(case, name)
        for name in (
            "closed_on",
            "acknowledged_on",
            "satisfaction_checked_on",
            "satisfaction_outcome",
        )
    }


def test_the_unmutated_export_imports_and_passes_every_rule(
    base_export: dict[str, Any], sqlite_template: Path, tmp_path: Path
) -> None:
    db = _fresh(sqlite_template, tmp_path, "schoon")
    assert import_document(db, json.loads(json.dumps(base_export))) == 3
    assert _service_problems(db) == []
    db.dispose()


def test_mutated_exports_never_give_a_traceback_wrong_data_or_a_partial_write(
    base_export: dict[str, Any], sqlite_template: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    tracebacks: list[str] = []
    accepted: list[Any] = []
    refused: list[Any] = []
    for mutant in mutants(base_export, CORPUS_SIZE):
        try:
            validate_document(mutant.document)
        except KnownProblem as error:
            assert len(error.message) < 600, mutant.label  # never the 10 MB value itself
            if "@" in mutant.label:  # a value in a record: the message names the record
                assert "record" in error.message.lower(), (mutant.label, error.message)
            refused.append(mutant)
        except Exception as error:  # the thing under test: anything else is a bug
            tracebacks.append(f"{mutant.label}: {type(error).__name__}: {str(error)[:150]}")
        else:
            accepted.append(mutant)
    wrongly_accepted: list[str] = []
    partial_writes: list[str] = []
    for number, mutant in enumerate(accepted[:IMPORT_SAMPLE]):
        db = _fresh(sqlite_template, tmp_path, f"ok{number}")
        try:
            import_document(db, mutant.document)
        except KnownProblem as error:
            wrongly_accepted.append(f"{mutant.label}: validated, then {error.message}")
        except Exception as error:
            tracebacks.append(f"{mutant.label} (import): {type(error).__name__}: {error}")
        else:
            wrongly_accepted += [f"{mutant.label}: {p}" for p in _service_problems(db)]
        db.dispose()
    step = max(1, len(refused) // REFUSED_SAMPLE)
    for number, mutant in enumerate(refused[::step][:REFUSED_SAMPLE]):
        db = _fresh(sqlite_template, tmp_path, f"nee{number}")
        before = _counts(db)
        with pytest.raises(ValidationError):
            import_document(db, mutant.document)
        if _counts(db) != before:
            partial_writes.append(mutant.label)
        db.dispose()
    elapsed = time.monotonic() - started
    print(
        f"\nimport fuzz: corpus {CORPUS_SIZE}, refused {len(refused)}, accepted "
        f"{len(accepted)} (imported {min(len(accepted), IMPORT_SAMPLE)}), tracebacks "
        f"{len(tracebacks)}, wrongly accepted {len(wrongly_accepted)}, partial writes "
        f"{len(partial_writes)}, {elapsed:.1f} s"
    )
    assert tracebacks == []
    assert wrongly_accepted == []
    assert partial_writes == []
    assert len(refused) > CORPUS_SIZE // 2  # the corpus really is hostile


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "te diep genest"),
        (b'{"format": ' + b"9" * 5000 + b"}", "te groot"),
        (b'{"format": "\\ud800"}', "geen KluppluZ Desk-export"),
    ],
)
def test_hostile_files_get_a_dutch_message(content: bytes, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "vijandig.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as error:
        validate_document(read_document(path))
    assert expected in error.value.message
