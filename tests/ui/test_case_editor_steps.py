"""The editor's procedure header (issue 15): a stepper of where the case stands, ONE
primary button for the next step, the other steps in the "Other step…" menu, and every
"not possible yet" reason a link that puts the cursor in the field that settles it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kluppluz_desk.domain import procedure
from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.procedure import CaseFacts, Step
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor.procedure_view import field_for_reason
from tests.factories import make_case, seed
from tests.ui.test_case_editor import choose, make_editor

# Offscreen, a menu popup cannot raise itself or grab the keyboard; it still works.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_primary_button_takes_the_next_step(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    header = editor.header
    assert header.next is Step.ASSIGN_HANDLER
    assert header.primary.text() == Step.ASSIGN_HANDLER.label
    assert "● " in header.stepper.text().replace("&nbsp;", " ")  # a current stage is marked
    assert not header.primary.isEnabled()
    choose(qtbot, editor, "handler_id", "Marloes van Dijk")
    assert header.primary.isEnabled()
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(header.primary, Qt.MouseButton.LeftButton)
    assert editor.detail is not None and editor.detail.status is CaseStatus.ASSIGNED
    # The button moved on to the step after it; the stepper shows the handler stage done.
    assert header.next is Step.ACKNOWLEDGE
    assert header.primary.text() == Step.ACKNOWLEDGE.label
    assert "✓&nbsp;" in header.stepper.text() or "✓ " in header.stepper.text()


def test_the_other_steps_are_in_one_menu_and_not_as_buttons(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    header = editor.header
    step_buttons = [
        b for b in header.findChildren(QPushButton) if b.isVisible() and b is not header.other
    ]
    assert step_buttons == [header.primary]  # never ten buttons at once
    shown = [a for a in header.menu.actions() if a.isVisible()]
    assert {a.text() for a in shown} == {s.label for s in Step} - {Step.ASSIGN_HANDLER.label}
    withdraw = header.actions_by_step[Step.WITHDRAW]
    assert withdraw.isEnabled() and "reden" in withdraw.toolTip()  # opens its fields
    reopen = header.actions_by_step[Step.REOPEN]
    assert not reopen.isEnabled()  # a registered case cannot be reopened: greyed out

    # As a person: open the menu, click "Intrekken" in it: its panel shows the reason field,
    # marked as still to fill in; type the reason, take the step with the panel's button.
    qtbot.mouseClick(header.other, Qt.MouseButton.LeftButton)  # opens the menu
    qtbot.waitUntil(header.menu.isVisible, timeout=2000)
    spot = header.menu.actionGeometry(withdraw).center()
    qtbot.mouseClick(header.menu, Qt.MouseButton.LeftButton, pos=QPoint(spot))
    panel = editor.step_panel
    assert editor.views.on_step() and panel.step is Step.WITHDRAW
    assert panel.missing() == ["withdraw_reason"]
    reason = editor.fields["withdraw_reason"].widget
    assert panel.holds(reason) and reason.isVisible()
    assert editor.detail is not None and editor.detail.status is CaseStatus.REGISTERED
    qtbot.keyClicks(reason, "Ouder trekt de klacht in.")
    assert panel.missing() == []
    assert panel.take.isVisible() and Step.WITHDRAW.label in panel.take.text()
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(panel.take, Qt.MouseButton.LeftButton)
    assert editor.detail is not None and editor.detail.status is CaseStatus.WITHDRAWN


def test_a_reason_is_a_link_that_puts_the_cursor_in_its_field(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.history)  # browsing All details
    line = editor.header.step_line
    assert 'href="field:handler_id"' in line.text()
    with qtbot.waitSignal(editor.header.field_requested) as asked:
        line.linkActivated.emit("field:handler_id")  # what a click on the link sends
    assert asked.args == ["handler_id"]
    handler = editor.fields["handler_id"].widget
    # The cursor lands in the field on the step's own panel, not on some tab.
    assert editor.views.on_step() and editor.step_panel.holds(handler)
    assert QApplication.focusWidget() is handler


def test_every_reason_with_a_field_names_a_field_that_exists(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    empty = CaseFacts(status=CaseStatus.REGISTERED)
    reasons = {
        reason
        for status in CaseStatus
        for reasons in procedure.available_steps(
            CaseFacts(status=status, severity=empty.severity)
        ).values()
        for reason in reasons
    }
    mapped = {r: field_for_reason(r) for r in reasons}
    assert all(name in editor.fields for name in mapped.values() if name is not None)
    assert mapped["Kies eerst een behandelaar."] == "handler_id"
    assert mapped["Vul de openbare maatregel in (voor het jaarverslag)."] == "public_measure"
    assert mapped["Beschrijf eerst de voorgestelde oplossing."] == "solution_text"
