"""Issue 15, "Done means": a serious complaint carried through the whole procedure in the
real main window at 1280×720, as a person does it — Ctrl+N, typing and choosing on the
intake form, then at every step the fields on the step panel and the one primary button;
the acknowledgement is sent from its letter preview ("Make the letter…" on the panel,
"Record as sent"), the judgment is entered in its dialog from the closing panel, and the
escalation is recorded under All details. The case list follows along."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import (
    CaseStatus,
    EscalationBody,
    LetterKind,
    SatisfactionOutcome,
)
from kluppluz_desk.domain.judgment import Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import open_database
from kluppluz_desk.ui.case_editor import CaseEditor
from kluppluz_desk.ui.case_editor.judgment_dialog import JudgmentDialog
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import Seeded, seed
from tests.ui.conftest import ScriptedDialogs
from tests.ui.test_case_editor import choose, type_into
from tests.ui.test_case_editor_records import click, pick, type_date

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def seeded(app_context: AppContext) -> Seeded:
    return seed(app_context.db)


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext, seeded: Seeded) -> MainWindow:
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def director_window(qtbot: QtBot, url: str, qsettings: QSettings) -> MainWindow:
    """The director's own program on the same database (she logs in as iwillems)."""
    db = open_database(url, user="iwillems")
    ctx = AppContext(db, dialogs=ScriptedDialogs(), settings=qsettings)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def on_panel(editor: CaseEditor, step: Step, missing: list[str]) -> None:
    panel = editor.step_panel
    assert editor.views.on_step() and panel.step is step, panel.step
    assert panel.isVisible() and editor.header.next is step
    assert panel.missing() == missing, panel.missing()
    for name in missing:  # marked on the field itself
        if name in editor.fields:
            assert panel.holds(editor.fields[name].widget)


def take_next(qtbot: QtBot, editor: CaseEditor) -> None:
    primary = editor.header.primary
    assert primary.isVisible() and primary.isEnabled(), editor.header.step_line.text()
    with qtbot.waitSignal(editor.case_changed, raising=False) as done:
        qtbot.mouseClick(primary, Qt.MouseButton.LeftButton)
    assert done.signal_triggered, (editor.header.step_line.text(), editor.message.text())


