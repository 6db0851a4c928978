"""Settings as an import brings them in (`settings_from_rows`): a value of the wrong kind is
a Dutch message naming the setting and field, never a TypeError (found by the import
fuzz: `"closing_days": 9223372036854775808` crashed in the dataclass)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.holidays import HolidayRules
from kluppluz_desk.services.settings import settings_from_rows


@pytest.mark.parametrize(
    "bad", [9223372036854775808, "2026-12-24", [1, 2], {"a": 1}, None, ["2026-12-24", 3]]
)
def test_closing_days_of_the_wrong_kind_are_named(bad: Any) -> None:
    with pytest.raises(ValidationError, match="Termijnen, veld 'closing_days' moet een lijst"):
        settings_from_rows({"deadlines": json.dumps({"closing_days": bad})})


def test_good_closing_days_are_kept_sorted_once() -> None:
    rows = {"deadlines": json.dumps({"closing_days": ["2026-12-31", "2026-12-24", "2026-12-24"]})}
    assert settings_from_rows(rows).deadlines.closing_days == ("2026-12-24", "2026-12-31")


def test_a_bad_date_among_the_closing_days_is_named() -> None:
    with pytest.raises(ValidationError, match="'2026-13-01' is geen geldige sluitingsdag"):
        settings_from_rows({"deadlines": json.dumps({"closing_days": ["2026-13-01"]})})


@pytest.mark.parametrize("bad", [5, None])
def test_holiday_rules_refuse_what_is_not_a_list(bad: Any) -> None:
    with pytest.raises(ValidationError, match="lijst van datums"):
        HolidayRules(closing_days=bad).validate()
