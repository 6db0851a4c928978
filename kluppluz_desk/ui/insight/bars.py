"""Horizontal bars drawn with QPainter, readable at a glance and without colour.

Each row has its name on the left, a bar, and its figure written right after the bar, so
nothing depends on colour or on reading an axis. With a second series (last year) each row
gets a second, hatched bar under the solid one, its figure written beside it too, and a
legend names solid and hatched. The accessible description carries every figure as text
(for screen readers and tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#2f5d8a")
_PADDING = 6.0


@dataclass(frozen=True)
class Bar:
    """One row: `value` scaled against the chart's maximum, `text` written beside it."""

    label: str
    value: float
    text: str
    previous: float | None = None
    previous_text: str = ""


class BarChart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._maximum = 1.0
        self._legend: tuple[str, str] | None = None
        self._empty = ""
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(
        self,
        bars: Sequence[Bar],
        *,
        maximum: float | None = None,
        legend: tuple[str, str] | None = None,
        empty: str = "",
    ) -> None:
        """Show `bars`; `maximum` is the full bar (1.0 for shares; default: the largest
        value), `legend` names the solid and the hatched series, `empty` is said when
        there are no bars."""
        self._bars = list(bars)
        values = [b.value for b in bars] + [b.previous or 0 for b in bars]
        self._maximum = maximum if maximum is not None else max(values, default=0) or 1.0
        self._legend = legend
        self._empty = empty
        self.setAccessibleDescription(self.describe())
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def describe(self) -> str:
        if not self._bars:
            return self._empty
        lines = []
        for bar in self._bars:
            line = f"{bar.label}: {bar.text}"
            if bar.previous is not None:
                before = self._legend[1] if self._legend else self.tr("last year")
                line += f" ({before}: {bar.previous_text})"
            lines.append(line)
        return "\n".join(lines)

    def _row_height(self) -> float:
        line = float(self.fontMetrics().height())
        paired = any(b.previous is not None for b in self._bars)
        return line * (1.8 if paired else 1.25)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = max(len(self._bars), 1)
        legend = line * 1.4 if self._legend else 0
        return QSize(320, int(rows * self._row_height() + legend + 2 * _PADDING))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = self.palette().text().color()
        metrics = painter.fontMetrics()
        line = float(metrics.height())
        top = _PADDING
        if self._legend is not None:
            self._draw_legend(painter, text_colour, line)
            top += line * 1.4
        if not self._bars:
            painter.setPen(text_colour)
            painter.drawText(self.rect().adjusted(6, 0, -6, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                             self._empty)  # fmt: skip
            painter.end()
            return
        width = float(self.width())
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 14.0,
                          width * 0.5)  # fmt: skip
        text_width = max(
            metrics.horizontalAdvance(t)
            for b in self._bars
            for t in (b.text, b.previous_text)
        ) + 8.0  # fmt: skip
        bar_left = _PADDING + label_width
        bar_space = max(width - bar_left - text_width - _PADDING, 10.0)
        row = self._row_height()
        solid = QBrush(BAR_COLOUR)
        hatched = QBrush(BAR_COLOUR, Qt.BrushStyle.BDiagPattern)
        for index, bar in enumerate(self._bars):
            y = top + index * row
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 6))
            painter.drawText(QRectF(_PADDING, y, label_width - 6, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             label)  # fmt: skip
            series = [(bar.value, bar.text, solid)]
            if bar.previous is not None:
                series.append((bar.previous, bar.previous_text, hatched))
            height = row / len(series)
            for number, (value, text, brush) in enumerate(series):
                y0 = y + number * height + 1
                length = bar_space * max(value, 0) / self._maximum if self._maximum else 0
                if length > 0:
                    painter.setPen(QPen(BAR_COLOUR, 1))
                    painter.setBrush(brush)
                    painter.drawRect(QRectF(bar_left, y0, max(length, 2.0), height - 2))
                painter.setPen(text_colour)
                painter.drawText(QRectF(bar_left + length + 4, y0 - 1, text_width, height),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 text)  # fmt: skip
        painter.end()

    def _draw_legend(self, painter: QPainter, text_colour: QColor, line: float) -> None:
        assert self._legend is not None
        x = _PADDING
        for brush, text in zip(
            (QBrush(BAR_COLOUR), QBrush(BAR_COLOUR, Qt.BrushStyle.BDiagPattern)),
            self._legend,
            strict=True,
        ):
            painter.setPen(QPen(BAR_COLOUR, 1))
            painter.setBrush(brush)
            painter.drawRect(QRectF(x, _PADDING + line * 0.15, line, line * 0.8))
            x += line * 1.3
            painter.setPen(text_colour)
            width = painter.fontMetrics().horizontalAdvance(text) + 4
            painter.drawText(QRectF(x, _PADDING, width, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)  # fmt: skip
            x += width + line
