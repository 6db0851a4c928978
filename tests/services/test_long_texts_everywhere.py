"""Long texts work everywhere (issue 11.9): a complaint of 50,000 characters is refused with
the limit named; a case whose texts add up to more than that (every field at its limit)
goes whole through the dossier, every letter, the e-mail, the Excel exports and the JSON
export and back; the annual report renders draft texts and public texts at their limits
whole (a paragraph longer than a page failed there with ReportLab's "no attribute
'blPara'")."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import openpyxl
import pypdf
import pytest

from kluppluz_desk.bench.long_text_sample import filled, max_text_case
from kluppluz_desk.documents.report.data import ReportTexts
from kluppluz_desk.domain import text_limits
from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases, letters, report, spreadsheet_export, transfer
from kluppluz_desk.services.database import Database, open_database
from tests.factories import case_values, days_ago, make_case, seed


def _text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_a_complaint_of_50000_characters_is_refused_with_the_limit(db: Database) -> None:
    s = seed(db)
    with pytest.raises(ValidationError, match="te lang .*ten hoogste 20.000"):
        cases.register_case(db, values=case_values(s, description="Zorgen. " * 6_250))
    assert cases.case_ids(db, cases.CaseFilter()) == []  # nothing half-registered


def test_a_case_with_over_50000_characters_goes_through_every_document(
    db: Database, tmp_path: Path, db_url: str
) -> None:
    s = seed(db)
    case = max_text_case(db, s.locations["Venetiëstraat"])
    detail = cases.get_case(db, case.id)
    assert sum(len(v) for v in detail.fields.values() if isinstance(v, str)) > 50_000

    dossier = _text_of(letters.case_dossier_pdf(db, case.id, "Op verzoek van de ouder"))
    for marker in ("BEGIN-description", "EINDE-description", "EINDE-notitie"):
        assert marker in dossier
    for kind in LetterKind:
        rendered = letters.render_letter_pdf(db, case.id, kind)
        assert _text_of(rendered.pdf)  # renders, with text
    assert b"EINDE-naam" in letters.letter_eml(db, case.id, LetterKind.ACKNOWLEDGEMENT)

    assert spreadsheet_export.export_case_list(db, tmp_path / "lijst.xlsx") == 1
    sheet = openpyxl.load_workbook(tmp_path / "lijst.xlsx").active
    assert sheet is not None and sheet.cell(2, 1).value == case.reference
    assert spreadsheet_export.export_report_figures(db, today().year, tmp_path / "c.xlsx")

    assert transfer.export_json(db, tmp_path / "export.json") == 1
    document = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    (row,) = document["case_record"]
    assert row["description"] == detail.fields["description"]
    assert len(row["description"]) == text_limits.DESCRIPTION
    if db_url.startswith("sqlite"):  # and back, into an empty database
        empty = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}", user="kv-tester")
        assert transfer.import_json(empty, tmp_path / "export.json") == 1
        back = cases.get_case(empty, cases.find_case_id(empty, case.reference))
        assert back.fields["description"] == detail.fields["description"]
        empty.dispose()


def test_the_annual_report_renders_texts_at_their_limits_whole(sqlite_db: Database) -> None:
    db = sqlite_db
    s = seed(db)
    closed = make_case(db, s, upto=Step.CLOSE, received_on=days_ago(30))
    cases.update_case(
        db,
        case_id=closed.id,
        version=cases.get_case(db, closed.id).version,
        values={
            "public_summary": filled("samenvatting", text_limits.PUBLIC_TEXT),
            "public_measure": filled("maatregel", text_limits.PUBLIC_TEXT),
        },
    )
    year = today().year
    draft = report.load_draft(db, year)
    names = ("introduction", "handling", "external_bodies", "insights")
    texts = ReportTexts(**{n: filled(n, text_limits.PUBLIC_TEXT * 5) for n in names})
    report.save_draft(db, year, replace(draft.content, texts=texts), draft.version)

    text = _text_of(report.generate_report(db, year))
    for name in (*names, "samenvatting", "maatregel"):
        assert f"BEGIN-{name}" in text and f"EINDE-{name}" in text, name
