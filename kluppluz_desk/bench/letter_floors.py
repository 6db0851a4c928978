"""The floor of the letter figures: the same letters' text set with bare ReportLab.

"letter_one_bare_reportlab_ms" sets the text of the judgment letter that "letter_one_ms"
renders (letterhead lines, address, place and date, reference, subject, body, closing and
signature) with ReportLab's platypus alone: one `SimpleDocTemplate`, one paragraph style
a line, the same embedded DejaVu faces, no database, no templates, no logo, no page
furniture. "letter_batch_100_bare_reportlab_ms" does so for the 100 acknowledgements of
"letter_batch_100_ms" as one document, a page break between letters. The letters are
composed by the program before the clock starts; only ReportLab's work is timed: what no
layer above ReportLab can beat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate
from sqlalchemy import select

from ..documents.fonts import FONT, UPRIGHT, register_fonts
from ..documents.letters.data import BulletBlock, LetterDocument
from ..documents.letters.templates import dutch_date
from ..domain.today import today
from ..services.cases.view import load_case
from ..services.database import Database
from ..services.letters import letter_kind
from ..services.letters.render import compose_in
from ..services.settings import load_settings_in
from ..store.models import Case

Timer = Callable[..., tuple[float, Any]]  # as in bench.parts, which imports this module


def letter_floor_figures(db: Database, timed: Timer) -> dict[str, Any]:
    with db.unit() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id.desc()).limit(100)))
    if not ids:
        return {}
    one = composed_documents(db, ids[:1], "judgment")
    batch = composed_documents(db, ids, "acknowledgement")
    register_fonts(UPRIGHT)
    styles = _styles()
    out: dict[str, Any] = {}
    out["letter_one_bare_reportlab_ms"], _ = timed(lambda: bare_pdf(one, styles))
    out["letter_batch_100_bare_reportlab_ms"], _ = timed(lambda: bare_pdf(batch, styles), 3)
    return out


def composed_documents(db: Database, ids: Sequence[int], kind: str) -> list[LetterDocument]:
    """The letters as the program fills them in (nothing recorded)."""
    on = today()
    with db.unit() as session:
        settings = load_settings_in(session)
        return [
            compose_in(session, load_case(session, case_id), letter_kind(kind), settings,
                       login=db.user, letter_date=on).document
            for case_id in ids
        ]  # fmt: skip


def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=6)
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=FONT
    )
    return body, bullet


def bare_pdf(letters: Sequence[LetterDocument], styles: tuple[ParagraphStyle, ...]) -> bytes:
    body, bullet = styles
    story: list[Flowable] = []
    for number, letter in enumerate(letters):
        if number:
            story.append(PageBreak())
        lines = plain_lines(letter)
        story += [Paragraph(line, body) for line in lines[:3]]
        for block in letter.body:
            if isinstance(block, BulletBlock):
                story += [Paragraph(item, bullet, bulletText="•") for item in block.items]
            else:
                story.append(Paragraph(block.markup, body))
        story += [Paragraph(line, body) for line in lines[3:]]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=FONT).build(story)
    return buffer.getvalue()


def plain_lines(letter: LetterDocument) -> list[str]:
    """The letter's text outside its body as paragraph markup: three paragraphs before the
    body (letterhead, return line and address, place/date/reference/subject); closing,
    signature and the page footer after it."""
    head = letter.letterhead
    contact = [f"T {head.phone}" if head.phone else "", head.email, head.website]
    when = dutch_date(letter.letter_date)
    date_line = f"{head.place}, {when}" if head.place.strip() else when
    return [
        "<br/>".join(_esc(x) for x in (head.name, *head.address_lines, *contact) if x),
        "<br/>".join(
            _esc(x)
            for x in (
                " · ".join([head.name, *head.address_lines]),
                letter.recipient.name,
                *letter.recipient.address_lines,
            )
        ),  # fmt: skip
        "<br/>".join(
            _esc(x)
            for x in (
                date_line,
                letter.reference and f"Ons kenmerk {letter.reference}",
                f"Betreft {letter.subject}",
            )
            if x
        ),  # fmt: skip
        _esc(letter.closing),
        "<br/>".join(
            _esc(x) for x in (letter.signatory.name, letter.signatory.role, head.name) if x
        ),
        _esc(head.footer),
    ]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
