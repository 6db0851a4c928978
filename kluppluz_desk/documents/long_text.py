"""Long texts in PDFs: cut ReportLab paragraph markup into pieces a page can break between.

ReportLab cannot break a table cell across pages (a 5,000-character note in a cell raised
`LayoutError`), and splitting one huge paragraph re-wraps all of its remaining text at every
page break, which made a 100,000-character letter take 15 s. Pieces of about a screenful,
cut at line breaks and else between words, keep both linear. A piece never cuts through a
tag or an entity, and `<b>` stays balanced within every piece.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

CHUNK_CHARS = 1200
# Markup longer than this is not put into a table cell (see dossier).
CELL_CHARS = 1000

_TOKEN = re.compile(r"<[^>]*>|&[#\w]+;|\s+|[^<&\s]+|[<&]")


def chunk_markup(markup: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about `limit` characters, cut at `<br/>` when one is near and else
    at a space, only where no `<b>` is open; whitespace at the cut is dropped."""
    if len(markup) <= limit:
        return [markup]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    bold = 0
    last_space = -1  # index in `current` of the last cut-able space
    last_sentence = -1  # ... of the last one after a full stop: the least visible cut
    for token in _TOKEN.findall(markup):
        if token == "<b>":
            bold += 1
        elif token == "</b>":
            bold = max(0, bold - 1)
        if token == "<br/>" and bold == 0 and size >= limit // 2:
            pieces.append("".join(current))
            current, size, last_space, last_sentence = [], 0, -1, -1
            continue
        if token.isspace() and bold == 0:
            last_space = len(current)
            if current and current[-1].endswith((".", "!", "?", ":")) and size >= limit // 2:
                last_sentence = last_space
        current.append(token)
        size += len(token)
        if size >= limit and bold == 0:
            cut = last_sentence if last_sentence > 0 else last_space
            if 0 < cut < len(current) - 1:
                pieces.append("".join(current[:cut]))
                current = current[cut + 1 :]
            else:  # one word longer than a piece: cut after it
                pieces.append("".join(current))
                current = []
            size, last_space, last_sentence = sum(len(t) for t in current), -1, -1
    if current:
        pieces.append("".join(current))
    return [p for p in (p.strip() for p in pieces) if p] or [""]


def paragraph_pieces(markup: str, style: ParagraphStyle) -> list[Flowable]:
    """A long paragraph as several, so pages break between them quickly; only the last
    piece keeps the paragraph distance."""
    chunks = chunk_markup(markup)
    if len(chunks) == 1:
        return [Paragraph(markup, style)]
    joined = ParagraphStyle(f"{style.name}_piece", parent=style, spaceAfter=0)
    return [Paragraph(c, joined) for c in chunks[:-1]] + [Paragraph(chunks[-1], style)]
