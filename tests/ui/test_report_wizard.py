"""The annual report page and wizard, driven as K&V would: year, figures, organisation,
texts, appendix, privacy check, generate and save, distribution; then resume."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report import annual as report
from kluppluz_desk.store.models import ReportDraft
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.report.page import ReportPage
from kluppluz_desk.ui.report.pages_appendix import AppendixPage, PrivacyPage
from kluppluz_desk.ui.report.pages_intro import FiguresPage, OrganisationPage, TextsPage
from kluppluz_desk.ui.report.pages_output import DistributionPage, GeneratePage
from kluppluz_desk.ui.report.wizard import ReportWizard
from tests.factories import make_case, seed
from tests.ui.conftest import ScriptedDialogs


@pytest.fixture(autouse=True)
def _frozen() -> Iterator[None]:
    with frozen(date(2026, 3, 2)):
        yield


def next_page(qtbot: Any, wizard: ReportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_words(pdf: bytes) -> str:
    """The PDF's text with every line break and run of spaces as one space."""
    return " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


def draft_json(db: Database, year: int) -> dict[str, Any]:
    with db.unit() as session:
        row = session.get(ReportDraft, year)
        assert row is not None
        return dict(json.loads(row.content))


def open_wizard(qtbot: Any, page: ReportPage, year: int) -> ReportWizard:
    page.year.setValue(year)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.wizard is not None
    return page.wizard


