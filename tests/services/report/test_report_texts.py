"""The generated sentences of the annual report's default texts, for none, one, many and
ties (issue 14 point 7): the top category with ties 1–1 and 4–4 (a category name holding
"en" stays one name), the comparison with last year inside the sentence about the total,
the withdrawn count, the opening with and without a duty towards the GGD, and an
improvement action recorded on two cases listed once."""

from __future__ import annotations

from datetime import date

import pytest

from kluppluz_desk.documents.report.data import (
    LabelCount,
    PreviousYearTotals,
    ReportFigures,
    TermFigures,
)
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report.figures import NO_CATEGORY, YearOverview, compute_figures
from kluppluz_desk.services.report.texts import (
    insights_text,
    introduction_text,
    top_category_sentence,
    total_sentence,
)
from tests.factories import make_case, seed

SAFETY, HEALTH, PLANNING = "Veiligheid", "Gezondheid en hygiëne", "Planning"


def overview(
    categories: tuple[tuple[str, int], ...] = (),
    *,
    total: int | None = None,
    withdrawn: int = 0,
    previous: int | None = None,
    terms: tuple[int, int] | None = None,
) -> YearOverview:
    count = sum(n for _, n in categories) if total is None else total
    ack = sol = TermFigures()
    if terms is not None:
        ack = TermFigures(terms[0], 4, None, 7)
        sol = TermFigures(terms[1], 4, None, 21)
    figures = ReportFigures(
        by_kind=(LabelCount("Klacht", count),) if count else (),
        by_category=tuple(LabelCount(label, n) for label, n in categories),
        acknowledgements=ack,
        solutions=sol,
    )
    prev = None if previous is None else PreviousYearTotals(year=2024, total=previous)
    return YearOverview(2025, figures, withdrawn, count, bool(count), prev)


@pytest.mark.parametrize(
    ("categories", "sentence"),
    [
        ((), ""),
        (((NO_CATEGORY, 3), ("Overig", 2)), ""),
        (((SAFETY, 1),), "De klantreactie ging over ‘Veiligheid’."),
        (((SAFETY, 1), ("Overig", 1)), "Eén klantreactie ging over ‘Veiligheid’."),
        (((SAFETY, 1), (PLANNING, 1)), "Geen categorie kwam vaker dan één keer voor."),
        (((SAFETY, 3), (PLANNING, 1)), "De meeste klantreacties (drie) gingen over ‘Veiligheid’."),
        (((SAFETY, 4), (HEALTH, 4), (PLANNING, 1)),
         "De meeste klantreacties gingen over twee categorieën, met elk vier: ‘Veiligheid’ en "
         "‘Gezondheid en hygiëne’."),
        (((SAFETY, 2), (HEALTH, 2), (PLANNING, 2)),
         "De meeste klantreacties gingen over drie categorieën, met elk twee: ‘Veiligheid’, "
         "‘Gezondheid en hygiëne’ en ‘Planning’."),
        (((PLANNING, 0), (SAFETY, 2), ("Overig", 5)),
         "De meeste klantreacties (twee) gingen over ‘Veiligheid’."),
    ],
)  # fmt: skip
def test_top_category_none_one_many_and_ties(
    categories: tuple[tuple[str, int], ...], sentence: str
) -> None:
    assert top_category_sentence(overview(categories)) == sentence


@pytest.mark.parametrize(
    ("total", "withdrawn", "previous", "sentence"),
    [
        (1, 0, None, "In 2025 ontvingen wij één klantreactie."),
        (10, 0, None, "In 2025 ontvingen wij tien klantreacties."),
        (10, 1, None, "In 2025 ontvingen wij tien klantreacties. Daarvan werd er één later "
                      "ingetrokken."),
        (10, 2, 22, "In 2025 ontvingen wij tien klantreacties, twaalf minder dan in 2024 (22). "
                    "Daarvan werden er twee later ingetrokken."),
        (23, 0, 22, "In 2025 ontvingen wij 23 klantreacties, één meer dan in 2024 (22)."),
        (22, 0, 22, "In 2025 ontvingen wij 22 klantreacties, evenveel als in 2024."),
        (1, 0, 0, "In 2025 ontvingen wij één klantreactie, één meer dan in 2024 (0)."),
    ],
)  # fmt: skip
def test_total_with_last_year_in_one_sentence(
    total: int, withdrawn: int, previous: int | None, sentence: str
) -> None:
    assert total_sentence(overview(total=total, withdrawn=withdrawn, previous=previous)) == (
        sentence
    )


def test_the_comparison_never_follows_the_percentages() -> None:
    text = insights_text(
        overview(((SAFETY, 4), (HEALTH, 4)), previous=22, terms=(3, 2)), "KluppluZ"
    )
    first = text.split("\n\n")[0]
    assert first == (
        "In 2025 ontvingen wij acht klantreacties, 14 minder dan in 2024 (22). De meeste "
        "klantreacties gingen over twee categorieën, met elk vier: ‘Veiligheid’ en ‘Gezondheid "
        "en hygiëne’. De ontvangst bevestigden wij in 75% van de gevallen binnen de termijn; "
        "een oplossing stelden wij in 50% van de gevallen op tijd voor."
    )


def test_a_year_without_reactions() -> None:
    text = insights_text(overview(), "KluppluZ")
    assert text.startswith("In 2025 kwamen er via de klantreactieregeling geen klantreacties")
    assert "meeste" not in text


def test_the_opening_promises_the_ggd_only_when_required() -> None:
    assert "vóór 1 juni naar de GGD" in introduction_text("KluppluZ", True)
    optional = introduction_text("KluppluZ", False)
    assert "1 juni" not in optional and "geen verslag aan de GGD" in optional


def test_an_action_on_two_cases_is_listed_once(db: Database) -> None:
    seeded = seed(db)
    with frozen(date(2025, 6, 2)):
        for day in (2, 3):
            case = make_case(db, seeded, received_on=date(2025, 5, day))
            cases.add_improvement(db, case_id=case.id, title="Veerslot op alle hekken")
        other = make_case(db, seeded, received_on=date(2025, 5, 4))
        cases.add_improvement(db, case_id=other.id, title="Nieuw overdrachtsformulier")
        figures = compute_figures(db, 2025)
    assert figures.improvements.titles == ("Veerslot op alle hekken", "Nieuw overdrachtsformulier")
    assert figures.improvements.count == 2
