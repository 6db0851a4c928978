"""The Close step's "not possible yet" reason about the missing reasoned judgment is a link,
like the other reasons: following it focuses "Judgment…" and opens its dialog; once the
judgment is recorded the reason and its link are gone (pytest-qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kluppluz_desk.domain.judgment import Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor.judgment_dialog import JudgmentDialog
from kluppluz_desk.ui.case_editor.procedure_view import FIELD_LINK, JUDGMENT_LINK
from tests.factories import make_case, seed
from tests.ui.test_case_editor import make_editor


def test_the_missing_judgment_links_to_its_dialog(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    s = seed(sqlite_db)
    case = make_case(sqlite_db, s, upto=Step.PROPOSE_SOLUTION)  # a Wet kinderopvang complaint
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    header = editor.header
    assert header.next is Step.CLOSE and not header.primary.isEnabled()
    line = header.step_line.text()
    link = f'href="{FIELD_LINK}{JUDGMENT_LINK}"'
    assert link in line and "gemotiveerd oordeel" in line
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, JudgmentDialog)
        seen["focus"] = dialog.parentWidget()
        box = dialog.boxes[0]
        qtbot.keyClicks(box.subject, "Overdracht bij het ophalen")
        box.verdict.setCurrentIndex(box.verdict.findData(Verdict.PARTLY_UPHELD.value))
        qtbot.keyClicks(box.reasoning, "De overdracht was te kort; het team past dat aan.")
        dialog.accept()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(editor.header.field_requested) as asked:
        header.step_line.linkActivated.emit(f"{FIELD_LINK}{JUDGMENT_LINK}")  # a click sends this
    assert asked.args == [JUDGMENT_LINK]
    assert seen["focus"] is editor.law_bar  # the dialog of the Judgment… button opened
    # The editor window's focus is on "Judgment…" (the closed dialog may stay the offscreen
    # platform's active window, so ask the editor, not the application).
    assert editor.focusWidget() is editor.law_bar.judge
    stored = cases.get_case(sqlite_db, case.id).law
    assert stored is not None and [p.verdict for p in stored.judgment] == [Verdict.PARTLY_UPHELD]
    qtbot.waitUntil(lambda: link not in header.step_line.text())
    assert "oordeel" not in header.step_line.text()  # the public texts are still to do
    assert 'href="field:public_summary"' in header.step_line.text()
