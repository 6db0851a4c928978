"""One appendix entry of the annual report as a block of single-font lines (issue 16).

An entry is its category (bold), its summary and "Maatregel:" (italic) with the measure.
As one paragraph of several fonts, ReportLab breaks its lines on its slow road (fragment
words measured run by run): 2.5 s of a 10,000-entry appendix. Here every line of the entry
is a paragraph of one font, which ReportLab breaks on its fast road (the text split at
spaces, each word measured once), and "Maatregel:" is that paragraph's bullet: drawn in
italic before the first line, the measure's text following it and wrapping back to the
margin. The words are the same; the lines follow each other at the entry's leading, as
the line breaks of the one paragraph did. A summary line with **bold** keeps its fonts
(and the slow road, for that line only).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ..fonts import FONT_BOLD, FONT_ITALIC
from .layout import CachedParagraph
from .quick_markup import quick_fragments

MEASURE_LABEL = "Maatregel:"


def line_styles(entry: ParagraphStyle) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """(category, text line, measure line) styles: the entry's font and leading, no space
    between the lines (the block has the entry's space before and after)."""
    line = ParagraphStyle("entry_line", parent=entry, spaceBefore=0, spaceAfter=0)
    category = ParagraphStyle("entry_category", parent=line, fontName=FONT_BOLD)
    measure = ParagraphStyle(
        "entry_measure", parent=line, bulletFontName=FONT_ITALIC,
        bulletFontSize=entry.fontSize, bulletIndent=0, leftIndent=0, firstLineIndent=0,
    )  # fmt: skip
    return category, line, measure


def _paragraph(markup: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    quick = quick_fragments(markup, style)
    if quick is None:
        return CachedParagraph(markup, style, bulletText=bullet)
    return CachedParagraph(quick[0], style, bulletText=bullet, frags=quick[1])


class EntryBlock(Flowable):  # type: ignore[misc]
    """The lines of one entry, drawn one under the other. A short entry moves whole to
    the next page instead of leaving its category or measure behind; a longer one is
    split into its lines (each of which can split itself)."""

    KEEP_WHOLE_HEIGHT = 120.0

    def __init__(
        self,
        category: str,
        summary: list[str],
        measure: list[str],
        entry: ParagraphStyle,
        styles: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle],
    ) -> None:
        """`category`, `summary` and `measure` as escaped markup, one item per line."""
        super().__init__()
        category_style, line_style, measure_style = styles
        self.parts: list[Paragraph] = [
            _paragraph(category, category_style),
            *(_paragraph(line, line_style) for line in summary),
            _paragraph(measure[0], measure_style, MEASURE_LABEL),
            *(_paragraph(line, line_style) for line in measure[1:]),
        ]
        self.spaceBefore = entry.spaceBefore
        self.spaceAfter = entry.spaceAfter
        self._wrapped_width: float | None = None
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # multiBuild lays the story out twice; for the same width the lines never change.
        if availWidth != self._wrapped_width:
            self.height = sum(part.wrap(availWidth, 0x7FFFFFFF)[1] for part in self.parts)
            self.width = availWidth
            self._wrapped_width = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.height <= self.KEEP_WHOLE_HEIGHT or len(self.parts) < 2:
            return []
        parts: list[Any] = list(self.parts)
        return parts

    def draw(self) -> None:
        # On a layout-only pass (see AnnualReportTemplate) only the size of an entry counts.
        if getattr(self.canv, "layout_only", False):
            return
        y = self.height
        for part in self.parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)