def test_wizard_end_to_end_and_resume(
    qtbot: Any,
    qtmodeltester: Any,
    app_context: AppContext,
    sqlite_db: Database,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    seeded = seed(sqlite_db)
    first = make_case(sqlite_db, seeded, received_on=date(2025, 3, 3))
    second = make_case(
        sqlite_db,
        seeded,
        received_on=date(2025, 4, 8),
        kind="suggestion",
        location_id=seeded.locations["Arnhem Centrum"],
    )
    cases.update_case(
        sqlite_db,
        case_id=second.id,
        version=second.version,
        values={
            "public_summary": "Sanne Bakker vroeg om een ouderavond; bel haar op 06-12345678.",
        },
    )
    page = ReportPage(app_context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert "2025" in [page.model.item(r, 0).text() for r in range(page.model.rowCount())]
    wizard = open_wizard(qtbot, page, 2025)
    assert not wizard.currentPage().resume.isVisible()  # type: ignore[attr-defined]
    next_page(qtbot, wizard)

    figures = wizard.currentPage()
    assert isinstance(figures, FiguresPage)
    assert "2 reaction(s) received in 2025" in figures.summary.text()
    assert "Legally required: yes" in figures.summary.text()
    for model in figures.models.values():
        qtmodeltester.check(model)
    kinds = figures.models["kind"]
    assert {kinds.item(r, 0).text(): kinds.item(r, 1).text() for r in range(kinds.rowCount())} == {
        "Klacht": "1",
        "Suggestie": "1",
    }
    next_page(qtbot, wizard)

    organisation = wizard.currentPage()
    assert isinstance(organisation, OrganisationPage)
    spin = organisation.spins["trajectories"]
    spin.selectAll()
    qtbot.keyClicks(spin, "848")
    next_page(qtbot, wizard)
    assert draft_json(sqlite_db, 2025)["organisation"]["trajectories"] == 848

    texts = wizard.currentPage()
    assert isinstance(texts, TextsPage)
    assert "7 dagen" in texts.edits["handling"].toPlainText()
    texts.edits["introduction"].moveCursor(
        texts.edits["introduction"].textCursor().MoveOperation.End
    )
    qtbot.keyClicks(texts.edits["introduction"], " Met dank aan de oudercommissie.")
    next_page(qtbot, wizard)
    assert draft_json(sqlite_db, 2025)["texts"]["introduction"].endswith("oudercommissie.")

    appendix = wizard.currentPage()
    assert isinstance(appendix, AppendixPage)
    locations = [
        appendix.tree.topLevelItem(i).text(0) for i in range(appendix.tree.topLevelItemCount())
    ]
    assert locations == ["Arnhem Centrum", "Venetiëstraat"]
    appendix.tree.setCurrentItem(appendix.tree.topLevelItem(1).child(0))
    appendix.measure.clear()
    qtbot.keyClicks(appendix.measure, "Afspraken over de overdracht vastgelegd.")
    qtbot.mouseClick(appendix.save_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(sqlite_db, first.id).fields["public_measure"] == (
        "Afspraken over de overdracht vastgelegd."
    )
    next_page(qtbot, wizard)

    privacy = wizard.currentPage()
    assert isinstance(privacy, PrivacyPage)
    found = {privacy.table.item(r, 2).text() for r in range(privacy.table.rowCount())}
    assert {"naam indiener", "telefoonnummer"} <= found
    # One reaction per location: the small-numbers warning names both, without blocking.
    assert privacy.small_numbers.isVisibleTo(privacy)
    warning = privacy.small_numbers.text().splitlines()
    assert warning[0] == "Small numbers (a warning; it does not block the report):"
    assert warning[1].startswith("• Arnhem Centrum heeft in het verslag maar één klantreactie")
    assert warning[2].startswith("• Venetiëstraat heeft in het verslag maar één klantreactie")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Correct the summary in place: the name goes, the phone number stays for now.
    privacy.table.setCurrentCell(0, 0)
    privacy.text.setPlainText("Een ouder vroeg om een ouderavond; bel haar op 06-12345678.")
    qtbot.mouseClick(privacy.fix_button, Qt.MouseButton.LeftButton)
    assert [privacy.table.item(r, 2).text() for r in range(privacy.table.rowCount())] == [
        "telefoonnummer"
    ]
    qtbot.keyClicks(privacy.reason, "Nummer van de algemene ouderlijn.")
    qtbot.mouseClick(privacy.accept_button, Qt.MouseButton.LeftButton)
    assert privacy.table.item(0, 4).text().startswith("Accepted")
    next_page(qtbot, wizard)

    generate = wizard.currentPage()
    assert isinstance(generate, GeneratePage)
    assert generate.document.pageCount() >= 5
    assert generate.pdf == report.report_pdf(sqlite_db, 2025)
    target = tmp_path / "jaarverslag.pdf"
    dialogs.queue(str(target))
    qtbot.mouseClick(generate.save_button, Qt.MouseButton.LeftButton)
    text = pdf_words(target.read_bytes())
    assert "Met dank aan de oudercommissie." in text and "Sanne" not in text
    assert "Een ouder vroeg om een ouderavond" in text
    next_page(qtbot, wizard)

    distribution = wizard.currentPage()
    assert isinstance(distribution, DistributionPage)
    distribution.ggd["Eindhoven"].check.setChecked(True)
    distribution.management.check.setChecked(True)  # type: ignore[union-attr]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert draft_json(sqlite_db, 2025)["distribution"] == {
        "ggd": {"Arnhem": None, "Eindhoven": "2026-03-02"},
        "management": "2026-03-02",
        "parent_committee": None,
    }
    status = next(s for s in page.statuses if s.year == 2025)
    assert status.generated_at is not None and not status.distributed

    # Opening the wizard again offers to continue at the distribution step.
    wizard = open_wizard(qtbot, page, 2025)
    year_page = wizard.currentPage()
    assert year_page.resume.isChecked()  # type: ignore[attr-defined]
    next_page(qtbot, wizard)
    assert isinstance(wizard.currentPage(), DistributionPage)
    assert wizard.currentPage().ggd["Eindhoven"].check.isChecked()  # type: ignore[attr-defined]
    wizard.reject()


def test_a_year_without_reactions_goes_all_the_way(
    qtbot: Any, app_context: AppContext, sqlite_db: Database
) -> None:
    seed(sqlite_db)
    page = ReportPage(app_context)
    qtbot.addWidget(page)
    wizard = open_wizard(qtbot, page, 2019)
    next_page(qtbot, wizard)
    assert "0 reaction(s) received in 2019" in wizard.currentPage().summary.text()  # type: ignore[attr-defined]
    for _ in range(4):  # leave figures, organisation, texts and appendix
        next_page(qtbot, wizard)
    privacy = wizard.currentPage()
    assert isinstance(privacy, PrivacyPage)
    assert "No personal data found" in privacy.result.text()
    next_page(qtbot, wizard)
    generate = wizard.currentPage()
    assert isinstance(generate, GeneratePage) and generate.pdf is not None
    text = pdf_words(generate.pdf)
    assert "geen klantreacties" in text
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert draft_json(sqlite_db, 2019)["distribution"]["management"] is None


def test_making_the_report_can_be_stopped_and_stores_nothing(
    qtbot: Any, app_context: AppContext, sqlite_db: Database, dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    seed(sqlite_db)
    page = ReportPage(app_context)
    qtbot.addWidget(page)
    wizard = open_wizard(qtbot, page, 2019)
    for _ in range(5):  # to the privacy check, which finds nothing
        next_page(qtbot, wizard)
    pressed = threading.Event()
    real_build = report.build_annual_report_pdf

    def build_after_cancel(*args: Any, **kwargs: Any) -> bytes:
        assert pressed.wait(10)  # the layout starts only once Cancel was pressed
        return real_build(*args, **kwargs)

    monkeypatch.setattr(report, "build_annual_report_pdf", build_after_cancel)
    seen: dict[str, Any] = {}

    def press_cancel() -> None:
        # Runs inside the progress dialog's event loop while the worker waits.
        generate = wizard.currentPage()
        runner = generate.runner  # type: ignore[attr-defined]
        assert runner is not None and runner.last_dialog is not None
        seen["running"] = runner.last_job.isRunning()
        seen["label"] = runner.last_dialog.labelText()
        button = runner.last_dialog.findChild(QPushButton)
        assert button is not None
        button.click()  # a person pressing Cancel
        pressed.set()

    QTimer.singleShot(0, press_cancel)
    next_page(qtbot, wizard)
    generate = wizard.currentPage()
    assert isinstance(generate, GeneratePage)
    assert seen == {"running": True, "label": "Making the annual report…"}
    assert generate.pdf is None and not generate.save_button.isEnabled()
    assert generate.status.text().startswith("You stopped making the report; nothing was stored.")
    assert dialogs.texts("warning") == [
        "Het maken van het jaarverslag is afgebroken. Er is niets opgeslagen."
    ]
    assert report.report_pdf(sqlite_db, 2019) is None
    # Back and Next again: made and stored.
    pressed.set()
    wizard.back()
    next_page(qtbot, wizard)
    assert generate.pdf is not None and generate.pdf == report.report_pdf(sqlite_db, 2019)


def test_the_wizard_counts_and_checks_under_the_wait_cursor(
    qtbot: Any, app_context: AppContext, sqlite_db: Database
) -> None:
    from PySide6.QtWidgets import QApplication

    seed(sqlite_db)
    page = ReportPage(app_context)
    qtbot.addWidget(page)
    wizard = open_wizard(qtbot, page, 2019)

    def cursor_now() -> Any:
        cursor = QApplication.overrideCursor()
        return cursor.shape() if cursor is not None else None

    assert wizard.call(cursor_now) == Qt.CursorShape.WaitCursor
    assert QApplication.overrideCursor() is None  # and back afterwards
    wizard.reject()
