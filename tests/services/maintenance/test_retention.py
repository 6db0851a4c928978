"""Retention: personal data of old finished cases is erased, public texts stay."""

from __future__ import annotations

from datetime import date

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases, transfer
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.maintenance import ERASED, apply_retention
from tests.factories import make_case, seed


def test_old_finished_cases_lose_personal_data_only(db: Database) -> None:
    s = seed(db)
    with frozen(date(2022, 3, 1)):
        old = make_case(
            db,
            s,
            received_on=date(2022, 1, 10),
            upto=Step.CHECK_SATISFACTION,
            submitter_name="Henk Oudenaarde",
            child_name="Tess",
        )
        case_records.add_attachment(db, case_id=old.id, filename="mail.eml", data=b"x")
        case_records.add_note(db, case_id=old.id, text="Henk belde terug")
    with frozen(date(2025, 6, 1)):
        recent = make_case(
            db, s, received_on=date(2025, 5, 1), upto=Step.CLOSE, submitter_name="Ria Nieuwland"
        )
        open_case = make_case(
            db,
            s,
            received_on=date(2021, 1, 4) if False else date(2025, 5, 2),
            submitter_name="Open Zaak",
        )
    with frozen(date(2025, 6, 1)):
        preview = apply_retention(db, dry_run=True)
        assert preview.references == (old.reference,)
        assert cases.get_case(db, old.id).fields["submitter_name"] == "Henk Oudenaarde"
        done = apply_retention(db)
    assert done.references == (old.reference,)
    erased = cases.get_case(db, old.id)
    assert erased.fields["submitter_name"] == "" and erased.fields["child_name"] == ""
    assert erased.fields["public_summary"] and erased.fields["public_measure"]
    assert erased.attachments == []
    assert all(n.text == ERASED for n in erased.notes)
    document = transfer.export_document(db)
    assert "Henk" not in str(document) and "Tess" not in str(document)
    assert cases.get_case(db, recent.id).fields["submitter_name"] == "Ria Nieuwland"
    assert cases.get_case(db, open_case.id).fields["submitter_name"] == "Open Zaak"
    assert any("persoonsgegevens verwijderd" in h.text for h in erased.history)
    with frozen(date(2025, 6, 1)):
        assert apply_retention(db).count == 0  # nothing is erased twice
