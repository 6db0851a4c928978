"""Building blocks of the annual report: paragraph styles, the light text markup, headings
that feed the table of contents and the outline, and the plain grey figure tables.

The markup is the one K&V also uses in letter templates: a blank line starts a new
paragraph, **text** is bold, a line starting with "- " is a bullet, and a single line break
is kept as a line break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..fonts import FONT, FONT_BOLD, register_fonts
from ..long_text import paragraph_pieces

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BULLET = re.compile(r"^\s*[-•]\s+")

HEADER_GREY = colors.Color(0.88, 0.88, 0.88)
RULE_GREY = colors.Color(0.6, 0.6, 0.6)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the report, made once per process."""

    body: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    entry: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cover_title: ParagraphStyle
    cover_year: ParagraphStyle
    cover_text: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, spaceAfter=6)
    return Styles(
        body=body,
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2, bulletFontName=FONT
        ),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19,
            spaceBefore=4, spaceAfter=10, keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15,
            spaceBefore=10, spaceAfter=5, keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
            spaceBefore=10, spaceAfter=4, keepWithNext=1,
        ),
        entry=ParagraphStyle("entry", parent=body, spaceBefore=3, spaceAfter=5),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=FONT_BOLD, fontSize=26, leading=32, spaceAfter=8
        ),
        cover_year=ParagraphStyle(
            "cover_year", parent=body, fontName=FONT_BOLD, fontSize=40, leading=46, spaceAfter=24
        ),
        cover_text=ParagraphStyle("cover_text", parent=body, fontSize=12, leading=17),
        toc_title=ParagraphStyle(
            "toc_title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=12
        ),
        toc_levels=(
            ParagraphStyle("toc0", parent=body, fontName=FONT_BOLD, leftIndent=0,
                           firstLineIndent=0, spaceBefore=5, spaceAfter=0),
            ParagraphStyle("toc1", parent=body, leftIndent=0.8 * cm, firstLineIndent=0,
                           spaceBefore=0, spaceAfter=0),
        ),
    )  # fmt: skip


class CachedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that keeps its line breaks between wraps at the same width.

    `multiBuild` lays the whole story out twice (to fill in the table of contents) and frames
    wrap a paragraph more than once per pass; breaking lines is most of the cost of a
    10,000-reaction appendix, and for the same width the result never changes.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # ReportLab's split() deletes blPara (the line breaks) when it gives up on a split
        # that leaves no room: then the lines must be broken again, or draw() fails with
        # "no attribute 'blPara'" (an appendix entry longer than a page did, issue 11.9).
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth if height < 0x7FFFFFFF else None
        return width, height


class Heading(Paragraph):  # type: ignore[misc]
    """A heading the document template turns into a bookmark, an outline entry and (when
    `toc` is set) a table-of-contents line."""

    def __init__(
        self, text: str, style: ParagraphStyle, *, level: int, key: str, toc: bool = True
    ) -> None:
        super().__init__(escape(text), style)
        self.outline_level = level
        self.outline_key = key
        self.outline_text = text
        self.in_toc = toc


def inline(text: str) -> str:
    """Escape a line for ReportLab's mini-HTML and turn **bold** into <b>."""
    return _BOLD.sub(r"<b>\1</b>", escape(text))


def markup_flowables(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Turn the light markup into paragraphs and bullets; empty text gives nothing."""
    st = styles()
    body = style or st.body
    flowables: list[Flowable] = []
    for block in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").strip()):
        lines: list[str] = []
        for line in block.split("\n"):
            if _BULLET.match(line):
                if lines:
                    flowables += paragraph_pieces("<br/>".join(lines), body)
                    lines = []
                flowables.append(
                    Paragraph(inline(_BULLET.sub("", line)), st.bullet, bulletText="•")
                )
            elif line.strip():
                lines.append(inline(line.strip()))
        if lines:
            flowables += paragraph_pieces("<br/>".join(lines), body)
    return flowables


def figure_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    col_widths: Sequence[float],
    *,
    total: Sequence[str] | None = None,
) -> Table:
    """A figures table: grey header row, thin rules, numbers right-aligned, optional bold
    total row. Callers never pass zero rows (an empty year shows a sentence instead)."""
    st = styles()
    data: list[list[Paragraph | str]] = [[Paragraph(escape(header[0]), st.cell_bold), *header[1:]]]
    data += [[Paragraph(escape(row[0]), st.cell), *row[1:]] for row in rows]
    if total is not None:
        data.append([Paragraph(escape(total[0]), st.cell_bold), *total[1:]])
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE_GREY),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total is not None:
        commands += [
            ("FONT", (1, -1), (-1, -1), FONT_BOLD, 8.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    table = Table(data, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
