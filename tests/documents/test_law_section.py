"""Every sentence of chapter 4 ("Klachten volgens de wet") for none, one, many and ties."""

from __future__ import annotations

import pytest

from kluppluz_desk.documents.report.law_data import LawFigures, RegimeFigures
from kluppluz_desk.documents.report.law_section import (
    decisions_sentence,
    duty_sentence,
    judgment_sentence,
    legal_counts_sentence,
    measures_sentence,
    regimes_sentence,
)

WKO, WKKGZ, YOUTH = "Wet kinderopvang", "Wkkgz (zorg)", "Jeugdwet (eigen klachtenregeling)"


@pytest.mark.parametrize(
    ("complaints", "disputes", "sentence"),
    [
        (0, 0, "In 2025 zijn geen schriftelijke klachten ontvangen en zijn geen geschillen "
               "voorgelegd aan de Geschillencommissie."),
        (1, 0, "In 2025 is 1 schriftelijke klacht ontvangen en is geen geschil voorgelegd aan "
               "de Geschillencommissie."),
        (0, 1, "In 2025 zijn geen schriftelijke klachten ontvangen en is 1 geschil voorgelegd "
               "aan de Geschillencommissie."),
        (12, 2, "In 2025 zijn 12 schriftelijke klachten ontvangen en zijn 2 geschillen "
                "voorgelegd aan de Geschillencommissie."),
        (1200, 1, "In 2025 zijn 1.200 schriftelijke klachten ontvangen en is 1 geschil "
                  "voorgelegd aan de Geschillencommissie."),
    ],
)  # fmt: skip
def test_legal_counts(complaints: int, disputes: int, sentence: str) -> None:
    assert legal_counts_sentence(2025, complaints, disputes) == sentence


def test_duty_follows_the_law() -> None:
    assert duty_sentence(2025, True) == "Daarom is een verslag aan de GGD over 2025 verplicht."
    not_required = duty_sentence(2025, False)
    assert "niet verplicht" in not_required and "1 juni" not in not_required


@pytest.mark.parametrize(
    ("regimes", "sentence"),
    [
        ((), "Er zijn geen klachten om per wettelijke regeling te beschrijven."),
        (((WKO, 1),), "De klacht viel onder de Wet kinderopvang."),
        (((WKKGZ, 3),), "Alle 3 klachten vielen onder de Wkkgz (zorg)."),
        (((WKO, 1), (WKKGZ, 4), (YOUTH, 2)),
         "Van de 7 klachten vielen er 4 onder de Wkkgz (zorg), 2 onder de Jeugdwet (eigen "
         "klachtenregeling) en 1 onder de Wet kinderopvang."),
        (((WKO, 1), (WKKGZ, 1)),
         "Van de 2 klachten vielen er 1 onder de Wet kinderopvang en 1 onder de Wkkgz (zorg) "
         "(evenveel)."),
        (((WKO, 4), (WKKGZ, 4), (YOUTH, 1)),
         "Van de 9 klachten vielen er 4 onder de Wet kinderopvang, 4 onder de Wkkgz (zorg) en "
         "1 onder de Jeugdwet (eigen klachtenregeling)."),
    ],
)  # fmt: skip
def test_regimes_none_one_many_and_ties(
    regimes: tuple[tuple[str, int], ...], sentence: str
) -> None:
    law = LawFigures(tuple(RegimeFigures(name, complaints=n) for name, n in regimes))
    assert regimes_sentence(law) == sentence


