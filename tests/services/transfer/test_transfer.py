"""Import/export: lossless round trip and one clear message for every kind of bad file."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.transfer import json_io as transfer
from kluppluz_desk.services.transfer.schema import render_schema, shipped_schema
from tests.factories import make_case, seed


def _filled(db: Database) -> dict[str, Any]:
    s = seed(db)
    case = make_case(db, s, upto=Step.CLOSE, submitter_name="Ëlla Brouwer-Çelik")
    case_records.add_attachment(db, case_id=case.id, filename="brief.pdf", data=bytes(range(256)))
    case_records.add_escalation(db, case_id=case.id, body="akj", submitted_on=case.closed_on)
    make_case(db, s, upto=Step.ACKNOWLEDGE)
    return transfer.export_document(db)


def test_round_trip_is_lossless(db: Database, tmp_path: Path) -> None:
    document = _filled(db)
    path = tmp_path / "export.json"
    transfer.export_json(db, path)
    target = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}")
    assert transfer.import_json(target, path) == 2
    again = transfer.export_document(target)
    assert again == json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(document))
    detail = cases.get_case(
        target, cases.find_case_id(target, document["case_record"][0]["reference"])
    )
    assert detail.fields["submitter_name"] == "Ëlla Brouwer-Çelik"
    # The imported database keeps working: new ids do not collide.
    case_records.add_note(target, case_id=detail.id, text="Na import")
    target.dispose()


def test_round_trip_into_postgres_and_back(db_url: str, tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'bron.sqlite3'}", user="kv-tester")
    document = json.loads(json.dumps(_filled(source)))
    target = open_database(db_url, user="kv-tester")
    transfer.import_document(target, copy.deepcopy(document))
    assert transfer.export_document(target) == document
    s_case = cases.find_case_id(target, document["case_record"][1]["reference"])
    case_records.add_note(target, case_id=s_case, text="Verder op de server")
    source.dispose()
    target.dispose()


def _bad(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    for key, value in changes.items():
        broken[key] = value
    return broken


@pytest.fixture
def document(sqlite_db: Database) -> dict[str, Any]:
    return json.loads(json.dumps(_filled(sqlite_db)))


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    return open_database(f"sqlite:///{tmp_path / 'doel.sqlite3'}")


def _refused(empty: Database, document: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        transfer.import_document(empty, document)
    assert transfer.export_document(empty)["case_record"] == []


def test_wrong_version(document: dict[str, Any], empty: Database) -> None:
    _refused(empty, _bad(document, version=7), "exportversie 7")


def test_missing_field(document: dict[str, Any], empty: Database) -> None:
    del document["case_record"][0]["received_on"]
    _refused(
        empty,
        document,
        r"case_record\[0\] \(KR-\d{4}-001\) ontbreekt het veld "
        "'received_on'",
    )


def test_wrong_type(document: dict[str, Any], empty: Database) -> None:
    document["location"][0]["active"] = "ja"
    _refused(empty, document, r"location\[0\] \(Venetiëstraat\): veld 'active' verwacht true")


def test_unknown_field(document: dict[str, Any], empty: Database) -> None:
    document["staff"][1]["salaris"] = 10
    _refused(empty, document, "onbekend veld: salaris")


def test_exports_conform_to_the_shipped_json_schema(document: dict[str, Any]) -> None:
    from jsonschema import Draft202012Validator

    errors = list(Draft202012Validator(shipped_schema()).iter_errors(document))
    assert errors == []
    document["case_record"][0]["kind"] = "rant"
    assert list(Draft202012Validator(shipped_schema()).iter_errors(document))


def test_bad_date(document: dict[str, Any], empty: Database) -> None:
    document["case_record"][1]["received_on"] = "2021-02-30"
    _refused(empty, document, r"case_record\[1\] .*'received_on' .*ongeldige waarde")


def test_unknown_location(document: dict[str, Any], empty: Database) -> None:
    document["case_record"][0]["location_id"] = 4242
    _refused(empty, document, r"'location_id': location 4242 komt niet voor")


def test_duplicate_reference(document: dict[str, Any], empty: Database) -> None:
    document["case_record"][1]["reference"] = document["case_record"][0]["reference"]
    _refused(empty, document, "dezelfde reference")


def test_unknown_enum_value(document: dict[str, Any], empty: Database) -> None:
    document["case_record"][0]["kind"] = "rant"
    _refused(empty, document, "onbekende waarde: 'rant'")


def test_not_json_at_all(tmp_path: Path, empty: Database) -> None:
    path = tmp_path / "junk.json"
    path.write_bytes(b"\x89PNG\r\n" + bytes(range(256)) * 10)
    with pytest.raises(ValidationError, match="geen tekstbestand"):
        transfer.import_json(empty, path)
    path.write_text("{ dit is geen json", encoding="utf-8")
    with pytest.raises(ValidationError, match="geen geldig JSON-bestand"):
        transfer.import_json(empty, path)


def test_fifty_megabytes_of_junk(tmp_path: Path, empty: Database) -> None:
    path = tmp_path / "groot.json"
    path.write_text("[" + "1," * (25 * 1024 * 1024) + "1]", encoding="utf-8")
    with pytest.raises(ValidationError, match="geen KluppluZ Desk-export"):
        transfer.import_json(empty, path)


def test_import_refuses_a_database_with_cases(
    document: dict[str, Any], sqlite_db: Database
) -> None:
    with pytest.raises(ValidationError, match="zonder klantreacties"):
        transfer.import_document(sqlite_db, document)


def test_shipped_schema_is_up_to_date() -> None:
    assert json.dumps(shipped_schema(), indent=2, ensure_ascii=False) + "\n" == render_schema(), (
        "run: python -m kluppluz_desk.services.transfer > "
        "kluppluz_desk/schema/export-v1.schema.json"
    )
