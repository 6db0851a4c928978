"""Stopping a JSON import or export halfway, for the window's progress dialog.

An import runs in one transaction, so stopping between two batches rolls everything back;
an export is written to a temporary file that replaces the target only when complete, so
stopping while it is written leaves no file. Either way nothing is half done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from ...domain.errors import KnownProblem

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class TransferCancelled(KnownProblem):
    """The person stopped an import or export; nothing was written."""

    def __init__(self, importing: bool) -> None:
        super().__init__(
            "Het importeren is afgebroken. Er is niets geïmporteerd."
            if importing
            else "Het exporteren is afgebroken. Er is geen bestand gemaakt."
        )


class CancellableWriter:
    """A text handle that stops the export when `cancelled()` says so (checked at most
    every `every` writes: `json.dump` writes in small pieces)."""

    def __init__(self, handle: IO[str], cancelled: Cancelled, every: int = 2000) -> None:
        self.handle, self.cancelled, self.every, self.writes = handle, cancelled, every, 0

    def write(self, text: str) -> int:
        self.writes += 1
        if self.writes % self.every == 0 and self.cancelled():
            raise TransferCancelled(importing=False)
        return self.handle.write(text)
