"""Deadlines of the procedure, computed from the date of receipt (day 0).

Terms are calendar days unless `DeadlineSettings.working_days` is set, in which case
Saturdays, Sundays, Dutch public holidays and the organisation's closing days are not
counted (`domain.holidays`). The legal handling term depends on the case's complaint regime
(`domain.regimes`): Wet kinderopvang, Wkkgz or the Jeugdwet procedure. A pause of N days
moves every handling deadline (acknowledgement, solution target, legal limit) by N days; an
extension of N days moves the solution target and the legal limit. The satisfaction check
counts from the closure date; the window in which a parent can still bring the dispute to
the Geschillencommissie is twelve months from receipt of the complaint (settings).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import ValidationError
from .holidays import HolidayRules, add_working_days, normal_closing_days


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
    # The working-day calendar (domain.holidays): Good Friday off, Liberation Day off every
    # year (else every five years, as the CAO has it), and the organisation's closing days.
    good_friday_off: bool = False
    liberation_day_every_year: bool = False
    closing_days: tuple[str, ...] = ()
    # `legal_days` / `legal_extension_max_days` above are the Wet kinderopvang terms.
    # Wkkgz art. 17: six weeks, extendable once by at most four weeks with written notice.
    wkkgz_legal_days: int = 42
    wkkgz_extension_max_days: int = 28
    # Jeugdwet: the organisation's own complaints procedure (same terms unless changed).
    youth_legal_days: int = 42
    youth_extension_max_days: int = 28

    def __post_init__(self) -> None:
        object.__setattr__(self, "closing_days", normal_closing_days(self.closing_days))

    @property
    def holiday_rules(self) -> HolidayRules:
        return HolidayRules(
            good_friday=self.good_friday_off,
            liberation_day_every_year=self.liberation_day_every_year,
            closing_days=self.closing_days,
        )

    def validate(self) -> None:
        self.holiday_rules.validate()
        for name in (
            "acknowledgement_days",
            "solution_days",
            "legal_days",
            "satisfaction_days",
            "wkkgz_legal_days",
            "youth_legal_days",
        ):
            value = getattr(self, name)
            if not 1 <= value <= 365:
                raise ValidationError("Een termijn moet tussen 1 en 365 dagen liggen.", field=name)
        for name in (
            "legal_extension_max_days",
            "wkkgz_extension_max_days",
            "youth_extension_max_days",
        ):
            if not 0 <= getattr(self, name) <= 365:
                raise ValidationError(
                    "De maximale verlenging moet tussen 0 en 365 dagen liggen.", field=name
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
        if self.solution_days > min(self.legal_days, self.wkkgz_legal_days, self.youth_legal_days):
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


def add_days(
    start: date,
    days: int,
    *,
    working_days: bool = False,
    holidays: HolidayRules | None = None,
) -> date:
    """`start` plus `days` calendar days, or plus `days` working days: Monday to Friday
    without the Dutch public holidays and closing days of `holidays` (default rules)."""
    if not working_days:
        return start + timedelta(days=days)
    return add_working_days(start, days, holidays if holidays is not None else HolidayRules())


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
    legal_days: int | None = None,
) -> CaseDeadlines:
    """Compute every due date of a case; pauses and extensions must be ≥ 0 days.
    `legal_days` is the legal term of the case's regime (default: the Wet kinderopvang's)."""
    pauses = list(pause_days)
    extensions = list(extension_days)
    if any(p < 0 for p in pauses):
        raise ValidationError("Een pauze kan niet negatief zijn.", field="pause_days")
    if any(e < 0 for e in extensions):
        raise ValidationError("Een verlenging kan niet negatief zijn.", field="extension_days")
    paused = sum(pauses)
    extended = sum(extensions)
    wd = settings.working_days
    rules = settings.holiday_rules

    def due(term: int) -> date:
        # The pause is always counted in calendar days: the clock simply stood still.
        return add_days(received_on, term, working_days=wd, holidays=rules) + timedelta(days=paused)

    return CaseDeadlines(
        acknowledgement=due(settings.acknowledgement_days),
        solution=due(settings.solution_days) + timedelta(days=extended),
        legal=due(settings.legal_days if legal_days is None else legal_days)
        + timedelta(days=extended),
        dispute_window_end=add_months(received_on, settings.dispute_window_months),
        satisfaction=(
            add_days(closed_on, settings.satisfaction_days, working_days=wd, holidays=rules)
            if closed_on is not None
            else None
        ),
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


def term_kept(done: date | None, due: date, day: date, *, stopped: bool = False) -> bool | None:
    """Whether a clock was kept, the one rule every figure uses: True when the step was
    taken on or before `due`, False when it was taken later or, not taken, `due` has passed
    (late by definition), None when it cannot be judged yet (still inside its term) or
    never will be (`stopped`: the case was withdrawn before the step)."""
    if done is not None:
        return done <= due
    if stopped or due >= day:
        return None
    return False
