"""What a print job asks for (printer, copies, pages, sides, paper, tray) and what the print
queue answered, as plain data shared by every platform path."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from ...domain.errors import KnownProblem
from ...domain.values import describe, text_problem


class PrintError(KnownProblem):
    """The job did not reach the print queue (no printer, offline, refused); the message
    is Dutch and says what to do. Nothing was recorded as sent."""


class Sides(enum.Enum):
    """One- or two-sided, in the words of IPP (`sides`); None in the options: as the
    printer is set up."""

    ONE_SIDED = "one-sided"
    LONG_EDGE = "two-sided-long-edge"
    SHORT_EDGE = "two-sided-short-edge"


# The paper sources a print dialog offers by name (Qt's QPrinter.PaperSource, Windows'
# DMBIN_*); CUPS drivers name the same trays in their PPD's InputSlot option.
PAPER_SOURCES = ("Upper", "Lower", "Middle", "Manual", "Envelope", "LargeCapacity", "Auto")


@dataclass(frozen=True)
class PrintOptions:
    """One print job. `printer` None: the default printer; `pages` 1-based inclusive
    ranges, empty: every page; `media` a paper name such as "A4" (None: the driver's)."""

    printer: str | None = None
    copies: int = 1
    pages: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    sides: Sides | None = None
    media: str | None = None
    paper_source: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 999:
            raise PrintError("Het aantal exemplaren moet tussen 1 en 999 liggen.")
        for first, last in self.pages:
            if first < 1 or last < first:
                raise PrintError(f"Ongeldig paginabereik {first}-{last}.")

    def page_ranges_text(self) -> str:
        """The pages as CUPS writes them: "1-2,4"."""
        return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in self.pages)

    def selected_pages(self, count: int) -> list[int]:
        """The 0-based page numbers to print of a document of `count` pages, in order."""
        if not self.pages:
            return list(range(count))
        chosen = [n - 1 for first, last in self.pages for n in range(first, last + 1)]
        return [n for n in chosen if n < count]


def parse_page_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """ "1-2, 4" → ((1, 2), (4, 4)); a Dutch PrintError when it is not a page list."""
    problem = text_problem(text, 1_000)
    if problem:
        raise PrintError(f"Het paginabereik {problem}.")
    ranges: list[tuple[int, int]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        # pages from 1 and at most six digits: page 0 selected the last page, and a number
        # of 5,000 digits is more than int() reads
        match = re.fullmatch(r"([1-9]\d{0,5})\s*(?:-\s*([1-9]\d{0,5}))?", part)
        first = int(match.group(1)) if match else 0
        last = int(match.group(2) or first) if match else 0
        if match is None or last < first:
            raise PrintError(f"{describe(part)} is geen paginabereik; schrijf bijvoorbeeld 1-2,4.")
        ranges.append((first, last))
    return tuple(ranges)


@dataclass(frozen=True)
class PrintJob:
    """A job the print queue accepted: its id as the queue names it, the printer, how many
    pages of the document were sent and how many bytes went to the queue."""

    job_id: str
    printer: str
    pages: int
    size_bytes: int
    path: str  # "cups", "windows" or "raster"

    @property
    def kb_per_page(self) -> float:
        return self.size_bytes / 1024 / max(1, self.pages)
