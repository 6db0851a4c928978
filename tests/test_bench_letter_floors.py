"""The bare-ReportLab floor of the letter figures (`bench.letter_floors`) sets the same text
as the program's letters: the same words, in the same number, from the same embedded faces,
for one letter and for a batch (one page a letter). Otherwise the floor would be a floor of
something else."""

from __future__ import annotations

from collections import Counter
from io import BytesIO

from pypdf import PdfReader

from kluppluz_desk.bench.letter_floors import _styles as floor_styles
from kluppluz_desk.bench.letter_floors import bare_pdf, composed_documents, letter_floor_figures
from kluppluz_desk.bench.timing import timed as _timed
from kluppluz_desk.documents.fonts import UPRIGHT, register_fonts
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import render_letter_pdf, render_letters_pdf
from tests.factories import make_case, seed


def _words_and_fonts(pdf: bytes) -> tuple[Counter[str], set[str], int]:
    reader = PdfReader(BytesIO(pdf))
    words: Counter[str] = Counter()
    fonts: set[str] = set()
    for page in reader.pages:
        words.update((page.extract_text() or "").split())
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return words, fonts, len(reader.pages)


def test_the_floor_sets_the_same_words_as_the_letters(sqlite_db: Database) -> None:
    seeded = seed(sqlite_db)
    ids = [
        make_case(sqlite_db, seeded, upto=Step.CLOSE, submitter_name="Ëlla Brouwer-Çelik").id,
        make_case(sqlite_db, seeded, submitter_name="Noë de Wit & Zn").id,
    ]
    register_fonts(UPRIGHT)
    one_real = render_letter_pdf(sqlite_db, ids[0], "judgment").pdf
    one_bare = bare_pdf(composed_documents(sqlite_db, ids[:1], "judgment"), floor_styles())
    real_words, real_fonts, _ = _words_and_fonts(one_real)
    bare_words, bare_fonts, _ = _words_and_fonts(one_bare)
    assert bare_words == real_words
    assert real_fonts == bare_fonts == {"DejaVuSans", "DejaVuSans-Bold"}
    assert "Ëlla" in bare_words

    batch_real = render_letters_pdf(sqlite_db, ids, "acknowledgement")
    docs = composed_documents(sqlite_db, ids, "acknowledgement")
    batch_bare = bare_pdf(docs, floor_styles())
    real_words, real_fonts, real_pages = _words_and_fonts(batch_real)
    bare_words, bare_fonts, bare_pages = _words_and_fonts(batch_bare)
    assert bare_words == real_words
    assert real_fonts == bare_fonts == {"DejaVuSans", "DejaVuSans-Bold"}
    assert bare_pages == real_pages == len(ids)


def test_the_floor_figures_are_reported(sqlite_db: Database) -> None:
    seeded = seed(sqlite_db)
    make_case(sqlite_db, seeded)
    figures = letter_floor_figures(sqlite_db, lambda work, repeat=1: _timed(work, 1))
    assert set(figures) == {"letter_one_bare_reportlab_ms", "letter_batch_100_bare_reportlab_ms"}
    assert all(value > 0 for value in figures.values())
