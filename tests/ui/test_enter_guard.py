"""Enter in a one-line field of a dialog moves on; it does not close the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from kluppluz_desk.services import masterdata
from kluppluz_desk.services.settings import load_settings
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.masterdata import MasterDataDialog
from kluppluz_desk.ui.dialogs.settings import SettingsDialog
from kluppluz_desk.ui.enter_guard import guard_enter

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _small_dialog(qtbot: QtBot, guarded: bool) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog()
    line = QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(line)
    layout.addWidget(buttons)
    if guarded:
        guard_enter(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line.setFocus()
    return dialog, line


@pytest.mark.parametrize("guarded", [False, True])
def test_enter_closes_only_an_unguarded_dialog(qtbot: QtBot, guarded: bool) -> None:
    dialog, line = _small_dialog(qtbot, guarded)
    qtbot.keyClicks(line, "Sanne")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # Qt's own behaviour (the surprise) without the guard; the field keeps its text anyway.
    assert dialog.isVisible() is guarded
    assert line.text() == "Sanne"


def test_enter_in_settings_moves_to_the_next_field(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)  # Letterhead
    name = dialog.organisation_inputs["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Stichting Kinderwerk")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.focusWidget() is not name  # the cursor went on to the next field
    assert load_settings(app_context.db).organisation.name != "Stichting Kinderwerk"


def test_enter_in_master_data_does_not_close_or_save(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    dialog = MasterDataDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tab = dialog.pages["location"]
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    name = tab.inputs["name"].widget
    assert isinstance(name, QLineEdit)
    name.setFocus()
    qtbot.keyClicks(name, "KluppluZ Geldrop")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert name.text() == "KluppluZ Geldrop"
    assert [i.name for i in masterdata.list_items(app_context.db, "location")] == []
