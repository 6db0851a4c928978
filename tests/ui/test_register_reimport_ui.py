"""The register import wizard on a register that was imported before: the rows that are a
case already show as "al aanwezig" with their count and are left out unless asked for;
an unknown handler is offered "Leave empty" or a member of staff."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import select

from kluppluz_desk.services.database import Database
from kluppluz_desk.services.register_import import CREATE, import_register, open_register
from kluppluz_desk.store.models import Case
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.register_import import RegisterImportWizard
from tests.factories import seed
from tests.services.register_import.registers import write_messy_register

from .conftest import ScriptedDialogs
from .test_register_import_ui import _choose, _preview_texts


def _open(
    qtbot: Any, ctx: AppContext, dialogs: ScriptedDialogs, path: Path
) -> RegisterImportWizard:
    wizard = RegisterImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 720)
    wizard.show()
    dialogs.queue(str(path))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    wizard.next()
    return wizard


def test_rows_already_present_are_shown_and_left_out(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    db: Database = app_context.db
    seed(db)
    path = write_messy_register(tmp_path / "register.xlsx")
    rows, mapping = open_register(db, path)
    mapping = mapping.with_value("location", "Kindcentrum De Zeppelin", CREATE)
    mapping = mapping.with_value("category", "Communicatie", "Informatie/communicatie")
    import_register(db, rows, mapping)
    # Next year's register: this year's rows plus one new reaction.
    book = openpyxl.load_workbook(path)
    book["Register 2021"].append(
        [5, date(2021, 9, 1), "Arnhem Centrum", "Klacht", "Veiligheid", "Eva Mol", "Traphek", None]
    )
    book.save(path)

    wizard = _open(qtbot, app_context, dialogs, path)
    assert wizard.mapping_page.unknown.rowCount() == 0  # the remembered choices apply
    wizard.next()
    page = wizard.preview_page
    texts = _preview_texts(wizard)
    assert texts["4"] == "Skipped: al aanwezig als KR-2021-001"
    assert texts["8"] == "Skipped: al aanwezig als KR-2021-004"
    assert texts["12"] == "OK"
    assert page.summary.text() == (
        "1 row(s) ready to import, 0 with problems, 4 skipped (empty, totals, duplicates). "
        "4 row(s) are already present and are not imported again."
    )
    assert page.include_present.isVisible() and not page.include_present.isChecked()
    wizard.grab().save(str(tmp_path / "preview.png"))

    # Asked for, they would be imported again (and the summary says so); not asked, not.
    page.include_present.setChecked(True)
    assert _preview_texts(wizard)["4"] == "OK; already present as KR-2021-001, imported again"
    assert "5 row(s) ready to import" in page.summary.text()
    page.include_present.setChecked(False)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert dialogs.texts("info") == [
        "1 customer reaction(s) imported: KR-2021-005 to KR-2021-005.\n"
        "4 row(s) already present were not imported again."
    ]
    with db.unit() as session:
        assert len(list(session.scalars(select(Case.id)))) == 5


def test_unknown_handler_can_be_left_empty_or_mapped(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    db: Database = app_context.db
    seeded = seed(db)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Datum", "Locatie", "Behandelaar", "Omschrijving"])
    sheet.append([date(2024, 3, 1), "Arnhem Centrum", "Petra Oud", "Een"])
    sheet.append([date(2024, 3, 2), "Arnhem Centrum", "M. v. Dijk", "Twee"])
    sheet.append([date(2024, 3, 3), "Arnhem Centrum", "ingrid willems", "Drie"])
    path = tmp_path / "behandelaars.xlsx"
    book.save(path)
    wizard = _open(qtbot, app_context, dialogs, path)
    page = wizard.mapping_page
    assert page.columns["handler"].currentText() == "Behandelaar"
    assert page.unknown.rowCount() == 2
    combo = page.unknown.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[:2] == ["— choose —", "Leave empty"]
    assert "Marloes van Dijk" in offered and offered.count("Marloes van Dijk") == 1
    wizard.next()
    assert _preview_texts(wizard)["2"] == (
        "Onbekende behandelaar 'Petra Oud': kies een medewerker of laat het veld leeg"
    )
    wizard.back()
    _choose(wizard, "Petra Oud", "Leave empty")
    _choose(wizard, "M. v. Dijk", "Marloes van Dijk")
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    with db.unit() as session:
        handlers = list(session.scalars(select(Case.handler_id).order_by(Case.received_on)))
    assert handlers == [None, seeded.staff["Marloes van Dijk"], seeded.staff["Ingrid Willems"]]
