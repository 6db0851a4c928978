"""The register import wizard driven as a person does: open the messy register, check the
header row, map the unknown location and category, read the preview, import; the To-Excel
buttons of the case list, dashboard and report page writing real workbooks."""

from __future__ import annotations

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


def _choose(wizard: RegisterImportWizard, raw: str, label: str) -> None:
    table = wizard.mapping_page.unknown
    for row in range(table.rowCount()):
        if table.item(row, 1).text() == raw:
            combo = table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            index = combo.findText(label)
            assert index >= 0, (label, [combo.itemText(i) for i in range(combo.count())])
            combo.setCurrentIndex(index)
            return
    raise AssertionError(f"{raw} not offered")


def _preview_texts(wizard: RegisterImportWizard) -> dict[str, str]:
    model = wizard.preview_page.model
    return {
        model.data(model.index(r, 0)): model.data(model.index(r, 6))
        for r in range(model.rowCount())
    }


def test_wizard_to_preview_and_import(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    db: Database = app_context.db
    seed(db)
    register = write_messy_register(tmp_path / "register.xlsx")
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    wizard.show()
    dialogs.queue(str(register))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.file_page.sheet.currentText() == "Register 2021"
    assert wizard.file_page.header_row.value() == 3  # below the merged title and empty row
    assert wizard.file_page.table.item(2, 1).text() == "Datum ontvangst"
    wizard.next()
    page = wizard.mapping_page
    assert page.columns["received_on"].currentText() == "Datum ontvangst"
    assert page.columns["location"].currentText() == "Locatie"
    assert page.columns["closed_on"].currentText() == "Afgehandeld"
    assert page.unknown.rowCount() == 2
    assert "2 value(s) need a choice" in page.unknown_note.text()
    # Straight to the preview without choosing: the rows with problems are named.
    wizard.next()
    texts = _preview_texts(wizard)
    assert texts["5"].startswith("Onbekende categorie 'Communicatie'")
    assert texts["7"].startswith("Onbekende locatie 'Kindcentrum De Zeppelin'")
    assert texts["9"] == "Skipped: dubbel: gelijk aan regel 8"
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.back()
    _choose(wizard, "Kindcentrum De Zeppelin", "Create new: Kindcentrum De Zeppelin")
    _choose(wizard, "Communicatie", "Informatie/communicatie")
    wizard.next()
    summary = wizard.preview_page.summary.text()
    assert "4 row(s) ready to import, 0 with problems, 4 skipped" in summary
    assert _preview_texts(wizard)["4"] == "OK"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert dialogs.texts("info") == [
        "4 customer reaction(s) imported: KR-2021-001 to KR-2021-004.\n"
        "Created: Kindcentrum De Zeppelin."
    ]
    with db.unit() as session:
        refs = list(session.scalars(select(Case.reference).order_by(Case.id)))
    assert refs == ["KR-2021-001", "KR-2021-002", "KR-2021-003", "KR-2021-004"]


def test_password_protected_file_gets_a_dutch_message(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    seed(app_context.db)
    path = tmp_path / "beveiligd.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    )
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    assert not wizard.file_page.open_path(str(path))
    assert "met een wachtwoord beveiligd" in dialogs.texts("warning")[0]
    assert not wizard.file_page.isComplete()


def test_case_list_to_excel(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from kluppluz_desk.ui.case_list.page import CasesPage

    db = app_context.db
    seed(db)
    register = write_messy_register(tmp_path / "register.xlsx")

    rows, mapping = open_register(db, register)
    mapping = mapping.with_value("location", "Kindcentrum De Zeppelin", CREATE)
    mapping = mapping.with_value("category", "Communicatie", "Informatie/communicatie")
    import_register(db, rows, mapping)
    page = CasesPage(app_context)
    qtbot.addWidget(page)
    target = tmp_path / "lijst.xlsx"
    dialogs.queue(str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(target)["Klantreacties"]
    refs = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    # As the list shows them: newest first, the later number first on the same day.
    assert refs == ["KR-2021-004", "KR-2021-003", "KR-2021-002", "KR-2021-001"]
    assert "4 row(s) written to" in dialogs.texts("info")[-1]


def test_preview_model_is_sound(
    qtbot: Any, qtmodeltester: Any, app_context: AppContext, tmp_path: Path
) -> None:
    seed(app_context.db)
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.open_path(str(write_messy_register(tmp_path / "r.xlsx")))
    wizard.next()
    wizard.next()
    assert wizard.preview_page.model.rowCount() == 8
    qtmodeltester.check(wizard.preview_page.model)


def test_dashboard_and_report_page_to_excel(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from kluppluz_desk.ui.dashboard.page import DashboardPage
    from kluppluz_desk.ui.report.page import ReportPage

    db = app_context.db
    seed(db)
    rows, mapping = open_register(db, write_messy_register(tmp_path / "register.xlsx"))
    mapping = mapping.with_value("location", "Kindcentrum De Zeppelin", "Arnhem Centrum")
    import_register(db, rows, mapping.with_value("category", "Communicatie", "Overig"))
    dashboard = DashboardPage(app_context)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    dialogs.queue(str(tmp_path / "dash.xlsx"))
    qtbot.mouseClick(dashboard.excel_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "dash.xlsx")
    assert book.sheetnames == ["Termijnen", "Per behandelaar", "Per locatie", "Trend"]
    report = ReportPage(app_context)
    qtbot.addWidget(report)
    report.year.setValue(2021)
    dialogs.queue(str(tmp_path / "cijfers"))  # no extension typed: .xlsx is added
    qtbot.mouseClick(report.figures_button, Qt.MouseButton.LeftButton)
    kinds = list(openpyxl.load_workbook(tmp_path / "cijfers.xlsx")["Soort"].values)
    assert kinds[0] == ("Soort", "Aantal", "Aandeel")
    assert sorted(kinds[1:]) == [("Klacht", 2, 0.5), ("Suggestie", 1, 0.25),
                                 ("Uiting van ongenoegen", 1, 0.25)]  # fmt: skip


def test_cancelled_import_writes_nothing_and_says_so(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from kluppluz_desk.ui.background import BackgroundRunner
    from tests.services.register_import.registers import write_big_register

    db = app_context.db
    seed(db)
    path = write_big_register(tmp_path / "big.xlsx", 3000, ["Venetiëstraat"])
    rows, mapping = open_register(db, path)
    runner = BackgroundRunner(app_context)

    def work(progress: Any, cancelled: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            runner.last_job.cancel_requested = True  # as if Cancel was pressed now

        return import_register(db, rows, mapping, progress=report, cancelled=cancelled)

    assert runner.run(None, "Importeren", work) is None
    assert dialogs.texts("warning") == ["Het importeren is afgebroken. Er is niets geïmporteerd."]
    with db.unit() as session:
        assert session.scalar(select(Case.id).limit(1)) is None
