"""Start-up as a person feels it: `kluppluz-desk --db FILE --quit-after-first-paint` from
process start to the main window painted with the case list filled ("first_paint_ms"),
beside its floor, a bare Qt window with a table of 200 rows ("bare_window_first_paint_ms",
`ui.bare_start`). Both run offscreen as child processes, three times each (medians); the
"_cpu_ms" keys are the processor time the same processes used up to their first paint,
which a busy machine disturbs far less than the wall-clock figure; "first_paint_peak_mb" is
the program's peak resident memory up to then (issue 16: at most 200 MB with 100,000
cases open)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from tempfile import TemporaryDirectory
from typing import Any

from ..services.database import Database
from ..store.engine import sqlite_path

TIMEOUT_S = 120
RUNS = 3
_LINE = re.compile(r"first paint after ([\d.]+) s \(cpu ([\d.]+) s")
_PEAK = re.compile(r"peak ([\d.]+) MB")


def _one(command: list[str], env: dict[str, str]) -> tuple[float, float, float] | None:
    done = subprocess.run(command, capture_output=True, text=True, env=env,
                          timeout=TIMEOUT_S, check=False)  # fmt: skip
    found = _LINE.search(done.stdout)
    if done.returncode != 0 or found is None:
        return None
    peak = _PEAK.search(done.stdout)
    return (float(found.group(1)) * 1000, float(found.group(2)) * 1000,
            float(peak.group(1)) if peak else 0.0)  # fmt: skip


def _median(command: list[str], env: dict[str, str], key: str) -> dict[str, float]:
    runs = [r for r in (_one(command, env) for _ in range(RUNS)) if r is not None]
    if not runs:
        return {}
    out = {
        f"{key}_ms": round(statistics.median(r[0] for r in runs), 1),
        f"{key}_cpu_ms": round(statistics.median(r[1] for r in runs), 1),
    }
    if all(r[2] for r in runs):  # the program's own line says its peak memory
        out[f"{key}_peak_mb"] = round(statistics.median(r[2] for r in runs), 1)
    return out


def first_paint_figures(db: Database) -> dict[str, Any]:
    path = sqlite_path(db.url)
    if path is None:
        return {}
    with TemporaryDirectory(prefix="kluppluz-start-") as home:
        # A scratch home and settings: no log, marker or window geometry of the person's own.
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "KLUPPLUZ_DESK_HOME": home,
            "XDG_CONFIG_HOME": home,
        }
        program = [sys.executable, "-m", "kluppluz_desk", "--db", str(path)]
        out = _median([*program, "--quit-after-first-paint"], env, "first_paint")
        out.update(_median([sys.executable, "-m", "kluppluz_desk.ui.bare_start"], env,
                           "bare_window_first_paint"))  # fmt: skip
    return out
