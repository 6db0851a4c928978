"""An export file read as a stream (services/transfer/stream.py) gives the same document
as `json.loads` of the whole file, across chunk and block boundaries, and the same errors
(with the line and column in the file); an import from a file is still all or nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases, transfer
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.transfer import stream
from kluppluz_desk.services.transfer.schema import tables
from kluppluz_desk.store.models import Case
from tests.factories import make_case, seed


@pytest.fixture
def tiny_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 7 characters and blocks of 3 rows: every boundary is crossed often."""
    monkeypatch.setattr(stream, "CHUNK_CHARS", 7)
    monkeypatch.setattr(stream, "BLOCK_ROWS", 3)


def _plain(document: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, stream.SpooledTable) else v for k, v in document.items()}


def _read(path: Path) -> dict[str, Any]:
    document = transfer.read_document(path)
    assert all(isinstance(document[t.name], stream.SpooledTable) for t in tables()
               if t.name in document)  # fmt: skip
    return document


@pytest.fixture
def exported(sqlite_db: Database, tmp_path: Path) -> Path:
    db = sqlite_db
    seeded = seed(db)
    for number in range(7):
        case = make_case(db, seeded, upto=Step.CLOSE if number % 2 else Step.ACKNOWLEDGE,
                         submitter_name=f"Ëlla Brouwer-Çelik {number}")  # fmt: skip
    cases.add_attachment(db, case_id=case.id, filename="brief.pdf", data=bytes(range(256)))
    path = tmp_path / "export.json"
    transfer.export_json(db, path)
    return path


def test_a_streamed_export_reads_as_json_loads_does(
    tiny_pieces: None, exported: Path, tmp_path: Path
) -> None:
    expected = json.loads(exported.read_text(encoding="utf-8"))
    assert len(expected["case_record"]) > stream.BLOCK_ROWS  # several blocks
    document = _read(exported)
    assert _plain(document) == expected
    rows = document["case_record"]
    assert rows[4] == expected["case_record"][4] and rows[-1] == expected["case_record"][-1]
    assert rows[2:5] == expected["case_record"][2:5]
    # Compact, with a byte-order mark, odd spacing and a number at a chunk's end.
    odd = tmp_path / "anders.json"
    text = json.dumps(expected, ensure_ascii=False, separators=(",", ":"))
    odd.write_text("\ufeff \n" + text.replace(',"version":1,', ',"version" :\t1 ,') + "\n ",
                   encoding="utf-8")  # fmt: skip
    assert _plain(_read(odd)) == expected


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


@pytest.mark.parametrize("seed_value", range(12))
def test_broken_files_get_the_same_line_and_column_as_json_loads(
    tiny_pieces: None, exported: Path, tmp_path: Path, seed_value: int
) -> None:
    text = exported.read_text(encoding="utf-8")
    if seed_value % 3 == 0:  # one long line: columns counted across chunks
        text = json.dumps(json.loads(text), separators=(",", ":"))
    rng = random.Random(seed_value)
    cut = rng.randrange(1, len(text) - 1)
    broken = text[:cut] + rng.choice('}]:,x"') + text[cut:]
    if seed_value % 2 or _is_json(broken):  # cut off, or a change that left valid JSON
        broken = text[:cut]
    with pytest.raises(json.JSONDecodeError) as exc:
        json.loads(broken)
    expected = f"(regel {exc.value.lineno}, kolom {exc.value.colno}: {exc.value.msg})"
    path = tmp_path / "kapot.json"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        transfer.read_document(path)
    assert expected in error.value.message and "niets geïmporteerd" in error.value.message


def test_an_import_from_a_file_is_whole_or_nothing(exported: Path, tmp_path: Path) -> None:
    target = open_database(f"sqlite:///{tmp_path / 'doel.sqlite3'}", user="kv-tester")
    # Valid JSON with one bad date in the last case: checked before anything is written.
    document = json.loads(exported.read_text(encoding="utf-8"))
    count = len(document["case_record"])
    document["case_record"][-1]["received_on"] = "2026-02-30"
    bad = tmp_path / "fout.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        transfer.import_json(target, bad)
    assert "received_on" in error.value.message
    assert document["case_record"][-1]["reference"] in error.value.message  # named
    with target.unit() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    assert transfer.import_json(target, exported) == count
    again = tmp_path / "terug.json"
    transfer.export_json(target, again)
    assert _plain(_read(again))["case_record"] == json.loads(
        exported.read_text(encoding="utf-8"))["case_record"]  # fmt: skip
    target.dispose()
