"""Deadlines: terms, pauses, extensions and their invariants (property-based)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kluppluz_desk.domain.deadlines import (
    DeadlineSettings,
    add_days,
    add_months,
    compute_deadlines,
    describe_days_left,
)
from kluppluz_desk.domain.errors import ValidationError

DEFAULTS = DeadlineSettings()
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
small = st.integers(min_value=0, max_value=120)


def test_default_terms() -> None:
    d = compute_deadlines(date(2021, 3, 1), DEFAULTS)
    assert d.acknowledgement == date(2021, 3, 8)
    assert d.solution == date(2021, 3, 22)
    assert d.legal == date(2021, 4, 12)
    assert d.dispute_window_end == date(2022, 3, 1)
    assert d.satisfaction is None


def test_satisfaction_counts_from_closure() -> None:
    d = compute_deadlines(date(2021, 3, 1), DEFAULTS, closed_on=date(2021, 3, 20))
    assert d.satisfaction == date(2021, 4, 3)


def test_working_days_skip_the_weekend() -> None:
    assert add_days(date(2026, 11, 20), 1, working_days=True) == date(2026, 11, 23)  # Fri → Mon
    settings = DeadlineSettings(working_days=True)
    assert compute_deadlines(date(2026, 11, 20), settings).acknowledgement == date(2026, 12, 1)


def test_month_window_clamps_to_month_end() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 3, 31), 12) == date(2024, 3, 31)


@given(
    received=dates,
    pauses=st.lists(small, max_size=4),
    extensions=st.lists(small, max_size=4),
    working=st.booleans(),
)
def test_no_due_date_before_receipt(
    received: date, pauses: list[int], extensions: list[int], working: bool
) -> None:
    d = compute_deadlines(
        received,
        DeadlineSettings(working_days=working),
        pause_days=pauses,
        extension_days=extensions,
    )
    for due in (d.acknowledgement, d.solution, d.legal, d.dispute_window_end):
        assert due > received
    assert d.acknowledgement <= d.solution <= d.legal


@given(received=dates, pause=small, extensions=st.lists(small, max_size=3))
def test_a_pause_of_n_days_moves_every_handling_date_by_n(
    received: date, pause: int, extensions: list[int]
) -> None:
    before = compute_deadlines(received, DEFAULTS, extension_days=extensions)
    after = compute_deadlines(received, DEFAULTS, pause_days=[pause], extension_days=extensions)
    shift = timedelta(days=pause)
    assert after.acknowledgement == before.acknowledgement + shift
    assert after.solution == before.solution + shift
    assert after.legal == before.legal + shift
    assert after.dispute_window_end == before.dispute_window_end


@given(received=dates, extension=small)
def test_an_extension_moves_solution_and_legal_not_acknowledgement(
    received: date, extension: int
) -> None:
    before = compute_deadlines(received, DEFAULTS)
    after = compute_deadlines(received, DEFAULTS, extension_days=[extension])
    assert after.acknowledgement == before.acknowledgement
    assert after.solution - before.solution == timedelta(days=extension)
    assert after.legal - before.legal == timedelta(days=extension)


def test_negative_pause_is_refused() -> None:
    with pytest.raises(ValidationError):
        compute_deadlines(date(2021, 1, 1), DEFAULTS, pause_days=[-1])


def test_settings_are_checked() -> None:
    with pytest.raises(ValidationError):
        DeadlineSettings(acknowledgement_days=0).validate()
    with pytest.raises(ValidationError):
        DeadlineSettings(solution_days=50, legal_days=42).validate()
    DEFAULTS.validate()


@pytest.mark.parametrize(
    ("offset", "text"),
    [
        (0, "vandaag"),
        (1, "morgen"),
        (5, "nog 5 dagen"),
        (-1, "1 dag te laat"),
        (-3, "3 dagen te laat"),
    ],
)
def test_days_left_text(offset: int, text: str) -> None:
    today = date(2026, 11, 23)
    assert describe_days_left(today + timedelta(days=offset), today) == text
