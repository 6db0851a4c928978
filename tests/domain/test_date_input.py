"""Typed dates: the forms people type are read right, impossible ones get a Dutch message."""

from __future__ import annotations

from datetime import date

import pytest

from kluppluz_desk.domain.date_input import parse_date_text
from kluppluz_desk.domain.errors import ValidationError

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3122026", date(2026, 12, 3)),
        ("03122026", date(2026, 12, 3)),
        ("3-12-2026", date(2026, 12, 3)),
        ("3/12/26", date(2026, 12, 3)),
        ("3.12.2026", date(2026, 12, 3)),
        ("3/12", date(2026, 12, 3)),
        ("3 dec", date(2026, 12, 3)),
        ("3 december 2025", date(2025, 12, 3)),
        ("15 mrt", date(2026, 3, 15)),
        ("1 mei 2026", date(2026, 5, 1)),
        ("2026-12-03", date(2026, 12, 3)),
        ("0312", date(2026, 12, 3)),
        ("312", date(2026, 12, 3)),  # 31-2 does not exist, so only 3-12 fits
        ("12", date(2026, 12, 12)),
        ("  29-2-2028 ", date(2028, 2, 29)),
    ],
)
def test_typed_forms_are_read(text: str, expected: date) -> None:
    assert parse_date_text(text, TODAY) == expected


def test_empty_text_is_no_date() -> None:
    assert parse_date_text("  ", TODAY) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("31-2-2026", "februari 2026 heeft 28 dagen"),
        ("30022026", "februari 2026 heeft 28 dagen"),
        ("3-13-2026", "geen maand 13"),
        ("1112026", "01-11-2026 of 11-01-2026"),  # two readings: ask, never guess
        ("3 foo", "'foo' is geen maand"),
        ("morgen", "geen datum"),
        ("3-12-202", "geen jaartal"),
        ("1-1-1850", "buiten de jaren"),
        ("123456789", "geen datum"),
    ],
)
def test_impossible_or_unclear_dates_say_why(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as problem:
        parse_date_text(text, TODAY)
    assert words in problem.value.message
