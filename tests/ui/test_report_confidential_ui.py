"""The report page's "count confidential cases in the figures" box: ticked by default,
unticking stores the choice (the report's figures then leave confidential cases out)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access, report
from kluppluz_desk.services.report.confidential import counts_confidential
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.report.page import ReportPage
from tests.factories import make_case, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _on_label(box: QCheckBox) -> QPoint:
    """Where a person clicks: on the box's text (the widget itself is as wide as the page)."""
    return QPoint(box.fontMetrics().averageCharWidth() * 6, box.height() // 2)


def test_kv_leaves_confidential_cases_out_of_the_figures(
    qtbot: QtBot, app_context: AppContext
) -> None:
    db = app_context.db
    seeded = seed(db)
    make_case(db, seeded, received_on=date(2025, 3, 3))
    secret = make_case(db, seeded, received_on=date(2025, 4, 4)).id
    access.apply_access(db)
    access.set_confidential(db, secret, ConfidentialReason.SAFETY)
    page = ReportPage(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    box = page.count_confidential
    assert box.isChecked() and report.compute_figures(db, 2025).total == 2
    page.grab().save("/tmp/access3_report_page.png")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=_on_label(box))
    assert not box.isChecked() and not counts_confidential(db)
    assert report.compute_figures(db, 2025).total == 1
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=_on_label(box))
    assert counts_confidential(db)
