"""`kluppluz-desk letter` and `kluppluz-desk dossier`: the same letter headless, recorded
only with --record; Dutch kind words; one-line errors."""

from __future__ import annotations

import email
from email import policy
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from kluppluz_desk.cli import main
from kluppluz_desk.domain.enums import CaseStatus, LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.letters import render_letter_pdf
from tests.factories import make_case, seed


def text_of(path: Path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.fixture
def case_db(tmp_path: Path) -> tuple[Path, Database, str, int]:
    path = tmp_path / "letters.sqlite3"
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    case = make_case(db, seed(db), upto=Step.ASSIGN_HANDLER, child_name="Noë")
    return path, db, case.reference, case.id


def test_letter_is_rendered_but_not_recorded(case_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, db, reference, case_id = case_db
    out = tmp_path / "brief.pdf"
    code = main(["--db", str(path), "letter", "--case", reference,
                 "--kind", "ontvangstbevestiging", "--out", str(out)])  # fmt: skip
    assert code == 0
    text = text_of(out)
    assert "Ontvangstbevestiging van uw klacht" in text and "Noë" in text
    # The command signs as the OS user, like the program does; same user, same bytes.
    as_os_user = open_database(f"sqlite:///{path}")
    same = render_letter_pdf(as_os_user, case_id, LetterKind.ACKNOWLEDGEMENT).pdf
    as_os_user.dispose()
    assert out.read_bytes() == same
    detail = cases.get_case(db, case_id)
    assert detail.letters == [] and detail.status is CaseStatus.ASSIGNED


def test_letter_recorded_and_eml(case_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, db, reference, case_id = case_db
    eml = tmp_path / "brief.eml"
    code = main(["--db", str(path), "letter", "--case", reference, "--kind", "acknowledgement",
                 "--eml", str(eml), "--record"])  # fmt: skip
    assert code == 0
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    detail = cases.get_case(db, case_id)
    assert [x.kind for x in detail.letters] == [LetterKind.ACKNOWLEDGEMENT]
    assert detail.status is CaseStatus.ACKNOWLEDGED


def test_unknown_kind_is_one_dutch_line(case_db, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                                        tmp_path: Path) -> None:  # fmt: skip
    path, _, reference, _ = case_db
    code = main(["--db", str(path), "letter", "--case", reference, "--kind", "brief",
                 "--out", str(tmp_path / "x.pdf")])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Onbekende soort brief 'brief'" in err[0]
    assert not (tmp_path / "x.pdf").exists()


def test_dossier(case_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, _, reference, _ = case_db
    out = tmp_path / "dossier.pdf"
    code = main(["--db", str(path), "dossier", "--case", reference, "--out", str(out),
                 "--purpose", "Voor de Geschillencommissie"])  # fmt: skip
    assert code == 0
    text = text_of(out)
    assert f"Dossier klantreactie {reference}" in text and "Voor de Geschillencommissie" in text
    assert "Wijzigingsgeschiedenis" in text


def test_unknown_case(case_db, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, _, _, _ = case_db
    code = main(["--db", str(path), "dossier", "--case", "KR-1999-999",
                 "--out", str(tmp_path / "d.pdf")])  # fmt: skip
    assert code == 1
    assert "KR-1999-999" in capsys.readouterr().err
