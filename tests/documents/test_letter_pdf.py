"""Letters as PDF, read back through their extracted text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from kluppluz_desk.documents.letters.data import Recipient
from kluppluz_desk.documents.letters.pdf import build_letter_pdf, merge_pdfs

from .letter_samples import KINDS, letter


def pages_text(pdf: bytes) -> list[str]:
    # Collapse whitespace: line breaks in the PDF fall wherever the paragraph wraps.
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_prints_names_dates_handler_and_diacritics(kind: str) -> None:
    found = text(build_letter_pdf(letter(kind)))
    assert "Mevrouw Ë. Brouwer-Çelik" in found
    assert "Geachte mevrouw Brouwer-Çelik," in found
    assert "Eindhoven, 3 maart 2021" in found
    assert "Ons kenmerk KR-2021-014" in found
    assert "Ïris van Dĳk" in found or "Ïris van Dijk" in found
    assert "Met vriendelijke groet," in found
    assert "Klachtenloket Kinderopvang" in found


def test_acknowledgement_names_handler_and_deadline() -> None:
    found = text(build_letter_pdf(letter("acknowledgement")))
    assert "Betreft Ontvangstbevestiging van uw klacht" in found
    assert "Fenna Ku" in found and "locatieverantwoordelijke" in found
    assert "Uiterlijk 22 maart 2021" in found
    assert "1 maart 2021" in found


def test_extension_gives_new_date_and_reason() -> None:
    found = text(build_letter_pdf(letter("extension")))
    assert "9 april 2021" in found
    assert "met verlof" in found


def test_judgment_gives_judgment_measures_term_and_euro() -> None:
    found = text(build_letter_pdf(letter("judgment")))
    assert "gegrond" in found and "€ 12,50" in found
    assert "Een val wordt altijd dezelfde dag aan de ouder gemeld." in found
    assert "1 mei 2021" in found
    assert "officieel af" in found


def test_satisfaction_asks_about_solution_and_process() -> None:
    found = text(build_letter_pdf(letter("satisfaction")))
    assert "tevreden over de oplossing" in found
    assert "Hoe was de afhandeling voor u" in found


def test_childcare_and_youth_care_name_different_bodies() -> None:
    childcare = text(build_letter_pdf(letter("judgment", funding="childcare")))
    youth = text(build_letter_pdf(letter("judgment", funding="youth_care")))
    assert "Geschillencommissie" in childcare and "AKJ" not in childcare
    assert "AKJ" in youth and "info@akj.nl" in youth and "088-5551011" in youth
    assert "Geschillencommissie" not in youth and "Klachtenloket" not in youth


def test_hostile_value_renders_literally() -> None:
    hostile = Recipient(name="<b>& Co", address_lines=("Straat 1 <i>", "1234 AB  A&B"))
    found = text(build_letter_pdf(letter("acknowledgement", recipient=hostile,
                                         aanhef="Beste <b>&", kind="<b>&")))  # fmt: skip
    assert "Beste <b>&," in found
    assert "zorg voor <b>& op locatie" in found
    assert "<b>& Co" in found


def test_one_page_letter_has_no_page_number() -> None:
    full = letter("satisfaction")
    short = replace(full, body=full.body[:2])
    pages = pages_text(build_letter_pdf(short))
    assert len(pages) == 1
    assert "pagina" not in pages[0]


def test_multi_page_letter_is_numbered() -> None:
    long_reason = "\n\n".join(f"Alinea {i} over de reden van het uitstel." for i in range(40))
    pages = pages_text(build_letter_pdf(letter("extension", reden_verlenging=long_reason)))
    total = len(pages)
    assert total >= 2
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {total}" in page
    assert "Ons kenmerk KR-2021-014" in pages[1]  # running header


def test_two_page_letter_says_pagina_2_van_2() -> None:
    # The judgment letter describes each external body in full: two pages.
    pages = pages_text(build_letter_pdf(letter("judgment")))
    assert len(pages) == 2
    assert "pagina 2 van 2" in pages[1]


def test_metadata_and_fonts_are_embedded() -> None:
    pdf = build_letter_pdf(letter("judgment"))
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Ons oordeel over uw klacht en afsluiting"
    assert reader.metadata.author == "KluppluZ"
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert all(re.search("DejaVu", name) for name in fonts)
    assert all(f.get_object().get("/FontDescriptor") is not None
               for p in reader.pages for f in p["/Resources"]["/Font"].values()
               if f.get_object().get("/Subtype") != "/Type0")  # fmt: skip


def test_same_letter_gives_same_bytes() -> None:
    assert build_letter_pdf(letter()) == build_letter_pdf(letter())


def test_merge_keeps_order_and_adds_bookmarks() -> None:
    first = build_letter_pdf(letter("acknowledgement", letter_date=date(2021, 3, 3)))
    second = build_letter_pdf(letter("satisfaction"))
    merged = merge_pdfs([first, second], outline=["Eerste", "Tweede"])
    reader = PdfReader(BytesIO(merged))
    assert len(reader.pages) == len(PdfReader(BytesIO(first)).pages) + len(
        PdfReader(BytesIO(second)).pages
    )
    assert [o.title for o in reader.outline] == ["Eerste", "Tweede"]  # type: ignore[union-attr]
    assert "Ontvangstbevestiging" in reader.pages[0].extract_text()
    assert "ervaren" in " ".join(reader.pages[-2].extract_text().split()) + " ".join(
        reader.pages[-1].extract_text().split()
    )
    with pytest.raises(ValueError):
        merge_pdfs([])
