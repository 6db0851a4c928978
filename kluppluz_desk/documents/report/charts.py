"""Charts for the annual report, as ReportLab `Drawing` subclasses.

Modelled on ReportLab's own `graphics/samples/clustered_column.py`: each chart is a Drawing
that owns a bar chart and a title label. The report is printed and photocopied, so nothing
relies on colour: bars are grey or white with a black outline, every bar carries its value,
and the two-series chart has a legend with the same fills.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.textlabels import Label
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..fonts import FONT, FONT_BOLD, register_fonts
from .data import LabelCount, TermFigures

MONTH_ABBREVIATIONS = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip

BAR_GREY = colors.Color(0.55, 0.55, 0.55)
LIGHT_GREY = colors.Color(0.85, 0.85, 0.85)
FONT_SIZE = 8
TITLE_SIZE = 9
TITLE_SPACE = 20
ROW_HEIGHT = 16
MAX_BARS = 20
DEFAULT_WIDTH = 480.0


def _count_label(value: float) -> str:
    """Bar label: the whole count; nothing for zero so empty bars stay quiet."""
    return str(int(value)) if value else ""


def _shorten(text: str, max_width: float) -> str:
    """Cut a category name with an ellipsis so it fits left of the bars."""
    if stringWidth(text, FONT, FONT_SIZE) <= max_width:
        return text
    while text and stringWidth(text + "…", FONT, FONT_SIZE) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def limit_rows(rows: Sequence[LabelCount], max_bars: int, other_label: str) -> list[LabelCount]:
    """Keep the largest `max_bars - 1` rows (in their given order) and add the rest up as one
    "other" row, so a chart of many locations still fits on a page. The tables next to the
    charts keep every row."""
    if len(rows) <= max_bars:
        return list(rows)
    ranked = sorted(range(len(rows)), key=lambda i: (-rows[i].count, i))
    kept = set(ranked[: max_bars - 1])
    rest = sum(rows[i].count for i in range(len(rows)) if i not in kept)
    return [row for i, row in enumerate(rows) if i in kept] + [LabelCount(other_label, rest)]


def _value_axis_max(largest: int) -> int:
    """Leave room right of (or above) the longest bar for its value label."""
    return max(1, largest + max(1, round(largest * 0.12)))


def _tick_step(largest: int) -> int:
    """A whole 1-2-5 step giving at most about six ticks: counts have no fractions."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if largest / step <= 6:
                return step
        magnitude *= 10


