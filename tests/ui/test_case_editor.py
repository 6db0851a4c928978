"""The case editor driven as a person would: type, click, use the shortcuts; then check
what the screen shows and what the database holds (read back through a new connection)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from kluppluz_desk.domain.enums import CaseStatus, SatisfactionOutcome
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.ui.case_editor import CaseEditor
from kluppluz_desk.ui.context import AppContext
from tests.factories import make_case, seed
from tests.ui.conftest import ScriptedDialogs

# The offscreen platform says this on every top-level window; it is not our problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
QM = Path(__file__).parents[2] / "resources" / "i18n" / "kluppluz_nl_editor.qm"


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> Iterator[None]:
    """The editor's Dutch texts, as the program installs them (ui/i18n.py)."""
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def make_editor(qtbot: Any, db: Database, tmp_path: Path, name: str = "a") -> CaseEditor:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db, dialogs=ScriptedDialogs(), settings=settings)
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def said(editor: CaseEditor) -> ScriptedDialogs:
    """What the editor told or asked the user (messages, questions)."""
    assert isinstance(editor.ctx.dialogs, ScriptedDialogs)
    return editor.ctx.dialogs


def widget(editor: CaseEditor, name: str) -> Any:
    return editor.fields[name].widget


def type_into(qtbot: Any, editor: CaseEditor, name: str, text: str) -> None:
    box = widget(editor, name)
    editor.reveal(name)
    if isinstance(box, (QLineEdit, QPlainTextEdit)):
        box.selectAll()
    qtbot.keyClicks(box, text)


def choose(qtbot: Any, editor: CaseEditor, name: str, text: str) -> None:
    combo = widget(editor, name)
    assert isinstance(combo, QComboBox)
    editor.reveal(name)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text!r} not offered in {name}"
    # Keyboard: jump to the first item, then down to the wanted one.
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text)


def click_step(qtbot: Any, editor: CaseEditor, step: Step) -> None:
    """The primary button when `step` is the next one, otherwise from the "Other step…" menu."""
    header = editor.header
    if header.next is step:
        assert header.primary.isEnabled(), header.step_line.text()
        with qtbot.waitSignal(editor.case_changed):
            qtbot.mouseClick(header.primary, Qt.MouseButton.LeftButton)
        return
    action = header.actions_by_step[step]
    assert action.isVisible() and action.isEnabled(), action.toolTip()
    with qtbot.waitSignal(editor.case_changed):
        action.trigger()


