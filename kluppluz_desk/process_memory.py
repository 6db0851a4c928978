"""The peak resident memory of this process, as the benchmark reports it.

Linux hands a child started by `subprocess` (fork, then exec) the parent's peak as its own
starting `ru_maxrss`, so a child of the 550 MB benchmark reported 550 MB however little it
used itself. `VmHWM` in /proc/self/status is the peak of the process's own address space,
reset by exec; `ru_maxrss` is the fallback where /proc is missing.
"""

from __future__ import annotations

import resource
from pathlib import Path

_STATUS = Path("/proc/self/status")


def peak_memory_mb() -> float:
    try:
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)  # kB
    except (OSError, ValueError, IndexError):
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
