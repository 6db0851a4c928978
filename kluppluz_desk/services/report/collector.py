"""Python's cyclic garbage collector paused while the report's figures are computed.

A busy year's figures read some 40,000 rows (tuples, dates, strings) in a tenth of a
second. Each 700 new objects start a collector pass, and the objects that live on (the
rows of a result until it is consumed) push passes up to full ones over every object of
the program (the ORM's mappings, the interface): on a 100,000-case database that was 40-60
ms of a 130 ms computation, and the reason its time varied so (issue 16). The figures make
no reference cycles of their own, and the pause lasts as long as the computation, so
nothing is kept longer than it would be anyway; the collector is on again afterwards.
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
