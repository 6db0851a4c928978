"""Figures that show whether complaint handling works, per complaint regime (issue 14):
plain counts only — never a name, a reference or a location — so they may be printed in
the public annual report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RegimeFigures:
    """One regime's complaints of the year and how they were handled.

    - `judged`: complaints with a reasoned judgment; `upheld`: of those, judged gegrond or
      deels gegrond on at least one part.
    - `measures_*`: complaints with a concrete term for the measures whose term has passed
      or whose measures are done; on time when every improvement action of the case was
      done on or before that term.
    - `decisions_*`: complaints closed, or still open after their legal term; on time when
      closed within the legal term of the regime including a lawful extension.
    - `extended`: complaints whose term was extended.
    """

    regime: str
    complaints: int = 0
    judged: int = 0
    upheld: int = 0
    measures_on_time: int = 0
    measures_counted: int = 0
    decisions_on_time: int = 0
    decisions_counted: int = 0
    extended: int = 0


@dataclass(frozen=True)
class LawFigures:
    """The regimes that had complaints in the year, in a fixed order."""

    regimes: tuple[RegimeFigures, ...] = ()

    @property
    def complaints(self) -> int:
        return sum(r.complaints for r in self.regimes)