def _integer_axis(axis: Any, largest: int) -> None:
    """Whole-number ticks from zero, ending on a tick beyond the largest value."""
    step = _tick_step(_value_axis_max(largest))
    axis.valueMin = 0
    axis.valueMax = -(-_value_axis_max(largest) // step) * step
    axis.valueStep = step
    axis.labels.fontName = FONT
    axis.labels.fontSize = FONT_SIZE - 1
    axis.visibleGrid = 1
    axis.gridStrokeColor = LIGHT_GREY


def _title(drawing: Drawing, text: str) -> None:
    label = Label()
    label.fontName = FONT_BOLD
    label.fontSize = TITLE_SIZE
    label.x = 0
    label.y = drawing.height - TITLE_SIZE
    label.textAnchor = "start"
    label.boxAnchor = "w"
    label.setText(text)
    drawing.add(label, name="Title")


class _ChartDrawing(Drawing):  # type: ignore[misc]
    """A chart that is not drawn on the report's layout-only pass (see
    AnnualReportTemplate): there only its size counts, and drawing the four charts twice
    was a tenth of a small report's build time."""

    def draw(self, *args: object, **kwargs: object) -> None:
        if not getattr(getattr(self, "canv", None), "layout_only", False):
            super().draw(*args, **kwargs)


class CountBarsDrawing(_ChartDrawing):
    """Horizontal bars, one per label (category, location, ...), largest list first."""

    def __init__(
        self,
        rows: Sequence[LabelCount],
        title: str,
        width: float = DEFAULT_WIDTH,
        other_label: str = "Overige",
        max_bars: int = MAX_BARS,
    ) -> None:
        register_fonts()
        shown = limit_rows(rows, max_bars, other_label)
        plot_height = max(1, len(shown)) * ROW_HEIGHT
        super().__init__(width, plot_height + TITLE_SPACE + 16)
        label_width = min(
            width * 0.4, max((stringWidth(r.label, FONT, FONT_SIZE) for r in shown), default=0)
        )
        chart = HorizontalBarChart()
        chart.x = label_width + 8
        chart.y = 14
        chart.width = width - chart.x - 10
        chart.height = plot_height
        chart.data = [[r.count for r in shown]]
        chart.bars[0].fillColor = BAR_GREY
        chart.bars[0].strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        chart.barSpacing = 0
        chart.groupSpacing = 4
        chart.barLabelFormat = _count_label
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = FONT_SIZE
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        chart.categoryAxis.categoryNames = [_shorten(r.label, label_width) for r in shown]
        chart.categoryAxis.reverseDirection = 1  # first row on top, as in the table
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = FONT_SIZE
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        _integer_axis(chart.valueAxis, max((r.count for r in shown), default=0))
        self.add(chart, name="chart")
        _title(self, title)


class MonthColumnsDrawing(_ChartDrawing):
    """Twelve columns, reactions received per month."""

    def __init__(self, counts: Sequence[int], title: str, width: float = DEFAULT_WIDTH) -> None:
        register_fonts()
        super().__init__(width, 170)
        chart = VerticalBarChart()
        chart.x = 30
        chart.y = 20
        chart.width = width - chart.x - 10
        chart.height = self.height - chart.y - TITLE_SPACE - 6
        chart.data = [list(counts)]
        chart.bars[0].fillColor = BAR_GREY
        chart.bars[0].strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        chart.groupSpacing = 8
        chart.barLabelFormat = _count_label
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = FONT_SIZE
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
        chart.categoryAxis.categoryNames = list(MONTH_ABBREVIATIONS)
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = FONT_SIZE
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
        _integer_axis(chart.valueAxis, max(counts, default=0))
        self.add(chart, name="chart")
        _title(self, title)


class TermsDrawing(_ChartDrawing):
    """Per term (acknowledgement, solution) two bars: on time (grey) and late (white)."""

    def __init__(
        self,
        acknowledgements: TermFigures,
        solutions: TermFigures,
        title: str,
        width: float = DEFAULT_WIDTH,
    ) -> None:
        register_fonts()
        super().__init__(width, 2 * 2 * ROW_HEIGHT + 12 + TITLE_SPACE + 36)
        names = [
            f"Ontvangstbevestiging (binnen {acknowledgements.term_days} dagen)",
            f"Oplossing voorgesteld (binnen {solutions.term_days} dagen)",
        ]
        label_width = max(stringWidth(n, FONT, FONT_SIZE) for n in names)
        chart = HorizontalBarChart()
        chart.x = label_width + 8
        chart.y = 34
        chart.width = width - chart.x - 10
        chart.height = 2 * 2 * ROW_HEIGHT + 12
        # Series order is bottom-up within a group, so "late" comes first to show "on time"
        # on top, matching the legend and the table.
        chart.data = [
            [acknowledgements.late, solutions.late],
            [acknowledgements.on_time, solutions.on_time],
        ]
        chart.bars[0].fillColor = colors.white
        chart.bars[1].fillColor = BAR_GREY
        chart.bars.strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        chart.barSpacing = 1
        chart.groupSpacing = 6
        chart.barLabelFormat = _count_label
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = FONT_SIZE
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        chart.categoryAxis.categoryNames = names
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = FONT_SIZE
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        largest = max(acknowledgements.total, solutions.total)
        _integer_axis(chart.valueAxis, largest)
        self.add(chart, name="chart")
        legend = Legend()
        legend.x = chart.x
        legend.y = 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = FONT
        legend.fontSize = FONT_SIZE
        legend.strokeColor = colors.black
        legend.strokeWidth = 0.5
        legend.deltax = 90
        legend.colorNamePairs = [(BAR_GREY, "op tijd"), (colors.white, "te laat")]
        self.add(legend, name="Legend")
        _title(self, title)
