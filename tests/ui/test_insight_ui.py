"""The dashboard's Inzicht tab, driven as a person does, over the hand-counted reactions of
tests/services/insight_world.py: the tiles, bars and tables show the counted figures, the
filters change them, the export writes them, and the tab takes the room it needs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget

from kluppluz_desk.domain.today import frozen
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dashboard.page import DashboardPage
from kluppluz_desk.ui.i18n import install_translators
from kluppluz_desk.ui.insight.panel import InsightPanel
from tests.services.insight_world import DAY, World, build
from tests.ui.conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def frozen_today() -> Iterator[None]:
    with frozen(DAY):
        yield


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    translators = install_translators(QCoreApplication.instance(), "nl")  # type: ignore[arg-type]
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def world(app_context: AppContext) -> World:
    return build(app_context.db)


def tile(panel: InsightPanel, key: str) -> tuple[str, str]:
    value, detail = panel.tiles[key]
    return value.text(), detail.text()


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]  # fmt: skip


def make_panel(qtbot: Any, ctx: AppContext) -> InsightPanel:
    panel = InsightPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_tab_shows_the_hand_counted_figures(
    qtbot: Any, app_context: AppContext, world: World, dutch: None
) -> None:
    panel = make_panel(qtbot, app_context)
    assert [panel.year_box.itemText(i) for i in range(panel.year_box.count())] == [
        "2026", "2025", "2024"]  # fmt: skip
    assert panel.year_box.currentText() == "2025"  # last year, the complete one
    assert panel.scope_label.text() == "2025 · Alle locaties · Alle soorten"
    assert tile(panel, "received") == ("6", "")
    assert tile(panel, "acknowledged") == ("80%", "4 van 5")
    assert tile(panel, "decided") == ("40%", "2 van 5")
    assert tile(panel, "reopened") == ("25%", "1 van 4")
    assert tile(panel, "satisfied") == ("50%", "1 van 2")
    assert tile(panel, "repeat") == ("2", "van 3 indieners")
    assert tile(panel, "improvements") == ("33%", "1 van 3")
    assert tile(panel, "escalations") == ("3", "")
    assert panel.tile_frames["reopened"].accessibleName() == "Heropend na afsluiting: 25% 1 van 4"
    assert panel.clock_chart.describe().splitlines() == [
        "Ontvangstbevestiging: 80% (4 van 5)",
        "Oplossing voorstellen: 60% (3 van 5)",
        "Wettelijke afhandeltermijn: 40% (2 van 5)",
        "Tevredenheid verifiëren: 67% (2 van 3)",
    ]
    assert cells(panel.duration_table) == [
        ["Ontvangstbevestiging", "5", "2", "10"],
        ["Oplossing voorgesteld", "4", "14", "28"],
        ["Afgesloten", "3", "35", "45"],
    ]
    assert panel.judgment_chart.describe().splitlines() == [
        "Gegrond: 1", "Deels gegrond: 1", "Ongegrond: 1", "Niet-ontvankelijk: 1"]  # fmt: skip
    assert cells(panel.escalation_table) == [
        ["Klachtenloket Kinderopvang", "1", "1 loopt nog"],
        ["Geschillencommissie", "1", "1 ongegrond"],
        ["AKJ (Advies- en Klachtenbureau Jeugdzorg)", "1", "1 opgelost (bemiddeling)"],
    ]
    # Ties share a rank; last year's count is written beside its hatched bar.
    assert panel.category_chart.describe().splitlines() == [
        "1. Informatie/communicatie: 2 (vorig jaar: 2)",
        "1. Veiligheid: 2 (vorig jaar: 1)",
        "3. Geen categorie: 1 (vorig jaar: 0)",
        "3. Overig: 1 (vorig jaar: 0)",
    ]
    assert panel.category_box.title() == (
        "Meest voorkomende categorieën: 2025 dicht, 2024 gearceerd")  # fmt: skip


def test_filters_change_the_figures(
    qtbot: Any, app_context: AppContext, world: World, dutch: None
) -> None:
    panel = make_panel(qtbot, app_context)
    panel.location_box.setCurrentText("Arnhem Centrum")
    assert tile(panel, "received") == ("2", "")
    assert tile(panel, "reopened") == ("100%", "1 van 1")
    assert tile(panel, "repeat") == ("1", "van 1 indieners")
    panel.location_box.setCurrentIndex(0)
    panel.kind_box.setCurrentText("Klacht")
    assert panel.scope_label.text() == "2025 · Alle locaties · Klacht"
    assert tile(panel, "received") == ("4", "")
    assert tile(panel, "acknowledged") == ("67%", "2 van 3")
    panel.kind_box.setCurrentIndex(0)
    panel.year_box.setCurrentText("2026")  # nothing received yet
    assert tile(panel, "received") == ("0", "")
    assert tile(panel, "acknowledged") == ("–", "0 van 0")
    assert panel.judgment_chart.describe() == "Geen reacties in deze selectie."
    assert cells(panel.duration_table)[0] == ["Ontvangstbevestiging", "0", "–", "–"]
    # No category this year: last year's are shown, without a rank.
    assert panel.category_chart.describe().splitlines()[0] == (
        "Informatie/communicatie: 0 (vorig jaar: 2)")  # fmt: skip


def test_export_writes_the_figures_shown(
    qtbot: Any, app_context: AppContext, world: World, dialogs: ScriptedDialogs,
    tmp_path: Path, dutch: None,
) -> None:  # fmt: skip
    panel = make_panel(qtbot, app_context)
    target = tmp_path / "inzicht.csv"
    dialogs.queue(str(target))
    assert panel.export() == str(target)
    assert dialogs.asked[-1][:2] == ("save_file", "Inzicht naar Excel of CSV")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert ["Reacties", "Ontvangen", "6"] in rows
    assert ["Op tijd", "Ontvangstbevestiging", "4", "5", "80"] in rows
    dialogs.queue(None)  # cancelled: nothing written, nothing said
    assert panel.export() is None


def test_the_dashboard_builds_the_tab_when_opened_and_gives_it_room(
    qtbot: Any, app_context: AppContext, world: World
) -> None:
    page = DashboardPage(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    assert not page.insight_page.is_created
    before = page.splitter.sizes()
    assert before[0] > 0
    page.trend_tabs.setCurrentWidget(page.insight_page)
    assert page.insight_page.is_created
    panel = page.insight_page.page()
    assert isinstance(panel, InsightPanel)
    assert tile(panel, "received") == ("6", "")
    assert page.splitter.sizes()[0] == 0  # the lists fold away for the figures
    page.trend_tabs.setCurrentIndex(0)
    assert page.splitter.sizes() == before
