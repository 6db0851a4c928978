"""The appendix entries as blocks of single-font lines (documents/report/entry_block.py,
issue 16) print the same words, in the same order, as the one multi-font paragraph they
replace: wrapped long lines, **bold**, several lines, an empty measure, and an entry longer
than a page (split into its lines, nothing lost or doubled)."""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader

from kluppluz_desk.documents.report.annual import build_annual_report_pdf
from kluppluz_desk.documents.report.data import (
    AppendixEntry,
    AppendixLocation,
    ReportData,
    ReportFigures,
)
from kluppluz_desk.documents.report.entry_block import EntryBlock, line_styles
from kluppluz_desk.documents.report.layout import styles
from kluppluz_desk.documents.report.sections import entry_lines

LONG = " ".join(f"woord{n} & <tekst>" for n in range(60))
ENTRIES = (
    AppendixEntry("Veiligheid", "Kort verhaal.", "Gesprek met de ouder."),
    AppendixEntry("Voeding", f"{LONG}\nTweede regel met **vet** erin.\n\nNa een lege regel.", ""),
    AppendixEntry("Overig", "Eén regel", f"Maatregel in twee regels:\n{LONG}"),
    AppendixEntry("Lang", "\n".join(f"Regel {n}: {LONG}" for n in range(12)), "Afgesproken."),
    AppendixEntry("Laatste", "Slot.", "Klaar."),
)


def _expected_words() -> list[str]:
    words: list[str] = []
    for entry in ENTRIES:
        measure = entry.measure.replace("**", "") or "nog niet vastgesteld."
        words += [*entry.category.split(), *entry.summary.replace("**", "").split()]
        words += ["Maatregel:", *measure.split()]
    return words


def _appendix_words(pdf: bytes) -> list[str]:
    """The words after the location's heading, without the page headers and footers."""
    words: list[str] = []
    for page in PdfReader(BytesIO(pdf)).pages[1:]:
        lines = page.extract_text().splitlines()
        assert lines[:2] == ["Org", "Jaarverslag klantreacties 2022"]
        assert re.fullmatch(r"pagina \d+ van \d+", lines[-1])
        words += " ".join(lines[2:-1]).split()
    start = next(i for i in range(len(words)) if words[i : i + 2] == ["Plek", "Veiligheid"])
    return words[start + 1 :]


def test_entry_blocks_print_every_word_in_order() -> None:
    data = ReportData(
        2022, "Org", figures=ReportFigures(by_kind=()),
        appendix=(AppendixLocation("Plek", ENTRIES),),
    )  # fmt: skip
    assert _appendix_words(build_annual_report_pdf(data)) == _expected_words()


def test_a_short_entry_stays_whole_and_a_long_one_splits_into_its_lines() -> None:
    st = styles()

    short = EntryBlock(*entry_lines(ENTRIES[0]), st.entry, line_styles(st.entry))
    _width, height = short.wrap(400, 1000)
    assert height == 3 * st.entry.leading  # category, summary, measure: one line each
    assert short.split(400, height - 1) == []  # moves to the next page whole
    long = EntryBlock(*entry_lines(ENTRIES[3]), st.entry, line_styles(st.entry))
    _width, height = long.wrap(400, 1000)
    parts = long.split(400, 100)
    assert len(parts) == 14 and parts == long.parts  # category, 12 lines, measure
