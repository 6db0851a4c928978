"""Deadlines of the procedure, computed from the date of receipt (day 0).

Terms are calendar days unless `DeadlineSettings.working_days` is set, in which case
Saturdays and Sundays are not counted. A pause of N days moves every handling deadline
(acknowledgement, solution target, legal limit) by N days; an extension of N days moves the
solution target and the legal limit. The satisfaction check counts from the closure date;
the window in which a parent can still bring the dispute to the Geschillencommissie is
twelve months from receipt of the complaint (settings).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import ValidationError


@dataclass(frozen=True)
class DeadlineSettings:
    """The department's terms; defaults follow the organisation's rules and the law."""

    acknowledgement_days: int = 7
    solution_days: int = 21
    # Wet kinderopvang / Wkkgz: a complaint is handled within six weeks ...
    legal_days: int = 42
    # ... which may be extended once, by at most four weeks, with notice to the submitter.
    legal_extension_max_days: int = 28
    satisfaction_days: int = 14
    dispute_window_months: int = 12
    working_days: bool = False

    def validate(self) -> None:
        for name in (
            "acknowledgement_days",
            "solution_days",
            "legal_days",
            "satisfaction_days",
        ):
            value = getattr(self, name)
            if not 1 <= value <= 365:
                raise ValidationError("Een termijn moet tussen 1 en 365 dagen liggen.", field=name)
        if not 0 <= self.legal_extension_max_days <= 365:
            raise ValidationError(
                "De maximale verlenging moet tussen 0 en 365 dagen liggen.",
                field="legal_extension_max_days",
            )
        if not 1 <= self.dispute_window_months <= 60:
            raise ValidationError(
                "De termijn voor de Geschillencommissie moet tussen 1 en 60 maanden liggen.",
                field="dispute_window_months",
            )
        if self.acknowledgement_days > self.solution_days:
            raise ValidationError(
                "De ontvangstbevestiging kan niet later vallen dan de oplossingstermijn.",
                field="acknowledgement_days",
            )
        if self.solution_days > self.legal_days:
            raise ValidationError(
                "De streeftermijn voor een oplossing kan niet na de wettelijke termijn liggen.",
                field="solution_days",
            )


class Clock(StrEnum):
    """The clocks a case can have running."""

    ACKNOWLEDGEMENT = "acknowledgement"
    SOLUTION = "solution"
    LEGAL = "legal"
    SATISFACTION = "satisfaction"
    DISPUTE_WINDOW = "dispute_window"

    @property
    def label(self) -> str:
        return {
            Clock.ACKNOWLEDGEMENT: "Ontvangstbevestiging",
            Clock.SOLUTION: "Oplossing voorstellen",
            Clock.LEGAL: "Wettelijke afhandeltermijn",
            Clock.SATISFACTION: "Tevredenheid verifiëren",
            Clock.DISPUTE_WINDOW: "Termijn Geschillencommissie",
        }[self]


def add_days(start: date, days: int, *, working_days: bool = False) -> date:
    """`start` plus `days` calendar days, or plus `days` working days (Mon-Fri)."""
    if not working_days:
        return start + timedelta(days=days)
    step = 1 if days >= 0 else -1
    current = start
    remaining = abs(days)
    while remaining:
        current += timedelta(days=step)
        if current.weekday() < 5:
            remaining -= 1
    return current


def add_months(start: date, months: int) -> date:
    """`start` plus whole months, clamped to the last day of a shorter month."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


@dataclass(frozen=True)
class CaseDeadlines:
    """All due dates of one case."""

    acknowledgement: date
    solution: date
    legal: date
    dispute_window_end: date
    satisfaction: date | None

    def as_dict(self) -> dict[Clock, date | None]:
        return {
            Clock.ACKNOWLEDGEMENT: self.acknowledgement,
            Clock.SOLUTION: self.solution,
            Clock.LEGAL: self.legal,
            Clock.SATISFACTION: self.satisfaction,
            Clock.DISPUTE_WINDOW: self.dispute_window_end,
        }


def compute_deadlines(
    received_on: date,
    settings: DeadlineSettings,
    *,
    pause_days: Iterable[int] = (),
    extension_days: Iterable[int] = (),
    closed_on: date | None = None,
) -> CaseDeadlines:
    """Compute every due date of a case; pauses and extensions must be ≥ 0 days."""
    pauses = list(pause_days)
    extensions = list(extension_days)
    if any(p < 0 for p in pauses):
        raise ValidationError("Een pauze kan niet negatief zijn.", field="pause_days")
    if any(e < 0 for e in extensions):
        raise ValidationError("Een verlenging kan niet negatief zijn.", field="extension_days")
    paused = sum(pauses)
    extended = sum(extensions)
    wd = settings.working_days

    def due(term: int) -> date:
        # The pause is always counted in calendar days: the clock simply stood still.
        return add_days(received_on, term, working_days=wd) + timedelta(days=paused)

    return CaseDeadlines(
        acknowledgement=due(settings.acknowledgement_days),
        solution=due(settings.solution_days) + timedelta(days=extended),
        legal=due(settings.legal_days) + timedelta(days=extended),
        dispute_window_end=add_months(received_on, settings.dispute_window_months),
        satisfaction=(
            add_days(closed_on, settings.satisfaction_days, working_days=wd)
            if closed_on is not None
            else None
        ),
    )


def check_extension(
    settings: DeadlineSettings, already_extended: int, new_days: int, reason: str
) -> None:
    """Raise when an extension is not allowed: no reason, not positive, or beyond the law."""
    if not reason.strip():
        raise ValidationError("Geef de reden van de verlenging op.", field="reason")
    if new_days <= 0:
        raise ValidationError("Een verlenging moet minstens één dag zijn.", field="days")
    if already_extended + new_days > settings.legal_extension_max_days:
        left = max(settings.legal_extension_max_days - already_extended, 0)
        raise ValidationError(
            f"De afhandeltermijn mag in totaal met ten hoogste "
            f"{settings.legal_extension_max_days} dagen worden verlengd; er kan nog "
            f"{left} dag(en) bij.",
            field="days",
        )


def days_left(due: date, today: date) -> int:
    """Days until `due` (negative when overdue)."""
    return (due - today).days


def describe_days_left(due: date, today: date) -> str:
    """Dutch text for a deadline, readable without colour."""
    left = days_left(due, today)
    if left == 0:
        return "vandaag"
    if left == 1:
        return "morgen"
    if left > 1:
        return f"nog {left} dagen"
    if left == -1:
        return "1 dag te laat"
    return f"{-left} dagen te laat"
