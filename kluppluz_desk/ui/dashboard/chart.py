"""A small bar chart of the monthly trend, drawn with QPainter (QtCharts is not shipped).

Received and closed cases per month as paired bars with their value written on top; the
two series differ by fill *pattern* (solid / hatched) and are named in a legend, so the
chart reads without colour. Below each month the on-time shares are written out. The
accessible description carries every figure for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.dashboard import MonthTrend
from .models import percent

BAR_COLOUR = QColor("#2f5d8a")


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthTrend] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Trend of the last twelve months"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(900, 280)

    def set_months(self, months: Sequence[MonthTrend]) -> None:
        self._months = list(months)
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.tr("Solid bar: received; hatched bar: closed."))
        self.update()

    def describe(self) -> str:
        """Every figure of the chart as text (for screen readers and tests)."""
        lines = [
            self.tr(
                "{month}: {received} received, {closed} closed, acknowledged on time "
                "{ack}, solution on time {sol}"
            ).format(
                month=m.label,
                received=m.received,
                closed=m.closed,
                ack=percent(m.acknowledged_on_time),
                sol=percent(m.solution_on_time),
            )
            for m in self._months
        ]
        return "\n".join(lines)

    def _brushes(self) -> tuple[QBrush, QBrush]:
        return QBrush(BAR_COLOUR), QBrush(BAR_COLOUR, Qt.BrushStyle.BDiagPattern)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = self.palette().text().color()
        font = QFont(self.font())
        metrics = painter.fontMetrics()
        line = metrics.height()
        left, right, top, bottom = 40.0, 12.0, line * 2.2, line * 3.6
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        self._legend(painter, text_colour, line)
        if not self._months or plot.width() < 50 or plot.height() < 30:
            painter.end()
            return
        peak = max(max(m.received, m.closed) for m in self._months)
        scale_top = max(_nice_ceiling(peak), 1)
        # Grid lines with their values: the bars' heights can be read off the axis too.
        painter.setPen(QPen(QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 90)))
        for step in range(5):
            value = scale_top * step / 4
            y = plot.bottom() - plot.height() * step / 4
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_colour)
            label = f"{value:.0f}"
            painter.drawText(
                QRectF(0, y - line / 2, left - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.setPen(
                QPen(QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 90))
            )
        group = plot.width() / len(self._months)
        bar = min(group * 0.32, 40.0)
        solid, hatched = self._brushes()
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        for i, month in enumerate(self._months):
            centre = plot.left() + group * (i + 0.5)
            for value, brush, x in (
                (month.received, solid, centre - bar - 1),
                (month.closed, hatched, centre + 1),
            ):
                height = plot.height() * value / scale_top
                rect = QRectF(x, plot.bottom() - height, bar, height)
                painter.setPen(QPen(BAR_COLOUR, 1))
                painter.setBrush(brush)
                if height > 0:
                    painter.drawRect(rect)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(x - 10, rect.top() - line, bar + 20, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(value),
                )
            painter.setFont(font)
            painter.drawText(
                QRectF(centre - group / 2, plot.bottom() + 2, group, line),
                int(Qt.AlignmentFlag.AlignCenter),
                month.short_label,
            )
            painter.setFont(small)
            for row, text in enumerate(
                (
                    self.tr("ack. {share}").format(share=percent(month.acknowledged_on_time)),
                    self.tr("sol. {share}").format(share=percent(month.solution_on_time)),
                )
            ):
                painter.drawText(
                    QRectF(
                        centre - group / 2, plot.bottom() + 2 + line * (1 + row * 0.9), group, line
                    ),
                    int(Qt.AlignmentFlag.AlignCenter),
                    text,
                )
            painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        painter.end()

    def _legend(self, painter: QPainter, text_colour: QColor, line: float) -> None:
        solid, hatched = self._brushes()
        x = 40.0
        entries = (
            (solid, self.tr("Received")),
            (hatched, self.tr("Closed")),
            (None, self.tr("ack. = acknowledged on time, sol. = solution on time")),
        )
        for brush, text in entries:
            if brush is not None:
                painter.setPen(QPen(BAR_COLOUR, 1))
                painter.setBrush(brush)
                painter.drawRect(QRectF(x, line * 0.4, line, line * 0.8))
                x += line * 1.4
            painter.setPen(text_colour)
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(
                QRectF(x, line * 0.2, width + 4, line * 1.2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += width + line * 1.5


def _nice_ceiling(value: int) -> int:
    """A round axis maximum ≥ value that divides into four whole steps of 1, 2, 2.5, 3 or 5
    times a power of ten (2.5 only from 25 upwards, so every grid value is whole)."""
    needed = max(value, 1) / 4
    magnitude = 1
    while magnitude * 10 <= needed:
        magnitude *= 10
    for factor in (1, 2, 2.5, 3, 5, 10):
        step = factor * magnitude
        if step >= needed and float(step).is_integer():
            return int(4 * step)
    return 40 * magnitude
