"""The menus follow the rights table: a location manager finds "new case", export, the
annual report, master data and settings disabled, with the reason as tooltip; K&V has
them all."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import make_case, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_manager_sees_disabled_actions_with_the_reason(
    qtbot: QtBot, app_context: AppContext
) -> None:
    seeded = seed(app_context.db)
    make_case(app_context.db, seeded)
    app_context.db.user = "mvandijk"
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.update_status()
    a = win.actions_
    for action in (a.new_case, a.export_json, a.view_report, a.masterdata, a.settings):
        assert not action.isEnabled(), action.text()
    assert "registreert" in a.new_case.toolTip()
    assert "stamgegevens" in a.masterdata.toolTip()
    win.grab().save("/tmp/access_manager.png")
    app_context.db.user = "kv-tester"
    win.update_status()
    assert all(x.isEnabled() for x in (a.new_case, a.export_json, a.masterdata, a.settings))
    assert "registreert" not in a.new_case.toolTip()


def test_fields_outside_the_role_are_locked_with_the_reason_not_refused_on_save(
    qtbot: QtBot, app_context: AppContext
) -> None:
    seeded = seed(app_context.db)
    case = make_case(app_context.db, seeded)
    app_context.db.user = "kv-tester"  # K&V: may edit the case, not the director's decision
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    win.update_status()
    editor = win.cases.editor
    win.cases.open_case(case.id)
    decision = editor.fields["director_decision"].widget
    assert not decision.isEnabled()
    assert "directeur" in decision.toolTip()
    assert editor.fields["description"].widget.isEnabled()
    app_context.db.user = "iwillems"  # the director
    win.update_status()
    win.cases.open_case(case.id)
    assert decision.isEnabled() and decision.toolTip() == ""
