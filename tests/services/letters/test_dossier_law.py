"""The case dossier carries the law of the case: the regime, the reasoned judgment per part
(verdict and reasoning) and the concrete term for the measures — checked in the PDF's text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kluppluz_desk.documents.letters.templates import dutch_date
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.regimes import Regime
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import case_dossier_pdf
from tests.factories import Seeded, days_ago, make_case, seed

from .test_letters import text_of


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def test_dossier_gives_each_judged_part_its_verdict_reasoning_and_the_measures_term(
    db: Database, seeded: Seeded
) -> None:
    case = make_case(db, seeded, upto=Step.PROPOSE_SOLUTION)
    due = today() + timedelta(days=35)
    cases.save_judgment(
        db,
        case_id=case.id,
        version=case.version,
        parts=[
            JudgmentPartData(
                "De overdracht bij het ophalen", Verdict.UPHELD, "De afspraken waren onduidelijk."
            ),
            JudgmentPartData(
                "De toon van de pedagogisch medewerker",
                Verdict.REJECTED,
                "Twee collega's waren erbij; zij hoorden geen onvriendelijke toon.",
            ),
        ],
        measures_due_on=due,
    )
    text = text_of(case_dossier_pdf(db, case.id, "Voor de Geschillencommissie Kinderopvang"))
    assert "Wet en oordeel" in text
    assert "Klachtregeling Wet kinderopvang" in text
    assert (
        "Onderdeel 1: De overdracht bij het ophalen Gegrond. De afspraken waren onduidelijk."
        in text
    )
    assert "Onderdeel 2: De toon van de pedagogisch medewerker Ongegrond. Twee collega's" in text
    assert f"Termijn maatregelen (uiterlijk) {dutch_date(due)}" in text
    assert "Verlengingsbericht Wkkgz" not in text  # not a Wkkgz case


def test_dossier_of_a_wkkgz_case_without_judgment_says_so_and_gives_the_notice_day(
    db: Database, seeded: Seeded
) -> None:
    case = make_case(db, seeded, received_on=days_ago(10), upto=Step.ACKNOWLEDGE)
    case = cases.change_regime(
        db, case_id=case.id, version=case.version, regime=Regime.WKKGZ, reason="Zorg thuis"
    )
    text = text_of(case_dossier_pdf(db, case.id, "Voor intern gebruik"))
    assert "Klachtregeling Wkkgz (zorg) (gekozen: Zorg thuis)" in text
    assert "Oordeel nog geen oordeel vastgelegd" in text
    assert "Termijn maatregelen" not in text
    notice = days_ago(10) + timedelta(days=42)
    assert f"Verlengingsbericht Wkkgz uiterlijk {dutch_date(notice)}" in text
