"""Warm-up after start: once the window stands, a pool thread reads the PDF fonts and builds
a sample letter (`services.letters.warm_up_letters`), so the first letter preview does not
wait for that. The import of the letter modules (ReportLab) happens in that thread too.
Then everything that stands is moved out of the garbage collector's way (`gc.freeze`)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QThreadPool, QTimer

from ..services.database import Database

# Long enough for the first paint to come first, short enough to be done before a person
# has found a case and asked for its letter.
WARM_UP_DELAY_MS = 300


def _warm_up(db: Database) -> None:
    from ..services.letters import warm_up_letters

    warm_up_letters(db)
    # What stands now (Qt's wrappers, the models, ReportLab, the fonts) lives as long as
    # the program: out of the collector's full passes, which took 60-70 ms each over the
    # ~120,000 objects of a started program, in the middle of whatever came next.
    gc.freeze()


def start_warm_up(
    db: Database, pool: QThreadPool | None = None, delay_ms: int = WARM_UP_DELAY_MS
) -> None:
    """Schedule the warm-up on `pool` (Qt's global pool unless given)."""
    target = pool or QThreadPool.globalInstance()
    QTimer.singleShot(delay_ms, lambda: target.start(lambda: _warm_up(db)))
