"""Dutch texts built outside Qt count properly: "1 regel", "0 regels", never "regel(s)"."""

from __future__ import annotations

from datetime import date

import pytest

from kluppluz_desk.domain.deadlines import DeadlineSettings
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.plural import plural, plural_word
from kluppluz_desk.domain.regimes import PriorExtension, Regime, check_extension
from kluppluz_desk.services.register_import.importing import describe_problems
from kluppluz_desk.services.register_import.validating import Preview, RowCheck


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 regels"), (1, "1 regel"), (2, "2 regels"), (-1, "-1 regel"), (10_000, "10.000 regels")],
)
def test_plural_picks_the_dutch_form(count: int, expected: str) -> None:
    assert plural(count, "regel", "regels") == expected


def test_plural_word_agrees_the_verb() -> None:
    assert [plural_word(n, "heeft", "hebben") for n in (0, 1, 2)] == ["hebben", "heeft", "hebben"]


def _extend_childcare(already: int) -> str:
    with pytest.raises(ValidationError) as caught:
        check_extension(
            DeadlineSettings(), Regime.CHILDCARE,
            prior=[PriorExtension(days=already, decided_on=date(2026, 3, 2))],
            new_days=5, reason="wacht op verslag", decided_on=date(2026, 3, 9),
            notified_on=None, first_term_ends=date(2026, 3, 20),
        )  # fmt: skip
    return caught.value.args[0]


@pytest.mark.parametrize(("already", "left"), [(28, "0 dagen"), (27, "1 dag"), (26, "2 dagen")])
def test_extension_limit_says_how_many_days_are_left(already: int, left: str) -> None:
    message = _extend_childcare(already)
    assert message.endswith(f"er kan nog {left} bij.")
    assert "dag(en)" not in message


def _preview(bad_rows: int) -> Preview:
    rows = [RowCheck(line=n + 5, problems=["Datum ontbreekt"]) for n in range(bad_rows)]
    return Preview(file_name="register.xlsx", sheet="2021", header_row=3, headers=[], rows=rows)


def test_import_problems_message_in_singular_and_plural() -> None:
    one = describe_problems(_preview(1))
    assert one.startswith("1 regel van 'register.xlsx' heeft problemen; er is niets")
    many = describe_problems(_preview(12))
    assert many.startswith("12 regels van 'register.xlsx' hebben problemen;")
    assert many.endswith("… en nog 2 regels met problemen.")
    assert describe_problems(_preview(11)).endswith("… en nog 1 regel met problemen.")
