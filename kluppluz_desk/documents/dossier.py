"""The whole case as one confidential PDF dossier: for a parent who asks to see their file
(AVG right of access) or for the Geschillencommissie.

The dossier pages hold the case fields in sections, the timeline of the handling, the list
of letters and the change history; the stored PDFs of the letters follow as appendices B1,
B2, ... (with a bookmark each). Every dossier page says "Vertrouwelijk" and "pagina X van
Y"; the appended letters keep their own page numbers. Times are shown as given: services
pass local time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from io import BytesIO
from xml.sax.saxutils import escape

from babel.dates import format_date
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .fonts import FONT, FONT_BOLD, register_fonts
from .letters.data import Letterhead
from .letters.layout import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_WIDTH,
    PRODUCER,
    draw_letterhead,
    draw_running_header,
    from_top,
    numbered_canvas,
)
from .letters.pdf import merge_pdfs
from .letters.templates import dutch_date
from .long_text import CELL_CHARS, chunk_markup
from .report.layout import HEADER_GREY, RULE_GREY, styles

logger = logging.getLogger(__name__)

TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FIRST_TOP = 42 * mm
LATER_TOP = 22 * mm
BOTTOM = 24 * mm
CONFIDENTIAL = "VERTROUWELIJK"
CONFIDENTIAL_RED = colors.Color(0.7, 0.1, 0.1)


@dataclass(frozen=True)
class DossierField:
    label: str
    value: str


@dataclass(frozen=True)
class DossierSection:
    """A titled group of case fields, e.g. "Indiener" or "Afhandeling"."""

    title: str
    fields: tuple[DossierField, ...]


@dataclass(frozen=True)
class DossierEvent:
    """A timeline note or a history entry (local time)."""

    when: datetime | date
    who: str
    text: str


@dataclass(frozen=True)
class DossierLetter:
    """A letter sent; `pdf` is the stored copy (None when none was kept)."""

    letter_date: date
    kind: str
    subject: str
    pdf: bytes | None = None
    # the stored copy cannot be read (a damaged file): listed, not appended
    damaged: bool = False


@dataclass(frozen=True)
class DossierData:
    letterhead: Letterhead
    reference: str
    created_on: date
    title: str = ""
    # Why the dossier was made, e.g. "Op verzoek van de indiener".
    purpose: str = ""
    sections: tuple[DossierSection, ...] = ()
    timeline: tuple[DossierEvent, ...] = ()
    letters: tuple[DossierLetter, ...] = ()
    history: tuple[DossierEvent, ...] = ()

    @property
    def heading(self) -> str:
        return self.title or f"Dossier klantreactie {self.reference}"


def _when(value: datetime | date) -> str:
    day = format_date(value, "dd-MM-y", locale="nl")
    return f"{day} {value:%H:%M}" if isinstance(value, datetime) else day


def _text(value: str) -> str:
    return escape(value.strip()).replace("\n", "<br/>") or "—"


def _draw_confidential(canvas: Canvas, y: float) -> None:
    canvas.saveState()
    canvas.setFillColor(CONFIDENTIAL_RED)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, CONFIDENTIAL)
    canvas.restoreState()


class _DossierTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: BytesIO, data: DossierData) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, from_top(0)),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=LATER_TOP,
            bottomMargin=BOTTOM,
            title=data.heading,
            author=data.letterhead.name,
            subject=f"Vertrouwelijk dossier, kenmerk {data.reference}",
            creator=PRODUCER,
            producer=PRODUCER,
            invariant=1,
            # Without it every page also names Helvetica, a font the PDF does not embed.
            initialFontName=FONT,
            lang="nl-NL",
            displayDocTitle=1,
        )
        self.data = data

        def frame(top: float, name: str) -> Frame:
            return Frame(
                MARGIN_LEFT, BOTTOM, TEXT_WIDTH, from_top(top) - BOTTOM, id=name,
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
            )  # fmt: skip

        self.addPageTemplates(
            [
                PageTemplate(
                    id="first",
                    frames=[frame(FIRST_TOP, "first")],
                    onPage=self._first_page,
                    autoNextPageTemplate="later",
                ),  # fmt: skip
                PageTemplate(
                    id="later", frames=[frame(LATER_TOP, "later")], onPage=self._later_page
                ),  # fmt: skip
            ]
        )

    def _first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, self.data.letterhead)
        _draw_confidential(canvas, from_top(8 * mm))

    def _later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_running_header(canvas, self.data.letterhead.name, self.data.heading)
        _draw_confidential(canvas, from_top(7 * mm))


def _table(
    header: list[str] | None,
    rows: list[list[str]],
    widths: list[float],
    *,
    markup_last: bool = False,
) -> Table:
    """A table of short texts; with `markup_last` the last row's last cell is markup
    already (the first piece of a long text)."""
    st = styles()
    data = [[Paragraph(escape(h), st.cell_bold) for h in header]] if header else []
    data += [[Paragraph(_text(cell), st.cell) for cell in row] for row in rows]
    if markup_last:
        data[-1][-1] = Paragraph(rows[-1][-1], st.cell)
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # else the Table selects Helvetica
            *(
                [("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
                if header else []
            ),
            ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.25, RULE_GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ])
    )  # fmt: skip
    return table


def _field_table(rows: list[list[Flowable]]) -> Table:
    table = Table(rows, colWidths=[45 * mm, TEXT_WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_GREY),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ])
    )  # fmt: skip
    return table


def _long(markup: str, style: ParagraphStyle, indent: float) -> list[Flowable]:
    """A text too long for a table cell, as paragraphs pages can break between."""
    piece = ParagraphStyle(f"{style.name}_long", parent=style, leftIndent=indent, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}_long_end", parent=piece, spaceAfter=3)
    chunks = chunk_markup(markup)
    return [Paragraph(c, piece) for c in chunks[:-1]] + [Paragraph(chunks[-1], last)]


def _fields(section: DossierSection) -> list[Flowable]:
    """Short fields as a two-column table; a long text (a table cell cannot break across
    pages) under its label at full width."""
    st = styles()
    label_style = ParagraphStyle(
        "dossier_label", parent=st.cell, textColor=colors.Color(0.3, 0.3, 0.3)
    )
    flowables: list[Flowable] = [Paragraph(escape(section.title), st.h2)]
    if not section.fields:
        return [*flowables, Paragraph("Geen gegevens.", st.body)]
    rows: list[list[Flowable]] = []
    for f in section.fields:
        value = _text(f.value)
        if len(value) <= CELL_CHARS:
            rows.append([Paragraph(escape(f.label), label_style), Paragraph(value, st.cell)])
            continue
        if rows:
            flowables.append(_field_table(rows))
            rows = []
        flowables += [Spacer(1, 2.5), Paragraph(escape(f.label), label_style),
                      *_long(value, st.cell, 0)]  # fmt: skip
    if rows:
        flowables.append(_field_table(rows))
    return flowables


def _events(title: str, events: tuple[DossierEvent, ...], empty: str) -> list[Flowable]:
    """A table of events; the rest of a long text follows its row as paragraphs in the
    "Wat" column's place, because a table row cannot break across pages."""
    st = styles()
    flowables: list[Flowable] = [Paragraph(escape(title), st.h2)]
    if not events:
        return [*flowables, Paragraph(escape(empty), st.body)]
    widths = [35 * mm, 34 * mm, TEXT_WIDTH - 69 * mm]
    header: list[str] | None = ["Wanneer", "Wie", "Wat"]
    rows: list[list[str]] = []
    for event in events:
        markup = _text(event.text)
        if len(markup) <= CELL_CHARS:
            rows.append([_when(event.when), event.who, event.text])
            continue
        chunks = chunk_markup(markup)
        rows.append([_when(event.when), event.who, chunks[0]])
        flowables.append(_table(header, rows, widths, markup_last=True))
        header, rows = None, []
        flowables += _long("<br/>".join(chunks[1:]), st.cell, 69 * mm)
    if rows:
        flowables.append(_table(header, rows, widths))
    return flowables


