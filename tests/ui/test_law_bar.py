"""The law of a case on the editor: shown as derived from funding, changed with a reason
through the dialog, refused without one (pytest-qt, driven as a person does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from kluppluz_desk.domain.regimes import Regime
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor.law_bar import RegimeDialog
from tests.factories import make_case, seed
from tests.ui.test_case_editor import make_editor, said

QM = Path(__file__).parents[2] / "resources" / "i18n" / "kluppluz_nl_law.qm"


@pytest.fixture(autouse=True)
def dutch_law(qapp: QApplication) -> Iterator[None]:
    """This feature's Dutch texts (resources/i18n/kluppluz_nl_law.ts)."""
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _answer_dialog(qtbot: Any, regime: Regime, reason: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RegimeDialog)
        dialog.choice.setCurrentIndex(dialog.choice.findData(regime.value))
        qtbot.keyClicks(dialog.reason, reason)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)


def test_regime_is_shown_and_changed_with_a_reason(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    s = seed(sqlite_db)
    case = make_case(sqlite_db, s)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    bar = editor.law_bar
    assert bar.isVisible()
    assert "Wet kinderopvang" in bar.text.text()
    assert "financiering" in bar.text.text()  # Dutch: follows from funding and service

    # Without a reason the service refuses and nothing changes.
    _answer_dialog(qtbot, Regime.WKKGZ, "")
    qtbot.mouseClick(bar.change, Qt.MouseButton.LeftButton)
    assert any("reden" in m for m in said(editor).texts("warning"))
    assert cases.get_case(sqlite_db, case.id).law.regime is Regime.CHILDCARE  # type: ignore[union-attr]

    _answer_dialog(qtbot, Regime.WKKGZ, "Behandeling valt onder de Wkkgz")
    qtbot.mouseClick(bar.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wkkgz" in bar.text.text())
    assert "Behandeling valt onder de Wkkgz" in bar.text.text()
    stored = cases.get_case(sqlite_db, case.id)
    assert stored.law is not None and stored.law.regime is Regime.WKKGZ
    assert editor.detail is not None and editor.detail.version == stored.version
    editor.resize(1280, 720)
    editor.grab().save("/tmp/law_regime_bar.png")


def test_the_reasoned_judgment_is_entered_per_part_and_a_refusal_keeps_the_text(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    from kluppluz_desk.domain.judgment import Verdict
    from kluppluz_desk.ui.case_editor.judgment_dialog import JudgmentDialog

    s = seed(sqlite_db)
    case = make_case(sqlite_db, s)  # a complaint under the Wet kinderopvang
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    bar = editor.law_bar
    assert bar.judge.isVisible()
    assert "nog geen gemotiveerd oordeel" in bar.text.text()
    seen: list[str] = []

    def fill(reasoning: str, then_cancel: bool = False) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, JudgmentDialog)
        if then_cancel:  # reopened after the refusal: what was typed is still there
            seen.append(dialog.boxes[0].subject.text())
            dialog.reject()
            return
        box = dialog.boxes[0]
        qtbot.keyClicks(box.subject, "Overdracht bij het ophalen")
        box.verdict.setCurrentIndex(box.verdict.findData(Verdict.UPHELD.value))
        qtbot.keyClicks(box.reasoning, reasoning)
        assert dialog.has_term.isChecked()  # the Wet kinderopvang asks for a concrete term
        dialog.accept()

    # No reasoning: refused with a Dutch message, the dialog comes back with the text.
    QTimer.singleShot(0, lambda: fill(""))
    QTimer.singleShot(200, lambda: fill("", then_cancel=True))
    qtbot.mouseClick(bar.judge, Qt.MouseButton.LeftButton)
    assert any("motivering" in m for m in said(editor).texts("warning"))
    assert seen == ["Overdracht bij het ophalen"]
    assert cases.get_case(sqlite_db, case.id).law.judgment == []  # type: ignore[union-attr]

    QTimer.singleShot(0, lambda: fill("De overdracht was te kort; dat is met het team besproken."))
    qtbot.mouseClick(bar.judge, Qt.MouseButton.LeftButton)
    stored = cases.get_case(sqlite_db, case.id).law
    assert stored is not None and [p.verdict for p in stored.judgment] == [Verdict.UPHELD]
    assert stored.judgment[0].reasoning.startswith("De overdracht was te kort")
    assert stored.measures_due_on is not None
    qtbot.waitUntil(lambda: "Oordeel: gegrond" in bar.text.text())
