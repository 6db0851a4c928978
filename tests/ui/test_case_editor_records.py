"""The editor's record forms driven as a person would: the step date, extensions with the
date the submitter was told, improvement actions, escalations, pauses and removing an
attachment. Each test types and clicks, then reads the case back from the database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateTimeEdit, QLineEdit, QTableView

from kluppluz_desk.domain.enums import EscalationBody, EscalationOutcome, ImprovementStatus
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor import CaseEditor
from kluppluz_desk.ui.case_editor.fields import DateField
from tests.factories import make_case, seed
from tests.ui.test_case_editor import (
    dutch,  # noqa: F401 - autouse: Dutch texts
    make_editor,
    pytestmark,  # noqa: F401 - the same Qt log filter applies here
    said,
)


def type_date(qtbot: Any, field: DateField, value: date) -> None:
    """Tick an optional date if needed, then type the day, month and year."""
    if field.check is not None and not field.check.isChecked():
        qtbot.mouseClick(field.check, Qt.MouseButton.LeftButton)
    edit = field.edit
    edit.setFocus()
    # As a person clicking into the day: a full section moves on to the next one.
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, value.strftime("%d%m%Y"))
    assert field.date() == value


def retype(qtbot: Any, box: QLineEdit | QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def click(qtbot: Any, editor: CaseEditor, button: Any) -> None:
    """Click a button that stores something: the editor then announces the change."""
    assert button.isEnabled()
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot: Any, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


# --- the date of a procedure step ------------------------------------------------------
def test_a_step_is_recorded_with_the_date_chosen_beside_the_buttons(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ASSIGN_HANDLER)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    header = editor.header
    assert header.step_date.date() == today()
    assert header.step_date.edit.accessibleName() == "Datum van de stap"

    yesterday = today() - timedelta(days=1)
    type_date(qtbot, header.step_date, yesterday)
    assert header.step_date_error.isHidden()
    click(qtbot, editor, header.primary)
    saved = cases.get_case(sqlite_db, case.id)
    assert saved.acknowledged_on == yesterday
    assert header.step_date.date() == yesterday  # kept for the next step on this case

    other = make_case(sqlite_db, seeded)
    editor.load_case(other.id)
    assert header.step_date.date() == today()


def test_a_step_date_before_receipt_or_in_the_future_is_named_and_refused(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ASSIGN_HANDLER)
    received = case.fields["received_on"]
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    header = editor.header

    type_date(qtbot, header.step_date, received - timedelta(days=2))
    error = header.step_date_error
    shown = received.strftime("%d-%m-%Y")
    expected = f"De datum van de stap ligt vóór de datum van ontvangst ({shown})."
    assert not error.isHidden() and error.text() == expected
    qtbot.mouseClick(header.primary, Qt.MouseButton.LeftButton)
    assert error.text() == expected
    assert said(editor).messages == []  # on the screen, not in a message box

    type_date(qtbot, header.step_date, today() + timedelta(days=1))
    assert error.text() == "De datum van de stap ligt in de toekomst."
    qtbot.keyClick(editor.tabs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert error.text() == "De datum van de stap ligt in de toekomst."
    assert cases.get_case(sqlite_db, case.id).acknowledged_on is None

    editor.load_case(case.id)
    assert error.isHidden() and header.step_date.date() == today()


def test_a_step_date_refused_by_the_service_shows_beside_the_buttons(
    qtbot: Any, monkeypatch: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    """Should the screen's own check ever let a date through, the service's refusal is
    still shown beside the buttons, not in a message box."""
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ASSIGN_HANDLER)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    too_early = case.fields["received_on"] - timedelta(days=1)
    monkeypatch.setattr(editor.header, "chosen_step_date", lambda _received: too_early)
    qtbot.mouseClick(editor.header.primary, Qt.MouseButton.LeftButton)
    error = editor.header.step_date_error
    assert not error.isHidden()
    assert error.text() == "De datum van deze stap ligt vóór de datum van ontvangst."
    assert said(editor).messages == []
    assert cases.get_case(sqlite_db, case.id).acknowledged_on is None


# --- extensions ------------------------------------------------------------------------
def test_extension_records_when_the_submitter_was_notified(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ACKNOWLEDGE)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.handling)
    box = editor.handling.extensions
    assert box.notified.date() is None  # optional: empty until ticked

    retype(qtbot, box.days, "10")
    qtbot.keyClicks(box.reason, "Wachten op verslag van de locatie")
    yesterday = today() - timedelta(days=1)
    type_date(qtbot, box.notified, yesterday)
    click(qtbot, editor, box.add)

    [extension] = cases.get_case(sqlite_db, case.id).extensions
    assert (extension.days, extension.reason) == (10, "Wachten op verslag van de locatie")
    assert extension.notified_on == yesterday
    assert box.table.texts()[0][:4] == [
        "10",
        "Wachten op verslag van de locatie",
        today().strftime("%d-%m-%Y"),
        yesterday.strftime("%d-%m-%Y"),
    ]
    assert box.reason.text() == "" and box.notified.date() is None

    qtbot.keyClicks(box.reason, "Ouder nog niet bereikt")
    retype(qtbot, box.days, "3")
    click(qtbot, editor, box.add)
    assert [e.notified_on for e in cases.get_case(sqlite_db, case.id).extensions] == [
        yesterday,
        None,
    ]


# --- pauses ----------------------------------------------------------------------------
def test_pause_form_stores_start_days_and_reason(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ACKNOWLEDGE)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.handling)
    box = editor.handling.pauses
    start = today() - timedelta(days=1)
    type_date(qtbot, box.start, start)
    retype(qtbot, box.days, "5")
    qtbot.keyClicks(box.reason, "Ouder op vakantie")
    click(qtbot, editor, box.add)

    saved = cases.get_case(sqlite_db, case.id)
    [pause] = saved.pauses
    assert (pause.start_on, pause.days, pause.reason) == (start, 5, "Ouder op vakantie")
    assert saved.deadlines.solution == case.deadlines.solution + timedelta(days=5)
    assert box.table.texts()[0][:3] == [start.strftime("%d-%m-%Y"), "5", "Ouder op vakantie"]
    assert box.reason.text() == ""


# --- improvement actions ---------------------------------------------------------------
def test_improvement_action_added_then_changed_through_the_forms(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.CLOSE)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.improvements)
    tab = editor.improvements
    assert not tab.apply.isEnabled()  # nothing selected yet

    qtbot.keyClicks(tab.title, "Overdracht bij ophalen vastleggen")
    qtbot.keyClicks(tab.description, "Checklist voor de pedagogisch medewerkers")
    pick(qtbot, tab.owner, "Johan Smits")
    due = today() + timedelta(days=30)
    type_date(qtbot, tab.due, due)
    qtbot.mouseClick(tab.committee, Qt.MouseButton.LeftButton)
    click(qtbot, editor, tab.add)

    [action] = cases.get_case(sqlite_db, case.id).improvements
    assert action.title == "Overdracht bij ophalen vastleggen"
    assert action.description == "Checklist voor de pedagogisch medewerkers"
    assert action.owner_id == seeded.staff["Johan Smits"]
    assert (action.due_on, action.parent_committee_involved) == (due, True)
    assert action.status is ImprovementStatus.PLANNED
    assert tab.title.text() == ""

    click_row(qtbot, tab.table, 0)
    assert tab.apply.isEnabled()
    assert tab.new_due.date() == due  # the form shows the selected action
    assert tab.new_owner.currentText() == "Johan Smits"
    pick(qtbot, tab.status, ImprovementStatus.DONE.label)
    pick(qtbot, tab.new_owner, "Marloes van Dijk")
    later = today() + timedelta(days=45)
    type_date(qtbot, tab.new_due, later)
    click(qtbot, editor, tab.apply)

    [action] = cases.get_case(sqlite_db, case.id).improvements
    assert action.status is ImprovementStatus.DONE and action.done_on == today()
    assert action.owner_id == seeded.staff["Marloes van Dijk"]
    assert action.due_on == later
    row = tab.table.texts()[0]
    assert row[1:5] == [
        "Marloes van Dijk",
        ImprovementStatus.DONE.label,
        later.strftime("%d-%m-%Y"),
        today().strftime("%d-%m-%Y"),
    ]

    # Unticking the due date empties it.
    assert tab.new_due.check is not None
    qtbot.mouseClick(tab.new_due.check, Qt.MouseButton.LeftButton)
    click(qtbot, editor, tab.apply)
    assert cases.get_case(sqlite_db, case.id).improvements[0].due_on is None
    assert tab.table.texts()[0][3] == ""


# --- escalations -----------------------------------------------------------------------
def test_escalation_added_and_its_outcome_recorded_through_the_forms(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.CHECK_SATISFACTION)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.escalations)
    tab = editor.escalations
    assert not tab.record.isEnabled()

    pick(qtbot, tab.body, EscalationBody.DISPUTES_COMMITTEE.label)
    submitted = today() - timedelta(days=1)
    type_date(qtbot, tab.submitted, submitted)
    qtbot.keyClicks(tab.note, "Ouder stapt naar de Geschillencommissie")
    click(qtbot, editor, tab.add)

    [item] = cases.get_case(sqlite_db, case.id).escalations
    assert item.body is EscalationBody.DISPUTES_COMMITTEE
    assert (item.submitted_on, item.note) == (submitted, "Ouder stapt naar de Geschillencommissie")
    assert item.outcome is EscalationOutcome.PENDING
    assert tab.note.text() == ""

    click_row(qtbot, tab.table, 0)
    assert tab.record.isEnabled()
    assert tab.outcome_note.text() == "Ouder stapt naar de Geschillencommissie"
    pick(qtbot, tab.outcome, EscalationOutcome.PARTLY_UPHELD.label)
    type_date(qtbot, tab.outcome_on, today())
    retype(qtbot, tab.outcome_note, "Deels gegrond; excuses aangeboden")
    click(qtbot, editor, tab.record)

    [item] = cases.get_case(sqlite_db, case.id).escalations
    assert item.outcome is EscalationOutcome.PARTLY_UPHELD
    assert (item.outcome_on, item.note) == (today(), "Deels gegrond; excuses aangeboden")
    assert tab.table.texts()[0][2:4] == [
        EscalationOutcome.PARTLY_UPHELD.label,
        today().strftime("%d-%m-%Y"),
    ]


# --- attachments -----------------------------------------------------------------------
def test_removing_an_attachment_asks_first(qtbot: Any, sqlite_db: Database, tmp_path: Path) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    case_records.add_attachment(
        sqlite_db, case_id=case.id, filename="verslag-gesprek.pdf", data=b"%PDF-1.4 verslag"
    )
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.attachments)
    tab = editor.attachments
    click_row(qtbot, tab.table, 0)

    said(editor).queue(False)
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    kind, _title, text = said(editor).asked[-1]
    assert kind == "confirm" and "'verslag-gesprek.pdf'" in text
    assert [a.filename for a in cases.get_case(sqlite_db, case.id).attachments] == [
        "verslag-gesprek.pdf"
    ]

    said(editor).queue(True)
    click(qtbot, editor, tab.remove)
    saved = cases.get_case(sqlite_db, case.id)
    assert saved.attachments == []
    assert tab.table.texts() == []
    assert any("verslag-gesprek.pdf" in h.text for h in saved.history)