def _letters(data: DossierData) -> list[Flowable]:
    st = styles()
    flowables: list[Flowable] = [Paragraph("Verstuurde brieven", st.h2)]
    if not data.letters:
        return [*flowables, Paragraph("Er zijn geen brieven verstuurd.", st.body)]
    rows: list[list[str]] = []
    number = 0
    for letter in data.letters:
        if letter.pdf:
            number += 1
            appendix = f"B{number}"
        elif letter.damaged:
            appendix = "kopie beschadigd"
        else:
            appendix = "geen kopie bewaard"
        rows.append([dutch_date(letter.letter_date), letter.kind, letter.subject, appendix])
    widths = [29 * mm, 40 * mm, TEXT_WIDTH - 95 * mm, 26 * mm]
    note = "De bewaarde brieven zijn als bijlagen achter dit dossier gevoegd, in deze volgorde."
    return [
        *flowables,
        _table(["Datum", "Soort", "Onderwerp", "Bijlage"], rows, widths),
        Spacer(1, 2 * mm),
        Paragraph(note, st.cell),
    ]


def _intro(data: DossierData) -> list[Flowable]:
    st = styles()
    made = f"Samengesteld op {dutch_date(data.created_on)}"
    if data.purpose.strip():
        made += f" · {data.purpose.strip()}"
    warning = (
        "<b>Vertrouwelijk.</b> Dit dossier bevat persoonsgegevens van een kind en zijn "
        "ouders of verzorgers. Deel het alleen met wie het nodig heeft, en bewaar of "
        "vernietig het volgens de privacyregels van de organisatie."
    )
    return [
        Paragraph(escape(data.heading), st.h1),
        Paragraph(escape(made), st.body),
        Paragraph(warning, st.cell),
        Spacer(1, 3 * mm),
    ]


def _readable(letter: DossierLetter) -> DossierLetter:
    """The letter with its copy, or marked damaged when the stored PDF cannot be read: one
    broken copy must not keep a parent from the rest of the dossier."""
    if not letter.pdf:
        return letter
    try:
        if len(PdfReader(BytesIO(letter.pdf)).pages) > 0:
            return letter
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):  # pypdf's many kinds
        logger.warning("Dossier: de bewaarde brief van %s is beschadigd", letter.letter_date)
    return replace(letter, pdf=None, damaged=True)


def build_dossier_pdf(data: DossierData) -> bytes:
    """The dossier pages followed by the stored letters, as one PDF."""
    data = replace(data, letters=tuple(_readable(letter) for letter in data.letters))
    register_fonts()
    buffer = BytesIO()
    template = _DossierTemplate(buffer, data)
    story: list[Flowable] = [*_intro(data)]
    for section in data.sections:
        story += _fields(section)
    story += _events("Verloop van de behandeling", data.timeline, "Er zijn geen notities.")
    story += _letters(data)
    story += _events("Wijzigingsgeschiedenis", data.history, "Er is geen geschiedenis.")
    template.build(story, canvasmaker=numbered_canvas(data.letterhead.footer, always_number=True))
    parts = [buffer.getvalue()]
    outline = [data.heading]
    number = 0
    for letter in data.letters:
        if letter.pdf:
            number += 1
            parts.append(letter.pdf)
            outline.append(f"B{number} {letter.kind}, {dutch_date(letter.letter_date)}")
    logger.info("Dossier %s: %d brieven bijgevoegd", data.reference, number)
    return merge_pdfs(parts, outline=outline)
