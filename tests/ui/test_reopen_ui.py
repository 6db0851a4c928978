"""Reopening a closed case through the window (issue 14.4): "Other step… → Reopen" asks why;
"Reopen" without a reason is refused in the dialog (in Dutch) and nothing changes;
cancelling takes no step; with a reason the case is reopened and the reason and the first
closure are in its history and on its timeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor.reopen_dialog import ReopenDialog
from kluppluz_desk.ui.i18n import install_translators
from tests.factories import make_case, seed
from tests.ui.test_case_editor import make_editor

REASON = "De ouder meldt dat de afspraak niet wordt nagekomen."


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _answer(qtbot: Any, seen: list[str], reason: str, *, then_cancel: bool = False) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReopenDialog)
    if reason:
        qtbot.keyClicks(dialog.text, reason)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    if then_cancel:
        assert dialog.isVisible(), "an empty reason keeps the dialog open"
        seen.append(dialog.error.text() if dialog.error.isVisible() else "")
        dialog.resize(520, 260)
        dialog.grab().save("/tmp/recover_reopen_dialog.png")
        dialog.reject()


def test_reopen_through_the_window_needs_a_reason(
    qtbot: Any, sqlite_db: Database, tmp_path: Path, dutch: None
) -> None:
    case = make_case(sqlite_db, seed(sqlite_db), upto=Step.CLOSE)
    closed_on = case.closed_on
    assert closed_on is not None
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    reopen = editor.header.actions_by_step[Step.REOPEN]
    assert reopen.isEnabled()

    # Without a reason: the dialog says what is missing and stays; cancelled: no step.
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(qtbot, seen, "", then_cancel=True))
    reopen.trigger()
    assert seen == ["Geef de reden op waarom de klantreactie wordt heropend."]
    stored = cases.get_case(sqlite_db, case.id)
    assert stored.status is CaseStatus.CLOSED and stored.version == case.version

    # With a reason: reopened, the reason and the first closure in history and timeline.
    QTimer.singleShot(0, lambda: _answer(qtbot, seen, REASON))
    with qtbot.waitSignal(editor.case_changed):
        reopen.trigger()
    stored = cases.get_case(sqlite_db, case.id)
    assert stored.status is CaseStatus.ACKNOWLEDGED and stored.closed_on is None
    assert editor.detail is not None and editor.detail.status is CaseStatus.ACKNOWLEDGED
    history = [h.text for h in stored.history]
    assert f"Afgesloten op gewist (was {closed_on:%d-%m-%Y})" in history
    assert f"Reden van heropenen ingevuld: {REASON}" in history
    notes = [n.text for n in stored.notes if n.text.startswith("Heropend op")]
    assert len(notes) == 1 and notes[0].endswith(f"Reden: {REASON}")
    assert f"eerder afgesloten op {closed_on:%d-%m-%Y}" in notes[0]
    # The satisfaction check is no longer due: the case runs on the solution clock again.
    assert stored.next_due_clock is not None and stored.next_due_clock.value == "solution"
    editor.resize(1280, 720)
    editor.grab().save("/tmp/recover_reopened_editor.png")
