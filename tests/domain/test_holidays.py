"""Dutch public holidays in working-day terms: known dates and property-based invariants
across 2000-2100."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kluppluz_desk.domain.deadlines import DeadlineSettings, add_days, compute_deadlines
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.holidays import (
    HolidayRules,
    add_working_days,
    dutch_holidays,
    easter_sunday,
    holidays_in,
    is_working_day,
    kings_day,
    working_days_between,
)

DEFAULT = HolidayRules()
ALL_OFF = HolidayRules(good_friday=True, liberation_day_every_year=True)
years = st.integers(min_value=2000, max_value=2100)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 11, 30))
rules = st.builds(
    HolidayRules,
    good_friday=st.booleans(),
    liberation_day_every_year=st.booleans(),
    closing_days=st.lists(dates.map(date.isoformat), max_size=5).map(tuple),
)


# Published Easter Sundays (e.g. the KNMI/Meertens tables).
@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2038, date(2038, 4, 25)),
        (2100, date(2100, 3, 28)),
    ],
)
def test_easter_sunday_known_years(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_holidays_of_2026() -> None:
    days = dutch_holidays(2026)
    assert days[date(2026, 1, 1)] == "Nieuwjaarsdag"
    assert days[date(2026, 4, 5)] == "Eerste Paasdag"
    assert days[date(2026, 4, 6)] == "Tweede Paasdag"
    assert days[date(2026, 4, 27)] == "Koningsdag"
    assert days[date(2026, 5, 14)] == "Hemelvaartsdag"
    assert days[date(2026, 5, 24)] == "Eerste Pinksterdag"
    assert days[date(2026, 5, 25)] == "Tweede Pinksterdag"
    assert days[date(2026, 12, 25)] == "Eerste Kerstdag"
    assert days[date(2026, 12, 26)] == "Tweede Kerstdag"
    # Not a lustrum year and Good Friday off only by setting.
    assert date(2026, 5, 5) not in days
    assert date(2026, 4, 3) not in days
    assert len(days) == 9


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday() -> None:
    assert date(2025, 4, 27).weekday() == 6
    assert kings_day(2025) == date(2025, 4, 26)
    assert kings_day(2014) == date(2014, 4, 26)  # the first Koningsdag was also a Sunday move
    assert kings_day(2026) == date(2026, 4, 27)
    assert kings_day(2006) == date(2006, 4, 29)  # Koninginnedag: 30 April was a Sunday
    assert kings_day(2013) == date(2013, 4, 30)


def test_liberation_day_every_five_years_by_default_and_every_year_by_setting() -> None:
    assert date(2025, 5, 5) in dutch_holidays(2025)
    assert date(2030, 5, 5) in dutch_holidays(2030)
    assert date(2026, 5, 5) not in dutch_holidays(2026)
    assert date(2026, 5, 5) in dutch_holidays(2026, liberation_every_year=True)


def test_good_friday_is_a_setting() -> None:
    assert is_working_day(date(2026, 4, 3), DEFAULT)
    assert not is_working_day(date(2026, 4, 3), HolidayRules(good_friday=True))


def test_closing_days_are_skipped_and_validated() -> None:
    bridge = HolidayRules(closing_days=("2026-05-15",))  # the Friday after Ascension
    assert not is_working_day(date(2026, 5, 15), bridge)
    assert holidays_in(2026, bridge)[date(2026, 5, 15)] == "Sluitingsdag"
    # Thursday 13 May + 1 working day: Ascension and the bridge day are skipped.
    assert add_working_days(date(2026, 5, 13), 1, bridge) == date(2026, 5, 18)
    assert add_working_days(date(2026, 5, 13), 1, DEFAULT) == date(2026, 5, 15)
    with pytest.raises(ValidationError, match="sluitingsdag"):
        HolidayRules(closing_days=("15-05-2026",)).validate()
    # A list (as JSON gives it back) compares equal to the tuple.
    assert HolidayRules(closing_days=["2026-05-15"]) == bridge  # type: ignore[arg-type]


def test_working_day_terms_skip_the_whitsun_and_ascension_holidays() -> None:
    settings = DeadlineSettings(working_days=True)
    # Received Wednesday 13 May 2026; 7 working days: 15, 18, 19, 20, 21, 22, 26 (25 = Whit Monday).
    deadlines = compute_deadlines(date(2026, 5, 13), settings)
    assert deadlines.acknowledgement == date(2026, 5, 26)
    # Around King's Day: Fri 24 April + 1 working day skips the weekend and Monday 27 April.
    assert add_days(date(2026, 4, 24), 1, working_days=True) == date(2026, 4, 28)
    # Christmas and New Year 2026/27: Thu 24 Dec + 3 = Mon 28, Tue 29, Wed 30.
    assert add_days(date(2026, 12, 24), 3, working_days=True) == date(2026, 12, 30)
    assert add_days(date(2026, 12, 31), 1, working_days=True) == date(2027, 1, 4)


def test_calendar_days_ignore_holidays() -> None:
    assert add_days(date(2026, 5, 13), 1) == date(2026, 5, 14)


@settings(max_examples=300, deadline=None)
@given(dates, st.integers(min_value=1, max_value=90), rules)
def test_a_working_day_deadline_never_lands_on_a_weekend_or_holiday(
    start: date, days: int, calendar: HolidayRules
) -> None:
    due = add_working_days(start, days, calendar)
    assert due.weekday() < 5
    assert due not in holidays_in(due.year, calendar)
    assert working_days_between(start, due, calendar) == days


@settings(max_examples=200, deadline=None)
@given(dates, st.integers(min_value=1, max_value=60), rules)
def test_every_deadline_of_a_case_is_a_working_day(
    received: date, term: int, calendar: HolidayRules
) -> None:
    s = DeadlineSettings(
        working_days=True,
        acknowledgement_days=min(term, 7),
        solution_days=term,
        legal_days=max(term, 42),
        good_friday_off=calendar.good_friday,
        liberation_day_every_year=calendar.liberation_day_every_year,
        closing_days=calendar.closing_days,
    )
    d = compute_deadlines(received, s, closed_on=received + timedelta(days=term))
    for due in (d.acknowledgement, d.solution, d.legal, d.satisfaction):
        assert due is not None
        assert is_working_day(due, calendar)


@settings(max_examples=100, deadline=None)
@given(years)
def test_holiday_structure_every_year(year: int) -> None:
    days = dutch_holidays(year)
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)
    assert (easter + timedelta(days=39)).weekday() == 3  # Ascension: a Thursday
    assert (easter + timedelta(days=50)).weekday() == 0  # Whit Monday
    assert kings_day(year).weekday() != 6
    if year % 5 == 0:
        assert date(year, 5, 5) in days
    else:  # 5 May can still be Ascension (2016) or Whit Monday, never Liberation Day
        assert days.get(date(year, 5, 5)) != "Bevrijdingsdag"
    assert all(d.year == year for d in days)


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=0, max_value=40))
def test_more_holidays_never_make_a_deadline_earlier(start: date, days: int) -> None:
    assert add_working_days(start, days, ALL_OFF) >= add_working_days(start, days, DEFAULT)
