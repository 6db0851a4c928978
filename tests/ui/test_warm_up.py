"""The start-up warm-up runs the letter warm-up in a pool thread, never in the GUI thread,
and only after the delay (so the first paint comes first)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kluppluz_desk.services import letters
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.warm_up import start_warm_up


def test_the_warm_up_runs_in_a_pool_thread_after_the_delay(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    ran_in: list[threading.Thread] = []
    record = lambda db: ran_in.append(threading.current_thread())  # noqa: E731
    monkeypatch.setattr(letters, "warm_up_letters", record)
    pool = QThreadPool()
    start_warm_up(db, pool, delay_ms=50)
    assert ran_in == []  # not at once: the window paints first
    qtbot.waitUntil(lambda: bool(ran_in), timeout=5000)
    pool.waitForDone()
    assert ran_in[0] is not threading.main_thread()


def test_after_the_warm_up_what_stands_is_out_of_the_collectors_way(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    import gc

    monkeypatch.setattr(letters, "warm_up_letters", lambda db: None)
    gc.unfreeze()
    pool = QThreadPool()
    start_warm_up(db, pool, delay_ms=0)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    pool.waitForDone()
    gc.unfreeze()  # the other tests keep the collector as it was
