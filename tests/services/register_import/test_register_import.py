"""The register import end to end with real files: the messy workbook checked case by case,
dry runs, CSV in every encoding, the mapping remembered, bad files refused in Dutch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kluppluz_desk.domain.enums import CaseStatus, Channel, ReactionKind
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.register_import import (
    CREATE,
    ImportCancelled,
    import_register,
    load_mapping,
    open_register,
    parse_date,
    preview_register,
)
from kluppluz_desk.store.models import Case, Location, TimelineNote
from tests.factories import seed

from .registers import write_big_register, write_csv, write_messy_register, write_tall_sheet


def _count(db: Database) -> int:
    with db.unit() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-2-2021", date(2021, 2, 3)),
        ("03/02/21", date(2021, 2, 3)),
        ("3 februari 2021", date(2021, 2, 3)),
        ("3 feb. 2021", date(2021, 2, 3)),
        ("woensdag 3 februari 2021", date(2021, 2, 3)),
        ("2021-02-03", date(2021, 2, 3)),
        (44230, date(2021, 2, 3)),
        ("  ", None),
    ],
)
def test_dutch_dates(text: object, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_impossible_date_is_named() -> None:
    with pytest.raises(ValueError, match="31-2-2021"):
        parse_date("31-2-2021")


def test_messy_register_preview_names_every_problem(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    rows, mapping = open_register(sqlite_db, write_messy_register(tmp_path / "register.xlsx"))
    assert rows.sheets == ("Register 2021", "Toelichting")
    assert mapping.header_row == 2  # below the merged title and the empty row
    assert mapping.columns["received_on"] == "Datum ontvangst"
    assert mapping.columns["closed_on"] == "Afgehandeld"
    assert mapping.columns["submitter_name"] == "Naam ouder"
    assert mapping.columns["old_reference"] == "Nr."
    preview = preview_register(sqlite_db, rows, mapping)
    by_line = {r.line: r for r in preview.rows}
    assert by_line[6].skipped == "lege regel"
    assert by_line[9].skipped == "dubbel: gelijk aan regel 8"
    assert "totaalregel" in by_line[11].skipped
    assert [r.line for r in preview.with_problems] == [5, 7]
    assert by_line[5].problems == [
        "Onbekende categorie 'Communicatie': kies een bestaande of laat hem aanmaken"
    ]
    assert by_line[7].problems == [
        "Onbekende locatie 'Kindcentrum De Zeppelin': kies een bestaande of laat hem aanmaken"
    ]
    assert preview.unknown == {
        "category": ["Communicatie"],
        "location": ["Kindcentrum De Zeppelin"],
    }
    # Nothing is written while a row has a problem.
    with pytest.raises(ValidationError, match="(?s)Regel 5: .*Regel 7: Onbekende locatie"):
        import_register(sqlite_db, rows, mapping)
    assert _count(sqlite_db) == 0


def test_messy_register_imports_case_by_case(sqlite_db: Database, tmp_path: Path) -> None:
    seeded = seed(sqlite_db)
    rows, mapping = open_register(sqlite_db, write_messy_register(tmp_path / "register.xlsx"))
    mapping = mapping.with_value("location", "Kindcentrum De Zeppelin", CREATE)
    mapping = mapping.with_value("category", "Communicatie", "Informatie/communicatie")
    result = import_register(sqlite_db, rows, mapping)
    assert (result.imported, result.skipped) == (4, 4)  # 2 empty, 1 duplicate, 1 total
    assert result.created_locations == ("Kindcentrum De Zeppelin",)
    with sqlite_db.unit() as session:
        cases = session.scalars(select(Case).order_by(Case.number)).all()
        got = [
            (c.reference, c.received_on, c.location.name, c.kind, c.status, c.submitter_name,
             c.closed_on, c.category.name if c.category else "", c.channel)
            for c in cases
        ]  # fmt: skip
        notes = [n.text for n in session.scalars(select(TimelineNote).order_by(TimelineNote.id))]
    assert got == [
        ("KR-2021-001", date(2021, 2, 3), "Venetiëstraat", ReactionKind.COMPLAINT,
         CaseStatus.CLOSED, "Anna Jansen", date(2021, 3, 3), "Veiligheid", Channel.EMAIL),
        ("KR-2021-002", date(2021, 2, 3), "KluppluZ Ulvenhout", ReactionKind.COMPLAINT,
         CaseStatus.REGISTERED, "Bram de Vries", None, "Informatie/communicatie", Channel.EMAIL),
        ("KR-2021-003", date(2021, 4, 15), "Kindcentrum De Zeppelin", ReactionKind.SUGGESTION,
         CaseStatus.CLOSED, "Carla Peeters", date(2021, 5, 1), "", Channel.EMAIL),
        ("KR-2021-004", date(2021, 6, 7), "Arnhem Centrum", ReactionKind.DISSATISFACTION,
         CaseStatus.REGISTERED, "Dirk Smit", None, "Veiligheid", Channel.EMAIL),
    ]  # fmt: skip
    assert notes[0].startswith(
        "Geïmporteerd uit het register 'register.xlsx', werkblad 'Register 2021', regel 4."
    )
    assert "Nummer in het register: 1." in notes[0]
    assert seeded.locations["Venetiëstraat"]  # the existing one was matched, not re-created
    with sqlite_db.unit() as session:
        assert session.scalar(select(func.count()).select_from(Location)) == 4
    # The mapping is remembered for next year's register.
    remembered = load_mapping(sqlite_db)
    assert remembered is not None
    assert remembered.value_for("location", "kindcentrum de zeppelin ") == CREATE
    assert remembered.header_row == 2


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ";", True), ("utf-8", ",", False), ("cp1252", ";", False)],
)
def test_csv_in_each_encoding(
    sqlite_db: Database, tmp_path: Path, encoding: str, delimiter: str, bom: bool
) -> None:
    seed(sqlite_db)
    path = write_csv(tmp_path / "register.csv", encoding, delimiter, bom)
    rows, mapping = open_register(sqlite_db, path)
    assert rows.rows[0][0] == "Datum"  # no BOM left in the first header
    result = import_register(sqlite_db, rows, mapping)
    assert result.imported == 2
    with sqlite_db.unit() as session:
        cases = session.scalars(select(Case).order_by(Case.received_on)).all()
        assert [(c.submitter_name, c.description, c.kind) for c in cases] == [
            ("Zoë Çelik", "Café-achtige sfeer", ReactionKind.COMPLAINT),
            ("Jürgen Müller", "Hek", ReactionKind.SIGNAL),
        ]
        assert cases[1].received_on == date(2021, 3, 4)


def test_cancel_rolls_everything_back(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    path = write_big_register(tmp_path / "big.xlsx", 1200, ["Venetiëstraat", "Arnhem Centrum"])
    rows, mapping = open_register(sqlite_db, path)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_register(sqlite_db, rows, mapping, progress=lambda d, t: seen.append(d),
                        cancelled=lambda: bool(seen))  # fmt: skip
    assert seen == [500]
    assert _count(sqlite_db) == 0


def test_password_protected_workbook_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    # The layout Excel writes for an encrypted workbook: an OLE compound file whose
    # directory names the "EncryptedPackage" stream (the sector size kept, content zeros).
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    entry = bytearray(128)
    name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    entry[: len(name)] = name
    (tmp_path / "beveiligd.xlsx").write_bytes(bytes(header) + bytes(entry) + bytes(384))
    with pytest.raises(ValidationError, match="met een wachtwoord beveiligd"):
        open_register(sqlite_db, tmp_path / "beveiligd.xlsx")


def test_not_a_spreadsheet_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    (tmp_path / "foto.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ValidationError, match="geen spreadsheet"):
        open_register(sqlite_db, tmp_path / "foto.xlsx")
    (tmp_path / "kapot.xlsx").write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(ValidationError, match="geen leesbare Excel-werkmap"):
        open_register(sqlite_db, tmp_path / "kapot.xlsx")


def test_sheet_of_200000_rows_is_refused_quickly(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    path = write_tall_sheet(tmp_path / "groot.xlsx", 200_000)
    with pytest.raises(ValidationError, match=r"meer dan 50\.000 regels"):
        open_register(sqlite_db, path)
    assert _count(sqlite_db) == 0


def test_unsized_tall_sheet_is_refused_at_the_limit(sqlite_db: Database, tmp_path: Path) -> None:
    # Without a declared size the rows are read until one past the limit, then refused.
    path = write_tall_sheet(tmp_path / "groot.xlsx", 60_000, sized=False)
    seen: list[int] = []
    with pytest.raises(ValidationError, match=r"meer dan 50\.000 regels \(50\.051\)"):
        open_register(sqlite_db, path, progress=lambda done, _total: seen.append(done))
    assert seen[-1] == 50_000
