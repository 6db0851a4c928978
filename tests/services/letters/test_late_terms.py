"""Issue 15, point 6 beyond the acknowledgement: an extension letter says it stays within
the legal term only while it does, and a judgment letter never promises measures by a date
that has passed. Checked in the PDF text, with the preview's warnings."""

from __future__ import annotations

import re
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from kluppluz_desk.documents.letters.templates import dutch_date
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services.cases import records as case_records
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.dto import CaseDetail
from kluppluz_desk.services.letters import RenderedLetterPdf, render_letter_pdf
from kluppluz_desk.services.letters.promises import CATCH_UP_DAYS
from tests.factories import Seeded, make_case, seed

WITHIN = "Daarmee blijven wij binnen de wettelijke termijn"


def text_of(letter: RenderedLetterPdf) -> str:
    pages = PdfReader(BytesIO(letter.pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.fixture
def seeded(sqlite_db: Database) -> Seeded:
    return seed(sqlite_db)


def extended_case(db: Database, seeded: Seeded) -> CaseDetail:
    case = make_case(db, seeded, upto=Step.ACKNOWLEDGE, submitter_name="Sanne de Vries",
                     received_on=today() - timedelta(days=10))  # fmt: skip
    return case_records.add_extension(
        db, case_id=case.id, days=14, reason="Een collega die erbij was, is met verlof."
    )


def extension(db: Database, case: CaseDetail, on: date) -> tuple[str, RenderedLetterPdf]:
    letter = render_letter_pdf(db, case.id, "extension", letter_date=on)
    return text_of(letter), letter


def test_extension_in_time_stays_within_the_legal_term(sqlite_db: Database, seeded: Seeded) -> None:
    case = extended_case(sqlite_db, seeded)
    text, letter = extension(sqlite_db, case, today())
    assert f"U ontvangt uiterlijk {dutch_date(case.deadlines.solution)} ons voorstel." in text
    assert f"{WITHIN} van acht weken." in text
    assert not any("termijn" in w for w in letter.warnings)


def test_extension_after_the_extended_term_does_not_claim_it(
    sqlite_db: Database, seeded: Seeded
) -> None:
    case = extended_case(sqlite_db, seeded)
    on = case.deadlines.solution + timedelta(days=3)
    assert on <= case.deadlines.legal  # the legal term itself still runs
    text, letter = extension(sqlite_db, case, on)
    new = dutch_date(on + timedelta(days=CATCH_UP_DAYS))
    assert WITHIN not in text
    assert f"U ontvangt uiterlijk {new} ons voorstel." in text
    assert "Ook de verlengde termijn hebben wij helaas niet gehaald" in text
    assert any("verlengde termijn" in w and "al verstreken" in w for w in letter.warnings)


def test_extension_after_the_legal_term_apologises(sqlite_db: Database, seeded: Seeded) -> None:
    case = extended_case(sqlite_db, seeded)
    on = case.deadlines.legal + timedelta(days=1)
    text, letter = extension(sqlite_db, case, on)
    assert WITHIN not in text
    assert "Daarmee overschrijden wij de wettelijke termijn van acht weken" in text
    assert any("wettelijke termijn" in w and "overschreden" in w for w in letter.warnings)


def judgment(db: Database, case: CaseDetail, on: date) -> tuple[str, RenderedLetterPdf]:
    letter = render_letter_pdf(db, case.id, "judgment", letter_date=on)
    return text_of(letter), letter


def test_judgment_in_time_promises_the_measures_date(sqlite_db: Database, seeded: Seeded) -> None:
    case = make_case(sqlite_db, seeded, upto=Step.CLOSE)
    due = case.law.measures_due_on if case.law else None
    assert due is not None and due > today()
    text, letter = judgment(sqlite_db, case, today())
    assert f"Deze maatregelen zijn uiterlijk {dutch_date(due)} uitgevoerd." in text
    assert not any("maatregelen" in w for w in letter.warnings)


def test_judgment_after_the_measures_date_with_actions_running(
    sqlite_db: Database, seeded: Seeded
) -> None:
    case = make_case(sqlite_db, seeded, upto=Step.CLOSE)
    case = case_records.add_improvement(sqlite_db, case_id=case.id,
                                        title="Overdrachtsmoment invoeren",
                                        due_on=today() + timedelta(days=20))  # fmt: skip
    due = case.law.measures_due_on if case.law else None
    assert due is not None
    on = due + timedelta(days=10)
    text, letter = judgment(sqlite_db, case, on)
    new = dutch_date(on + timedelta(days=CATCH_UP_DAYS))
    assert f"zijn uiterlijk {dutch_date(due)} uitgevoerd" not in text
    assert f"Wij hadden deze maatregelen uiterlijk {dutch_date(due)} willen uitvoeren" in text
    assert f"wij ronden ze zo spoedig mogelijk af, en uiterlijk {new}." in text
    # Every date the letter commits to ("uiterlijk <date>" as a promise) lies ahead.
    promised = re.findall(r"uiterlijk (\d{1,2} \w+ \d{4})(?! willen)", text)
    assert promised == [new]
    assert any("maatregelen" in w and "al verstreken" in w for w in letter.warnings)


def test_judgment_after_the_measures_date_with_nothing_running(
    sqlite_db: Database, seeded: Seeded
) -> None:
    case = make_case(sqlite_db, seeded, upto=Step.CLOSE)
    due = case.law.measures_due_on if case.law else None
    assert due is not None
    text, letter = judgment(sqlite_db, case, due + timedelta(days=1))
    assert f"zijn uiterlijk {dutch_date(due)} uitgevoerd" not in text
    assert (
        f"Deze maatregelen zijn inmiddels uitgevoerd; de afgesproken datum was {dutch_date(due)}."
        in text
    )
    assert any("controleer of dat klopt" in w for w in letter.warnings)
