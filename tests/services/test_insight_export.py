"""The indicators to CSV (for Dutch Excel) and Excel: Dutch headers, `;`, a BOM, decimal
commas, the figures of the hand-counted world, and no name or e-mail of anyone."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.insight import InsightFilter, compute_insight
from kluppluz_desk.services.spreadsheet_export import export_insight
from tests.services.insight_world import DAY, build

PERSONAL = ("Sanne", "Bakker", "sanne@example.org", "Piet", "Jansen", "5611", "Eva",
            "eva@example.org", "gezinssituatie")  # fmt: skip


def rows_of(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_csv_has_dutch_headers_and_the_hand_counted_figures(sqlite_db: Database,
                                                            tmp_path: Path) -> None:  # fmt: skip
    build(sqlite_db)
    insight = compute_insight(sqlite_db, InsightFilter(2025), DAY)
    target = tmp_path / "inzicht.csv"
    export_insight(insight, target)
    rows = rows_of(target)
    assert rows[0] == ["Onderdeel", "Omschrijving", "Aantal", "Van", "Percentage",
                       "Mediaan (dagen)", "90e percentiel (dagen)", "Rang",
                       "Vorig jaar (2024)"]  # fmt: skip
    by_key = {(r[0], r[1]): r[2:] for r in rows[1:]}
    assert by_key[("Selectie", "2025, Alle locaties, Alle soorten")] == []
    assert by_key[("Reacties", "Ontvangen")] == ["6"]
    assert by_key[("Op tijd", "Ontvangstbevestiging")] == ["4", "5", "80"]
    assert by_key[("Doorlooptijd (dagen)", "Afgesloten")] == ["3", "", "", "35", "45"]
    assert by_key[("Heropend", "Heropend na afsluiting")] == ["1", "4", "25"]
    assert by_key[("Indieners", "Met twee of meer reacties")] == ["2", "3", "67"]
    assert by_key[("Escalatie", "Geschillencommissie: ongegrond")] == ["1", "1", "100"]
    assert by_key[("Categorie", "Veiligheid")] == ["2", "6", "33", "", "", "1", "1"]
    text = target.read_text(encoding="utf-8-sig")
    for word in PERSONAL:
        assert word not in text


def test_a_half_day_median_gets_a_decimal_comma_in_csv(sqlite_db: Database,
                                                       tmp_path: Path) -> None:  # fmt: skip
    world = build(sqlite_db)
    # Arnhem Centrum: c3 acknowledged after 2 days; add nothing: one value, median 2.
    # Complaints only: ack days c1 2, c2 10, c6 2 -> median 2; proposal 14, 28, 14 -> 14.
    # Venetiëstraat complaints + suggestion: ack [2, 10, 7, 2] -> median 4.5.
    insight = compute_insight(
        sqlite_db, InsightFilter(2025, location_id=world.seeded.locations["Venetiëstraat"]), DAY
    )
    assert insight.durations[0].median == 4.5
    target = tmp_path / "venetie.csv"
    export_insight(insight, target)
    row = next(r for r in rows_of(target) if r[:2] == ["Doorlooptijd (dagen)",
                                                       "Ontvangstbevestiging"])  # fmt: skip
    assert row[5] == "4,5" and row[6] == "10"


def test_excel_has_the_table_and_the_categories_year_over_year(sqlite_db: Database,
                                                               tmp_path: Path) -> None:  # fmt: skip
    build(sqlite_db)
    insight = compute_insight(sqlite_db, InsightFilter(2025), DAY)
    target = tmp_path / "inzicht.xlsx"
    export_insight(insight, target)
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Inzicht 2025", "Categorieën"]
    main = list(book["Inzicht 2025"].iter_rows(values_only=True))
    on_time = next(r for r in main if r[:2] == ("Op tijd", "Wettelijke afhandeltermijn"))
    assert on_time[2:5] == (2, 5, 0.4)
    categories = list(book["Categorieën"].iter_rows(values_only=True))
    assert categories[0] == ("Categorie", "Rang", "2025", "2024", "Verschil")
    assert categories[1:] == [("Informatie/communicatie", 1, 2, 2, 0), ("Veiligheid", 1, 2, 1, 1),
                              ("Geen categorie", 3, 1, 0, 1), ("Overig", 3, 1, 0, 1)]  # fmt: skip
    for row in main + categories:
        for value in row:
            assert not any(word in str(value) for word in PERSONAL)


def test_an_empty_year_exports_zeros_and_blanks(sqlite_db: Database, tmp_path: Path) -> None:
    build(sqlite_db)
    target = tmp_path / "leeg.csv"
    export_insight(compute_insight(sqlite_db, InsightFilter(2023), DAY), target)
    by_key = {(r[0], r[1]): r[2:] for r in rows_of(target)[1:]}
    assert by_key[("Reacties", "Ontvangen")] == ["0"]
    assert by_key[("Op tijd", "Ontvangstbevestiging")] == ["0", "0", ""]
    assert by_key[("Doorlooptijd (dagen)", "Ontvangstbevestiging")] == ["0", "", "", "", ""]
    assert not [k for k in by_key if k[0] == "Categorie"]


def test_other_extensions_are_refused_in_dutch(sqlite_db: Database, tmp_path: Path) -> None:
    build(sqlite_db)
    insight = compute_insight(sqlite_db, InsightFilter(2025), DAY)
    with pytest.raises(ValidationError, match="eindigt op .xlsx of .csv"):
        export_insight(insight, tmp_path / "inzicht.pdf")
