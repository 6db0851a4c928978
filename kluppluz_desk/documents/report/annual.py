"""The public annual report "Jaarverslag klantreacties <year>" as a PDF.

`build_annual_report_pdf` is a pure function of `ReportData`: no database, no Qt. The layout
follows ReportLab's own `tools/docco/rltemplate.py`: a `BaseDocTemplate` subclass with a
cover template (no header or footer) and a normal template (running header), headings
reported from `afterFlowable` into bookmarks, the PDF outline and the table of contents.
"pagina X van Y" needs the page total, which is only known at the end, so a canvas class
keeps every page until `save()` and stamps the footers then.

The PDF is built with `invariant=1`, which fixes the creation date and document id: the
same data gives byte-identical output, so a stored report can be compared with a rebuild.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..fonts import FONT, register_fonts
from . import sections
from .data import ReportData
from .insight_section import insight_section
from .law_section import law_chapter
from .layout import RULE_GREY, Heading, styles

logger = logging.getLogger(__name__)

# progress(done, total) while the PDF is laid out; returning False stops the build with
# `ReportCancelled` (the report of 10,000 reactions takes seconds: issue 16).
ReportProgress = Callable[[int, int], bool]


class ReportCancelled(Exception):
    """The progress callback asked to stop; nothing was produced."""


class _Progress:
    """ReportLab's progress events as (done, total) over every layout pass: two passes
    are expected (the table of contents needs the page numbers of the first); a third
    pass, when one is needed, keeps the bar full."""

    PASSES = 2

    def __init__(self, report: ReportProgress) -> None:
        self.report = report
        self.passes = 0
        self.size = 1
        self.done = 0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.passes = value
        elif kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            # A flowable split over two pages goes back into the story: never backwards.
            total = self.size * self.PASSES
            self.done = max(self.done, min(total, max(0, self.passes - 1) * self.size + value))
            if not self.report(self.done, total):
                raise ReportCancelled


PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.2 * cm
HEADER_Y = PAGE_HEIGHT - 1.4 * cm
FOOTER_Y = 1.2 * cm
PRODUCER = "KluppluZ Desk"


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Holds each finished page until `save()`, then writes "pagina X van Y" on the pages
    whose template asked for a footer (the cover does not)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self.wants_footer = False
        self.layout_only = False

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self.wants_footer = False
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            if state["wants_footer"]:
                self.saveState()
                self.setFont(FONT, 8)
                self.setFillGray(0.25)
                self.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, f"pagina {number} van {total}")
                self.restoreState()
            super().showPage()
        super().save()


class AnnualReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait; templates "cover" and "normal"; TOC and outline from `Heading`s."""

    def __init__(self, target: BytesIO, data: ReportData) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=data.title,
            author=data.organisation_name,
            subject=(
                f"Aard en afhandeling van de klantreacties van {data.organisation_name} "
                f"in {data.year}"
            ),
            keywords=["klantreacties", "jaarverslag", str(data.year)],
            creator=PRODUCER,
            producer=PRODUCER,
            invariant=1,
            lang="nl-NL",
            displayDocTitle=1,
        )
        self._passes = 0
        self._header_left = data.organisation_name
        self._header_right = data.title
        body = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[body]),
                PageTemplate(id="normal", frames=[body], onPage=self._normal_page),
            ]
        )

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab's name
        # The first pass only finds the page of each heading: the table of contents is
        # pre-filled with page 0, so that pass is never the one saved (`multiBuild` saves
        # the first pass after which every TOC entry is unchanged). Appendix entries skip
        # their drawing there, which saves a third of a large report's build time.
        self._passes += 1
        self.canv.layout_only = self._passes == 1
        super().handle_documentBegin()

    def _normal_page(self, canvas: _FooterCanvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillGray(0.25)
        canvas.drawString(self.leftMargin, HEADER_Y, self._header_left)
        canvas.drawRightString(PAGE_WIDTH - self.rightMargin, HEADER_Y, self._header_right)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, HEADER_Y - 5, PAGE_WIDTH - self.rightMargin, HEADER_Y - 5)
        canvas.restoreState()
        canvas.wants_footer = True

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if not isinstance(flowable, Heading):
            return
        self.canv.bookmarkPage(flowable.outline_key)
        self.canv.addOutlineEntry(
            flowable.outline_text, flowable.outline_key, level=flowable.outline_level,
            closed=flowable.outline_level > 0,
        )  # fmt: skip
        if flowable.in_toc:
            self.notify(
                "TOCEntry",
                (flowable.outline_level, flowable.outline_text, self.page, flowable.outline_key),
            )


def _table_of_contents(body: list[Flowable]) -> list[Flowable]:
    """The TOC, filled beforehand with every heading and page 0.

    A long appendix gives a TOC of more than one page. Empty, it would be one line on the
    first pass, every page after it would move on the second, and `multiBuild` would need
    a third pass over the whole story. Pre-filled, it already has its final length, so the
    first pass finds the final page numbers and the second only writes them in.
    """
    st = styles()
    toc = TableOfContents(dotsMinLevel=0, levelStyles=list(st.toc_levels))
    toc._entries = [
        (f.outline_level, f.outline_text, 0, f.outline_key)
        for f in body
        if isinstance(f, Heading) and f.in_toc
    ]
    return [Paragraph("Inhoud", st.toc_title), toc]


def build_annual_report_pdf(data: ReportData, progress: ReportProgress | None = None) -> bytes:
    """The complete annual report for `data.year` as PDF bytes. `progress(done, total)`
    follows the layout; returning False stops it with `ReportCancelled`."""
    register_fonts()
    buffer = BytesIO()
    doc = AnnualReportTemplate(buffer, data)
    if progress is not None:
        doc.setProgressCallBack(_Progress(progress))
    width = doc.width
    body: list[Flowable] = [
        *sections.organisation(data, width),
        PageBreak(),
        *sections.handling(data, width),
        PageBreak(),
        *sections.insights(data, width),
        PageBreak(),
        *law_chapter(data, width),
        # The indicators end chapter 4: 4.2 after the regimes, 4.1 in a year without complaints.
        *insight_section(data, width, "4.2" if data.figures.law.complaints else "4.1"),
        PageBreak(),
        *sections.disputes(data, width),
        PageBreak(),
        *sections.appendix(data, width),
    ]
    story: list[Flowable] = [
        *sections.cover(data, width),
        NextPageTemplate("normal"),
        PageBreak(),
        *_table_of_contents(body),
        PageBreak(),
        *body,
    ]
    passes = doc.multiBuild(story, canvasmaker=_FooterCanvas)
    logger.info("Jaarverslag %s gebouwd in %s passes, %d bytes", data.year, passes,
                len(buffer.getvalue()))  # fmt: skip
    return buffer.getvalue()
