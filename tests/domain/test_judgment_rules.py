"""Closing a complaint under the Wet kinderopvang needs a concrete term for the measures,
unless every part was judged niet-ontvankelijk (then there is nothing to take measures on)."""

from __future__ import annotations

from datetime import date

import pytest

from kluppluz_desk.domain.enums import ReactionKind
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict, check_closable
from kluppluz_desk.domain.regimes import Regime

OUT = JudgmentPartData("Gymles", Verdict.INADMISSIBLE, "Gaat over de school, niet over ons.")
UPHELD = JudgmentPartData("Overdracht", Verdict.UPHELD, "Niet gebeurd zoals afgesproken.")


def test_inadmissible_on_every_part_needs_no_measures_term() -> None:
    check_closable(Regime.CHILDCARE, ReactionKind.COMPLAINT, [OUT], None)


@pytest.mark.parametrize("parts", [[UPHELD], [OUT, UPHELD]])
def test_any_judged_part_needs_the_term(parts: list[JudgmentPartData]) -> None:
    with pytest.raises(ValidationError, match="concrete termijn"):
        check_closable(Regime.CHILDCARE, ReactionKind.COMPLAINT, parts, None)
    check_closable(Regime.CHILDCARE, ReactionKind.COMPLAINT, parts, date(2026, 5, 1))


def test_the_wkkgz_asks_no_measures_term() -> None:
    check_closable(Regime.WKKGZ, ReactionKind.COMPLAINT, [UPHELD], None)
