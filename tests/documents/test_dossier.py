"""The case dossier: sections, timeline, letters appended, history, confidentiality."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from kluppluz_desk.documents.dossier import build_dossier_pdf
from kluppluz_desk.documents.letters.pdf import build_letter_pdf

from .dossier_samples import dossier
from .letter_samples import letter


def flat(page_text: str) -> str:
    return " ".join(page_text.split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(BytesIO(pdf)).pages)


def test_dossier_pages_hold_fields_timeline_letters_and_history() -> None:
    data = dossier()
    reader = PdfReader(BytesIO(build_dossier_pdf(data)))
    pages = [flat(p.extract_text()) for p in reader.pages]
    acknowledgement_pages = page_count(build_letter_pdf(letter("acknowledgement")))
    judgment_pages = page_count(build_letter_pdf(letter("judgment")))
    dossier_pages = len(pages) - acknowledgement_pages - judgment_pages
    assert dossier_pages >= 1
    own = " ".join(pages[:dossier_pages])
    assert "Dossier klantreactie KR-2021-014" in own
    assert "Voor de Geschillencommissie Kinderopvang" in own
    assert "Ëlla Brouwer-Çelik" in own and "€ 12,50" in own
    assert "Gesprek 1 met mevrouw Brouwer-Çelik <b>&</b> de mentor van Noë." in own
    assert "Klantreactie geregistreerd" in own and "Status: Afgesloten" in own
    assert "geen kopie bewaard" in own and "B1" in own and "B2" in own
    for number, page in enumerate(pages[:dossier_pages], start=1):
        assert "VERTROUWELIJK" in page
        assert f"pagina {number} van {dossier_pages}" in page
    # The stored letters follow, in order, with their own text.
    assert "Ontvangstbevestiging van uw klacht" in pages[dossier_pages]
    judgment_start = dossier_pages + acknowledgement_pages
    assert "Ons oordeel over uw klacht en afsluiting" in pages[judgment_start]
    titles = [item.title for item in reader.outline]  # type: ignore[union-attr]
    assert titles[0] == "Dossier klantreactie KR-2021-014"
    assert titles[1].startswith("B1 Ontvangstbevestiging") and titles[2].startswith("B2 Oordeel")
    assert reader.metadata is not None and reader.metadata.title == titles[0]


def test_long_dossier_without_letters_numbers_every_page() -> None:
    reader = PdfReader(BytesIO(build_dossier_pdf(dossier(with_letters=False, notes=60))))
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) >= 3
    assert all(f"pagina {n} van {len(pages)}" in p for n, p in enumerate(pages, start=1))
    assert all("VERTROUWELIJK" in p for p in pages)
    assert "Er zijn geen brieven verstuurd." in " ".join(pages)
