"""A website form e-mail with an "Aanhef:" line: the submitter's form of address filled in
(mevrouw / de heer, whatever the spelling), stored with the case; an unknown word stays in
the description where a person reads it. Real .eml files written by the standard library."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kluppluz_desk.domain.enums import FormOfAddress
from kluppluz_desk.services import intake
from kluppluz_desk.services.database import Database
from tests.factories import seed
from tests.mailfiles import files

SENT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _form(label: str, value: str) -> bytes:
    body = (
        "Er is een klantreactie gemeld via de website.\n\n"
        f"{label}: {value}\n"
        "Naam: Sanne de Vries\n"
        "E-mail: sanne@example.org\n"
        "Locatie: Venetiëstraat\n"
        "Soort: Klacht\n"
        "Toelichting: de juf was onvriendelijk bij het brengen.\n"
    )
    return files.eml(sent=SENT, sender="Website <noreply@kluppluz.nl>", body=body,
                     subject="Klantreactie melden")  # fmt: skip


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [("Aanhef", "Mevr.", FormOfAddress.MRS), ("Aanhef", "mevrouw", FormOfAddress.MRS),
     ("aanhef", "MW", FormOfAddress.MRS), ("Aanhef", "Dhr.", FormOfAddress.MR),
     ("Aanhef", "de heer", FormOfAddress.MR), ("Aanspreekvorm", "Heer", FormOfAddress.MR),
     ("Dhr/Mevr", "Meneer", FormOfAddress.MR)],
)  # fmt: skip
def test_form_line_fills_the_form_of_address_and_it_is_stored(
    sqlite_db: Database, label: str, value: str, expected: FormOfAddress
) -> None:
    seed(sqlite_db)
    draft = intake.read_intake(sqlite_db, filename="form.eml", data=_form(label, value))
    assert draft.is_form
    assert draft.values["submitter_form_of_address"] is expected
    assert f"{label}:" not in draft.values["description"]
    assert draft.location is not None
    detail = intake.register_intake(
        sqlite_db, draft=draft, values={**draft.values, "location_id": draft.location.location_id}
    )
    assert detail.fields["submitter_form_of_address"] == expected.value


@pytest.mark.parametrize("value", ["Prof.", "Dhr/Mevr", "Fam."])
def test_unknown_form_of_address_stays_in_the_description(sqlite_db: Database, value: str) -> None:
    seed(sqlite_db)
    draft = intake.read_intake(sqlite_db, filename="form.eml", data=_form("Aanhef", value))
    assert draft.is_form and draft.values["submitter_name"] == "Sanne de Vries"
    assert "submitter_form_of_address" not in draft.values
    assert f"Aanhef: {value}" in draft.values["description"]


def test_default_labels_offer_the_form_of_address(sqlite_db: Database) -> None:
    labels = intake.load_form_labels(sqlite_db)
    assert labels["aanhef"] == labels["dhr/mevr"] == "submitter_form_of_address"
    assert "submitter_form_of_address" in intake.FORM_TARGETS
