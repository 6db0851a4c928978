"""The order statistics and groupings of services.insight, against hand-computed lists."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.deadlines import term_kept
from kluppluz_desk.domain.judgment import Verdict
from kluppluz_desk.services.insight.stats import (
    case_verdict,
    competition_ranks,
    median,
    nearest_rank,
    submitter_groups,
)
from tests.services.insight_world import D


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([5], 5.0),
        ([3, 1, 2], 2.0),
        ([1, 2, 3, 4], 2.5),  # even length: mean of the two middle values
        ([4, 4, 4, 4], 4.0),  # ties
        ([10, 2, 2, 7], 4.5),
    ],
)
def test_median(values: list[int], expected: float | None) -> None:
    assert median(values) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([7], 7),  # one value: it is every percentile
        (list(range(1, 11)), 9),  # n=10: rank ceil(9.0) = 9
        (list(range(1, 12)), 10),  # n=11: rank ceil(9.9) = 10
        ([2, 2, 2, 9], 9),  # n=4: rank ceil(3.6) = 4
        ([9, 2, 2, 2], 9),  # order does not matter
        ([5, 5], 5),  # ties
        ([3, 1], 3),  # n=2: rank ceil(1.8) = 2
        (list(range(1, 21)), 18),  # n=20: rank 18 exactly, not 19
    ],
)
def test_nearest_rank_90(values: list[int], expected: int | None) -> None:
    assert nearest_rank(values, 90) == expected


def test_nearest_rank_other_percentiles_and_bad_input() -> None:
    assert nearest_rank([1, 2, 3, 4], 50) == 2  # nearest rank: the lower middle
    assert nearest_rank([1, 2, 3, 4], 100) == 4
    assert nearest_rank([1, 2, 3, 4], 1) == 1
    with pytest.raises(ValueError):
        nearest_rank([1], 0)


@pytest.mark.parametrize(
    ("counts", "ranks"),
    [
        ([], []),
        ([4], [1]),
        ([5, 3, 1], [1, 2, 3]),
        ([2, 2, 1, 1], [1, 1, 3, 3]),
        ([1, 4, 4, 2], [4, 1, 1, 3]),  # input order kept; 2 comes after two 4s
        ([0, 0], [1, 1]),
    ],
)
def test_competition_ranks(counts: list[int], ranks: list[int]) -> None:
    assert competition_ranks(counts) == ranks


V = Verdict


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], None),
        ([V.UPHELD], V.UPHELD),
        ([V.UPHELD, V.UPHELD], V.UPHELD),
        ([V.REJECTED, V.REJECTED], V.REJECTED),
        ([V.UPHELD, V.REJECTED], V.PARTLY_UPHELD),
        ([V.PARTLY_UPHELD], V.PARTLY_UPHELD),
        ([V.INADMISSIBLE], V.INADMISSIBLE),
        ([V.INADMISSIBLE, V.REJECTED], V.REJECTED),  # judged on the merits that exist
        ([V.NO_JUDGMENT], V.NO_JUDGMENT),
        ([V.NO_JUDGMENT, V.INADMISSIBLE], V.NO_JUDGMENT),
    ],
)
def test_case_verdict(parts: list[Verdict], expected: Verdict | None) -> None:
    assert case_verdict(parts) == expected


def test_submitter_groups_link_by_email_or_name_and_postcode() -> None:
    sizes = submitter_groups(
        [
            ("Sanne Bakker", "sanne@example.org", ""),
            ("S. Bakker", " SANNE@example.org ", ""),  # same e-mail
            ("Sanne Bakker", "", "5611 AB"),  # same person by name + postcode only ...
            ("sanne  bakker", "sanne@example.org", "5611ab"),  # ... linked by this one
            ("Piet", "", ""),  # a name without postcode or e-mail: cannot be told apart
            ("", "", ""),  # anonymous
            ("Eva", "eva@example.org", ""),
            ("Sanne Bakker", "", "1234 XY"),  # same name, other postcode: someone else
        ]
    )
    assert sorted(sizes) == [1, 1, 4]


def test_submitter_groups_empty() -> None:
    assert submitter_groups([]) == []


def test_term_kept_boundaries() -> None:
    due, day = D(2025, 1, 13), D(2025, 1, 20)
    assert term_kept(D(2025, 1, 13), due, day) is True  # on the day
    assert term_kept(D(2025, 1, 14), due, day) is False  # a day late
    assert term_kept(None, due, day) is False  # not done, term passed
    assert term_kept(None, due, D(2025, 1, 13)) is None  # still the last day
    assert term_kept(None, due, day, stopped=True) is None  # withdrawn before the step
    assert term_kept(D(2025, 1, 10), due, day, stopped=True) is True  # done before
