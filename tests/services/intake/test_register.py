"""Registering a draft: the case, the original and its attachments in one transaction,
the Message-ID remembered so the same e-mail twice names the existing case."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import cases, intake
from kluppluz_desk.services.database import Database
from tests.factories import seed
from tests.mailfiles import files

SENT = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_register_keeps_originals_and_warns_on_the_same_message(db: Database) -> None:
    seeded = seed(db)
    data = files.eml(sent=SENT, message_id="<dubbel@example.nl>", body="Venetiëstraat: te laat.",
                     attachments=[("foto.png", files.png(), "image/png")])  # fmt: skip
    draft = intake.read_intake(db, filename="klacht.eml", data=data)
    assert draft.location is not None
    values = {**draft.values, "kind": "complaint", "location_id": draft.location.location_id}
    detail = intake.register_intake(db, draft=draft, values=values)
    assert detail.reference.endswith("-001")
    assert [a.filename for a in detail.attachments] == ["klacht.eml", "foto.png"]
    assert cases.attachment_data(db, detail.attachments[0].id) == ("klacht.eml", data)
    assert detail.fields["location_id"] == seeded.locations["Venetiëstraat"]
    assert detail.fields["submitter_email"] == "anna.devries@example.nl"

    again = intake.read_intake(db, filename="kopie.eml", data=data)
    assert again.duplicate_of == detail.reference
    with pytest.raises(intake.DuplicateMessage, match=f"al geregistreerd als {detail.reference}"):
        intake.register_intake(db, draft=again, values=values)
    second = intake.register_intake(db, draft=again, values=values, allow_duplicate=True)
    assert second.reference.endswith("-002")


def test_nothing_half_registered_when_a_field_is_refused(db: Database) -> None:
    seed(db)
    draft = intake.read_intake(db, filename="k.eml", data=files.eml(sent=SENT, body="x"))
    with pytest.raises(ValidationError, match="Locatie is verplicht"):
        intake.register_intake(db, draft=draft, values={**draft.values, "kind": "complaint"})
    assert cases.case_ids(db, cases.CaseFilter()) == []
