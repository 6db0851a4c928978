"""The "who are you?" question: pick yourself, add yourself, or cancel (then choose after
all or quit); the status bar names the person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import StaffRole
from kluppluz_desk.services import identity
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.identity import IdentityDialog, ensure_identity
from tests.factories import seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answer_with(qtbot: QtBot, act) -> None:  # type: ignore[no-untyped-def]
    """Run `act(dialog)` on the identity dialog once it is shown (it is modal)."""

    def later() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, IdentityDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(10, later)
            return
        act(dialog)

    QTimer.singleShot(0, later)


def test_picking_myself_from_the_list(qtbot: QtBot, app_context: AppContext) -> None:
    seed(app_context.db)
    app_context.db.user = "jan.de.vries"

    def pick(dialog: IdentityDialog) -> None:
        rows = [dialog.staff.item(i).text() for i in range(dialog.staff.count())]
        dialog.staff.setCurrentRow(next(i for i, t in enumerate(rows) if "Johan Smits" in t))
        dialog.buttons.accepted.emit()

    _answer_with(qtbot, pick)
    person = ensure_identity(app_context)
    assert person is not None and person.name == "Johan Smits"
    assert identity.who_am_i(app_context.db) == person
    assert ensure_identity(app_context) == person  # known now: no question


def test_adding_myself_on_an_empty_staff_list(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.db.user = "Özil"

    def add(dialog: IdentityDialog) -> None:
        assert dialog.add.isChecked() and not dialog.pick.isEnabled()
        qtbot.keyClicks(dialog.name, "Mesut Özil")
        dialog.role.setCurrentIndex(dialog.role.findData(StaffRole.DIRECTOR.value))
        dialog.buttons.accepted.emit()

    _answer_with(qtbot, add)
    person = ensure_identity(app_context)
    assert person is not None
    assert (person.name, person.role, person.login) == ("Mesut Özil", StaffRole.DIRECTOR, "Özil")


def test_an_empty_name_is_refused_in_dutch(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    app_context.db.user = "root"
    dialog = IdentityDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialogs.texts("warning") == ["Vul uw naam in."]
    assert dialog.person is None


def test_cancelling_asks_again_or_quits(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    app_context.db.user = "root"
    dialogs.queue("again", "quit")
    _answer_with(qtbot, lambda d: d.reject())
    QTimer.singleShot(300, lambda: _answer_with(qtbot, lambda d: d.reject()))
    assert ensure_identity(app_context) is None
    assert [kind for kind, _, _ in dialogs.asked] == ["choose", "choose"]
    assert identity.who_am_i(app_context.db) is None
