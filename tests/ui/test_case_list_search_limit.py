"""The quick-search box takes at most the search length the services accept (200): a
pasted document is cut there and the list still answers, instead of a 10 MB trigram
search (the service refuses a longer text with a Dutch message, see test_bad_values)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.text_limits import SEARCH_TEXT
from kluppluz_desk.ui.case_list.page import CasesPage
from kluppluz_desk.ui.context import AppContext
from tests.factories import make_case, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_pasted_long_text_is_cut_to_the_search_limit(
    qtbot: QtBot, app_context: AppContext
) -> None:
    make_case(app_context.db, seed(app_context.db), submitter_name="Petra Jansen")
    page = CasesPage(app_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    box = page.filter_bar.search
    assert box.maxLength() == SEARCH_TEXT == 200
    box.insert("Petra " * 2_000)  # as a paste of 12,000 characters
    assert len(box.text()) == SEARCH_TEXT
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # searched, found nothing
    qtbot.keyClicks(box, "x")  # typing past the limit adds nothing
    assert len(box.text()) == SEARCH_TEXT
    box.clear()
    qtbot.keyClicks(box, "petra")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
