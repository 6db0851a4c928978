"""An export written before attachment.message_id existed (migration 0004) still imports:
the column is left out of its attachment rows and comes in as NULL."""

from __future__ import annotations

from pathlib import Path

from kluppluz_desk.services import cases, transfer
from kluppluz_desk.services.database import open_database
from tests.factories import make_case, seed


def test_export_without_message_id_imports(tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}", user="kv-tester")
    case = make_case(source, seed(source))
    cases.add_attachment(source, case_id=case.id, filename="brief.txt", data=b"Geachte heer")
    document = transfer.export_document(source)
    source.dispose()
    assert [row.pop("message_id") for row in document["attachment"]] == [None]
    transfer.validate_document(document)
    target = open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}", user="kv-tester")
    try:
        transfer.import_document(target, document)
        imported = cases.get_case(target, case.id)
        assert [a.filename for a in imported.attachments] == ["brief.txt"]
        assert cases.attachment_data(target, imported.attachments[0].id)[1] == b"Geachte heer"
    finally:
        target.dispose()
