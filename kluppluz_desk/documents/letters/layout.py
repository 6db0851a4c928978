"""Page furniture shared by letters and the case dossier: the letterhead, the footer with
"pagina X van Y", and the canvas that makes the page total known.

The page total only exists once the whole document is laid out, so `NumberedCanvas` keeps
every finished page until `save()` and then stamps the footers (the same idea as the annual
report, and as ReportLab's own "page X of Y" recipe).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..fonts import FONT, FONT_BOLD
from .data import Letterhead
from .logo_cache import prepared_logo

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
PRODUCER = "KluppluZ Desk"
GREY = 0.35
BRAND_GREEN = (0.18, 0.49, 0.42)

LOGO_SIZE = 17 * mm
LOGO_TOP = 14 * mm
FOOTER_Y = 10 * mm
PAGE_NUMBER_Y = 16 * mm


LOGO_PIXELS = 200  # 17 mm at 300 dpi: sharp in print


@lru_cache(maxsize=4)
def _logo(png: bytes) -> ImageReader:
    """The logo scaled down once per process (and kept scaled on disk: `logo_cache`). Every
    PDF embeds its own copy, and encoding a 512-pixel logo took half the time of a one-page
    letter. Transparency is flattened onto white (see `logo_cache.scaled_logo`)."""
    return ImageReader(prepared_logo(png, LOGO_PIXELS))


def from_top(distance: float) -> float:
    """The y coordinate `distance` below the top edge of the page."""
    return PAGE_HEIGHT - distance


def draw_letterhead(canvas: Canvas, head: Letterhead) -> float:
    """Logo and name on the left, address and contact details right-aligned; returns the y
    just below the letterhead."""
    canvas.saveState()
    name_x = MARGIN_LEFT
    if head.logo_png:
        canvas.drawImage(
            _logo(head.logo_png), MARGIN_LEFT, from_top(LOGO_TOP + LOGO_SIZE),
            width=LOGO_SIZE, height=LOGO_SIZE, mask="auto", preserveAspectRatio=True,
        )  # fmt: skip
        name_x += LOGO_SIZE + 4 * mm
    canvas.setFillColorRGB(*BRAND_GREEN)
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(name_x, from_top(LOGO_TOP + 10.5 * mm), head.name)
    lines = [*head.address_lines]
    contact = [
        f"T {head.phone}" if head.phone else "",
        head.email,
        head.website,
    ]
    lines += [c for c in contact if c]
    canvas.setFillGray(GREY)
    canvas.setFont(FONT, 8)
    right = PAGE_WIDTH - MARGIN_RIGHT
    y = from_top(LOGO_TOP + 2.8 * mm)
    for line in lines:
        canvas.drawRightString(right, y, line)
        y -= 10.5
    canvas.restoreState()
    return min(y, from_top(LOGO_TOP + LOGO_SIZE))


def draw_running_header(canvas: Canvas, left: str, right: str) -> None:
    """The small header of the second and later pages."""
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillGray(GREY)
    y = from_top(12 * mm)
    canvas.drawString(MARGIN_LEFT, y, left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, right)
    canvas.setStrokeGray(0.7)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, y - 4, PAGE_WIDTH - MARGIN_RIGHT, y - 4)
    canvas.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each finished page until `save()`, then writes the footer text and, when the
    document has more than one page (or `always_number`), "pagina X van Y"."""

    footer_text = ""
    always_number = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self.stamp_footer(self.footer_text, number, total)
            super().showPage()
        super().save()

    def stamp_footer(self, footer: str, number: int, total: int) -> None:
        """The footer text and, when numbered, "pagina X van Y" on the current page."""
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillGray(GREY)
        if footer:
            self.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, footer)
        if total > 1 or self.always_number:
            self.setFont(FONT, 8)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_RIGHT, PAGE_NUMBER_Y, f"pagina {number} van {total}"
            )
        self.restoreState()


def numbered_canvas(footer: str, *, always_number: bool = False) -> type[NumberedCanvas]:
    """A `NumberedCanvas` class with this footer (ReportLab wants a class, not an object)."""
    return type(
        "FooterCanvas",
        (NumberedCanvas,),
        {"footer_text": " ".join(footer.split()), "always_number": always_number},
    )
