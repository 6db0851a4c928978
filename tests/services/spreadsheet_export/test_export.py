"""Exports re-read with openpyxl and csv: Dutch headers, real dates and numbers, frozen
header row, column widths, the list's filter and sort, CSV for Dutch Excel."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases import CaseFilter, CaseSort
from kluppluz_desk.services.dashboard import compute_dashboard
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.spreadsheet_export import (
    export_case_list,
    export_dashboard,
    export_report_figures,
)
from tests.factories import case_values, seed


def _three_cases(db: Database) -> list[str]:
    seeded = seed(db)
    refs = []
    for days, location, name in (
        (40, "Venetiëstraat", '=HYPERLINK("x")'),
        (20, "Arnhem Centrum", "Anna"),
        (5, "Venetiëstraat", "Bert"),
    ):
        detail = cases.register_case(db, values=case_values(
            seeded, received_on=today() - timedelta(days=days),
            location_id=seeded.locations[location], submitter_name=name))  # fmt: skip
        refs.append(detail.reference)
    return refs


def test_case_list_xlsx_has_real_types_and_frozen_header(
    sqlite_db: Database, tmp_path: Path
) -> None:
    refs = _three_cases(sqlite_db)
    path = tmp_path / "lijst.xlsx"
    written = export_case_list(sqlite_db, path, CaseFilter(), CaseSort("received_on", False))
    assert written == 3
    book = openpyxl.load_workbook(path)
    sheet = book["Klantreacties"]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Kenmerk", "Datum ontvangst", "Locatie", "Categorie", "Soort"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.column_dimensions["C"].width >= 20
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == refs  # oldest first, as sorted
    assert rows[0][1].date() == today() - timedelta(days=40)  # a real date
    assert sheet["B2"].number_format == "DD-MM-YYYY"
    assert rows[0][4] == "Klacht" and rows[0][8] == "Geregistreerd"
    assert rows[0][9].date() > rows[0][1].date()  # next deadline, a real date


def test_case_list_follows_the_filter(sqlite_db: Database, tmp_path: Path) -> None:
    _three_cases(sqlite_db)
    with sqlite_db.unit() as session:
        from sqlalchemy import select

        from kluppluz_desk.store.models import Location

        arnhem = session.scalar(select(Location.id).where(Location.name == "Arnhem Centrum"))
    path = tmp_path / "arnhem.csv"
    assert export_case_list(sqlite_db, path, CaseFilter(location_id=arnhem)) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Kenmerk"
    assert rows[1][2] == "Arnhem Centrum"
    assert rows[1][1] == (today() - timedelta(days=20)).strftime("%d-%m-%Y")


def test_formula_like_text_stays_text(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    from kluppluz_desk.services.spreadsheet_export import Column, Table, write_tables

    path = tmp_path / "t.xlsx"
    write_tables(path, [Table("T", [Column("Naam")], [["=1+1"]])])
    cell = openpyxl.load_workbook(path)["T"]["A2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_dashboard_and_report_figures(sqlite_db: Database, tmp_path: Path) -> None:
    _three_cases(sqlite_db)
    export_dashboard(sqlite_db, compute_dashboard(sqlite_db), tmp_path / "dash.xlsx")
    book = openpyxl.load_workbook(tmp_path / "dash.xlsx")
    assert book.sheetnames == ["Termijnen", "Per behandelaar", "Per locatie", "Trend"]
    due = list(book["Termijnen"].iter_rows(min_row=2, values_only=True))
    assert len(due) >= 3 and all(isinstance(r[6], int) for r in due)
    year = today().year
    export_report_figures(sqlite_db, year, tmp_path / "cijfers.xlsx")
    figures = openpyxl.load_workbook(tmp_path / "cijfers.xlsx")
    kinds = list(figures["Soort"].iter_rows(values_only=True))
    assert kinds[0] == ("Soort", "Aantal", "Aandeel")
    received_this_year = sum(1 for d in (40, 20, 5) if (today() - timedelta(days=d)).year == year)
    assert kinds[1][:2] == ("Klacht", received_this_year) or received_this_year == 0
    assert figures["Soort"]["C2"].number_format == "0%"


def test_wrong_extension_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    with pytest.raises(ValidationError, match=".xlsx of .csv"):
        export_case_list(sqlite_db, tmp_path / "lijst.pdf")
    assert not (tmp_path / "lijst.pdf").exists()