def list_row(window: MainWindow, reference: str) -> list[str]:
    model = window.cases.table.model()
    for row in range(model.rowCount()):
        cells = [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
        if reference in cells:
            return cells
    raise AssertionError(f"{reference} not in the list")


def test_a_serious_complaint_through_the_real_window(
    qtbot: QtBot,
    window: MainWindow,
    app_context: AppContext,
    sqlite_url: str,
    qsettings: QSettings,
) -> None:
    editor = window.cases.editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    assert window.tabs.currentWidget() is window.cases and editor.is_new
    choose(qtbot, editor, "channel", "E-mail")
    choose(qtbot, editor, "kind", "Klacht")
    choose(qtbot, editor, "severity", "Ernstig")
    choose(qtbot, editor, "location_id", "Venetiëstraat")
    type_into(qtbot, editor, "description", "Kind zonder toezicht op de speelplaats.")
    type_into(qtbot, editor, "submitter_name", "Sanne de Vries")
    with qtbot.waitSignal(editor.case_changed):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert editor.detail is not None and editor.detail.status is CaseStatus.AWAITING_DIRECTOR
    case_id, reference = editor.detail.id, editor.detail.reference
    qtbot.waitUntil(lambda: CaseStatus.AWAITING_DIRECTOR.label in list_row(window, reference))

    # The director: K&V notes that she was told and chooses the handler; her decision on
    # K&V's panel waits for her (greyed, not a red "still to fill in"). The director records
    # her decision in her own window and takes that step herself; no other step is hers.
    on_panel(editor, Step.RECORD_DIRECTOR_DECISION, ["informed", "handler_id"])
    assert editor.step_panel.waiting() == ["director_decision"]
    assert not editor.fields["director_decision"].widget.isEnabled()  # K&V may not decide
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.handling.informed.add, Qt.MouseButton.LeftButton)
    choose(qtbot, editor, "handler_id", "Marloes van Dijk")
    assert editor.step_panel.missing() == [] and not editor.header.primary.isEnabled()
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    director = director_window(qtbot, sqlite_url, qsettings)
    director.cases.open_case(case_id)
    theirs = director.cases.editor
    on_panel(theirs, Step.RECORD_DIRECTOR_DECISION, ["director_decision"])
    withdraw = theirs.header.actions_by_step[Step.WITHDRAW]
    assert not withdraw.isEnabled() and "Kwaliteit & Veiligheid" in withdraw.toolTip()
    type_into(qtbot, theirs, "director_decision", "De locatieverantwoordelijke handelt af.")
    decided_on = theirs.fields["director_decided_on"].widget
    assert theirs.step_panel.holds(decided_on)
    type_date(qtbot, decided_on, today())
    assert theirs.step_panel.missing() == []
    take_next(qtbot, theirs)  # the director's own step: she presses the button herself
    assert theirs.detail is not None and theirs.detail.status is CaseStatus.ASSIGNED
    # The next step is K&V's: her button is off and says why, and so does the panel.
    assert theirs.header.next is Step.ACKNOWLEDGE and not theirs.header.primary.isEnabled()
    assert "Alleen Kwaliteit &amp; Veiligheid" in theirs.header.step_line.text()
    assert theirs.step_panel.hint.text() == theirs.step_panel.tr(
        "This step is taken by someone else; you see what it still needs."
    )
    director.close()
    window.cases.open_case(case_id)  # K&V opens the case again from the list

    # Acknowledging: the address on the panel, then the letter from its preview.
    on_panel(editor, Step.ACKNOWLEDGE, [])
    type_into(qtbot, editor, "submitter_address", "Kastanjelaan 12")
    type_into(qtbot, editor, "submitter_postcode", "5611 XY")
    type_into(qtbot, editor, "submitter_city", "Eindhoven")
    qtbot.mouseClick(editor.step_panel.letters_button, Qt.MouseButton.LeftButton)
    assert editor.letters.panel is not None
    preview = editor.letters.panel.preview
    assert preview is not None and preview.letter is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.letter.kind is LetterKind.ACKNOWLEDGEMENT and not preview.letter.warnings
    pages = PdfReader(BytesIO(preview.pdf)).pages
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    assert "Geachte Sanne de Vries" in text and "5611 XY EINDHOVEN" in text
    assert "Marloes van Dijk" in text and reference in text
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(preview.record_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert editor.detail.status is CaseStatus.ACKNOWLEDGED  # the letter took the step

    on_panel(editor, Step.PROPOSE_SOLUTION, ["solution_text"])
    type_into(qtbot, editor, "solution_text", "Extra toezicht bij het buitenspelen.")
    take_next(qtbot, editor)

    # Closing: the judgment in its dialog from the panel, then the public texts.
    on_panel(editor, Step.CLOSE, ["judgment", "public_summary", "public_measure"])
    assert not editor.header.primary.isEnabled()

    def judge() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, JudgmentDialog)
        box = dialog.boxes[0]
        qtbot.keyClicks(box.subject, "Toezicht op de speelplaats")
        box.verdict.setCurrentIndex(box.verdict.findData(Verdict.UPHELD.value))
        qtbot.keyClicks(box.reasoning, "Er was te weinig toezicht; dat had niet mogen gebeuren.")
        dialog.accept()

    QTimer.singleShot(0, judge)
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.step_panel.judgment_button, Qt.MouseButton.LeftButton)
    assert editor.step_panel.missing() == ["public_summary", "public_measure"]
    type_into(qtbot, editor, "public_summary", "Te weinig toezicht bij het buitenspelen.")
    type_into(qtbot, editor, "public_measure", "Vaste toezichthouder op de speelplaats.")
    assert editor.step_panel.missing() == []
    take_next(qtbot, editor)

    on_panel(editor, Step.CHECK_SATISFACTION, ["satisfaction_outcome"])
    choose(qtbot, editor, "satisfaction_outcome", SatisfactionOutcome.DISSATISFIED.label)
    take_next(qtbot, editor)
    assert not editor.views.step_button.isEnabled()  # no step left: All details

    # The parent goes to the disputes committee: the Escalations tab under All details.
    editor.show_tab(editor.escalations)
    tab = editor.escalations
    pick(qtbot, tab.body, EscalationBody.DISPUTES_COMMITTEE.label)
    type_date(qtbot, tab.submitted, today() - timedelta(days=0))
    qtbot.keyClicks(tab.note, "Ouder stapt naar de Geschillencommissie")
    click(qtbot, editor, tab.add)

    saved = cases.get_case(app_context.db, case_id)
    assert saved.status is CaseStatus.SATISFACTION_CHECKED
    assert [x.kind for x in saved.letters] == [LetterKind.ACKNOWLEDGEMENT]
    assert saved.law is not None and [p.verdict for p in saved.law.judgment] == [Verdict.UPHELD]
    assert saved.fields["public_measure"] == "Vaste toezichthouder op de speelplaats."
    assert [e.body for e in saved.escalations] == [EscalationBody.DISPUTES_COMMITTEE]
    qtbot.waitUntil(lambda: CaseStatus.SATISFACTION_CHECKED.label in list_row(window, reference))
    assert not editor.has_unsaved_changes()
