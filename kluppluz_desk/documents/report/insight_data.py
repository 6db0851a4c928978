"""The indicators of whether complaint handling works (issue 14.5), as the annual report
prints them: plain counts, never a name, a reference or a text from a case. The service
(services.report.insight_figures) takes them from services.insight for the whole year —
every location and kind — over the cases the report counts (confidential ones or not, as
the report's setting says)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Share:
    """`count` of `base`; no percentage when `base` is 0."""

    count: int = 0
    base: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.count <= self.base:
            raise ValueError(f"count {self.count} must lie between 0 and base {self.base}")

    @property
    def percentage(self) -> int | None:
        return round(100 * self.count / self.base) if self.base else None


@dataclass(frozen=True)
class StepDays:
    """Calendar days from receipt to a step, over the `count` reactions that reached it."""

    label: str
    count: int = 0
    median: float | None = None
    p90: int | None = None


@dataclass(frozen=True)
class CategoryYear:
    """A top category: this year's count, last year's, and its competition rank (tied
    counts share a rank: 1, 1, 3)."""

    name: str
    count: int
    previous: int
    rank: int


@dataclass(frozen=True)
class InsightFigures:
    """The key indicators of one year for the report."""

    received: int = 0
    durations: tuple[StepDays, ...] = ()
    reopened: Share = field(default_factory=Share)  # reopened of those closed at least once
    satisfied: Share = field(default_factory=Share)  # satisfied of those who answered
    # Submitters with two or more reactions: a count only. None: no longer countable, the
    # retention rule erased the names and addresses of some of the year's reactions.
    repeat_submitters: int | None = 0
    improvements: Share = field(default_factory=Share)  # done on time of those judged
    improvements_without_term: int = 0
    categories: tuple[CategoryYear, ...] = ()  # the top categories, by rank
