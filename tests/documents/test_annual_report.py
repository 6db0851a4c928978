"""The annual report PDF, checked through the text pypdf extracts from it."""

from __future__ import annotations

import re
from dataclasses import replace
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kluppluz_desk.documents.report.annual import build_annual_report_pdf
from kluppluz_desk.documents.report.data import (
    AppendixEntry,
    AppendixLocation,
    DisputeFigures,
    ReportData,
    ReportFigures,
)

from .report_samples import sample_report

APPENDIX_TITLE = "Bijlage: klantreacties per locatie"


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return build_annual_report_pdf(sample_report(2))


@pytest.fixture(scope="module")
def big_data() -> ReportData:
    return sample_report(120, locations=8)


@pytest.fixture(scope="module")
def big_pdf(big_data: ReportData) -> bytes:
    return build_annual_report_pdf(big_data)


def test_figures_of_the_year(seed_pdf: bytes) -> None:
    text = flat(" ".join(pages_of(seed_pdf)))
    assert "Uitgevoerde trajecten 848" in text
    assert "Unieke kinderen (trajecten) 460" in text
    assert "Waarvan schoolonderzoeken 105" in text
    assert "In 2021 zijn 2 klantreacties ontvangen." in text
    assert re.search(r"Klacht 1 50% Uiting van ongenoegen 0 0%", text)
    assert "088-5551011" in text and "info@akj.nl" in text
    assert "Ontvangstbevestiging (binnen 7 dagen) 2 2 100% 4 dagen" in text


def test_previous_year_comparison(seed_pdf: bytes) -> None:
    text = flat(" ".join(pages_of(seed_pdf)))
    assert "Vergelijking met 2020" in text
    assert "Klantreacties totaal 3 2 −1" in text
    without = flat(" ".join(pages_of(build_annual_report_pdf(sample_report(2, previous=False)))))
    assert "Vergelijking met" not in without


def test_appendix_entries_under_their_location_in_order(
    big_data: ReportData, big_pdf: bytes
) -> None:
    pages = pages_of(big_pdf)
    start = next(i for i, p in enumerate(pages) if i > 2 and APPENDIX_TITLE in p)
    text = flat(" ".join(pages[start:]))
    position = 0
    for location in big_data.appendix:
        heading = text.index(f" {location.location} ", position)
        assert heading >= position, location.location
        position = heading
        for entry in location.entries:
            found = text.index(entry.summary, position)
            measure = text.index(f"Maatregel: {entry.measure}", found)
            assert text.rfind(entry.category, position, found) > heading
            position = measure
    entries = sum(len(loc.entries) for loc in big_data.appendix)
    assert text.count("Maatregel:") == entries == 120


def test_reference_numbers_never_appear(big_pdf: bytes) -> None:
    assert not re.search(r"KR-\d", " ".join(pages_of(big_pdf)))


@pytest.mark.parametrize(
    ("count", "sentence"),
    [
        (0, "In 2021 zijn geen geschillen geregistreerd bij de Geschillencommissie."),
        (1, "In 2021 is 1 geschil geregistreerd bij de Geschillencommissie."),
        (3, "In 2021 zijn 3 geschillen geregistreerd bij de Geschillencommissie."),
    ],
)
def test_disputes_sentence(count: int, sentence: str) -> None:
    data = sample_report(2)
    outcomes = tuple(f"Uitspraak {i + 1}: klacht ongegrond." for i in range(count))
    data = replace(data, figures=replace(data.figures, disputes=DisputeFigures(count, outcomes)))
    text = flat(" ".join(pages_of(build_annual_report_pdf(data))))
    assert sentence in text
    for outcome in outcomes:
        assert outcome in text


def test_footers_count_pages_and_cover_has_none(big_pdf: bytes) -> None:
    pages = pages_of(big_pdf)
    total = len(pages)
    assert total > 10
    assert "pagina" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"pagina {number} van {total}" in page
        assert "Jaarverslag klantreacties 2021" in page


def test_toc_lists_chapters_with_the_pages_of_their_headings(big_pdf: bytes) -> None:
    pages = pages_of(big_pdf)
    toc = flat(pages[1])
    assert toc.startswith("KluppluZ Jaarverslag klantreacties 2021 Inhoud")
    for title in ("1 De organisatie in 2021", "2 Hoe behandelen wij klantreacties",
                  "3 Inzichten 2021", "4 Klachten volgens de wet", "5 Geschillen in 2021",
                  APPENDIX_TITLE):  # fmt: skip
        # pypdf puts each TOC line's dot leader and page number before its title.
        match = re.search(r"\. (\d+) " + re.escape(title), toc) or re.search(
            re.escape(title) + r"[ .]+(\d+)", toc
        )
        assert match, title
        page = int(match.group(1))
        assert title in pages[page - 1].split("pagina")[0], (title, page)


def test_metadata_and_outline(seed_pdf: bytes) -> None:
    reader = PdfReader(BytesIO(seed_pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Jaarverslag klantreacties 2021"
    assert reader.metadata.author == "KluppluZ"
    assert "2021" in (reader.metadata.subject or "")
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == ["1 De organisatie in 2021", "2 Hoe behandelen wij klantreacties",
                   "3 Inzichten 2021", "4 Klachten volgens de wet", "5 Geschillen in 2021",
                   APPENDIX_TITLE]  # fmt: skip
    nested = [item for item in reader.outline if isinstance(item, list)]
    children = [[i.title for i in n if not isinstance(i, list)] for n in nested]
    assert ["Venetiëstraat", "KluppluZ Ulvenhout"] in children


def test_year_without_reactions_gives_sentences_not_empty_tables() -> None:
    data = sample_report(0)
    assert data.figures.total == 0
    text = flat(" ".join(pages_of(build_annual_report_pdf(data))))
    assert text.count("In 2021 zijn geen klantreacties ontvangen.") == 2  # chapter 3, appendix
    assert "In 2021 zijn geen geschillen geregistreerd" in text
    for absent in ("Aandeel", "Totaal", "per categorie", "per maand", "Termijnen gehaald"):
        assert absent not in text
    assert "Uitgevoerde trajecten 848" in text  # the organisation's figures stay


def test_bare_minimum_data_builds() -> None:
    text = flat(" ".join(pages_of(build_annual_report_pdf(ReportData(2030, "Org")))))
    assert "Jaarverslag klantreacties 2030" in text
    assert "In 2030 zijn geen klantreacties ontvangen." in text
    assert "Kerncijfers" not in text


def test_same_data_gives_the_same_pdf(seed_pdf: bytes) -> None:
    again = build_annual_report_pdf(sample_report(2))
    assert pages_of(again) == pages_of(seed_pdf)
    assert again == seed_pdf


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    summary=st.text(
        alphabet=st.characters(codec="latin-1", categories=("L", "N", "P", "S", "Zs")),
        min_size=1, max_size=80,
    ).filter(lambda s: s.strip() and "*" not in s)
)  # fmt: skip
def test_any_summary_text_comes_out_literally(summary: str) -> None:
    data = ReportData(
        2022,
        "Org",
        figures=ReportFigures(by_kind=()),
        appendix=(AppendixLocation("Plek", (AppendixEntry("Cat", summary, "Niets"),)),),
    )
    text = flat(" ".join(pages_of(build_annual_report_pdf(data))))
    assert flat(summary).strip() in text
