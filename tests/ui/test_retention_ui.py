"""Extra > Bewaartermijn toepassen: a dry run is shown first, personal data of old finished
cases is erased only after the user confirms, and cancelling erases nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.cases import get_case
from kluppluz_desk.services.dto import CaseDetail
from kluppluz_desk.services.maintenance import ERASED
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from kluppluz_desk.ui.retention_actions import SHOWN_REFERENCES, references_text
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = date(2025, 6, 1)  # default retention of 2 years: cut-off 01-06-2023


@pytest.fixture
def cases(app_context: AppContext) -> dict[str, CaseDetail]:
    db = app_context.db
    seeded = seed(db)
    made = {}
    with frozen(date(2022, 3, 1)):
        made["old_closed"] = make_case(db, seeded, upto=Step.CLOSE, submitter_name="Eva Oud")
        made["old_checked"] = make_case(
            db, seeded, upto=Step.CHECK_SATISFACTION, submitter_name="Bas Oud"
        )
        made["old_open"] = make_case(db, seeded, submitter_name="Nog Open")
    with frozen(date(2025, 3, 1)):
        made["recent_closed"] = make_case(db, seeded, upto=Step.CLOSE, submitter_name="Recent")
    return made


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext, cases: dict[str, CaseDetail]) -> MainWindow:
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _submitter(ctx: AppContext, case: CaseDetail) -> str:
    return str(get_case(ctx.db, case.id).fields["submitter_name"])


def test_the_action_is_in_the_extra_menu(window: MainWindow) -> None:
    (extra,) = [a.menu() for a in window.menuBar().actions() if a.text() == "E&xtra"]
    assert window.actions_.retention in extra.actions()
    assert window.actions_.retention.text() == "Apply &retention period…"


def test_cancelling_erases_nothing(
    window: MainWindow,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    cases: dict[str, CaseDetail],
) -> None:
    dialogs.queue(False)
    with frozen(NOW):
        window.actions_.retention.trigger()
    ((kind, _title, question),) = dialogs.asked
    assert kind == "confirm"
    assert "01-06-2023" in question
    assert cases["old_closed"].reference in question
    assert cases["old_checked"].reference in question
    assert cases["old_open"].reference not in question
    assert cases["recent_closed"].reference not in question
    assert "%n" not in question and "2 customer reaction(s)" in question
    assert dialogs.messages == []
    for case in cases.values():
        assert _submitter(app_context, case) == case.fields["submitter_name"]


def test_confirming_erases_old_finished_cases_only(
    qtbot: QtBot,
    window: MainWindow,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    cases: dict[str, CaseDetail],
) -> None:
    old = cases["old_closed"]
    window.show_case(old.id)  # the open case is among those erased
    assert window.cases.editor.detail is not None
    assert window.cases.editor.detail.fields["submitter_name"] == "Eva Oud"
    dialogs.queue(True)
    with frozen(NOW), qtbot.waitSignal(app_context.bus.changed) as published:
        window.actions_.retention.trigger()
    assert published.args[0].kind == "case"
    (kind, _title, done) = dialogs.messages[-1]
    assert kind == "info" and "2 customer reaction(s)" in done
    assert _submitter(app_context, old) == ""
    assert _submitter(app_context, cases["old_checked"]) == ""
    assert get_case(app_context.db, old.id).fields["description"] == ERASED
    assert _submitter(app_context, cases["old_open"]) == "Nog Open"
    assert _submitter(app_context, cases["recent_closed"]) == "Recent"
    # The editor shows the case as it is now, not the erased name.
    assert window.cases.editor.detail.fields["submitter_name"] == ""
    assert QApplication.overrideCursor() is None


def test_nothing_due_is_said_without_asking(
    window: MainWindow, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    with frozen(date(2023, 1, 1)):  # cut-off 01-01-2021: before every case here
        window.actions_.retention.trigger()
    assert dialogs.asked == []
    ((kind, _title, text),) = dialogs.messages
    assert kind == "info" and "01-01-2021" in text and "nothing to erase" in text


def test_a_long_list_of_references_is_shortened() -> None:
    refs = tuple(f"KR-2022-{i:03d}" for i in range(SHOWN_REFERENCES + 3))
    text = references_text(refs)
    assert refs[SHOWN_REFERENCES - 1] in text and refs[SHOWN_REFERENCES] not in text
    assert text.endswith("and 3 more")
    assert references_text(refs[:2]) == "KR-2022-000, KR-2022-001"
