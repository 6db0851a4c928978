"""A batch of letters built as one document reads exactly like the letters built one by
one and merged: same pages, same text (page numbers counted per letter), one bookmark per
letter, the logo embedded once."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pytest
from pypdf import PdfReader

from kluppluz_desk.documents.letters.batch import BatchCancelled, build_letters_pdf
from kluppluz_desk.documents.letters.pdf import build_letter_pdf, merge_pdfs

from .letter_samples import letter


def _letters() -> list:  # type: ignore[type-arg]
    long_reason = "\n\n".join(f"Alinea {i} over de reden van het uitstel." for i in range(40))
    return [
        letter("acknowledgement"),
        replace(letter("extension", reden_verlenging=long_reason), reference="KR-2021-015"),
        letter("judgment"),
        replace(letter("satisfaction"), reference=""),
    ]


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def test_batch_reads_like_the_letters_merged() -> None:
    letters = _letters()
    titles = [f"Brief {i}" for i in range(len(letters))]
    merged = merge_pdfs([build_letter_pdf(d) for d in letters], outline=titles)
    batch = build_letters_pdf(letters, outline=titles)
    assert _pages(batch) == _pages(merged)
    pages = _pages(batch)
    assert len(pages) > len(letters)  # the extension letter runs over several pages
    # Numbered per letter: more than one letter starts again at page 1.
    assert sum("pagina 1 van" in page for page in pages) >= 2
    reader = PdfReader(BytesIO(batch))
    marks = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    old = PdfReader(BytesIO(merged))
    assert marks == [(o.title, old.get_destination_page_number(o)) for o in old.outline]
    assert reader.metadata is not None and reader.metadata.title == letters[0].subject


def test_batch_embeds_the_logo_once() -> None:
    letters = [letter("acknowledgement")] * 20
    batch = build_letters_pdf(letters)
    one = build_letter_pdf(letters[0])
    # 20 letters cost far less than 20 copies of a letter with its logo.
    assert len(batch) < 4 * len(one)
    reader = PdfReader(BytesIO(batch))
    names = {
        page["/Resources"]["/XObject"][name].indirect_reference.idnum
        for page in reader.pages
        for name in page["/Resources"].get("/XObject", {})
    }
    assert len(names) == 1


def test_progress_can_cancel_and_wrong_input_is_refused() -> None:
    seen: list[int] = []

    def progress(started: int) -> bool:
        seen.append(started)
        return started < 2

    with pytest.raises(BatchCancelled):
        build_letters_pdf(_letters(), progress=progress)
    assert seen == [0, 1, 2]
    with pytest.raises(ValueError):
        build_letters_pdf([])
    with pytest.raises(ValueError):
        build_letters_pdf(_letters(), outline=["one"])
