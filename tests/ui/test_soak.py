"""The soak test: a working day's worth of Qt calls through the real main window, in a
process of its own, so that a fatal error (as PySide6 6.12.0 gave on Python 3.11) fails this
test instead of killing pytest. The driver is tests/ui/soak_driver.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("soak_driver.py")
MIN_QT_CALLS = 50_000
# The 6.12.0 bug loses one reference per Qt call that returns nothing (tens of thousands
# here); a sound build gains a few hundred per round as the program's caches fill.
NONE_MAY_FALL = 1_000
NONE_MAY_GROW = 5_000


@pytest.mark.soak
def test_a_working_day_in_the_main_window_ends_cleanly(tmp_path: Path) -> None:
    report = tmp_path / "soak.json"
    env = {
        **os.environ,
        "KLUPPLUZ_DESK_HOME": str(tmp_path / "home"),
        "KLUPPLUZ_DESK_USER": "kv-tester",  # a staff member of tests/factories.seed
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("KLUPPLUZ_DESK_DB", None)
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path / "soak.sqlite3"), str(report)]
        + [str(MIN_QT_CALLS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    log_file = tmp_path / "home" / "logs" / "kluppluz-desk.log"
    log_tail = log_file.read_text(encoding="utf-8")[-3000:] if log_file.exists() else ""
    # A fatal error is written into the program's log (stderr is a pipe here).
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-2000:]}\n{log_tail}"
    figures = json.loads(report.read_text(encoding="utf-8"))
    print("soak:", figures)
    assert figures["qt_calls"] >= MIN_QT_CALLS
    assert figures["saves"] >= 3 and figures["dialogs"] >= 3
    assert not figures["refused_saves"], figures["refused_saves"]
    if sys.version_info < (3, 12):  # None is immortal from 3.12 on
        drift = figures["none_after"] - figures["none_before"]
        assert -NONE_MAY_FALL < drift < NONE_MAY_GROW, f"sys.getrefcount(None) drifted by {drift}"
