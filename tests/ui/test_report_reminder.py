"""The dashboard reminds K&V of the report to the GGD from 1 April until every GGD region
has it, only in a year that owes one (issue 14 point 6): the day before, on and after
1 April, after sending to every region, and in a year without written complaints."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report import Distribution, load_draft, record_distribution
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dashboard.page import DashboardPage
from kluppluz_desk.ui.i18n import install_translators
from tests.factories import Seeded, make_case, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
REMINDER = "✗ Herinnering: het verslag over 2025 moet uiterlijk 1 juni 2026 bij de GGD zijn"


@pytest.fixture
def seeded(sqlite_db: Database) -> Seeded:
    return seed(sqlite_db)


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    translators = install_translators(QCoreApplication.instance(), "nl")  # type: ignore[arg-type]
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def panel_lines(qtbot: Any, ctx: AppContext, day: date) -> list[str]:
    with frozen(day):
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()
        qtbot.waitExposed(page)
        lines = list(page.report_panel.lines)
        page.close()
    return lines


def reminders(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("✗ Herinnering")]


def test_reminder_from_1_april_until_every_region_has_it(
    qtbot: Any, app_context: AppContext, seeded: Seeded, dutch: None
) -> None:
    with frozen(date(2025, 6, 30)):
        make_case(app_context.db, seeded, received_on=date(2025, 6, 2), upto=Step.CLOSE)
    assert reminders(panel_lines(qtbot, app_context, date(2026, 3, 31))) == []
    on_the_day = reminders(panel_lines(qtbot, app_context, date(2026, 4, 1)))
    assert on_the_day == [f"{REMINDER}; nog 2 GGD-regio’s te gaan."]
    # Past 1 June it keeps reminding: the report is late, not done.
    assert reminders(panel_lines(qtbot, app_context, date(2026, 6, 2))) == on_the_day
    regions = sorted(load_draft(app_context.db, 2025).content.distribution.ggd)
    assert len(regions) == 2
    # Singular once one region is left: "nog 1 GGD-regio", not "regio(’s)".
    for count, (region, left) in enumerate(zip(regions, ("1 GGD-regio", None), strict=True), 1):
        with frozen(date(2026, 4, 2)):
            draft = load_draft(app_context.db, 2025)
            sent = {name: (date(2026, 4, 2) if name in regions[:count] else None)
                    for name in regions}  # fmt: skip
            record_distribution(app_context.db, 2025, Distribution(ggd=sent), draft.version)
        expected = [f"{REMINDER}; nog {left} te gaan."] if left else []
        assert reminders(panel_lines(qtbot, app_context, date(2026, 4, 3))) == expected, region


def test_no_reminder_in_a_year_that_owes_the_ggd_nothing(
    qtbot: Any, app_context: AppContext, seeded: Seeded, dutch: None
) -> None:
    with frozen(date(2025, 6, 30)):
        make_case(app_context.db, seeded, received_on=date(2025, 6, 2), kind="suggestion")
    lines = panel_lines(qtbot, app_context, date(2026, 4, 15))
    assert reminders(lines) == []
    assert lines[0].startswith("✓ Niet verplicht")
