"""When this process started, for the start-up figures (`--quit-after-first-paint` and
the bare-window floor in `bare_start`). Free of heavy imports on purpose: the floor must
not pay for the program's modules."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.time()


def process_started_at() -> float:
    """Wall-clock start of this process (Linux: from /proc; elsewhere: when this module
    was imported, which is close enough for the benchmark)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT
