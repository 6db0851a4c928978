"""The privacy guard's small-numbers warning: locations with one or two reactions, with
their categories, in name order; three or more is no warning."""

from __future__ import annotations

from kluppluz_desk.domain.small_numbers import SmallNumberWarning, small_number_warnings


def test_one_and_two_warn_three_does_not() -> None:
    reactions = [
        ("Zeist", "Veiligheid"),
        ("Arnhem", "Planning"), ("Arnhem", "Veiligheid"),
        ("Ede", "Planning"), ("Ede", "Planning"),
        ("Breda", "Planning"), ("Breda", "Planning"), ("Breda", "Veiligheid"),
    ]  # fmt: skip
    assert small_number_warnings(reactions) == [
        SmallNumberWarning("Arnhem", 2, ("Planning", "Veiligheid")),
        SmallNumberWarning("Ede", 2, ("Planning",)),
        SmallNumberWarning("Zeist", 1, ("Veiligheid",)),
    ]


def test_none_without_reactions() -> None:
    assert small_number_warnings([]) == []


def test_messages_for_one_two_and_two_alike() -> None:
    assert SmallNumberWarning("Zeist", 1, ("Veiligheid",)).message == (
        "Zeist heeft in het verslag maar één klantreactie (categorie ‘Veiligheid’). Met de "
        "locatie en de categorie kan een lezer de familie herkennen: houd de beschrijving "
        "algemeen."
    )
    assert SmallNumberWarning("Ede", 2, ("Planning",)).message.startswith(
        "Ede heeft in het verslag maar twee klantreacties, allebei in de categorie ‘Planning’."
    )
    assert SmallNumberWarning("Arnhem", 2, ("Planning", "Veiligheid")).message.startswith(
        "Arnhem heeft in het verslag maar twee klantreacties (categorieën ‘Planning’ en "
        "‘Veiligheid’)."
    )
