"""The dashboard page, driven as a quality officer would use it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.dashboard import SectionKey
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.dto import Change
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dashboard.page import DashboardPage, ms_until_midnight
from kluppluz_desk.ui.i18n import install_translators
from tests.factories import Seeded, days_ago, make_case, seed
from tests.ui.conftest import ScriptedDialogs

TODAY = date(2026, 3, 10)
# The offscreen platform says this whenever a window is shown; it is not our problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def frozen_today() -> Iterator[None]:
    with frozen(TODAY):
        yield


@pytest.fixture
def seeded(sqlite_db: Database) -> Seeded:
    return seed(sqlite_db)


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    translators = install_translators(QCoreApplication.instance(), "nl")  # type: ignore[arg-type]
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def make_page(qtbot: Any, ctx: AppContext) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_models_are_sound(
    qtbot: Any, qtmodeltester: Any, app_context: AppContext, seeded: Seeded
) -> None:
    make_case(app_context.db, seeded, received_on=days_ago(9))
    make_case(app_context.db, seeded, received_on=date(2026, 1, 5), upto=Step.ACKNOWLEDGE)
    page = make_page(qtbot, app_context)
    assert page.items_model.rowCount() == 3  # acknowledgement; solution and legal limit
    for model in (page.items_model, page.handler_model, page.location_model, page.trend_model):
        qtmodeltester.check(model)


def test_tiles_and_list_show_what_is_due(
    qtbot: Any, app_context: AppContext, seeded: Seeded, dutch: None
) -> None:
    late = make_case(app_context.db, seeded, received_on=days_ago(8))
    make_case(app_context.db, seeded, received_on=days_ago(7))
    make_case(app_context.db, seeded, received_on=days_ago(2), severity="serious")
    page = make_page(qtbot, app_context)
    assert page.tiles[SectionKey.OVERDUE].text() == "1\nTe laat"
    assert page.tiles[SectionKey.OVERDUE].accessibleName() == "Te laat: 1"
    assert page.tiles[SectionKey.TODAY].text() == "1\nVandaag uiterlijk"
    assert page.tiles[SectionKey.DIRECTOR].text() == "1\nWacht op besluit directeur"
    assert page.section_label.text() == "&Te laat (1)"
    model = page.items_model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        late.reference,
        "Venetiëstraat",
        "niet toegewezen",
        "Ontvangstbevestiging",
        "09-03-2026",
        "1 dag te laat",
        "",
    ]
    # Not by colour alone: an icon marks the late item as well.
    assert model.index(0, model.COL_DAYS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Kenmerk"
    )
    qtbot.mouseClick(page.tiles[SectionKey.ESCALATIONS], Qt.MouseButton.LeftButton)
    assert page.section_label.text() == "&Escalaties lopend: niets in deze lijst"
    assert model.rowCount() == 0
    assert page.date_label.text() == "Stand per dinsdag 10 maart 2026"


def test_double_click_opens_the_case(qtbot: Any, app_context: AppContext, seeded: Seeded) -> None:
    make_case(app_context.db, seeded, received_on=days_ago(9))
    second = make_case(app_context.db, seeded, received_on=days_ago(8))
    page = make_page(qtbot, app_context)
    rect = page.table.visualRect(page.items_model.index(1, 0))
    # A real double-click starts with a click: the view only activates the pressed row.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_case_requested) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [second.id]


def test_enter_opens_the_case(qtbot: Any, app_context: AppContext, seeded: Seeded) -> None:
    first = make_case(app_context.db, seeded, received_on=days_ago(9))
    make_case(app_context.db, seeded, received_on=days_ago(8))
    page = make_page(qtbot, app_context)
    page.table.setFocus()
    page.table.setCurrentIndex(page.items_model.index(0, 0))
    with qtbot.waitSignal(page.open_case_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [first.id]


def test_refreshes_when_a_case_changes(qtbot: Any, app_context: AppContext, seeded: Seeded) -> None:
    page = make_page(qtbot, app_context)
    assert page.tiles[SectionKey.OVERDUE].text().startswith("0\n")
    detail = make_case(app_context.db, seeded, received_on=days_ago(8))
    with qtbot.waitSignal(page.refreshed, timeout=2000):
        app_context.bus.publish(Change("case", (detail.id,), detail))
    assert page.tiles[SectionKey.OVERDUE].text().startswith("1\n")
    assert page.items_model.case_id(0) == detail.id


def test_midnight_moves_the_days(qtbot: Any, app_context: AppContext, seeded: Seeded) -> None:
    make_case(app_context.db, seeded, received_on=days_ago(6))  # due tomorrow
    page = make_page(qtbot, app_context)
    assert page.midnight_timer.isActive()
    assert page.tiles[SectionKey.OVERDUE].text().startswith("0\n")
    with frozen(date(2026, 3, 12)):
        page.midnight_timer.timeout.emit()
        assert page.tiles[SectionKey.OVERDUE].text().startswith("1\n")
        assert page.items_model.index(0, 5).data() == "1 dag te laat"
    assert page.midnight_timer.isActive()


def test_ms_until_midnight() -> None:
    assert ms_until_midnight(datetime(2026, 3, 10, 23, 59, 0)) == 61_000
    assert ms_until_midnight(datetime(2026, 3, 10, 0, 0, 1)) == 86_400_000


def test_reminder_banner_and_startup_text(
    qtbot: Any, app_context: AppContext, seeded: Seeded
) -> None:
    page = make_page(qtbot, app_context)
    assert page.startup_reminder_text() is None
    assert page.banner.isHidden()
    make_case(app_context.db, seeded, received_on=days_ago(8))
    page.refresh()
    text = "Let op: 1 termijn is verstreken."
    assert page.startup_reminder_text() == text
    assert not page.banner.isHidden()
    assert page.banner_label.text() == text
    qtbot.mouseClick(page.tiles[SectionKey.WEEK], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.banner_show, Qt.MouseButton.LeftButton)
    assert page.tiles[SectionKey.OVERDUE].isChecked()
    qtbot.mouseClick(page.banner_close, Qt.MouseButton.LeftButton)
    assert page.banner.isHidden()
    page.refresh()  # the same news does not come back ...
    assert page.banner.isHidden()
    make_case(app_context.db, seeded, received_on=days_ago(7))
    page.refresh()  # ... but new news does
    assert not page.banner.isHidden()


def test_export_csv(
    qtbot: Any,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    seeded: Seeded,
    tmp_path: Path,
) -> None:
    late = make_case(app_context.db, seeded, received_on=days_ago(8))
    page = make_page(qtbot, app_context)
    target = tmp_path / "termijnen.csv"
    dialogs.queue(str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][2] == "termijnen-2026-03-10.csv"
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[2][:6] == [
        "Te laat",
        late.reference,
        "Venetiëstraat",
        "niet toegewezen",
        "Ontvangstbevestiging",
        "09-03-2026",
    ]
    assert dialogs.messages[-1][0] == "info"
    dialogs.queue(None)  # cancelled: nothing written, nothing said
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.messages) == 1


def test_export_failure_is_explained(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = make_page(qtbot, app_context)
    dialogs.queue(str(tmp_path / "no-such-folder" / "x.csv"))
    page.export_csv()
    assert dialogs.messages[-1][0] == "warning"


def test_report_panel_and_chart_say_it_in_words(
    qtbot: Any, app_context: AppContext, seeded: Seeded, dutch: None
) -> None:
    make_case(app_context.db, seeded, received_on=date(2025, 6, 2))
    make_case(app_context.db, seeded, received_on=date(2026, 2, 3), upto=Step.ACKNOWLEDGE)
    page = make_page(qtbot, app_context)
    lines = page.report_panel.lines
    assert page.report_panel.title() == "Jaarverslag 2025"
    assert "• Uiterlijk 1 juni 2026: nog 83 dagen." in lines
    assert "✗ Concept nog niet begonnen" in lines
    assert "✗ Nog niet verstuurd aan GGD Brabant-Zuidoost" in lines
    description = page.chart.accessibleDescription().splitlines()
    assert len(description) == 12
    assert description[-2] == (
        "februari 2026: 1 ontvangen, 0 afgesloten, ontvangst op tijd bevestigd 100%, "
        "oplossing op tijd 0%"
    )
    assert page.trend_model.index(10, 3).data() == "100% van 1"
    assert page.trend_model.index(0, 3).data() == "–"
    page.chart.grab()  # paints without warnings
    QApplication.processEvents()
