"""The letters panel, the preview dialog and the template editor, driven as a person would."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import CaseStatus, LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.dto import Change
from kluppluz_desk.services.letters import get_template, letter_pdf, record_letter
from kluppluz_desk.ui import printing
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.letters import (
    LettersPanel,
    TemplateEditorDialog,
    pdf_pane,
    print_due_acknowledgements,
)
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ADDRESS = {
    "submitter_address": "Kastanjelaan 12",
    "submitter_postcode": "5611 XY",
    "submitter_city": "Eindhoven",
}


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(pdf)).pages
    )


@pytest.fixture
def seeded(app_context: AppContext) -> Any:
    return seed(app_context.db)


def test_panel_lists_letters_and_records_from_preview(
    qtbot: QtBot, app_context: AppContext, seeded: Any, qtmodeltester: Any
) -> None:
    db = app_context.db
    case = make_case(db, seeded, upto=Step.ASSIGN_HANDLER, child_name="Noë", **ADDRESS)
    panel = LettersPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_case(case)
    panel.show()
    qtmodeltester.check(panel.model)
    assert panel.letter_rows() == []
    assert panel.empty.isVisible()
    assert panel.kind.currentText() == LetterKind.ACKNOWLEDGEMENT.label
    assert not panel.open_button.isEnabled()

    changes: list[Change] = []
    app_context.bus.changed.connect(changes.append)
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    dialog = panel.preview
    assert dialog is not None and dialog.isVisible()
    assert dialog.pane.page_count() >= 1
    qtbot.waitUntil(dialog.pane.rendered, timeout=5000)
    with qtbot.waitSignal(panel.detail_changed) as recorded:
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    detail = recorded.args[0]
    assert detail.status is CaseStatus.ACKNOWLEDGED
    assert not dialog.isVisible()
    assert changes and changes[-1].case_ids == (case.id,)
    # What the person sees, and what the database holds.
    rows = panel.letter_rows()
    assert len(rows) == 1
    assert rows[0][1:] == [
        LetterKind.ACKNOWLEDGEMENT.label,
        "Ontvangstbevestiging van uw klacht",
        "Kees Verhoeven",
    ]
    stored = cases.get_case(db, case.id)
    assert stored.acknowledged_on is not None and len(stored.letters) == 1
    assert letter_pdf(db, stored.letters[0].id) == dialog.pdf

    # Open the stored letter: the exact PDF, no record button.
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    reopened = panel.preview
    assert reopened is not None and reopened is not dialog
    assert reopened.pdf == dialog.pdf and not reopened.record_button.isVisible()
    reopened.close()


def test_preview_saves_prints_and_mails(
    qtbot: QtBot,
    app_context: AppContext,
    seeded: Any,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = make_case(app_context.db, seeded, upto=Step.ASSIGN_HANDLER)
    panel = LettersPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_case(case)
    panel.show()
    panel.make_letter()
    dialog = panel.preview
    assert dialog is not None
    # No address: the yellow box says so, and recording asks first.
    assert "adres van de indiener" in dialog.warnings.text()
    dialogs.queue(False)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(app_context.db, case.id).letters == []
    assert dialog.isVisible()

    target = tmp_path / "brief.pdf"
    dialogs.queue(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == dialog.pdf

    opened: list[str] = []
    monkeypatch.setattr(pdf_pane, "open_with_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].endswith(".eml")
    assert b"X-Unsent: 1" in Path(opened[0]).read_bytes()

    # Printing (here the picture fallback into a PDF file: no print server in this test)
    # asks about the missing address first, then records the letter as sent.
    printed = tmp_path / "printed.pdf"

    def fake_printer(_parent: Any, _pages: int) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(printing.dialog, "choose_printer", fake_printer)
    monkeypatch.setattr(printing, "vector_path", lambda: None)
    dialogs.queue(False)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not printed.exists() and cases.get_case(app_context.db, case.id).letters == []
    dialogs.queue(True)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    pages = len(PdfReader(BytesIO(dialog.pdf)).pages)
    assert len(PdfReader(str(printed)).pages) == pages
    assert len(cases.get_case(app_context.db, case.id).letters) == 1
    assert not dialog.isVisible()
    dialog.close()


def test_template_editor_refuses_misspelled_placeholder(
    qtbot: QtBot, app_context: AppContext, seeded: Any, dialogs: ScriptedDialogs
) -> None:
    make_case(app_context.db, seeded, upto=Step.ASSIGN_HANDLER)
    editor = TemplateEditorDialog(app_context)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.kind.currentText() == LetterKind.ACKNOWLEDGEMENT.label
    assert not editor.save_button.isEnabled()  # nothing changed yet
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Groeten aan {{kindnaam}}.")
    assert "Onbekende plaatshouder {{kindnaam}}" in editor.problems.text()
    assert "Bedoelt u {{kind}}?" in editor.problems.text()
    assert editor.problems.isVisible()
    assert not editor.save_button.isEnabled()
    assert not editor.preview_button.isEnabled()
    editor.save()  # even called directly: refused
    assert get_template(app_context.db, "acknowledgement").is_default

    # Fix it by inserting the right placeholder from the list.
    for _ in "{{kindnaam}}.":
        qtbot.keyClick(editor.body, Qt.Key.Key_Backspace)
    item = editor.placeholders.findItems("{{kind}}", Qt.MatchFlag.MatchExactly)[0]
    editor._insert(item)
    qtbot.keyClicks(editor.body, ".")
    assert "✓" in editor.problems.text() and "{{kindnaam}}" not in editor.problems.text()
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = get_template(app_context.db, "acknowledgement")
    assert not saved.is_default and saved.body.rstrip().endswith("Groeten aan {{kind}}.")
    assert "Kees Verhoeven" in editor.state.text()

    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.preview is not None
    assert "Groeten aan" in text_of(editor.preview.pdf)
    editor.preview.close()

    dialogs.queue(True)
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert get_template(app_context.db, "acknowledgement").is_default
    assert "{{kindnaam}}" not in editor.body.toPlainText()


def test_template_editor_asks_before_losing_changes(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    editor = TemplateEditorDialog(app_context)
    qtbot.addWidget(editor)
    editor.subject.setText("Uw {{soort_reactie}} is binnen")
    dialogs.queue("cancel")
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.JUDGMENT.value))
    assert editor.kind.currentData() == LetterKind.ACKNOWLEDGEMENT.value
    dialogs.queue("save")
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.JUDGMENT.value))
    assert (
        get_template(app_context.db, "acknowledgement").subject == "Uw {{soort_reactie}} is binnen"
    )
    assert editor.subject.text() == "Ons oordeel over uw {{soort_reactie}} en afsluiting"


def test_batch_of_due_acknowledgements(
    qtbot: QtBot, app_context: AppContext, seeded: Any, dialogs: ScriptedDialogs
) -> None:
    db = app_context.db
    assert print_due_acknowledgements(app_context, None) is None
    assert dialogs.texts("info") == ["No acknowledgements are due."]
    due = [
        make_case(db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name=f"Ouder {n}")
        for n in range(2)
    ]
    dialog = print_due_acknowledgements(app_context, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Geachte Ouder 1" in text_of(dialog.pdf)
    dialogs.queue(True)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    for case in due:
        assert cases.get_case(db, case.id).status is CaseStatus.ACKNOWLEDGED
    assert not dialog.record_button.isEnabled()


def test_dossier_export(
    qtbot: QtBot, app_context: AppContext, seeded: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    db = app_context.db
    case = make_case(db, seeded, upto=Step.ASSIGN_HANDLER)
    detail = record_letter(db, case.id, "acknowledgement")
    panel = LettersPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_case(detail)
    # Acknowledged and its letter sent: the next letter that fits is the judgment.
    assert panel.kind.currentText() == LetterKind.JUDGMENT.label
    target = tmp_path / "dossier.pdf"
    dialogs.queue("access", str(target))
    qtbot.mouseClick(panel.dossier_button, Qt.MouseButton.LeftButton)
    text = text_of(target.read_bytes())
    assert "Op verzoek van de indiener" in text and case.reference in text


def test_brieven_tab_builds_the_panel_when_first_shown(
    app_context: AppContext, qtbot: QtBot
) -> None:
    from kluppluz_desk.ui.case_editor.editor import CaseEditor

    s = seed(app_context.db)
    case = make_case(app_context.db, s)
    editor = CaseEditor(app_context)
    qtbot.addWidget(editor)
    editor.load_case(case.id)
    editor.show()
    assert editor.letters.panel is None  # not built at start: keeps the program quick
    editor.show_tab(editor.letters)
    qtbot.waitUntil(lambda: editor.letters.panel is not None and editor.letters.panel.isVisible())
