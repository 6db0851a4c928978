"""A letter to a parent as an A4 PDF, and merging letters into one PDF for a batch.

Layout of the first page (distances from the top-left corner of the sheet):

- letterhead: logo and name on the left, address and contact details on the right;
- address block for a window envelope with the window on the LEFT. The NEN 1026 text and
  a PostNL drawing of the window could not be consulted (the norm is not public), so the
  position is chosen to fit every common left window at once: the Dutch EA5/6 envelope
  (156 x 220 mm, A4 folded once; window about 40 x 110 mm, about 20 mm from the left and
  45-50 mm below the top of the sheet, as office suppliers list it) and the DIN 680 window
  of C5/6 and DL envelopes (90 x 45 mm at 20 mm from the left, 45 mm from the top). The
  address text sits 25 mm from the left, 52-79 mm from the top, at most 85 mm wide and 6
  lines of 10 pt (PostNL: 3 to 6 lines, sans-serif, 10-12 pt, no bold or italics), with
  one small return-address line above it, as PostNL asks for window mail. Check a printed
  letter against the envelopes actually in use.
- from 88 mm: place and date, "Ons kenmerk", "Betreft", then the body.

Later pages get a small running header. "pagina X van Y" appears only on letters of more
than one page. The PDF is built with `invariant=1`: the same letter gives the same bytes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..fonts import FONT, FONT_BOLD, UPRIGHT, register_fonts
from ..long_text import paragraph_pieces
from .data import BulletBlock, LetterDocument, Recipient
from .layout import (
    GREY,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_WIDTH,
    PRODUCER,
    draw_letterhead,
    draw_running_header,
    from_top,
    numbered_canvas,
)
from .templates import dutch_date

logger = logging.getLogger(__name__)

ADDRESS_LEFT = MARGIN_LEFT
ADDRESS_FIRST_BASELINE = 55 * mm  # from the top; the cap height starts at about 52 mm
ADDRESS_WIDTH = 85 * mm
ADDRESS_MAX_LINES = 6
ADDRESS_LEADING = 12.5
RETURN_LINE_Y = 47 * mm
FIRST_FRAME_TOP = 88 * mm
LATER_FRAME_TOP = 22 * mm
FRAME_BOTTOM = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    subject: ParagraphStyle
    small: ParagraphStyle


@cache
def _styles() -> _Styles:
    register_fonts(UPRIGHT)
    body = ParagraphStyle(
        "letter_body", fontName=FONT, fontSize=10, leading=12.8, spaceAfter=6, alignment=TA_LEFT
    )
    return _Styles(
        body=body,
        heading=ParagraphStyle("letter_heading", parent=body, spaceAfter=2, keepWithNext=1),
        bullet=ParagraphStyle(
            "letter_bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=3,
            bulletFontName=FONT,
        ),  # fmt: skip
        meta_label=ParagraphStyle(
            "letter_meta_label",
            parent=body,
            fontSize=8.5,
            leading=14,
            textColor=(GREY,) * 3,
            spaceAfter=0,
        ),  # fmt: skip
        meta_value=ParagraphStyle("letter_meta_value", parent=body, spaceAfter=0),
        subject=ParagraphStyle("letter_subject", parent=body, fontName=FONT_BOLD, spaceAfter=0),
        small=ParagraphStyle("letter_small", parent=body, fontSize=8.5, leading=12),
    )


def _text(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def _draw_address(canvas: Canvas, doc: LetterDocument) -> None:
    head = doc.letterhead
    canvas.saveState()
    return_line = " · ".join([head.name, *head.address_lines])
    if return_line:
        canvas.setFont(FONT, 6.5)
        canvas.setFillGray(GREY)
        canvas.drawString(ADDRESS_LEFT, from_top(RETURN_LINE_Y), return_line)
    canvas.setFillGray(0)
    y = from_top(ADDRESS_FIRST_BASELINE)
    for line in _address_lines(doc.recipient):
        size = 10.0
        # A long street name shrinks rather than running out of the window.
        while size > 7.5 and canvas.stringWidth(line, FONT, size) > ADDRESS_WIDTH:
            size -= 0.5
        canvas.setFont(FONT, size)
        canvas.drawString(ADDRESS_LEFT, y, line)
        y -= ADDRESS_LEADING
    canvas.restoreState()


def _address_lines(recipient: Recipient) -> list[str]:
    lines = [recipient.name, *recipient.address_lines]
    # Strip only the ends: PostNL wants two spaces between postcode and place.
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) > ADDRESS_MAX_LINES:
        logger.warning("Adres heeft %d regels; alleen de eerste %d passen in het venster",
                       len(lines), ADDRESS_MAX_LINES)  # fmt: skip
        # Keep the name and the last lines (postcode and place matter most to PostNL).
        lines = [lines[0], *lines[-(ADDRESS_MAX_LINES - 1) :]]
    return lines


class LetterTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: BytesIO, doc: LetterDocument) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, from_top(0)),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=LATER_FRAME_TOP,
            bottomMargin=FRAME_BOTTOM,
            title=doc.subject,
            author=doc.letterhead.name,
            subject=f"Brief, kenmerk {doc.reference}" if doc.reference else "Brief",
            keywords=list(doc.keywords),
            creator=PRODUCER,
            producer=PRODUCER,
            invariant=1,
            # Without it every page also names Helvetica, a font the PDF does not embed.
            initialFontName=FONT,
            lang="nl-NL",
            displayDocTitle=1,
        )
        self.letter = doc
        first, later = letter_frames()
        self.addPageTemplates(
            [
                PageTemplate(
                    id="first",
                    frames=[first],
                    onPage=self._first_page,
                    autoNextPageTemplate="later",
                ),
                PageTemplate(id="later", frames=[later], onPage=self._later_page),
            ]
        )

    def _first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_first_page(canvas, self.letter)

    def _later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_later_page(canvas, self.letter)


def letter_frames() -> tuple[Frame, Frame]:
    """The text frame of the first page (below the address block) and of later pages."""
    first = Frame(
        MARGIN_LEFT, FRAME_BOTTOM, TEXT_WIDTH, from_top(FIRST_FRAME_TOP) - FRAME_BOTTOM,
        id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    later = Frame(
        MARGIN_LEFT, FRAME_BOTTOM, TEXT_WIDTH, from_top(LATER_FRAME_TOP) - FRAME_BOTTOM,
        id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    return first, later


def draw_first_page(canvas: Canvas, letter: LetterDocument) -> None:
    draw_letterhead(canvas, letter.letterhead)
    _draw_address(canvas, letter)


def draw_later_page(canvas: Canvas, letter: LetterDocument) -> None:
    reference = letter.reference
    right = f"Ons kenmerk {reference}" if reference else dutch_date(letter.letter_date)
    draw_running_header(canvas, letter.letterhead.name, right)


def _meta(doc: LetterDocument) -> list[Flowable]:
    st = _styles()
    place = doc.letterhead.place.strip()
    when = dutch_date(doc.letter_date)
    rows: list[list[Flowable]] = []
    if doc.reference.strip():
        rows.append([Paragraph("Ons kenmerk", st.meta_label),
                     Paragraph(_text(doc.reference), st.meta_value)])  # fmt: skip
    rows.append([Paragraph("Betreft", st.meta_label), Paragraph(_text(doc.subject), st.subject)])
    table = Table(rows, colWidths=[26 * mm, TEXT_WIDTH - 26 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle([
            # The cells are Paragraphs, but a Table still selects its own default font
            # (Helvetica, not embedded) unless told otherwise.
            ("FONT", (0, 0), (-1, -1), FONT, 10),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ])
    )  # fmt: skip
    dated = f"{escape(place)}, {when}" if place else when
    return [Paragraph(dated, st.body), table, Spacer(1, 6 * mm)]


def _body(doc: LetterDocument) -> list[Flowable]:
    st = _styles()
    flowables: list[Flowable] = []
    for block in doc.body:
        if isinstance(block, BulletBlock):
            flowables += [Paragraph(item, st.bullet, bulletText="•") for item in block.items]
            # The last item takes the normal paragraph distance to what follows.
            flowables.append(Spacer(1, st.body.spaceAfter - st.bullet.spaceAfter))
        else:
            flowables += paragraph_pieces(block.markup, st.heading if block.heading else st.body)
    return flowables


def _signature(doc: LetterDocument, last: list[Flowable]) -> list[Flowable]:
    """Closing, room to sign, name and role; kept together with the last body paragraph so
    a signature never stands alone on a page."""
    st = _styles()
    lines = [f"<b>{_text(doc.signatory.name)}</b>"]
    if doc.signatory.role.strip():
        lines.append(_text(doc.signatory.role))
    lines.append(_text(doc.letterhead.name))
    block: list[Flowable] = [
        *last,
        Spacer(1, 1 * mm),
        Paragraph(_text(doc.closing), st.body),
        Spacer(1, 10 * mm),  # room for a handwritten signature
        Paragraph("<br/>".join(lines), st.body),
    ]
    if doc.attachments_note.strip():
        block += [Spacer(1, 3 * mm), Paragraph(_text(doc.attachments_note), st.small)]
    return [KeepTogether(block)]


def build_letter_pdf(doc: LetterDocument) -> bytes:
    """The letter as PDF bytes (A4, fonts embedded)."""
    register_fonts(UPRIGHT)
    buffer = BytesIO()
    template = LetterTemplate(buffer, doc)
    template.build(letter_story(doc), canvasmaker=numbered_canvas(doc.letterhead.footer))
    return buffer.getvalue()


def letter_story(doc: LetterDocument) -> list[Flowable]:
    """The flowables of one letter: place and date, reference, subject, body, signature."""
    body = _body(doc)
    # The last paragraph (or bullet with its spacer) goes with the signature.
    cut = len(body) - (2 if body and isinstance(body[-1], Spacer) else 1)
    body, last = body[: max(cut, 0)], body[max(cut, 0) :]
    return [*_meta(doc), *body, *_signature(doc, last)]


def merge_pdfs(parts: Sequence[bytes], *, outline: Sequence[str] | None = None) -> bytes:
    """One PDF of all `parts` in order (a batch of letters, or a dossier with its letters).

    With `outline`, each part starts with a bookmark of that title. The document
    information (title, author) of the first part is kept.
    """
    if not parts:
        raise ValueError("merge_pdfs needs at least one PDF")
    if outline is not None and len(outline) != len(parts):
        raise ValueError("outline needs one title per part")
    writer = PdfWriter()
    for index, part in enumerate(parts):
        reader = PdfReader(BytesIO(part))
        if index == 0 and reader.metadata:
            writer.add_metadata({k: str(v) for k, v in reader.metadata.items()})
        title = outline[index] if outline is not None else None
        writer.append(reader, outline_item=title, import_outline=outline is None)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
