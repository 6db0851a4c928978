"""Python's cyclic garbage collector paused while a large piece of work runs.

Work that makes many objects that live on for a while (the rows of a result until it is
consumed, the values of an import) sets the collector off every 700 new objects, and
those passes grow into full ones over every object of the program (the ORM's mappings,
the interface). The report's figures of a busy year (40,000 rows) lost 40-60 ms of 130 to
it, an import of 100,000 cases a fifth of its checks (issue 16). Neither makes reference
cycles of its own, and the pause lasts only as long as the work, so nothing is kept longer
than it would be anyway; the collector is on again afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the `with` block (left as it was when it was off already)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
