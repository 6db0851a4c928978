"""Benchmark figures measured in a real offscreen window (`kluppluz_desk.ui.timings`), run
in a child process: the benchmark itself never imports Qt, and the window's memory does
not count in its "peak_memory_mb". Only for SQLite files (the window opens the file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from ..services.database import Database
from ..store.engine import sqlite_path

TIMEOUT_S = 300


def window_figures(db: Database) -> dict[str, Any]:
    path = sqlite_path(db.url)
    if path is None:
        return {}
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-m", "kluppluz_desk.ui.timings", "--db", str(path)],
        capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False,
    )  # fmt: skip
    if done.returncode != 0 or not done.stdout.strip():
        # A machine without Qt's libraries still gets every other figure.
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"window_figures_error": tail[0]}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures
