"""The appendix's quick fragments equal what ReportLab's HTML parser makes, field by field,
and anything the quick road does not know goes to the parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus.paragraph import Paragraph

from kluppluz_desk.documents.report.layout import inline, styles
from kluppluz_desk.documents.report.quick_markup import quick_fragments

SAMPLES = [
    "<b>Cat &amp; x</b><br/>  Sum  one <br/>two<br/><i>Maatregel:</i> m <b>bold</b> end",
    "<b>A&lt;B&gt;</b><br/>x &amp;amp; y<br/><i>Maatregel:</i> nog niet vastgesteld.",
    "<b></b><br/><br/><i>Maatregel:</i> ",
    "<b>Ë Çelik</b><br/>é\u00a0ü\ttab<br/><i>Maatregel:</i> <b>a</b><b>b</b>",
    "<b><i>both</i></b> and <i><b>both</b></i>",
]


def _same(markup: str) -> None:
    style = styles().entry
    quick = quick_fragments(markup, style)
    assert quick is not None
    parsed = Paragraph(markup, style)
    assert quick[0] == parsed.text
    assert [f.__dict__ for f in quick[1]] == [f.__dict__ for f in parsed.frags]


@pytest.mark.parametrize("markup", SAMPLES)
def test_quick_fragments_equal_the_parsers(markup: str) -> None:
    _same(markup)


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=30),
    st.lists(st.text(max_size=40), min_size=1, max_size=3),
    st.text(max_size=30),
)
def test_any_entry_text_gives_the_parsers_fragments(
    category: str, summary: list[str], measure: str
) -> None:
    # Built the way sections.appendix builds an entry (escaped, **bold** as <b>).
    body = "<br/>".join(inline(line) for line in summary)
    _same(f"<b>{inline(category)}</b><br/>{body}<br/><i>Maatregel:</i> {inline(measure)}")


@pytest.mark.parametrize(
    "markup",
    ["<u>under</u>", "a &nbsp; b", "<b>open", "</b>x", "<b>x<br/>y</b>", "<font size=3>x</font>"],
)
def test_other_markup_is_left_to_the_parser(markup: str) -> None:
    assert quick_fragments(markup, styles().entry) is None
