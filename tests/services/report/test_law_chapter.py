"""Chapter 4 of the generated annual report ("Klachten volgens de wet"), read back from the
PDF with pypdf and compared with a hand count: per regime the complaints, reasoned
judgments, upheld, decisions within the legal term, extensions and measures within their
concrete term; a regime without complaints is left out; an empty year says so and does not
promise the GGD a report before 1 June."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from kluppluz_desk.domain.enums import EscalationBody, ImprovementStatus
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report import annual as report
from tests.factories import Seeded, make_case, seed

TODAY = date(2026, 6, 30)


def chapter(pdf: bytes) -> str:
    """The text of chapter 4 alone, whitespace flattened (pypdf breaks lines anywhere)."""
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    body = " ".join(p for p in pages if "Klachten volgens de wet" in p and "Inhoud" not in p)
    return re.sub(r"\s+", " ", body)


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def test_chapter_matches_a_hand_count(db: Database, seeded: Seeded) -> None:
    with frozen(TODAY):
        # Wet kinderopvang: A closed on time, gegrond, its action done before the term;
        # B open past six weeks, ongegrond, measures term 15-04 passed with nothing done.
        a = make_case(db, seeded, received_on=date(2026, 3, 2), upto=Step.CLOSE)
        cases.add_improvement(db, case_id=a.id, title="Overdrachtsprotocol")
        action = cases.get_case(db, a.id).improvements[0]
        cases.update_improvement(db, improvement_id=action.id, status=ImprovementStatus.DONE)
        b = make_case(db, seeded, received_on=date(2026, 3, 2), upto=Step.PROPOSE_SOLUTION)
        cases.save_judgment(
            db, case_id=b.id, version=b.version,
            parts=[JudgmentPartData("Toon", Verdict.REJECTED, "Niet gebleken.")],
            measures_due_on=date(2026, 4, 15),
        )  # fmt: skip
        # Wkkgz: C extended by four weeks with notice, still inside its term; D closed on
        # time, gegrond.
        c = make_case(db, seeded, received_on=date(2026, 6, 1), upto=Step.ACKNOWLEDGE,
                      funding="wkkgz_care")  # fmt: skip
        notice = date(2026, 6, 20)
        cases.add_extension(db, case_id=c.id, days=28, reason="Wacht op verslag",
                            decided_on=notice, notified_on=notice)  # fmt: skip
        make_case(db, seeded, received_on=date(2026, 1, 5), upto=Step.CLOSE, funding="wkkgz_care")
        # Not complaints: a suggestion, and nothing under the Jeugdwet at all.
        make_case(db, seeded, received_on=date(2026, 2, 2), kind="suggestion")
        cases.add_escalation(db, case_id=b.id, body=EscalationBody.DISPUTES_COMMITTEE,
                             submitted_on=date(2026, 5, 1))  # fmt: skip
        text = chapter(report.render_report(db, 2026))
    assert (
        "In 2026 zijn 4 schriftelijke klachten ontvangen en is 1 geschil voorgelegd aan de "
        "Geschillencommissie. Daarom is een verslag aan de GGD over 2026 verplicht." in text
    )
    assert (
        "Van de 4 klachten vielen er 2 onder de Wet kinderopvang en 2 onder de Wkkgz (zorg) "
        "(evenveel)." in text
    )
    assert "Jeugdwet" not in text  # no complaints under it: left out
    assert "Wettelijke regeling Wet kinderopvang Wkkgz (zorg)" in text
    assert "Klachten 2 2" in text
    assert "Met redenen omkleed oordeel 2 1" in text
    assert "Waarvan (deels) gegrond 1 1" in text
    assert "Besluit binnen de wettelijke termijn 1 van 2 (50%) 1 van 1 (100%)" in text
    assert "Termijn verlengd 0 1" in text
    assert "Maatregelen binnen de concrete termijn 1 van 2 (50%) –" in text
    assert (
        "Wet kinderopvang. Alle 2 klachten kregen een met redenen omkleed oordeel; 1 daarvan "
        "was (deels) gegrond. 1 van de 2 besluiten viel binnen de wettelijke termijn (50%). "
        "De termijn is geen enkele keer verlengd. Bij 1 van de 2 klachten met een concrete "
        "termijn voor de maatregelen waren die binnen de termijn genomen (50%)." in text
    )
    assert (
        "Wkkgz (zorg). 1 van de 2 klachten kreeg een met redenen omkleed oordeel; het oordeel "
        "was (deels) gegrond. Het besluit viel binnen de wettelijke termijn. Bij één klacht "
        "is de termijn verlengd." in text
    )
    # Counts only: no reference number, no name.
    assert not re.search(r"\b\d{4}-\d{3,}\b", text)
    assert "Marloes" not in text


def test_an_empty_year_says_so_and_owes_the_ggd_nothing(db: Database, seeded: Seeded) -> None:
    with frozen(TODAY):
        make_case(db, seeded, received_on=date(2026, 3, 2), upto=Step.CLOSE)
        make_case(db, seeded, received_on=date(2025, 3, 3), kind="suggestion")
        pdf = report.render_report(db, 2025)
    text = chapter(pdf)
    assert (
        "In 2025 zijn geen schriftelijke klachten ontvangen en zijn geen geschillen "
        "voorgelegd aan de Geschillencommissie. Daarom is een verslag aan de GGD over 2025 "
        "niet verplicht; wij publiceren dit verslag uit eigen beweging." in text
    )
    assert "4.1 Afhandeling" not in text and "Wettelijke regeling" not in text
    # No complaints: the indicators of all reactions (one suggestion) are section 4.1.
    assert "4.1 Werkt de klachtbehandeling? Kengetallen" in text
    whole = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "1 juni" not in re.sub(r"\s+", " ", whole)
