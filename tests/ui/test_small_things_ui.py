"""Issue 15, point 7 in the window: the About box shows its whole licence text, and the
dashboard's annual-report checklist has one tick per line and proper Dutch plurals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kluppluz_desk.services.dashboard import ReportStatus
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dashboard.report_panel import ReportStatusPanel
from kluppluz_desk.ui.dialogs.about import AboutDialog
from kluppluz_desk.ui.i18n import install_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    translators = install_translators(QCoreApplication.instance(), "nl")  # type: ignore[arg-type]
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_about_box_shows_the_whole_licence(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = AboutDialog(app_context.db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "It comes without any warranty." in dialog.text.toPlainText()
    # Everything visible at once: the laid-out text is no taller than the space it has.
    viewport = dialog.text.viewport()
    assert dialog.text.document().size().height() <= viewport.height()
    assert dialog.text.verticalScrollBar().maximum() == 0


def status(complaints: int, disputes: int, days_left: int) -> ReportStatus:
    return ReportStatus(year=2025, required=True, written_complaints=complaints,
                        disputes=disputes, drafted=True, generated=False, regions=(),
                        management_on=None, parent_committee_on=None,
                        due_on=date(2026, 6, 1), days_left=days_left)  # fmt: skip


def shown(panel: ReportStatusPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.text()]


def test_checklist_has_one_tick_and_dutch_plurals(qtbot: QtBot, dutch: None) -> None:
    panel = ReportStatusPanel()
    qtbot.addWidget(panel)
    panel.set_status(status(1, 1, 1))
    texts = shown(panel)
    assert "Verplicht: 1 schriftelijke klacht, 1 geschil." in texts
    assert "Uiterlijk 1 juni 2026: nog 1 dag." in texts
    # The icon shows done / not done; the text carries no second mark.
    assert "Concept is begonnen" in texts
    assert not any(t[:1] in "✓✔✗•" for t in texts)
    panel.set_status(status(3, 0, -2))
    texts = shown(panel)
    assert "Verplicht: 3 schriftelijke klachten, 0 geschillen." in texts
    assert "Uiterste datum 1 juni 2026 is verstreken: 2 dagen te laat." in texts
    assert not any("(en)" in t or "(len)" in t for t in texts)
