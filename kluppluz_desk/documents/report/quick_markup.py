"""Paragraph fragments for the appendix's simple markup, without ReportLab's HTML parser.

ReportLab turns every paragraph's mini-HTML into "fragments" (runs of text in one font)
with `html.parser`; for a 10,000-reaction appendix that took 5.3 s (issue 16). The appendix
only ever holds escaped text, <b>, <i> and <br/> (see `sections.appendix`), so
`quick_fragments` makes the same fragments directly: it cleans the text the way Paragraph
does, splits it at those tags and entities, and copies each run's font settings from
fragments the real parser made once per style. Anything else in the text (another tag or
entity) returns None and the caller lets ReportLab parse it. The test compares both
fragment lists field by field.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

_TOKEN = re.compile(r"<(/?)([bi])>|<br/>|&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
# What the parser makes of each font state: (bold, italic) and the line break.
_SAMPLES = {
    (False, False): "x",
    (True, False): "<b>x</b>",
    (False, True): "<i>x</i>",
    (True, True): "<b><i>x</i></b>",
}
_prototypes: dict[tuple[str, float, float], dict[Any, dict[str, Any]]] = {}


def _prototype(style: ParagraphStyle) -> dict[Any, dict[str, Any]]:
    key = (style.name, style.fontSize, style.leading)
    found = _prototypes.get(key)
    if found is None:
        found = {state: dict(Paragraph(text, style).frags[0].__dict__)
                 for state, text in _SAMPLES.items()}  # fmt: skip
        found["br"] = dict(Paragraph("x<br/>x", style).frags[1].__dict__)
        _prototypes[key] = found
    return found


def quick_fragments(markup: str, style: ParagraphStyle) -> tuple[str, list[ParaFrag]] | None:
    """(the cleaned text, its fragments) as Paragraph would make them, or None when the
    markup holds more than escaped text, <b>, <i> and <br/>."""
    if getattr(style, "textTransform", None):
        return None
    text = cleanBlockQuotedText(markup)
    prototype = _prototype(style)
    # One list each per paragraph, shared by its fragments, as the parser does.
    link: list[Any] = []
    us_lines: list[Any] = []
    frags: list[ParaFrag] = []
    bold = italic = 0
    tags: list[str] = []

    def add(run: str, state: Any) -> None:
        frag = ParaFrag()
        frag.__dict__.update(prototype[state])
        frag.link, frag.us_lines, frag.text = link, us_lines, run
        if state != "br" and tags:
            frag.__tag__ = tags[-1]
        frags.append(frag)

    position = 0
    for match in _TOKEN.finditer(text):
        run = text[position : match.start()]
        if "<" in run or "&" in run or ">" in run:
            return None  # something the quick road does not know: let ReportLab parse
        if run:
            add(run, (bool(bold), bool(italic)))
        position = match.end()
        closing, tag, entity = match.groups()
        if entity:
            add(_ENTITIES[entity], (bool(bold), bool(italic)))
        elif tag is None:  # <br/>
            if tags:
                return None  # a line break inside <b> or <i>: the parser's business
            add("", "br")
        elif closing:
            if not tags or tags[-1] != tag:
                return None
            tags.pop()
            bold -= tag == "b"
            italic -= tag == "i"
        else:
            tags.append(tag)
            bold += tag == "b"
            italic += tag == "i"
    rest = text[position:]
    if "<" in rest or "&" in rest or ">" in rest or tags:
        return None
    if rest:
        add(rest, (bool(bold), bool(italic)))
    return text, frags
