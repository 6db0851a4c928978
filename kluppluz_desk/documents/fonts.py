"""The embedded TrueType font (DejaVu Sans, shipped in resources/fonts) for every PDF.

ReportLab's built-in Helvetica is not embedded and lacks letters such as ĳ or č; DejaVu
covers every Dutch character and the euro sign.
"""

from __future__ import annotations

from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

_registered = False


def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    global _registered
    if _registered:
        return FONT
    folder = resources.files("kluppluz_desk.resources") / "fonts"
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        with resources.as_file(folder / f"{name}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    _registered = True
    return FONT
