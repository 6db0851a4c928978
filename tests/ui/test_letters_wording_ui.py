"""Issue 15, point 6 in the window: a late letter warns in the preview, saving a PDF says
where it went (and opens that folder), an e-mail draft without a mail program asks where to
save it, and the settings choose the salutation and show the logo the letters carry."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import FormOfAddress
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import render_letter_pdf
from kluppluz_desk.services.settings import load_settings
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.settings import SettingsDialog
from kluppluz_desk.ui.letters import LettersPanel, pdf_pane
from kluppluz_desk.ui.letters.preview import LetterPreviewDialog
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ADDRESS = {
    "submitter_address": "Kastanjelaan 12",
    "submitter_postcode": "5611 XY",
    "submitter_city": "Eindhoven",
}


def preview_for(
    qtbot: QtBot, ctx: AppContext, days_ago: int
) -> tuple[LettersPanel, LetterPreviewDialog]:
    """The letters panel (the preview's parent, kept alive by the caller) and the preview of
    a new acknowledgement."""
    seeded = seed(ctx.db)
    case = make_case(ctx.db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name="Sanne de Vries",
                     submitter_form_of_address="mrs",
                     received_on=today() - timedelta(days=days_ago), **ADDRESS)  # fmt: skip
    panel = LettersPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_case(case)
    panel.show()
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    dialog = panel.preview
    assert dialog is not None and dialog.isVisible()
    return panel, dialog


def test_late_letter_warns_in_the_preview(qtbot: QtBot, app_context: AppContext) -> None:
    _panel, dialog = preview_for(qtbot, app_context, 40)
    assert dialog.warnings.isVisible()
    assert "al verstreken" in dialog.warnings.text()
    dialog.close()


def test_on_time_letter_has_no_warning(qtbot: QtBot, app_context: AppContext) -> None:
    _panel, dialog = preview_for(qtbot, app_context, 2)
    assert not dialog.warnings.isVisible()
    dialog.close()


def test_saving_a_pdf_says_where_and_opens_the_folder(
    qtbot: QtBot,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _panel, dialog = preview_for(qtbot, app_context, 2)
    assert not dialog.saved_note.isVisible() and not dialog.open_folder_button.isVisible()
    target = tmp_path / "brieven" / "ontvangst.pdf"
    target.parent.mkdir()
    dialogs.queue(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == dialog.pdf
    assert dialog.saved_note.isVisible() and str(target) in dialog.saved_note.text()
    opened: list[str] = []
    monkeypatch.setattr(pdf_pane, "open_with_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target.parent)]
    dialog.close()


def test_email_draft_without_mail_program_asks_where_to_save(
    qtbot: QtBot,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _panel, dialog = preview_for(qtbot, app_context, 2)
    tried: list[str] = []

    def no_mail_program(path: str) -> bool:
        tried.append(path)
        return False

    monkeypatch.setattr(pdf_pane, "open_with_system", no_mail_program)
    # Cancelled: nothing is left behind, nothing is said to be saved.
    dialogs.queue(None)
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][0] == "save_file" and dialogs.asked[-1][2].endswith(".eml")
    assert not Path(tried[-1]).exists() and not dialog.saved_note.isVisible()

    target = tmp_path / "concept.eml"
    dialogs.queue(str(target))
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert b"X-Unsent: 1" in target.read_bytes()
    assert str(target) in dialog.saved_note.text() and dialog.open_folder_button.isVisible()
    dialog.close()


def test_settings_choose_salutation_and_show_the_logo_in_use(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    # No logo of our own: the built-in one is shown, as the letters carry it.
    assert not dialog.logo_preview.pixmap().isNull()
    assert "(no logo)" not in dialog.logo_preview.text()
    assert "built-in" in dialog.logo_note.text().lower() or "ingebouwde" in (
        dialog.logo_note.text().lower()
    )
    dialog.salutation.setCurrentIndex(dialog.salutation.findData("informal"))
    with qtbot.waitSignal(app_context.bus.changed):
        dialog.accept()
    assert load_settings(app_context.db).organisation.salutation_style == "informal"


def test_editor_records_the_form_of_address_for_the_letters(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    from tests.ui.test_case_editor import make_editor

    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name="Sanne de Vries",
                     **ADDRESS)  # fmt: skip
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    combo = editor.fields["submitter_form_of_address"].widget
    assert isinstance(combo, QComboBox)
    assert combo.currentData() is None  # unknown until someone chooses
    combo.setCurrentIndex(combo.findText("Mevrouw"))
    assert editor.save() is True
    stored = cases.get_case(sqlite_db, case.id).fields["submitter_form_of_address"]
    assert stored is FormOfAddress.MRS
    letter = render_letter_pdf(sqlite_db, case.id, "acknowledgement")
    assert "Geachte mevrouw De Vries," in " ".join(
        (p.extract_text() or "") for p in PdfReader(BytesIO(letter.pdf)).pages
    )
