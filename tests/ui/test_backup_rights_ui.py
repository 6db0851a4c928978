"""Backups in the program follow the backup rule (issue 12): for a location manager
"Make backup" and "Restore backup" are disabled with the Dutch reason as tooltip, and the
restore offered by the banner is refused with that reason (no restore dialog opens);
K&V has both."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.access import BACKUP_REFUSAL
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.restore import RestoreDialog
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_only_kv_may_back_up_and_restore_in_the_program(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    seeded = seed(app_context.db)
    make_case(app_context.db, seeded)
    app_context.db.user = "mvandijk"
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.update_status()
    a = win.actions_
    for action in (a.make_backup, a.restore_backup):
        assert not action.isEnabled()
        assert action.toolTip() == BACKUP_REFUSAL
    win.restore_backup()  # as the banner's "restore" link does
    assert dialogs.texts("warning") == [BACKUP_REFUSAL]
    assert not any(isinstance(w, RestoreDialog) for w in QApplication.topLevelWidgets())
    app_context.db.user = "kv-tester"
    win.update_status()
    assert a.make_backup.isEnabled() and a.restore_backup.isEnabled()
