"""Dutch public holidays and the organisation's closing days: the working-day calendar.

Where a term counts working days, Saturdays, Sundays, the Dutch public holidays and the
organisation's own closing days are not counted. The holidays are computed here (Easter by
the Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm) so the program needs
no calendar package and gives the same answer on every PC, offline.

Two holidays differ per employer and are settings (`HolidayRules`):
- Goede Vrijdag is not a general day off in the Netherlands; many employers give it. The
  default is *not* counted as a holiday (the organisation switches it on if its CAO does).
- Bevrijdingsdag (5 May) is a day off every year for some employers and only every five
  years (2025, 2030, …) for others; the default follows the organisation's CAO: every
  five years.
Koningsdag is 27 April, or 26 April when the 27th is a Sunday (since 2014; before that it
was Koninginnedag on 30 April, moved to 29 April when the 30th was a Sunday).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .errors import ValidationError


def normal_closing_days(days: Any) -> Any:
    """Closing days as settings keep them: a list of texts (JSON gives a list back) as a
    sorted tuple without repeats, hashable and comparable. Anything else is returned as
    given, for `validate` to name (a number from a damaged import was a TypeError here)."""
    if isinstance(days, list | tuple) and all(isinstance(d, str) for d in days):
        return tuple(sorted(set(days)))
    return days


@dataclass(frozen=True)
class HolidayRules:
    """Which days besides the weekend a working-day term skips."""

    good_friday: bool = False
    liberation_day_every_year: bool = False
    # The organisation's own closing days (e.g. a bridge day), as ISO dates "2026-05-15".
    closing_days: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "closing_days", normal_closing_days(self.closing_days))

    def validate(self) -> None:
        if not isinstance(self.closing_days, list | tuple):
            raise ValidationError(
                "De sluitingsdagen moeten een lijst van datums zijn (JJJJ-MM-DD).",
                field="closing_days",
            )
        for text in self.closing_days:
            try:
                date.fromisoformat(text)
            except (TypeError, ValueError):
                raise ValidationError(
                    f"'{text}' is geen geldige sluitingsdag (verwacht: JJJJ-MM-DD).",
                    field="closing_days",
                ) from None

    def closing_dates(self) -> frozenset[date]:
        return _closing_dates(self.closing_days)


@lru_cache(maxsize=64)
def _closing_dates(days: tuple[str, ...]) -> frozenset[date]:
    return frozenset(date.fromisoformat(d) for d in days)


def easter_sunday(year: int) -> date:
    """Easter Sunday of `year` in the Gregorian calendar (anonymous computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """Koningsdag (from 2014) or Koninginnedag (before), with the Sunday rule."""
    if year >= 2014:
        day = date(year, 4, 27)
        return day - timedelta(days=1) if day.weekday() == 6 else day
    day = date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=512)
def dutch_holidays(
    year: int, *, good_friday: bool = False, liberation_every_year: bool = False
) -> dict[date, str]:
    """The Dutch public holidays of `year`, date → Dutch name."""
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1): "Nieuwjaarsdag",
        easter: "Eerste Paasdag",
        easter + timedelta(days=1): "Tweede Paasdag",
        kings_day(year): "Koningsdag" if year >= 2014 else "Koninginnedag",
        easter + timedelta(days=39): "Hemelvaartsdag",
        easter + timedelta(days=49): "Eerste Pinksterdag",
        easter + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }
    if good_friday:
        days[easter - timedelta(days=2)] = "Goede Vrijdag"
    if liberation_every_year or year % 5 == 0:
        days.setdefault(date(year, 5, 5), "Bevrijdingsdag")
    return dict(sorted(days.items()))


def holidays_in(year: int, rules: HolidayRules) -> dict[date, str]:
    """Public holidays plus the organisation's closing days of `year`."""
    days = dict(
        dutch_holidays(
            year,
            good_friday=rules.good_friday,
            liberation_every_year=rules.liberation_day_every_year,
        )
    )
    for closing in rules.closing_dates():
        if closing.year == year:
            days.setdefault(closing, "Sluitingsdag")
    return dict(sorted(days.items()))


def is_working_day(day: date, rules: HolidayRules) -> bool:
    """Monday to Friday, and neither a public holiday nor a closing day."""
    if day.weekday() >= 5:
        return False
    if day in rules.closing_dates():
        return False
    return day not in dutch_holidays(
        day.year,
        good_friday=rules.good_friday,
        liberation_every_year=rules.liberation_day_every_year,
    )


def add_working_days(start: date, days: int, rules: HolidayRules) -> date:
    """`start` plus `days` working days (negative: back); day 0 is `start` itself."""
    step = 1 if days >= 0 else -1
    current = start
    remaining = abs(days)
    while remaining:
        current += timedelta(days=step)
        if is_working_day(current, rules):
            remaining -= 1
    return current


def working_days_between(start: date, end: date, rules: HolidayRules) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, rules):
            count += 1
    return count


def describe(days: Iterable[date], names: dict[date, str]) -> list[str]:
    """'di 14-05-2026 Hemelvaartsdag' lines for a settings screen or a log."""
    weekdays = ("ma", "di", "wo", "do", "vr", "za", "zo")
    return [f"{weekdays[d.weekday()]} {d.strftime('%d-%m-%Y')} {names[d]}" for d in days]
