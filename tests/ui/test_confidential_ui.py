"""The "Confidential" box on the Handling tab: K&V ticks it, picks the reason and names a
staff member, stores it, and the case is confidential in the database with that person
named; a manager sees the same box read-only with the reason why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access
from kluppluz_desk.ui.case_editor.confidential_box import ConfidentialBox
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from tests.factories import make_case, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _window(qtbot: QtBot, ctx: AppContext, login: str) -> MainWindow:
    ctx.db.user = login
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.update_status()
    return win


def _box(win: MainWindow, case_id: int) -> ConfidentialBox:
    win.cases.open_case(case_id)
    editor = win.cases.editor
    editor.show_tab(editor.handling)
    box: ConfidentialBox = editor.handling.confidential
    return box


def _row(box: ConfidentialBox, name: str) -> int:
    rows = [box.named.item(r).text() for r in range(box.named.count())]
    return rows.index(name)


def test_kv_makes_a_case_confidential_and_names_a_staff_member(
    qtbot: QtBot, app_context: AppContext
) -> None:
    seeded = seed(app_context.db)
    case = make_case(app_context.db, seeded)
    win = _window(qtbot, app_context, "kv-tester")
    box = _box(win, case.id)
    assert box.store.isEnabled() and not box.flag.isChecked()
    assert not box.reason.isEnabled()  # a reason only for a confidential case

    qtbot.mouseClick(box.flag, Qt.MouseButton.LeftButton)
    assert box.reason.isEnabled()
    box.reason.setCurrentIndex(box.reason.findData(ConfidentialReason.ABOUT_STAFF.value))
    item = box.named.item(_row(box, "Johan Smits"))
    item.setCheckState(Qt.CheckState.Checked)
    box.named.scrollToItem(item)
    win.cases.editor.handling.confidential.grab().save("/tmp/access2_confidential_kv.png")
    win.grab().save("/tmp/access2_window_kv.png")
    qtbot.mouseClick(box.store, Qt.MouseButton.LeftButton)

    state = access.confidentiality(app_context.db, case.id)
    assert state.confidential and state.reason is ConfidentialReason.ABOUT_STAFF
    assert state.named_staff_ids == (seeded.staff["Johan Smits"],)
    assert app_context.dialogs.messages == []  # type: ignore[attr-defined]
    assert box.note.text() == "Stored: confidential."
    # The editor took the new version: saving a field afterwards is no conflict.
    editor = win.cases.editor
    assert editor.base_version == editor.detail.version  # type: ignore[union-attr]

    # Lifting it again, from the same box.
    qtbot.mouseClick(box.flag, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.store, Qt.MouseButton.LeftButton)
    assert not access.confidentiality(app_context.db, case.id).confidential


def test_a_manager_sees_the_box_read_only_with_the_reason(
    qtbot: QtBot, app_context: AppContext
) -> None:
    seeded = seed(app_context.db)
    case = make_case(app_context.db, seeded)
    access.apply_access(app_context.db)  # K&V makes it confidential and names Marloes
    access.set_confidential(app_context.db, case.id, ConfidentialReason.MELDCODE,
                            (seeded.staff["Marloes van Dijk"],))  # fmt: skip
    win = _window(qtbot, app_context, "mvandijk")
    box = _box(win, case.id)
    assert box.flag.isChecked()
    assert box.reason.currentData() == ConfidentialReason.MELDCODE.value
    marloes = box.named.item(_row(box, "Marloes van Dijk"))
    assert marloes.checkState() == Qt.CheckState.Checked
    for widget in (box.flag, box.reason, box.named, box.store):
        assert not widget.isEnabled()
    assert "Alleen Kwaliteit & Veiligheid maakt een zaak vertrouwelijk." in box.note.text()
    box.grab().save("/tmp/access2_confidential_manager.png")
