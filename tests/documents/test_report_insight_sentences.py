"""Every generated sentence of the report's indicators section for none, one, many, all and
ties (documents.report.insight_section), without building a PDF."""

from __future__ import annotations

import pytest

from kluppluz_desk.documents.report.insight_data import CategoryYear, Share
from kluppluz_desk.documents.report.insight_section import (
    improvements_sentence,
    reopened_sentence,
    repeat_sentence,
    satisfaction_sentence,
    top_category_sentence,
)


@pytest.mark.parametrize(
    ("count", "base", "expected"),
    [
        (0, 0, "Van 2025 is nog geen klantreactie afgesloten, dus ook geen heropend."),
        (0, 1, "De ene afgesloten klantreactie is niet heropend."),
        (1, 1, "De ene afgesloten klantreactie is heropend."),
        (0, 5, "Geen van de 5 afgesloten klantreacties is heropend."),
        (1, 5, "Van de 5 afgesloten klantreacties is er 1 heropend (20%)."),
        (2, 5, "Van de 5 afgesloten klantreacties zijn er 2 heropend (40%)."),
        (3, 3, "Alle 3 afgesloten klantreacties zijn heropend."),
        (1, 1200, "Van de 1.200 afgesloten klantreacties is er 1 heropend (0%)."),
    ],
)
def test_reopened(count: int, base: int, expected: str) -> None:
    assert reopened_sentence(2025, Share(count, base)) == expected


@pytest.mark.parametrize(
    ("count", "base", "expected"),
    [
        (0, 0, "Niemand heeft de vraag of de afhandeling naar tevredenheid was beantwoord."),
        (0, 1, "De ene indiener die de tevredenheidsvraag beantwoordde, was niet tevreden."),
        (1, 1, "De ene indiener die de tevredenheidsvraag beantwoordde, was tevreden."),
        (0, 2, "Geen van de 2 indieners die de tevredenheidsvraag beantwoordden, was tevreden."),
        (1, 3, "Van de 3 indieners die de tevredenheidsvraag beantwoordden, was er 1 tevreden "
               "(33%)."),
        (2, 3, "Van de 3 indieners die de tevredenheidsvraag beantwoordden, waren er 2 "
               "tevreden (67%)."),
        (4, 4, "Alle 4 indieners die de tevredenheidsvraag beantwoordden, waren tevreden."),
    ],
)  # fmt: skip
def test_satisfaction(count: int, base: int, expected: str) -> None:
    assert satisfaction_sentence(Share(count, base)) == expected


def test_repeat_submitters_are_a_number() -> None:
    assert repeat_sentence(2025, 0) == "Geen indiener diende in 2025 meer dan één klantreactie in."
    assert repeat_sentence(2025, 1) == "Eén indiener diende in 2025 twee of meer klantreacties in."
    assert repeat_sentence(2025, 3) == "3 indieners dienden in 2025 twee of meer klantreacties in."
    assert repeat_sentence(2019, None) == (  # erased after the retention period
        "Hoeveel indieners in 2019 meer dan één klantreactie indienden, is niet meer te "
        "tellen: na de bewaartermijn zijn hun gegevens verwijderd."
    )


@pytest.mark.parametrize(
    ("count", "base", "without", "expected"),
    [
        (0, 0, 0, "Er is nog geen verbeteractie waarvan de termijn te beoordelen is."),
        (0, 0, 2, "Er is nog geen verbeteractie waarvan de termijn te beoordelen is. "
                  "2 verbeteracties hebben geen termijn."),
        (1, 1, 0, "De ene verbeteractie waarvan de termijn te beoordelen is, is op tijd "
                  "afgerond."),
        (0, 1, 1, "De ene verbeteractie waarvan de termijn te beoordelen is, is niet op tijd "
                  "afgerond. Eén verbeteractie heeft geen termijn."),
        (0, 2, 0, "Geen van de 2 verbeteracties waarvan de termijn te beoordelen is, is op "
                  "tijd afgerond."),
        (1, 4, 0, "Van de 4 verbeteracties waarvan de termijn te beoordelen is, is er 1 op "
                  "tijd afgerond (25%)."),
        (3, 4, 0, "Van de 4 verbeteracties waarvan de termijn te beoordelen is, zijn er 3 op "
                  "tijd afgerond (75%)."),
        (2, 2, 0, "Alle 2 verbeteracties waarvan de termijn te beoordelen is, zijn op tijd "
                  "afgerond."),
    ],
)  # fmt: skip
def test_improvements(count: int, base: int, without: int, expected: str) -> None:
    assert improvements_sentence(Share(count, base), without) == expected


def _cat(name: str, count: int, rank: int) -> CategoryYear:
    return CategoryYear(name, count, 0, rank)


def test_top_category_none_one_many_and_ties() -> None:
    assert top_category_sentence(0, ()) == ""
    assert top_category_sentence(1, [_cat("Veiligheid", 1, 1)]) == (
        "De ene klantreactie ging over ‘Veiligheid’."
    )
    # 1–1 is a tie of ones: no category "most".
    tied_ones = [_cat("Veiligheid", 1, 1), _cat("Hygiëne", 1, 1)]
    assert top_category_sentence(2, tied_ones) == "Geen categorie kwam vaker dan één keer voor."
    assert top_category_sentence(9, [_cat("Veiligheid", 5, 1), _cat("Overig", 4, 2)]) == (
        "De meeste klantreacties gingen over ‘Veiligheid’ (5)."
    )
    # The issue's own case: one category's name holds "en"; quoted, it reads as one.
    four_four = [_cat("Gezondheid en hygiëne", 4, 1), _cat("Informatie", 4, 1),
                 _cat("Overig", 1, 3)]  # fmt: skip
    assert top_category_sentence(9, four_four) == (
        "De meeste klantreacties gingen over ‘Gezondheid en hygiëne’ en ‘Informatie’: elk 4."
    )
    three = [_cat("A", 2, 1), _cat("B", 2, 1), _cat("C", 2, 1)]
    assert top_category_sentence(6, three) == (
        "De meeste klantreacties gingen over ‘A’, ‘B’ en ‘C’: elk 2."
    )


def test_a_share_cannot_exceed_its_base() -> None:
    with pytest.raises(ValueError):
        Share(3, 2)
    assert Share(0, 0).percentage is None and Share(1, 3).percentage == 33
