"""Letters read like a person wrote them: the salutation from the submitter's form of
address (and the formal/informal setting), no promised date that has already passed, and an
acknowledgement that fits on one page with its signature."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from kluppluz_desk.documents.letters.templates import dutch_date
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import batch_acknowledgements, render_letter_pdf
from kluppluz_desk.services.letters.promises import CATCH_UP_DAYS
from kluppluz_desk.services.settings import load_settings, save_settings
from tests.factories import Seeded, make_case, seed

LONG_ADDRESS = {
    "submitter_address": "Burgemeester van Hoofflaan 123 bis",
    "submitter_postcode": "5611 xy",
    "submitter_city": "Eindhoven",
    "child_name": "Noë van der Berg-de Vries",
    # The acknowledgement does not quote it, but a real intake holds a long story.
    "description": "Bij het ophalen hoorde ik pas dat mijn zoon gevallen was. " * 40,
}


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(pdf)).pages]


@pytest.fixture
def seeded(sqlite_db: Database) -> Seeded:
    return seed(sqlite_db)


def acknowledgement_pdf(db: Database, seeded: Seeded, days_ago: int, **values: object) -> bytes:
    case = make_case(db, seeded, upto=Step.ASSIGN_HANDLER,
                     received_on=today() - timedelta(days=days_ago), **values)  # fmt: skip
    return render_letter_pdf(db, case.id, "acknowledgement").pdf


def acknowledgement(db: Database, seeded: Seeded, days_ago: int, **values: object) -> list[str]:
    return pages_of(acknowledgement_pdf(db, seeded, days_ago, **values))


def test_salutation_uses_the_form_of_address(sqlite_db: Database, seeded: Seeded) -> None:
    text = acknowledgement(sqlite_db, seeded, 3, submitter_name="Sanne de Vries",
                           submitter_form_of_address="mrs", **LONG_ADDRESS)[0]  # fmt: skip
    assert "Geachte mevrouw De Vries," in text
    text = acknowledgement(sqlite_db, seeded, 3, submitter_name="Karel van der Berg",
                           submitter_form_of_address="mr", **LONG_ADDRESS)[0]  # fmt: skip
    assert "Geachte heer Van der Berg," in text
    text = acknowledgement(sqlite_db, seeded, 3, submitter_name="Sanne de Vries")[0]
    assert "Geachte Sanne de Vries," in text  # no form known: the neutral full name


def test_informal_setting_writes_beste_and_the_first_name(
    sqlite_db: Database, seeded: Seeded
) -> None:
    settings = load_settings(sqlite_db)
    informal = replace(settings.organisation, salutation_style="informal")
    save_settings(sqlite_db, replace(settings, organisation=informal))
    text = acknowledgement(sqlite_db, seeded, 3, submitter_name="Sanne de Vries",
                           submitter_form_of_address="mrs")[0]  # fmt: skip
    assert "Beste Sanne," in text and "Geachte" not in text


def test_acknowledgement_on_time_promises_the_deadline(sqlite_db: Database, seeded: Seeded) -> None:
    pages = acknowledgement(sqlite_db, seeded, 3, submitter_name="Sanne de Vries")
    case_deadline = today() - timedelta(days=3) + timedelta(days=21)
    assert f"Uiterlijk {dutch_date(case_deadline)} doen wij u een voorstel" in pages[0]
    assert "overschreden" not in pages[0]


def test_late_acknowledgement_never_promises_a_past_date(
    sqlite_db: Database, seeded: Seeded
) -> None:
    case = make_case(sqlite_db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name="Sanne de Vries",
                     submitter_form_of_address="mrs", received_on=today() - timedelta(days=40),
                     **LONG_ADDRESS)  # fmt: skip
    letter = render_letter_pdf(sqlite_db, case.id, "acknowledgement")
    text = " ".join(pages_of(letter.pdf))
    passed = dutch_date(today() - timedelta(days=40) + timedelta(days=21))
    new = dutch_date(today() + timedelta(days=CATCH_UP_DAYS))
    assert "die termijn hebben wij overschreden" in text
    assert f"Uiterlijk {new} doen wij u een voorstel" in text
    assert f"Uiterlijk {passed}" not in text and f"uiterlijk {passed} een voorstel" in text
    # Every date the letter names after "uiterlijk" lies ahead.
    promised = re.findall(r"[Uu]iterlijk (\d{1,2} \w+ \d{4})(?! een voorstel willen)", text)
    assert promised and set(promised) == {new}
    # The preview warns the person who sends it.
    assert any("al verstreken" in w and new in w for w in letter.warnings)

    # The batch of due acknowledgements says the same.
    batch = " ".join(pages_of(batch_acknowledgements(sqlite_db, record=False)))
    assert f"Uiterlijk {new} doen wij u een voorstel" in batch


def test_late_acknowledgement_with_long_details_fits_one_page(
    sqlite_db: Database, seeded: Seeded
) -> None:
    """The worst realistic case: overdue (apology paragraph), long names, the shipped logo
    and footer. The signature used to go to page 2 on its own."""
    pdf = acknowledgement_pdf(sqlite_db, seeded, 40, submitter_name="Sanne van der Berg-de Vries",
                              submitter_form_of_address="mrs", **LONG_ADDRESS)  # fmt: skip
    pages = pages_of(pdf)
    assert len(pages) == 1
    assert len(PdfReader(BytesIO(pdf)).pages[0].images) == 1  # the logo
    settings = load_settings(sqlite_db)
    assert settings.organisation.footer in pages[0]
    assert "Met vriendelijke groet, Kees Verhoeven Medewerker Kwaliteit & Veiligheid" in pages[0]
