"""The key insight indicators in the annual report (issue 14.5), read back from the PDF with
pypdf and compared with the hand count of tests/services/insight_world.py: days to
acknowledgement, proposal and closure (median, 90th percentile), reopen rate, satisfaction
rate, repeat submitters as a number (never a name), improvement actions on time, the top
categories against last year (a tie shares the first place); the confidential-case setting
of the report applies; an empty year says so."""

from __future__ import annotations

import io
import re

import pypdf

from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report import annual as report
from kluppluz_desk.services.report.confidential import set_counts_confidential
from tests.services.insight_world import DAY, build

NAMES = ("Sanne", "Bakker", "Piet", "Jansen", "Eva de Wit", "sanne@example.org", "5611")


def section(pdf: bytes) -> str:
    """The text of the indicators' section alone, whitespace flattened."""
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    text = re.sub(r"\s+", " ", " ".join(p for p in pages if "Inhoud" not in p))
    start = text.index("Werkt de klachtbehandeling? Kengetallen") - len("4.2 ")
    end = text.find("5 Geschillen", start)
    return text[start:end]


def render(db: Database, year: int) -> bytes:
    with frozen(DAY):
        return report.render_report(db, year)


def test_the_indicators_match_the_hand_count(db: Database) -> None:
    build(db)
    got = section(render(db, 2025))
    assert got.startswith("4.2 Werkt de klachtbehandeling? Kengetallen")  # after 4.1
    # days: ack [2, 10, 2, 7, 2]; proposal [14, 28, 14, 14]; closure [35, 45, 35]
    assert "Ontvangstbevestiging 5 2 dagen 10 dagen" in got
    assert "Oplossing voorgesteld 4 14 dagen 28 dagen" in got
    assert "Afgesloten 3 35 dagen 45 dagen" in got
    # reopened: c3 of c1 c2 c3 c6; satisfied: c1 of c1 c2 (c6 gave no answer)
    assert "Van de 4 afgesloten klantreacties is er 1 heropend (25%)." in got
    assert (
        "Van de 2 indieners die de tevredenheidsvraag beantwoordden, was er 1 tevreden (50%)."
    ) in got
    assert "2 indieners dienden in 2025 twee of meer klantreacties in." in got
    assert (
        "Van de 3 verbeteracties waarvan de termijn te beoordelen is, is er 1 op tijd "
        "afgerond (33%). Eén verbeteractie heeft geen termijn."
    ) in got
    # Categories: Informatie/communicatie 2 (2024: 2) and Veiligheid 2 (2024: 1) tie first.
    assert (
        "De meeste klantreacties gingen over ‘Informatie/communicatie’ en ‘Veiligheid’: elk 2."
    ) in got
    assert "Informatie/communicatie 1 2 2 0" in got
    assert "Veiligheid 1 2 1 +1" in got
    assert "Geen categorie 3 1 0 +1" in got and "Overig 3 1 0 +1" in got
    for name in NAMES:
        assert name not in got


def test_confidential_cases_left_out_when_the_report_does_not_count_them(db: Database) -> None:
    build(db)
    set_counts_confidential(db, False)  # c6 is confidential
    got = section(render(db, 2025))
    # without c6: ack [2, 10, 2, 7] median 4.5, p90 10; proposal [14, 28, 14]; closure [35, 45]
    assert "Ontvangstbevestiging 4 4,5 dagen 10 dagen" in got
    assert "Oplossing voorgesteld 3 14 dagen 28 dagen" in got
    assert "Afgesloten 2 40 dagen 45 dagen" in got
    assert "Van de 3 afgesloten klantreacties is er 1 heropend (33%)." in got
    assert "Eén verbeteractie heeft geen termijn" not in got  # that action was c6's
    assert "Overig" not in got


def test_an_empty_year_says_so(db: Database) -> None:
    build(db)
    got = section(render(db, 2023))
    # 2023 had no complaints, so chapter 4 has no 4.1 and this is 4.1.
    assert got.startswith("4.1 Werkt de klachtbehandeling? Kengetallen In 2023 zijn geen "
                          "klantreacties ontvangen; er zijn dus geen kengetallen over de "
                          "afhandeling.")  # fmt: skip
    assert "Mediaan" not in got
