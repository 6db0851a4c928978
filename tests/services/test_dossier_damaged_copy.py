"""A damaged stored letter does not keep a parent from the dossier: it is listed as
"kopie beschadigd" and the other letters are still appended (pypdf raised
`PdfStreamError` through `case_dossier_pdf` before; found by the bad-value test)."""

from __future__ import annotations

import io

import pypdf

from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import letters
from kluppluz_desk.services.database import Database
from tests.factories import days_ago, make_case, seed


def test_a_damaged_letter_copy_is_listed_and_the_rest_appended(sqlite_db: Database) -> None:
    db = sqlite_db
    case = make_case(db, seed(db), upto=Step.ACKNOWLEDGE, received_on=days_ago(20))
    good = letters.render_letter_pdf(db, case.id, LetterKind.EXTENSION).pdf
    letters.record_letter(db, case.id, LetterKind.EXTENSION, pdf=good, letter_date=days_ago(3))
    letters.record_letter(
        db, case.id, LetterKind.EXTENSION, pdf=good[: len(good) // 2], letter_date=days_ago(2)
    )
    reader = pypdf.PdfReader(io.BytesIO(letters.case_dossier_pdf(db, case.id, "Inzage")))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "kopie beschadigd" in text
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert sum(title.startswith("B") for title in titles) == 1  # the good copy, appended
