"""The first-run screen on an empty database: demo data, start empty, or a shared server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.enums import StaffRole
from kluppluz_desk.domain.errors import KnownProblem
from kluppluz_desk.services import demo, masterdata
from kluppluz_desk.services.cases import CaseFilter, case_ids
from kluppluz_desk.services.settings import load_settings
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.first_run import DEMO, EMPTY, SERVER, FirstRunDialog

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def first_run(qtbot: QtBot, app_context: AppContext) -> FirstRunDialog:
    assert masterdata.is_empty(app_context.db)
    dialog = FirstRunDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_demo_data_fills_the_database_behind_a_live_progress_dialog(
    qtbot: QtBot,
    first_run: FirstRunDialog,
    app_context: AppContext,
) -> None:
    # The GUI thread keeps running while the worker loads: a timer ticks and the progress
    # dialog moves, step by step, up to its maximum.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    steps: list[tuple[int, int]] = []

    def watch() -> None:
        box = first_run.findChild(QProgressDialog)
        if box is not None and box.isVisible():
            steps.append((box.value(), box.maximum()))

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(10)
    with qtbot.waitSignal(app_context.bus.changed, timeout=60_000):
        qtbot.mouseClick(first_run.demo_button, Qt.MouseButton.LeftButton)
    timer.stop()
    watcher.stop()
    assert first_run.choice == DEMO
    assert first_run.result() == first_run.DialogCode.Accepted
    assert len(case_ids(app_context.db, CaseFilter())) > 50
    assert len(ticks) > 5, "the window froze while loading"
    assert len({value for value, _ in steps}) > 3
    assert all(0 <= value <= maximum for value, maximum in steps if maximum)


def test_cancelling_the_demo_load_keeps_the_database_empty(
    qtbot: QtBot,
    first_run: FirstRunDialog,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
) -> None:
    def cancel_when_shown() -> None:
        box = first_run.findChild(QProgressDialog)
        if box is not None and box.isVisible() and box.value() >= 3:
            box.findChild(QPushButton).click()  # as the user does: the Cancel button

    watcher = QTimer()
    watcher.timeout.connect(cancel_when_shown)
    watcher.start(5)
    qtbot.mouseClick(first_run.demo_button, Qt.MouseButton.LeftButton)
    watcher.stop()
    assert first_run.isVisible() and first_run.choice is None
    assert masterdata.is_empty(app_context.db)
    assert dialogs.messages == []  # the user cancelled: nothing to explain


def test_failing_demo_load_shows_why(
    qtbot: QtBot,
    first_run: FirstRunDialog,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing_load(*_args: object, **_kwargs: object) -> int:
        raise KnownProblem("De database is alleen-lezen.")

    monkeypatch.setattr(demo, "load_demo", failing_load)
    qtbot.mouseClick(first_run.demo_button, Qt.MouseButton.LeftButton)
    assert QApplication.overrideCursor() is None
    assert dialogs.texts("warning") == ["De database is alleen-lezen."]
    assert first_run.isVisible() and first_run.choice is None
    assert (
        first_run.findChild(QProgressDialog) is None
        or not first_run.findChild(QProgressDialog).isVisible()
    )


def test_start_empty_asks_the_essentials(
    qtbot: QtBot,
    first_run: FirstRunDialog,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
) -> None:
    qtbot.mouseClick(first_run.empty_button, Qt.MouseButton.LeftButton)
    assert first_run.pages.currentIndex() == 1
    qtbot.mouseClick(first_run.start_button, Qt.MouseButton.LeftButton)
    assert first_run.isVisible()
    assert "first location" in dialogs.texts("warning")[0]
    assert masterdata.is_empty(app_context.db)

    first_run.organisation.clear()
    qtbot.keyClicks(first_run.organisation, "Stichting Kinderwerk")
    qtbot.keyClicks(first_run.place, "Helmond")
    qtbot.keyClicks(first_run.location, "De Speelhoek")
    qtbot.keyClicks(first_run.region, "Brabant-Zuidoost")
    first_run.staff.setItem(0, 0, QTableWidgetItem("Marieke Bos"))
    first_run.staff.setItem(0, 2, QTableWidgetItem("m.bos@kinderwerk.example"))
    role = first_run.staff.cellWidget(0, 1)
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findData(StaffRole.LOCATION_MANAGER.value))
    first_run.staff.setItem(1, 0, QTableWidgetItem("Ahmed Yilmaz"))
    with qtbot.waitSignal(app_context.bus.changed):
        qtbot.mouseClick(first_run.start_button, Qt.MouseButton.LeftButton)

    assert first_run.choice == EMPTY
    db = app_context.db
    (location,) = masterdata.list_items(db, "location")
    assert location.name == "De Speelhoek" and location.region_name == "Brabant-Zuidoost"
    staff = {s.name: s for s in masterdata.list_items(db, "staff")}
    assert set(staff) == {"Marieke Bos", "Ahmed Yilmaz"}
    assert location.location_manager_id == staff["Marieke Bos"].id
    settings = load_settings(db)
    assert (settings.organisation.name, settings.organisation.place) == (
        "Stichting Kinderwerk",
        "Helmond",
    )
    assert not masterdata.is_empty(db)


def test_shared_server_choice_is_handed_back(
    qtbot: QtBot,
    first_run: FirstRunDialog,
    app_context: AppContext,
) -> None:
    qtbot.mouseClick(first_run.server_button, Qt.MouseButton.LeftButton)
    assert first_run.choice == SERVER
    assert first_run.result() == first_run.DialogCode.Accepted
    assert masterdata.is_empty(app_context.db)
