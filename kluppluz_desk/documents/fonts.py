"""The embedded TrueType font (DejaVu Sans, shipped in resources/fonts) for every PDF.

ReportLab's built-in Helvetica is not embedded and lacks letters such as ĳ or č; DejaVu
covers every Dutch character and the euro sign.

Reading a face costs ReportLab a parse of some 6,000 glyphs (tens of milliseconds each), so
faces are registered only when a document needs them: letters use the upright faces
(`UPRIGHT`), the report and the dossier all four. A lock keeps a warm-up in a background
thread and a document in the GUI thread from parsing the same face twice. A parsed face is
kept in the program's cache folder (`font_cache`), so only the very first start parses.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from .cache_files import cache_folder
from .font_cache import load_ttfont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

UPRIGHT = (FONT, FONT_BOLD)
ALL_FACES = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)

# (bold, italic) of each face, for ReportLab's <b>/<i> family mapping.
_STYLE = {
    FONT: (0, 0),
    FONT_BOLD: (1, 0),
    FONT_ITALIC: (0, 1),
    FONT_BOLD_ITALIC: (1, 1),
}

_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts(faces: Iterable[str] = ALL_FACES) -> str:
    """Register `faces` (all four unless told) once per process; returns the regular
    font's name. A face is mapped for <b>/<i> only once it is registered."""
    wanted = tuple(faces)
    if _registered.issuperset(wanted):  # the usual case: no lock needed
        return FONT
    with _lock:
        folder = resources.files("kluppluz_desk.resources") / "fonts"
        for name in wanted:
            if name in _registered:
                continue
            with resources.as_file(folder / f"{name}.ttf") as path:
                pdfmetrics.registerFont(load_ttfont(name, path, cache_folder("fonts")))
            bold, italic = _STYLE[name]
            addMapping(FONT, bold, italic, name)
            _registered.add(name)
    return FONT


def registered_faces() -> frozenset[str]:
    """The faces registered so far (for tests and the warm-up)."""
    return frozenset(_registered)
