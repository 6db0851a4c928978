"""The indicators of whether complaint handling works, as plain frozen data: counts and
shares only, never a name, a reference or a text from a case (they go to CSV/Excel and
to the annual report). Built by services.insight.compute, shown by ui/insight."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain.enums import ReactionKind
from ...domain.errors import ValidationError
from ...domain.values import check_id, check_int, describe

TOP_CATEGORIES = 5


@dataclass(frozen=True)
class InsightFilter:
    """Which reactions the figures cover: those received in `year`, optionally of one
    location and of one kind."""

    year: int
    location_id: int | None = None
    kind: ReactionKind | None = None


def check_filter(flt: Any) -> InsightFilter:
    """A filter as the insight screen gives it, checked with the shared value rules."""
    if not isinstance(flt, InsightFilter):
        raise ValidationError("Het filter is onleesbaar.", field="filter")
    try:
        kind = None if flt.kind is None else ReactionKind(flt.kind)
    except (ValueError, TypeError):
        raise ValidationError(f"De soort: onbekende waarde {describe(flt.kind)}.",
                              field="kind") from None  # fmt: skip
    return InsightFilter(
        check_int(flt.year, "Het jaar", field="year", low=1900, high=2200),
        None if flt.location_id is None else check_id(flt.location_id, "De locatie"),
        kind,
    )


@dataclass(frozen=True)
class ClockFigure:
    """One clock: how many reactions were judged on it and how many kept it."""

    label: str
    term_days: int | None  # the setting's term; None when it differs per regime
    judged: int
    on_time: int

    @property
    def late(self) -> int:
        return self.judged - self.on_time

    @property
    def share(self) -> float | None:
        """On time as 0..1, None when nothing could be judged yet."""
        return self.on_time / self.judged if self.judged else None


@dataclass(frozen=True)
class DurationFigure:
    """Calendar days from receipt to a step, over the reactions that reached it."""

    label: str
    count: int
    median: float | None
    p90: int | None


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


@dataclass(frozen=True)
class Rate:
    """`count` of `base`, e.g. reopened of closed; share None when `base` is 0."""

    count: int
    base: int

    @property
    def share(self) -> float | None:
        return self.count / self.base if self.base else None


@dataclass(frozen=True)
class EscalationRow:
    """Escalations to one body in the year, and how they ended."""

    body: str
    total: int
    outcomes: tuple[CountRow, ...]  # every outcome, zeros included, in a fixed order


@dataclass(frozen=True)
class CategoryRow:
    """A category this year and the year before; `rank` is the competition rank of this
    year's count (1, 1, 3 …: tied counts share a rank), None when it had none this year."""

    name: str
    count: int
    previous: int
    rank: int | None

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True)
class Insight:
    """Every indicator of one year (and filter)."""

    filter: InsightFilter
    location_name: str  # "Alle locaties" without a location filter
    kind_label: str  # "Alle soorten" without a kind filter
    received: int
    clocks: tuple[ClockFigure, ...]
    durations: tuple[DurationFigure, ...]
    judgments: tuple[CountRow, ...]  # per reaction, in the order of domain.judgment.Verdict
    reopened: Rate  # reopened of the reactions closed at least once
    satisfaction: Rate  # satisfied of those who answered the satisfaction check
    satisfaction_outcomes: tuple[CountRow, ...]
    escalations: tuple[EscalationRow, ...]
    repeat_submitters: int
    submitters: int  # distinct submitters that can be told apart (see compute.py)
    improvements: Rate  # done on time of the actions whose term could be judged
    improvements_without_term: int
    categories: tuple[CategoryRow, ...]

    @property
    def top_categories(self) -> tuple[CategoryRow, ...]:
        """The categories ranked 1 to TOP_CATEGORIES this year; a tie at the boundary keeps
        every tied category (so a fifth place shared by three shows all three)."""
        return tuple(c for c in self.categories if c.rank is not None and c.rank <= TOP_CATEGORIES)

    @property
    def escalation_total(self) -> int:
        return sum(e.total for e in self.escalations)

    @property
    def judged_total(self) -> int:
        return sum(j.count for j in self.judgments)
