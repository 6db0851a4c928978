"""Extra > Instellingen, tab "Wet en kalender": the per-regime legal terms and the holiday
calendar are set as a person does, and saving them moves the deadlines of running cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.holidays import HolidayRules, add_working_days, is_working_day
from kluppluz_desk.domain.regimes import Regime
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.settings import load_settings
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.settings import SettingsDialog
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

QM = Path(__file__).parents[2] / "resources" / "i18n" / "kluppluz_nl_law2.qm"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def dutch_law2(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _first_working_day_after(day: date) -> date:
    day += timedelta(days=2)
    while not is_working_day(day, HolidayRules()):
        day += timedelta(days=1)
    return day


def test_changing_terms_and_calendar_moves_a_running_case_deadline(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    db = app_context.db
    s = seed(db)
    childcare = make_case(db, s)
    wkkgz = make_case(db, s)
    wkkgz = cases.change_regime(
        db, case_id=wkkgz.id, version=wkkgz.version, regime=Regime.WKKGZ, reason="Zorg"
    )
    received: date = childcare.fields["received_on"]
    assert childcare.deadlines.legal == received + timedelta(days=42)  # calendar days

    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    tab = dialog.law_tab
    dialog.resize(1280, 720)
    dialog.show()
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Wet en kalender"
    dialog.working_days.setChecked(True)
    wkkgz_term = tab.term_inputs["wkkgz_legal_days"]
    wkkgz_term.selectAll()
    qtbot.keyClicks(wkkgz_term, "30")
    tab.good_friday.setFocus()
    qtbot.keyClick(tab.good_friday, Qt.Key.Key_Space)
    tab.liberation.setCurrentIndex(tab.liberation.findData(True))
    closing = _first_working_day_after(received)
    tab.closing_date.setDate(QDate(closing.year, closing.month, closing.day))
    qtbot.mouseClick(tab.add_closing, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.add_closing, Qt.MouseButton.LeftButton)  # twice: listed once
    assert tab.closing_list.count() == 1
    assert tab.closing_list.item(0).text() == closing.strftime("%d-%m-%Y")
    assert "Sluitingsdag" in tab.preview.text() or closing.year != today().year
    dialog.grab().save("/tmp/law2_settings.png")
    with qtbot.waitSignal(app_context.bus.changed):
        dialog.accept()

    stored = load_settings(db).deadlines
    assert stored.wkkgz_legal_days == 30 and stored.legal_days == 42
    assert stored.good_friday_off and stored.liberation_day_every_year
    assert stored.closing_days == (closing.isoformat(),)
    rules = HolidayRules(
        good_friday=True, liberation_day_every_year=True, closing_days=(closing.isoformat(),)
    )
    after_childcare = cases.get_case(db, childcare.id).deadlines.legal
    after_wkkgz = cases.get_case(db, wkkgz.id).deadlines.legal
    assert after_childcare == add_working_days(received, 42, rules)
    assert after_wkkgz == add_working_days(received, 30, rules)
    # The closing day really counts: without it the term would end a working day earlier.
    assert after_childcare > add_working_days(received, 42, HolidayRules(True, True))
    assert any("2" in text for text in dialogs.texts("info"))  # "N klantreacties herberekend"


def test_a_closing_day_is_removed_and_the_dialog_reopens_with_the_saved_calendar(
    qtbot: QtBot, app_context: AppContext
) -> None:
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.law_tab
    dialog.tabs.setCurrentWidget(tab)
    for day in (date(2026, 5, 15), date(2026, 12, 31)):
        tab.closing_date.setDate(QDate(day.year, day.month, day.day))
        qtbot.mouseClick(tab.add_closing, Qt.MouseButton.LeftButton)
    tab.closing_list.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_closing, Qt.MouseButton.LeftButton)
    assert tab.closing_days() == ("2026-12-31",)
    dialog.accept()
    again = SettingsDialog(app_context)
    qtbot.addWidget(again)
    assert again.law_tab.closing_days() == ("2026-12-31",)
    assert again.law_tab.liberation.currentData() is False  # default: every five years
    assert not again.law_tab.good_friday.isChecked()
