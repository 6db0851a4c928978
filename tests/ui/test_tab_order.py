"""Tab follows the visual order on every editor panel (issue 15.5): pressing Tab from the
first input of each tab page and of each step panel visits the inputs top to bottom and,
on one line, left to right, by their place on the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor import CaseEditor
from tests.factories import make_case, seed
from tests.ui.test_case_editor import make_editor

LINE = 8  # pixels: two inputs whose centres differ less than this sit on one line


def _tab_stop(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return bool(policy & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def _walk(qtbot: Any, page: QWidget) -> list[QWidget]:
    """Press Tab from the page's first input until focus leaves the page or comes back.
    A date edit takes several Tabs (one per section of the date) before it lets go."""
    first = page.nextInFocusChain()
    for _ in range(500):
        if page.isAncestorOf(first) and _tab_stop(first):
            break
        first = first.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    widget = QApplication.focusWidget()
    for _ in range(200):
        if widget is None or not page.isAncestorOf(widget) or widget in seen[:-1]:
            break
        if not seen or widget is not seen[-1]:
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    return seen


def _out_of_order(page: QWidget, widgets: list[QWidget]) -> list[str]:
    problems = []
    for before, after in zip(widgets, widgets[1:], strict=False):
        a = before.mapTo(page, QPoint(0, before.height() // 2))
        b = after.mapTo(page, QPoint(0, after.height() // 2))
        same_line = abs(a.y() - b.y()) < LINE
        if (same_line and b.x() <= a.x()) or (not same_line and b.y() < a.y()):
            problems.append(f"{before.accessibleName()!r} → {after.accessibleName()!r}")
    return problems


def test_tab_follows_the_visual_order_on_every_panel(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    serious = make_case(sqlite_db, seeded, severity="serious")
    editor: CaseEditor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(serious.id)
    problems: list[str] = []
    walked = 0
    # The director's decision (the panel with most parts), then one chosen by the menu.
    for step in (Step.RECORD_DIRECTOR_DECISION, Step.WITHDRAW):
        if step is not editor.step_panel.step:
            editor.perform_step(step)  # only lacks its reason: opens its panel
        qtbot.waitUntil(editor.step_panel.isVisible)
        assert editor.step_panel.step is step
        order = _walk(qtbot, editor.step_panel)
        walked += len(order)
        problems += [f"step {step.value}: {p}" for p in _out_of_order(editor.step_panel, order)]
    editor.views.show_all()
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        page = editor.tabs.currentWidget()
        qtbot.waitUntil(page.isVisible)
        order = _walk(qtbot, page)
        walked += len(order)
        title = editor.tabs.tabText(index)
        problems += [f"{title}: {p}" for p in _out_of_order(page, order)]
    assert walked > 40  # the walk really went through the inputs
    assert not problems, "\n".join(problems)
