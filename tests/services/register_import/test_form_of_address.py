"""The submitter's form of address from an old register: an "Aanhef" or "Dhr/Mevr" column,
written by openpyxl as a real workbook, its words mapped to mevrouw / de heer whatever their
case or dots; an unknown word is a named problem on its row until the user maps it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from kluppluz_desk.domain.enums import FormOfAddress
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.register_import import import_register, open_register, preview_register
from kluppluz_desk.store.models import Case
from tests.factories import seed

# (value in the register, what it means; None = no form of address, a neutral salutation)
WORDS: list[tuple[str | None, FormOfAddress | None]] = [
    ("Mevr.", FormOfAddress.MRS), ("mevrouw", FormOfAddress.MRS), ("MW ", FormOfAddress.MRS),
    ("Dhr.", FormOfAddress.MR), ("de heer", FormOfAddress.MR), ("Heer", FormOfAddress.MR),
    ("DHR", FormOfAddress.MR), ("Fam.", None), (None, None),
]  # fmt: skip


def _register(path: Path, header: str, words: list[str | None]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register 2022"
    sheet.append(["Klachtenregister 2022"])
    sheet.append(["Datum ontvangst", "Locatie", "Soort", header, "Naam ouder", "Omschrijving"])
    for day, word in enumerate(words, start=1):
        sheet.append([date(2022, 3, day), "Venetiëstraat", "Klacht", word, f"Ouder {day}",
                      f"Reactie {day}"])  # fmt: skip
    book.save(path)
    return path


@pytest.mark.parametrize("header", ["Aanhef", "Dhr/Mevr", "Aanhef ouder"])
def test_form_of_address_column_is_guessed_and_imported(
    sqlite_db: Database, tmp_path: Path, header: str
) -> None:
    seed(sqlite_db)
    path = _register(tmp_path / "register.xlsx", header, [w for w, _ in WORDS])
    rows, mapping = open_register(sqlite_db, path)
    assert mapping.columns["submitter_form_of_address"] == header
    assert mapping.columns["submitter_name"] == "Naam ouder"
    preview = preview_register(sqlite_db, rows, mapping)
    assert [r.problems for r in preview.rows] == [[]] * len(WORDS)
    import_register(sqlite_db, rows, mapping)
    with sqlite_db.unit() as session:
        found = {c.submitter_name: c.submitter_form_of_address
                 for c in session.scalars(select(Case))}  # fmt: skip
    assert found == {f"Ouder {n}": form for n, (_w, form) in enumerate(WORDS, start=1)}


def test_unknown_form_of_address_is_a_named_problem_until_mapped(
    sqlite_db: Database, tmp_path: Path
) -> None:
    seed(sqlite_db)
    path = _register(tmp_path / "register.xlsx", "Aanhef", ["Mevr.", "Prof.", "dhr."])
    rows, mapping = open_register(sqlite_db, path)
    preview = preview_register(sqlite_db, rows, mapping)
    assert [r.problems for r in preview.rows] == [
        [], ["Aanspreekvorm indiener: onbekende waarde 'Prof.'"], []]  # fmt: skip
    assert preview.unknown == {"submitter_form_of_address": ["Prof."]}
    with pytest.raises(Exception, match="1 regel van 'register.xlsx' heeft problemen"):
        import_register(sqlite_db, rows, mapping)
    mapping = mapping.with_value("submitter_form_of_address", "Prof.", "mr")
    import_register(sqlite_db, rows, mapping)
    with sqlite_db.unit() as session:
        cases = session.scalars(select(Case).order_by(Case.id))
        forms = [c.submitter_form_of_address for c in cases]
    assert forms == [FormOfAddress.MRS, FormOfAddress.MR, FormOfAddress.MR]
