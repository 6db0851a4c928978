"""The streamed `.xlsx` (XlsxWriter, constant memory) re-read with openpyxl: every kind
of value comes back as written (text that looks like a formula or holds characters XML
cannot carry, dates, date-times, whole numbers, shares, yes/no), header, frozen pane,
widths and autofilter per sheet, sheet titles Excel refuses made safe, and no file left
behind on a failure."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kluppluz_desk.services.spreadsheet_export import Column, Table, write_tables


def test_values_come_back_as_written(tmp_path: Path) -> None:
    columns = [Column("Tekst"), Column("Datum", "date"), Column("Aantal", "int"),
               Column("Aandeel", "percent"), Column("Overig")]  # fmt: skip
    rows: list[list[Any]] = [
        ["=SOM(A1:A9)", date(2021, 2, 3), 7, 0.25, True],
        ["  spaties & <tekens> \"'  ", datetime(2026, 3, 2, 14, 30), 0, 1.0, 2.5],
        ["bel\x07 en \x00nul", None, None, None, ""],
        ["Zoë Çelik – “aanhalingen”", date(1999, 12, 31), -3, 0.0, date(2020, 1, 1)],
    ]
    path = tmp_path / "t.xlsx"
    assert write_tables(path, [Table("Blad", columns, rows)]) == 4
    sheet = openpyxl.load_workbook(path)["Blad"]
    got = list(sheet.iter_rows(values_only=True))
    assert got[0] == ("Tekst", "Datum", "Aantal", "Aandeel", "Overig")
    assert got[1] == ("=SOM(A1:A9)", datetime(2021, 2, 3), 7, 0.25, True)
    assert sheet["A2"].data_type == "s"  # text, never a formula
    assert got[2] == ("  spaties & <tekens> \"'  ", datetime(2026, 3, 2, 14, 30), 0, 1, 2.5)
    assert got[3] == ("bel en nul", None, None, None, None)
    assert got[4][:4] == ("Zoë Çelik – “aanhalingen”", datetime(1999, 12, 31), -3, 0)
    assert got[4][4] == 43831  # a date in a text column: Excel's day number, no format
    assert sheet["B2"].number_format == "DD-MM-YYYY"
    assert sheet["C2"].number_format == "0"
    assert sheet["D2"].number_format == "0%"
    assert sheet["A2"].number_format == "General"
    assert all(cell.font.bold for cell in sheet[1]) and not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E5"
    # Widths in characters; Excel stores them with the cell padding added (+0.71).
    widest = len("Zoë Çelik – “aanhalingen”") + 2
    assert sheet.column_dimensions["A"].width == pytest.approx(widest, abs=1)


def test_several_sheets_with_awkward_titles(tmp_path: Path) -> None:
    tables = [
        Table("Per locatie: 2021/2022", [Column("Locatie"), Column("Aantal", "int")],
              [["Venetiëstraat", 3]]),
        Table("Mama's [lijst]", [Column("Naam", width=30)], iter([["Anna"], ["Bert"]])),
        Table("Per locatie: 2021/2022", [Column("X")], []),
    ]  # fmt: skip
    path = tmp_path / "boek.xlsx"
    assert write_tables(path, tables) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Per locatie  2021 2022", "Mama's  lijst", "Per locatie  2021 2022 (2)"]  # fmt: skip
    assert list(book["Mama's  lijst"].values) == [("Naam",), ("Anna",), ("Bert",)]
    assert book["Mama's  lijst"].column_dimensions["A"].width == pytest.approx(30, abs=1)
    assert book["Per locatie  2021 2022 (2)"].auto_filter.ref in ("A1", "A1:A1")  # header only
    # The hidden name Excel itself writes for each autofilter (openpyxl reads past it).
    with zipfile.ZipFile(path) as package:
        workbook = package.read("xl/workbook.xml").decode()
    assert (
        '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'
        "'Mama''s  lijst'!$A$1:$A$3</definedName>"
    ) in workbook


def test_no_tables_gives_an_empty_sheet(tmp_path: Path) -> None:
    path = tmp_path / "leeg.xlsx"
    assert write_tables(path, []) == 0
    assert openpyxl.load_workbook(path).sheetnames == ["Leeg"]


def test_a_failure_halfway_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[list[Any]]:
        for n in range(2000):
            if n == 1500:
                raise RuntimeError("stopped")
            yield [n]

    path = tmp_path / "half.xlsx"
    with pytest.raises(RuntimeError):
        write_tables(path, [Table("T", [Column("N", "int")], rows())])
    assert list(tmp_path.iterdir()) == []
