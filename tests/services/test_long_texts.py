"""Long texts: every field at its limit renders in a dossier and a letter, whole and fast;
one character more is refused with a Dutch message by the services and the import."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pypdf
import pytest

from kluppluz_desk.bench.long_text_sample import filled, max_text_case
from kluppluz_desk.domain import text_limits
from kluppluz_desk.domain.case_fields import CASE_FIELDS
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import cases, letters, transfer
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services import letters as letters_dossier
from kluppluz_desk.services.database import Database
from tests.factories import make_case, seed


def _text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_dossier_and_letter_with_every_field_at_its_limit(sqlite_db: Database) -> None:
    s = seed(sqlite_db)
    case = max_text_case(sqlite_db, s.locations["Venetiëstraat"])
    started = time.perf_counter()
    dossier = letters_dossier.case_dossier_pdf(sqlite_db, case.id, "Op verzoek van de ouder")
    dossier_s = time.perf_counter() - started
    text = _text_of(dossier)
    long_fields = [
        n for n, spec in CASE_FIELDS.items() if spec.kind == "longtext" and n != "withdraw_reason"
    ]
    for name in [*long_fields, "notitie", "verlenging", "pauze"]:
        assert f"BEGIN-{name}" in text and f"EINDE-{name}" in text, name
    print(f"dossier at the limits: {dossier_s:.2f} s")  # judged by dossier_max_text_ms
    for kind in ("extension", "judgment"):
        started = time.perf_counter()
        letters.render_letter_pdf(sqlite_db, case.id, kind)
        letter_s = time.perf_counter() - started
        print(f"{kind} letter at the limits: {letter_s:.2f} s")
    extension = _text_of(letters.render_letter_pdf(sqlite_db, case.id, "extension").pdf)
    assert "BEGIN-verlenging" in extension and "EINDE-verlenging" in extension


@pytest.mark.parametrize(
    ("call", "limit"),
    [
        ("note", text_limits.NOTE),
        ("extension", text_limits.REASON),
        ("improvement", text_limits.IMPROVEMENT_DESCRIPTION),
        ("escalation", text_limits.ESCALATION_NOTE),
        ("description", text_limits.DESCRIPTION),
    ],
)
def test_one_character_over_the_limit_is_refused(
    sqlite_db: Database, call: str, limit: int
) -> None:
    s = seed(sqlite_db)
    case = make_case(sqlite_db, s)
    over = filled(call, limit + 1)
    with pytest.raises(ValidationError, match="te lang") as caught:
        if call == "note":
            case_records.add_note(sqlite_db, case_id=case.id, text=over)
        elif call == "extension":
            case_records.add_extension(sqlite_db, case_id=case.id, days=10, reason=over)
        elif call == "improvement":
            case_records.add_improvement(sqlite_db, case_id=case.id, title="t", description=over)
        elif call == "escalation":
            case_records.add_escalation(
                sqlite_db,
                case_id=case.id,
                body="akj",
                submitted_on=case.fields["received_on"],
                note=over,
            )
        else:
            cases.update_case(
                sqlite_db, case_id=case.id, version=case.version, values={"description": over}
            )
    assert (
        "tekens" in caught.value.message and f"{limit:,}".replace(",", ".") in caught.value.message
    )


def test_import_refuses_a_text_over_its_limit(sqlite_db: Database, tmp_path: Path) -> None:
    s = seed(sqlite_db)
    case = make_case(sqlite_db, s)
    case_records.add_note(sqlite_db, case_id=case.id, text="kort")
    document = transfer.export_document(sqlite_db)
    document["timeline_note"][0]["text"] = "x" * (text_limits.NOTE + 1)
    with pytest.raises(ValidationError, match=r"timeline_note\[0\].*'text' is te lang") as caught:
        transfer.validate_document(json.loads(json.dumps(document)))
    assert "Er is niets geïmporteerd" in caught.value.message
    document["timeline_note"][0]["text"] = "x" * text_limits.NOTE
    document["case_record"][0]["description"] = "y" * (text_limits.DESCRIPTION + 1)
    with pytest.raises(ValidationError, match="'description' is te lang"):
        transfer.validate_document(document)
