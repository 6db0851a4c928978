"""A register imported twice, or last year's register again with this year's rows added,
registers nothing twice: rows that are a case already are named "al aanwezig" and left
out. And the handler, service and funding columns of a register, matched to master data
without regard to case or accents, with unknown names reported per row."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update

from kluppluz_desk.domain.enums import CaseStatus, Funding
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.masterdata import items as masterdata
from kluppluz_desk.services.register_import import (
    CREATE,
    LEAVE_EMPTY,
    import_register,
    open_register,
    preview_register,
)
from kluppluz_desk.services.register_import.existing import number_in_note
from kluppluz_desk.store.models import Case
from tests.factories import Seeded, seed

from .registers import write_messy_register


def _register(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _references(db: Database) -> list[str]:
    with db.unit() as session:
        return list(session.scalars(select(Case.reference).order_by(Case.id)))


def test_the_same_register_twice_imports_nothing_the_second_time(
    db: Database, tmp_path: Path
) -> None:
    seed(db)
    path = write_messy_register(tmp_path / "register.xlsx")
    rows, mapping = open_register(db, path)
    mapping = mapping.with_value("location", "Kindcentrum De Zeppelin", CREATE)
    mapping = mapping.with_value("category", "Communicatie", "Informatie/communicatie")
    assert import_register(db, rows, mapping).imported == 4

    rows, mapping = open_register(db, path)  # the remembered mapping
    preview = preview_register(db, rows, mapping)
    by_line = {r.line: r for r in preview.rows}
    assert [(r.line, r.skipped) for r in preview.already_present] == [
        (4, "al aanwezig als KR-2021-001"),
        (5, "al aanwezig als KR-2021-002"),
        (7, "al aanwezig als KR-2021-003"),
        (8, "al aanwezig als KR-2021-004"),
    ]
    assert by_line[9].skipped == "dubbel: gelijk aan regel 8"  # the in-file check still runs
    assert preview.importable == [] and preview.with_problems == []
    with pytest.raises(ValidationError, match=r"staan al in het programma \(4 al aanwezig\)"):
        import_register(db, rows, mapping)
    assert len(_references(db)) == 4
    # Asked for explicitly, the rows can still be imported again.
    again = preview_register(db, rows, mapping, include_present=True)
    assert [r.line for r in again.importable] == [4, 5, 7, 8]
    assert again.rows[0].line == 4 and again.rows[0].present == "KR-2021-001"


def test_last_years_register_plus_this_years_rows(db: Database, tmp_path: Path) -> None:
    seeded = seed(db)
    header = ["Datum", "Locatie", "Soort", "Naam ouder", "Omschrijving"]
    last_year: list[list[object]] = [
        [datetime(2024, 3, 4), "Venetiëstraat", "Klacht", "Anna Jansen", "Hek stond open"],
        [datetime(2024, 5, 6), "Arnhem Centrum", "Signaal", "Özlem Yıldız", "Te weinig fruit"],
    ]
    _register(tmp_path / "2024.xlsx", header, last_year)
    rows, mapping = open_register(db, tmp_path / "2024.xlsx")
    assert import_register(db, rows, mapping).imported == 2
    # Typed in by hand before the register was imported: the same reaction as a row below.
    typed = cases.register_case(db, values={
        "received_on": date(2025, 1, 8), "channel": "phone", "kind": "complaint",
        "location_id": seeded.locations["KluppluZ Ulvenhout"], "submitter_name": "Bram Smit",
        "description": "Geen bericht over de ziekte van de leidster."})  # fmt: skip
    # Retyped: other spacing, case and accents, a text date; plus two new reactions.
    both_years = [
        ["4-3-2024", "Venetiëstraat ", "klacht", "anna  jansen", "Hek stond  open"],
        [datetime(2024, 5, 6), "Arnhem Centrum", "Signaal", "Ozlem Yildiz", "te weinig FRUIT"],
        [datetime(2025, 1, 8), "KluppluZ Ulvenhout", "Klacht", "Bram Smit",
         "Geen bericht over de ziekte van de leidster."],
        [datetime(2025, 1, 8), "KluppluZ Ulvenhout", "Klacht", "Bram Smit", "Weer geen bericht"],
        [datetime(2025, 2, 9), "Venetiëstraat", "Klacht", "Anna Jansen", "Hek stond open"],
    ]  # fmt: skip
    _register(tmp_path / "2024-2025.xlsx", header, both_years)
    rows, mapping = open_register(db, tmp_path / "2024-2025.xlsx")
    preview = preview_register(db, rows, mapping)
    assert [(r.line, r.present) for r in preview.already_present] == [
        (2, "KR-2024-001"), (3, "KR-2024-002"), (4, typed.reference)]  # fmt: skip
    result = import_register(db, rows, mapping)
    assert (result.imported, result.already_present) == (2, 3)
    assert _references(db) == [
        "KR-2024-001", "KR-2024-002", typed.reference, "KR-2025-002", "KR-2025-003"]  # fmt: skip


def test_register_numbers_decide_when_both_sides_have_one(db: Database, tmp_path: Path) -> None:
    seed(db)
    header = ["Nr.", "Datum", "Locatie", "Soort", "Naam ouder", "Omschrijving"]
    first = [[4, datetime(2023, 6, 7), "Arnhem Centrum", "Klacht", "Dirk Smit", "Hek open"]]
    _register(tmp_path / "a.xlsx", header, first)
    rows, mapping = open_register(db, tmp_path / "a.xlsx")
    import_register(db, rows, mapping)
    with db.unit() as session:  # the description was reworded after the import
        session.execute(update(Case).values(description="Hek stond open (aangevuld)"))
    # Number 4 again (text reworded since): present. Number 5, the same words as 4 had:
    # another reaction, imported. Number 4 of another year: another reaction too.
    again = [
        [4, datetime(2023, 6, 7), "Arnhem Centrum", "Klacht", "Dirk Smit", "Hek open"],
        [5, datetime(2023, 6, 7), "Arnhem Centrum", "Klacht", "Dirk Smit", "Hek open"],
        [4, datetime(2024, 1, 2), "Arnhem Centrum", "Klacht", "Dirk Smit", "Hek open"],
    ]
    _register(tmp_path / "b.xlsx", header, again)
    rows, mapping = open_register(db, tmp_path / "b.xlsx")
    preview = preview_register(db, rows, mapping)
    assert [(r.line, r.present) for r in preview.rows] == [
        (2, "KR-2023-001"), (3, ""), (4, "")]  # fmt: skip
    assert import_register(db, rows, mapping).imported == 2


def test_number_in_import_note() -> None:
    note = "Geïmporteerd uit het register 'r.xlsx', regel 4. Nummer in het register: 2021.14."
    assert number_in_note(note) == "2021.14"
    assert number_in_note(note + " Afgesloten volgens het register; geen controle.") == "2021.14"
    assert number_in_note("Geïmporteerd uit het register 'r.xlsx', regel 4.") == ""


def _people_register(path: Path, seeded: Seeded) -> Path:
    header = ["Datum ontvangst", "Locatie", "Soort", "Behandelaar", "Dienst", "Financiering",
              "Omschrijving"]  # fmt: skip
    rows: list[list[object]] = [
        [date(2024, 2, 1), "Venetiëstraat", "Klacht", "marloes van dijk ", "dagopvang", "",
         "Een"],
        [date(2024, 2, 2), "Venetiëstraat", "Klacht", "JSMITS", "Behandeling", "", "Twee"],
        [date(2024, 2, 3), "Venetiëstraat", "Klacht", "Mesut Ozil", "", "Jeugdhulp", "Drie"],
        [date(2024, 2, 4), "Venetiëstraat", "Klacht", "Petra Onbekend", "Zwemles",
         "Gemeente", "Vier"],
        [date(2024, 2, 5), "Venetiëstraat", "Klacht", "", "", "wkkgz", "Vijf"],
    ]  # fmt: skip
    return _register(path, header, rows)


def test_handler_service_and_funding_columns(db: Database, tmp_path: Path) -> None:
    seeded = seed(db)
    ozil = masterdata.save_item(
        db, "staff", {"name": "Mesut Özil", "role": "quality_officer", "login": "mozil"}
    ).id
    rows, mapping = open_register(db, _people_register(tmp_path / "r.xlsx", seeded))
    assert (mapping.columns["handler"], mapping.columns["service"],
            mapping.columns["funding"]) == ("Behandelaar", "Dienst", "Financiering")  # fmt: skip
    preview = preview_register(db, rows, mapping)
    assert [(r.line, r.problems) for r in preview.with_problems] == [(5, [
        "Onbekende behandelaar 'Petra Onbekend': kies een medewerker of laat het veld leeg",
        "Onbekende dienst 'Zwemles': kies een bestaande dienst of laat het veld leeg",
        "Financiering: onbekende waarde 'Gemeente'"])]  # fmt: skip
    assert preview.unknown == {
        "handler": ["Petra Onbekend"], "service": ["Zwemles"], "funding": ["Gemeente"]}  # fmt: skip
    with pytest.raises(ValidationError, match="Regel 5: Onbekende behandelaar"):
        import_register(db, rows, mapping)

    mapping = mapping.with_value("handler", "Petra Onbekend", LEAVE_EMPTY)
    mapping = mapping.with_value("service", "Zwemles", "Dagopvang")
    mapping = mapping.with_value("funding", "Gemeente", "childcare")
    assert import_register(db, rows, mapping).imported == 5
    with db.unit() as session:
        got = [(c.handler_id, c.service.name if c.service else None, c.funding, c.status)
               for c in session.scalars(select(Case).order_by(Case.received_on))]  # fmt: skip
    assert got == [
        (seeded.staff["Marloes van Dijk"], "Dagopvang", Funding.CHILDCARE, CaseStatus.ASSIGNED),
        # No funding named: the service's own (Behandeling is youth care).
        (seeded.staff["Johan Smits"], "Behandeling", Funding.YOUTH_CARE, CaseStatus.ASSIGNED),
        (ozil, None, Funding.YOUTH_CARE, CaseStatus.ASSIGNED),
        (None, "Dagopvang", Funding.CHILDCARE, CaseStatus.REGISTERED),
        (None, None, Funding.WKKGZ_CARE, CaseStatus.REGISTERED),
    ]
    with db.unit() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 5