@pytest.mark.parametrize(
    ("complaints", "judged", "upheld", "sentence"),
    [
        (1, 0, 0, "Bij de klacht is geen met redenen omkleed oordeel vastgelegd."),
        (3, 0, 0, "Bij geen van de 3 klachten is een met redenen omkleed oordeel vastgelegd."),
        (1, 1, 1, "De klacht kreeg een met redenen omkleed oordeel; het oordeel was (deels) "
                  "gegrond."),
        (1, 1, 0, "De klacht kreeg een met redenen omkleed oordeel; het oordeel was ongegrond."),
        (3, 1, 0, "1 van de 3 klachten kreeg een met redenen omkleed oordeel; het oordeel was "
                  "ongegrond."),
        (3, 3, 0, "Alle 3 klachten kregen een met redenen omkleed oordeel; geen daarvan was "
                  "(deels) gegrond."),
        (3, 2, 2, "2 van de 3 klachten kregen een met redenen omkleed oordeel; alle waren "
                  "(deels) gegrond."),
        (5, 4, 1, "4 van de 5 klachten kregen een met redenen omkleed oordeel; 1 daarvan was "
                  "(deels) gegrond."),
        (5, 4, 2, "4 van de 5 klachten kregen een met redenen omkleed oordeel; 2 daarvan waren "
                  "(deels) gegrond."),
    ],
)  # fmt: skip
def test_judgments(complaints: int, judged: int, upheld: int, sentence: str) -> None:
    f = RegimeFigures(WKO, complaints=complaints, judged=judged, upheld=upheld)
    assert judgment_sentence(f) == sentence


@pytest.mark.parametrize(
    ("complaints", "on_time", "counted", "extended", "sentence"),
    [
        (1, 0, 0, 0, "Over de wettelijke termijn valt nog niets te zeggen: de klacht loopt nog "
                     "binnen haar termijn. De termijn is geen enkele keer verlengd."),
        (2, 0, 0, 1, "Over de wettelijke termijn valt nog niets te zeggen: de klachten lopen "
                     "nog binnen hun termijn. Bij één klacht is de termijn verlengd."),
        (1, 1, 1, 0, "Het besluit viel binnen de wettelijke termijn. De termijn is geen enkele "
                     "keer verlengd."),
        (1, 0, 1, 0, "Het besluit viel niet binnen de wettelijke termijn. De termijn is geen "
                     "enkele keer verlengd."),
        (3, 0, 3, 2, "Geen van de 3 besluiten viel binnen de wettelijke termijn (0%). Bij 2 "
                     "klachten is de termijn verlengd."),
        (3, 1, 3, 0, "1 van de 3 besluiten viel binnen de wettelijke termijn (33%). De termijn "
                     "is geen enkele keer verlengd."),
        (3, 3, 3, 0, "Alle 3 besluiten vielen binnen de wettelijke termijn (100%). De termijn "
                     "is geen enkele keer verlengd."),
        (4, 2, 4, 0, "2 van de 4 besluiten vielen binnen de wettelijke termijn (50%). De "
                     "termijn is geen enkele keer verlengd."),
    ],
)  # fmt: skip
def test_decisions(
    complaints: int, on_time: int, counted: int, extended: int, sentence: str
) -> None:
    f = RegimeFigures(WKKGZ, complaints=complaints, decisions_on_time=on_time,
                      decisions_counted=counted, extended=extended)  # fmt: skip
    assert decisions_sentence(f) == sentence


@pytest.mark.parametrize(
    ("on_time", "counted", "sentence"),
    [
        (0, 0, ""),
        (1, 1, "De maatregelen bij de klacht met een concrete termijn waren binnen die termijn "
               "genomen."),
        (0, 1, "De maatregelen bij de klacht met een concrete termijn waren niet binnen die "
               "termijn genomen."),
        (0, 2, "Bij geen van de 2 klachten met een concrete termijn voor de maatregelen waren "
               "die binnen de termijn genomen (0%)."),
        (1, 2, "Bij 1 van de 2 klachten met een concrete termijn voor de maatregelen waren die "
               "binnen de termijn genomen (50%)."),
        (3, 3, "Bij alle 3 klachten met een concrete termijn voor de maatregelen waren die "
               "binnen de termijn genomen (100%)."),
    ],
)  # fmt: skip
def test_measures(on_time: int, counted: int, sentence: str) -> None:
    f = RegimeFigures(WKO, complaints=3, measures_on_time=on_time, measures_counted=counted)
    assert measures_sentence(f) == sentence
