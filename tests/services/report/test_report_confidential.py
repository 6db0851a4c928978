"""A confidential case in the annual report (issue 12): counted in the figures by default
but never described — the appendix has one neutral line instead of its location,
category, summary or measure; with the setting off it is left out of the figures and the
appendix alike. Checked on the PDF's extracted text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.domain.errors import DomainError
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import access, report
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report.confidential import counts_confidential, set_counts_confidential
from tests.factories import Seeded, make_case, seed
from tests.services.report.test_report import pdf_text

YEAR = 2025
SECRET_WORDS = ("Zonnebloemgroep", "Kastanjelaan", "Arnhem Centrum")


@pytest.fixture
def year_db(sqlite_db: Database) -> Iterator[tuple[Database, Seeded]]:
    with frozen(date(2026, 2, 1)):
        seeded = seed(sqlite_db)
        make_case(sqlite_db, seeded, received_on=date(YEAR, 3, 4),
                  public_summary="Ouder vond het fruit te laat geserveerd.",
                  public_measure="Fruitmoment verplaatst.")  # fmt: skip
        secret = make_case(
            sqlite_db, seeded, received_on=date(YEAR, 5, 6),
            location_id=seeded.locations["Arnhem Centrum"],
            public_summary="Voorval in de Zonnebloemgroep.",
            public_measure="Gesprek aan de Kastanjelaan.",
        )  # fmt: skip
        access.apply_access(sqlite_db)
        access.set_confidential(sqlite_db, secret.id, ConfidentialReason.ABOUT_STAFF)
        yield sqlite_db, seeded


def _appendix(text: str) -> str:
    return text.rsplit("Bijlage: klantreacties per locatie", 1)[1]


def test_counted_but_only_a_neutral_line(year_db: tuple[Database, Seeded]) -> None:
    db, _ = year_db
    assert counts_confidential(db)  # the default
    assert report.compute_figures(db, YEAR).total == 2
    with frozen(date(2026, 2, 1)):
        text = pdf_text(report.generate_report(db, YEAR))
    appendix = _appendix(text)
    assert "1 vertrouwelijke reactie, niet nader beschreven." in appendix
    assert "Fruitmoment verplaatst." in appendix
    for word in SECRET_WORDS:
        assert word not in appendix, word
    assert "Zonnebloemgroep" not in text and "Kastanjelaan" not in text


def test_not_counted_leaves_it_out_everywhere(year_db: tuple[Database, Seeded]) -> None:
    db, _ = year_db
    set_counts_confidential(db, False)
    assert not counts_confidential(db)
    assert report.compute_figures(db, YEAR).total == 1
    assert report.year_overview(db, YEAR).figures.total == 1
    with frozen(date(2026, 2, 1)):
        text = pdf_text(report.generate_report(db, YEAR))
    assert "vertrouwelijke" not in text
    for word in SECRET_WORDS:
        assert word not in text, word


def test_only_kv_or_an_administrator_changes_the_setting(sqlite_db: Database) -> None:
    seed(sqlite_db)
    sqlite_db.user = "mvandijk"
    access.apply_access(sqlite_db)
    with pytest.raises(DomainError, match="instellingen"):
        set_counts_confidential(sqlite_db, False)