def test_register_and_carry_a_complaint_through_the_procedure(
    qtbot: Any, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    assert editor.stack.currentWidget() is editor.empty

    editor.new_case()
    assert not editor.has_unsaved_changes()
    choose(qtbot, editor, "channel", "E-mail")
    choose(qtbot, editor, "kind", "Klacht")
    choose(qtbot, editor, "location_id", "Venetiëstraat")
    choose(qtbot, editor, "category_id", "Veiligheid")
    type_into(qtbot, editor, "description", "Moeder mist de overdracht bij het ophalen.")
    type_into(qtbot, editor, "submitter_name", "Fatima el Amrani")
    type_into(qtbot, editor, "submitter_email", "f.elamrani@example.org")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.case_changed) as signal:
        qtbot.keyClick(
            widget(editor, "submitter_email"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    reference = signal.args[0].detail.reference
    assert editor.reference.text() == reference
    assert reference in editor.header.reference.text()
    assert not editor.has_unsaved_changes()

    # Assign: the button only becomes available once a handler is chosen.
    assert editor.header.next is Step.ASSIGN_HANDLER
    assert not editor.header.primary.isEnabled()
    assert "behandelaar" in editor.header.step_line.text().lower()
    choose(qtbot, editor, "handler_id", "Marloes van Dijk")
    click_step(qtbot, editor, Step.ASSIGN_HANDLER)
    assert CaseStatus.ASSIGNED.label in editor.header.status.text()

    # A note in two keystrokes: Ctrl+T, type, Ctrl+Enter.
    qtbot.keyClick(editor.tabs, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.timeline
    assert editor.timeline.box.hasFocus()
    qtbot.keyClicks(editor.timeline.box, "Moeder gebeld; gesprek gepland.")
    with qtbot.waitSignal(editor.case_changed):
        qtbot.keyClick(editor.timeline.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.detail is not None and editor.detail.status is CaseStatus.ASSIGNED
    assert any("gesprek gepland" in row[3] for row in editor.timeline.table.texts())

    # Ctrl+Enter elsewhere takes the next step: acknowledge.
    with qtbot.waitSignal(editor.case_changed):
        qtbot.keyClick(
            widget(editor, "description"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert CaseStatus.ACKNOWLEDGED.label in editor.header.status.text()

    # Extend by 14 days with a reason: the new dates show.
    before = editor.handling.extensions.dates.text()
    editor.show_tab(editor.handling)
    editor.handling.extensions.days.setValue(14)
    qtbot.keyClicks(editor.handling.extensions.reason, "Gesprek pas na de vakantie mogelijk")
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.handling.extensions.add, Qt.MouseButton.LeftButton)
    assert editor.handling.extensions.dates.text() != before
    assert editor.handling.extensions.table.texts()[0][0] == "14"

    type_into(qtbot, editor, "solution_text", "Vaste overdracht met de mentor bij het ophalen.")
    click_step(qtbot, editor, Step.PROPOSE_SOLUTION)

    # The reasoned judgment the Wet kinderopvang asks (no editor screen for it yet: stored
    # through the service, then the case is shown again).
    assert editor.detail is not None
    cases.save_judgment(
        editor.ctx.db,
        case_id=editor.detail.id,
        version=editor.detail.version,
        parts=[JudgmentPartData("Overdracht", Verdict.UPHELD, "Niet goed overgedragen.")],
        measures_due_on=editor.detail.fields["received_on"],
    )
    editor.load_case(editor.detail.id)
    # Closing is refused until the public texts are there, and the reason is visible.
    close = editor.header.primary
    assert editor.header.next is Step.CLOSE and close.text() == Step.CLOSE.label
    assert not close.isEnabled()
    assert "openbare samenvatting" in editor.header.step_line.text()
    said(editor).messages.clear()
    qtbot.keyClick(editor.tabs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "openbare samenvatting" in editor.header.step_line.text()
    type_into(qtbot, editor, "public_summary", "Ouder miste informatie bij het ophalen.")
    type_into(qtbot, editor, "public_measure", "Overdracht bij het ophalen vastgelegd.")
    assert close.isEnabled()
    click_step(qtbot, editor, Step.CLOSE)

    choose(qtbot, editor, "satisfaction_outcome", SatisfactionOutcome.SATISFIED.label)
    type_into(qtbot, editor, "satisfaction_note", "Moeder is tevreden over het gesprek.")
    click_step(qtbot, editor, Step.CHECK_SATISFACTION)
    assert editor.header.step_line.text() == "Geen verdere stap in de procedure."
    history = [row[2] for row in editor.history.table.texts()]
    assert any("Behandelaar ingevuld: Marloes van Dijk" in line for line in history)
    assert said(editor).messages == [] and said(editor).asked == []

    # Everything is in the file: read it back through a separate connection.
    other = open_database(sqlite_url, user="someone-else")
    try:
        saved = cases.get_case(other, cases.find_case_id(other, reference))
    finally:
        other.dispose()
    assert saved.status is CaseStatus.SATISFACTION_CHECKED
    assert saved.fields["channel"].value == "email"
    assert saved.fields["location_id"] == seeded.locations["Venetiëstraat"]
    assert saved.fields["submitter_name"] == "Fatima el Amrani"
    assert saved.fields["handler_id"] == seeded.staff["Marloes van Dijk"]
    assert saved.fields["solution_text"].startswith("Vaste overdracht")
    assert saved.fields["public_measure"] == "Overdracht bij het ophalen vastgelegd."
    assert saved.fields["satisfaction_outcome"] is SatisfactionOutcome.SATISFIED
    assert saved.fields["satisfaction_note"] == "Moeder is tevreden over het gesprek."
    assert [e.days for e in saved.extensions] == [14]
    assert any(n.text == "Moeder gebeld; gesprek gepland." for n in saved.notes)
    assert saved.acknowledged_on and saved.closed_on and saved.satisfaction_checked_on


def test_new_case_needs_channel_and_location(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seed(sqlite_db)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.new_case()
    type_into(qtbot, editor, "description", "Telefoontje over de opvang.")
    assert editor.save() is False
    error = editor.fields["channel"].error
    assert not error.isHidden() and error.text() == "Binnengekomen via is verplicht."
    assert "Binnengekomen via is verplicht." in editor.message.text()
    assert editor.is_new and editor.detail is None


def test_invalid_input_is_marked_next_to_the_field(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    # Typing past a field's limit is refused by the box itself (domain.text_limits).
    type_into(qtbot, editor, "submitter_postcode", "5611 AB" * 5)
    error = editor.fields["submitter_postcode"].error
    assert widget(editor, "submitter_postcode").text() == ("5611 AB" * 5)[:20]
    assert error.isHidden()

    # A received date in the future is refused by the service; the field is highlighted.
    type_into(qtbot, editor, "submitter_postcode", "5611 AB")
    assert error.isHidden()
    dates = widget(editor, "received_on")
    dates.edit.setDate(dates.edit.date().addDays(30))
    received = editor.fields["received_on"].error
    assert not received.isHidden() and "toekomst" in received.text()
    assert editor.save() is False
    assert cases.get_case(sqlite_db, case.id).fields["submitter_postcode"] == ""


def test_keyboard_order_names_and_models(
    qtbot: Any, qtmodeltester: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ACKNOWLEDGE)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)

    # Tab follows the form (kind → category → severity), not the order of CASE_FIELDS.
    kind = widget(editor, "kind")
    editor.reveal("kind")
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget(editor, "category_id")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget(editor, "severity")

    for name, field in editor.fields.items():
        assert field.widget.accessibleName() == field.spec.label, name
    for step, action in editor.header.actions_by_step.items():
        assert action.text() == step.label
    assert editor.header.next is Step.PROPOSE_SOLUTION
    assert editor.header.primary.text() == Step.PROPOSE_SOLUTION.label

    for table in (
        editor.timeline.table,
        editor.history.table,
        editor.handling.extensions.table,
        editor.attachments.table,
    ):
        qtmodeltester.check(table.model_)
    assert editor.timeline.table.model_.rowCount() == len(case.notes) > 0
    assert editor.history.table.model_.rowCount() == len(case.history) > 0
