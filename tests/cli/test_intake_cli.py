"""`kluppluz-desk intake`: each file registered with its reference printed; a file without
a location it names or is given is refused with a Dutch line and a non-zero exit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kluppluz_desk.cli import main
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import open_database
from tests.factories import seed
from tests.mailfiles import files

SENT = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_intake_registers_and_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "k.sqlite3"
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    seed(db)
    db.dispose()
    named = tmp_path / "ulvenhout.msg"
    named.write_bytes(files.msg(sent=SENT, body="Bij KluppluZ Ulvenhout ging het mis."))
    unnamed = tmp_path / "zonder.eml"
    unnamed.write_bytes(files.eml(sent=SENT, body="Het ging mis.", message_id="<z@x>"))
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(files.pdf_with_text(["Geachte heer, het ging mis."]))
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"dit is geen pdf")

    code = main(["--db", str(path), "intake", str(named), str(unnamed), str(broken)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip().splitlines() == [f"ulvenhout.msg: KR-{datetime.now().year}-001"]
    assert "'zonder.eml': er staat geen bekende locatie in; geef er een op met --location." in err
    assert "'kapot.pdf' is geen PDF-bestand" in err
    assert "2 van 3 bestanden niet ingelezen" in err

    code = main(["--db", str(path), "intake", "--location", "arnhem centrum", str(unnamed),
                 str(scan)])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip().splitlines() == [
        f"zonder.eml: KR-{datetime.now().year}-002",
        f"brief.pdf: KR-{datetime.now().year}-003",
    ]
    code = main(["--db", str(path), "intake", "--location", "Arnhem Centrum", str(unnamed)])
    assert code == 1
    assert "al geregistreerd als KR-" in capsys.readouterr().err
    assert main(["--db", str(path), "intake", "--location", "Nergens", str(scan)]) == 1
    assert "De locatie 'Nergens' bestaat niet" in capsys.readouterr().err

    db = open_database(f"sqlite:///{path}", user="kv-tester")
    try:
        ids = cases.case_ids(db, cases.CaseFilter())
        details = [cases.get_case(db, i) for i in ids]
    finally:
        db.dispose()
    assert len(details) == 3
    by_ref = {d.reference.rsplit("-", 1)[1]: d for d in details}
    assert by_ref["001"].fields["channel"] == "email"
    assert by_ref["003"].fields["channel"] == "letter"
    assert "Geachte heer" in by_ref["003"].fields["description"]
    assert [a.filename for a in by_ref["003"].attachments] == ["brief.pdf"]
