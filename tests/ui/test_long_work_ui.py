"""Long work runs in a worker behind a progress dialog (issue 16, must-have 3): the window
keeps handling events while a JSON import runs (a QTimer keeps firing), Cancel stops it
with nothing imported, and work that cannot stop halfway offers no way to cancel.

The import is the real service over a real export file, slowed down by small batches with
a short pause each, so it lasts long enough to watch."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kluppluz_desk.bench.core import build_document
from kluppluz_desk.services.transfer import export_document, json_io
from kluppluz_desk.store.models import Case, Location
from kluppluz_desk.ui.background import BackgroundRunner
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.transfer_actions import import_from_file
from tests.factories import seed
from tests.ui.conftest import ScriptedDialogs

CASES = 300


@pytest.fixture
def slow_export(app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    seed(app_context.db)
    document = build_document(export_document(app_context.db), CASES)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    real = json_io.write_rows

    def slowly(*args: Any) -> Any:
        time.sleep(0.03)
        return real(*args)

    monkeypatch.setattr(json_io, "INSERT_BATCH", 10)
    monkeypatch.setattr(json_io, "write_rows", slowly)
    return path


def _count(app_context: AppContext, what: Any) -> int:
    with app_context.db.unit() as session:
        return int(session.scalar(select(func.count()).select_from(what)) or 0)


def test_the_window_keeps_handling_events_while_an_import_runs(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, slow_export: Path
) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    dialogs.queue(str(slow_export), True)  # the file, then "Continue?"
    started = time.perf_counter()
    count = import_from_file(app_context, None, BackgroundRunner(app_context))
    took = time.perf_counter() - started
    timer.stop()
    assert count == CASES and _count(app_context, Case) == CASES
    assert took > 1.0  # long enough to tell a frozen window from a responsive one
    # A window blocked by the import would fire the timer once at most, afterwards.
    assert len([t for t in ticks if t < started + took - 0.2]) >= 10


def test_cancel_stops_the_import_with_nothing_imported(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, slow_export: Path
) -> None:
    locations = _count(app_context, Location)
    runner = BackgroundRunner(app_context)
    pressed: list[bool] = []

    def press_cancel() -> None:
        assert runner.last_dialog is not None
        runner.last_dialog.findChild(QPushButton).click()  # a person pressing Cancel
        pressed.append(True)

    QTimer.singleShot(500, press_cancel)
    dialogs.queue(str(slow_export), True)
    assert import_from_file(app_context, None, runner) is None
    assert pressed
    assert dialogs.texts("warning") == ["Het importeren is afgebroken. Er is niets geïmporteerd."]
    assert _count(app_context, Case) == 0
    assert _count(app_context, Location) == locations  # the replaced master data is back


def test_work_that_cannot_stop_has_no_cancel_and_ignores_esc(
    qtbot: QtBot, app_context: AppContext
) -> None:
    runner = BackgroundRunner(app_context)
    seen: dict[str, bool] = {}

    def press_esc() -> None:
        dialog = runner.last_dialog
        assert dialog is not None
        seen["cancel button"] = bool(dialog.findChildren(QPushButton))
        seen["shown"] = dialog.isVisible()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        seen["still shown"] = dialog.isVisible()

    def work(_progress: Any, cancelled: Any) -> bool:
        time.sleep(1.2)
        return bool(cancelled())

    QTimer.singleShot(700, press_esc)
    assert runner.run(None, "Bezig…", work, cancellable=False) is False
    assert seen == {"cancel button": False, "shown": True, "still shown": True}
