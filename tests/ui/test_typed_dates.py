"""Date fields take dates typed as people type them, and say so when a date cannot be."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.today import frozen
from kluppluz_desk.ui.case_editor.fields import DateField


@pytest.fixture()
def form(qtbot: QtBot) -> tuple[DateField, QWidget]:
    host = QWidget()
    column = QVBoxLayout(host)
    field = DateField("Datum", optional=False, parent=host)
    after = QLineEdit(host)
    column.addWidget(field)
    column.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return field, host  # the caller keeps the window alive (qtbot holds it weakly)


def _type(qtbot: QtBot, field: DateField, text: str, finish: str) -> None:
    field.edit.setFocus()
    field.edit.lineEdit().selectAll()
    qtbot.keyClicks(field.edit, text)
    if finish == "enter":
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("finish", ["tab", "enter"])
@pytest.mark.parametrize("typed", ["3122026", "3-12-2026", "3/12", "3 dec"])
def test_typed_date_is_read_and_shown(
    qtbot: QtBot, form: tuple[DateField, QWidget], typed: str, finish: str
) -> None:
    field, _host = form
    with frozen(date(2026, 12, 1)):
        field.set_date(date(2026, 1, 1))
        changes: list[None] = []
        field.changed.connect(lambda: changes.append(None))
        _type(qtbot, field, typed, finish)
    assert field.date() == date(2026, 12, 3)
    assert field.edit.lineEdit().text() == "03-12-2026"  # the person sees what was read
    assert changes, "a typed date counts as an edit"
    assert field.typed_error.isHidden()


def test_impossible_date_says_why_and_keeps_the_old_date(
    qtbot: QtBot, form: tuple[DateField, QWidget]
) -> None:
    field, _host = form
    with frozen(date(2026, 12, 1)):
        field.set_date(date(2026, 1, 1))
        _type(qtbot, field, "31-2-2026", "tab")
    assert field.date() == date(2026, 1, 1)  # never a silently different date
    assert field.typed_error.isVisible()
    assert "februari 2026 heeft 28 dagen" in field.typed_error.text()
    # A good date afterwards clears the message.
    with frozen(date(2026, 12, 1)):
        _type(qtbot, field, "28-2-2026", "tab")
    assert field.date() == date(2026, 2, 28)
    assert field.typed_error.isHidden()


# The offscreen platform cannot raise a popup or grab the keyboard for it; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_date_picked_in_the_calendar_is_taken(
    qtbot: QtBot, form: tuple[DateField, QWidget]
) -> None:
    """Beside typing, the calendar: a click on the arrow opens it, arrow keys move, Enter
    takes the day."""
    field, _host = form
    field.set_date(date(2026, 12, 1))
    changes: list[None] = []
    field.changed.connect(lambda: changes.append(None))
    assert field.edit.calendarPopup()
    field.edit.setFocus()
    arrow = QPoint(field.edit.width() - 8, field.edit.height() // 2)
    qtbot.mouseMove(field.edit, arrow)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    view = QApplication.focusWidget() or calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.date() == date(2026, 12, 3)
    assert field.edit.lineEdit().text() == "03-12-2026"
    assert changes, "a picked date counts as an edit"
