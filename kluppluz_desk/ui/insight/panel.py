"""The dashboard's Inzicht tab: does complaint handling work? (issue 14.5)

Filters for the year, the location and the kind of reaction; tiles with the headline
figures (each a number and what it is "of"); painted bars for on time per clock, the
judgments, the satisfaction answers and the top categories against last year; small tables
for the days from receipt and the escalations with their outcomes; "Export…" writes the
same figures to Excel or CSV. Every figure is written out next to its bar, so the page
reads in black and white. It is built the first time the tab is opened (ui.lazy_page).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ReactionKind
from ...services.insight import (
    Insight,
    InsightFilter,
    compute_insight,
    insight_choices,
)
from ...services.spreadsheet_export import export_insight
from ..context import AppContext
from ..spreadsheet_actions import export_in_background
from .bars import Bar, BarChart

REFRESH_DELAY_MS = 300
TILES = ("received", "acknowledged", "decided", "reopened", "satisfied", "repeat",
         "improvements", "escalations")  # fmt: skip


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def days(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


class InsightPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.insight: Insight | None = None
        self.setObjectName("insightPanel")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self._build()
        self._fill_filters()
        ctx.bus.changed.connect(lambda _change=None: self._debounce.start())
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.year_box, self.location_box, self.kind_box = QComboBox(), QComboBox(), QComboBox()
        for box, text, name in (
            (self.year_box, self.tr("&Year"), self.tr("Year")),
            (self.location_box, self.tr("&Location"), self.tr("Location")),
            (self.kind_box, self.tr("&Kind"), self.tr("Kind")),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(self.refresh)
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(8)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("insightScope")
        filters.addWidget(self.scope_label, 1)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("insightExport")
        self.export_button.setToolTip(self.tr("Save these figures as an Excel workbook or CSV"))
        self.export_button.clicked.connect(self.export)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)

        tiles = QGridLayout()
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        self.tile_frames: dict[str, QFrame] = {}
        captions = {
            "received": self.tr("Reactions received"),
            "acknowledged": self.tr("Acknowledged on time"),
            "decided": self.tr("Decided within the legal term"),
            "reopened": self.tr("Reopened after closure"),
            "satisfied": self.tr("Satisfied (of those who answered)"),
            "repeat": self.tr("Submitters with 2 or more reactions"),
            "improvements": self.tr("Improvement actions done on time"),
            "escalations": self.tr("Escalations to an outside body"),
        }
        for number, key in enumerate(TILES):
            frame, value, detail = self._tile(captions[key])
            frame.setObjectName(f"insightTile_{key}")
            frame.setToolTip(captions[key])
            self.tiles[key] = (value, detail)
            self.tile_frames[key] = frame
            tiles.addWidget(frame, 0, number)
            tiles.setColumnStretch(number, 1)
        layout.addLayout(tiles)

        self.clock_chart = BarChart(self.tr("On time per clock"))
        self.judgment_chart = BarChart(self.tr("Judgments"))
        self.satisfaction_chart = BarChart(self.tr("Satisfaction check"))
        self.category_chart = BarChart(self.tr("Top categories"))
        self.duration_table = self._table(
            [self.tr("Step"), self.tr("Reached"), self.tr("Median"), self.tr("90th percentile")]
        )
        self.escalation_table = self._table([self.tr("Body"), self.tr("Total"),
                                             self.tr("Outcome")])  # fmt: skip
        grid = QGridLayout()
        self.category_box = self._box(self.tr("Top categories"), self.category_chart)
        boxes = (
            (self._box(self.tr("On time per clock"), self.clock_chart), 0, 0),
            (self._box(self.tr("Days from receipt"), self.duration_table), 0, 1),
            (self._box(self.tr("Judgments per reaction"), self.judgment_chart), 0, 2),
            (self.category_box, 1, 0),
            (self._box(self.tr("Escalations and their outcome"), self.escalation_table), 1, 1),
            (self._box(self.tr("Satisfaction check"), self.satisfaction_chart), 1, 2),
        )
        for group, row, column in boxes:
            grid.addWidget(group, row, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _tile(self, caption: str) -> tuple[QFrame, QLabel, QLabel]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 4, 8, 4)
        box.setSpacing(0)
        value = QLabel("–")
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        value.setFont(font)
        detail = QLabel()
        text = QLabel(caption)
        text.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(value)
        top.addWidget(detail, 1)
        box.addLayout(top)
        box.addWidget(text)
        return frame, value, detail

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 4, 6, 4)
        inner.addWidget(content)
        inner.addStretch(1)
        return box

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _fill_filters(self) -> None:
        choices = self.ctx.call(insight_choices, self.ctx.db, parent=self)
        years, locations = choices if choices is not None else ((), ())
        for box in (self.year_box, self.location_box, self.kind_box):
            box.blockSignals(True)
        for year in years:
            self.year_box.addItem(str(year), year)
        # Last year is complete: the figures people compare, so it is the one shown first.
        if self.year_box.count() > 1:
            self.year_box.setCurrentIndex(1)
        self.location_box.addItem(self.tr("All locations"), None)
        for location_id, name in locations:
            self.location_box.addItem(name, location_id)
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in ReactionKind:
            self.kind_box.addItem(kind.label, kind.value)
        for box in (self.year_box, self.location_box, self.kind_box):
            box.blockSignals(False)

    # --- figures ------------------------------------------------------------------------
    def current_filter(self) -> InsightFilter | None:
        year = self.year_box.currentData()
        if year is None:
            return None
        kind = self.kind_box.currentData()
        return InsightFilter(int(year), self.location_box.currentData(),
                             ReactionKind(kind) if kind else None)  # fmt: skip

    def refresh(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt is None:
            return
        insight = self.ctx.call(compute_insight, self.ctx.db, flt, parent=self)
        if insight is None:
            return
        self.insight = insight
        self._show(insight)

    def _set_tile(self, key: str, value: str, detail: str = "") -> None:
        value_label, detail_label = self.tiles[key]
        value_label.setText(value)
        detail_label.setText(detail)
        frame = self.tile_frames[key]
        frame.setAccessibleName(f"{frame.toolTip()}: {value} {detail}".strip())

    def _of(self, count: int, base: int) -> str:
        return self.tr("{count} of {total}").format(count=count, total=base)

    def _show(self, insight: Insight) -> None:
        year = insight.filter.year
        self.scope_label.setText(
            self.tr("{year} · {location} · {kind}").format(
                year=year, location=insight.location_name, kind=insight.kind_label
            )
        )
        ack, _solution, legal, _satisfaction = insight.clocks
        self._set_tile("received", str(insight.received))
        self._set_tile("acknowledged", percent(ack.share), self._of(ack.on_time, ack.judged))
        self._set_tile("decided", percent(legal.share), self._of(legal.on_time, legal.judged))
        for key, rate in (
            ("reopened", insight.reopened),
            ("satisfied", insight.satisfaction),
            ("improvements", insight.improvements),
        ):
            self._set_tile(key, percent(rate.share), self._of(rate.count, rate.base))
        self._set_tile(
            "repeat",
            str(insight.repeat_submitters),
            self.tr("of {total} submitters").format(total=insight.submitters),
        )
        self._set_tile("escalations", str(insight.escalation_total))
        nothing = self.tr("No reactions in this selection.")
        self.clock_chart.set_bars(
            [Bar(c.label, c.share or 0.0, f"{percent(c.share)} ({self._of(c.on_time, c.judged)})")
             for c in insight.clocks],
            maximum=1.0,
        )  # fmt: skip
        judged = insight.judged_total
        self.judgment_chart.set_bars(
            [Bar(j.label, j.count, str(j.count)) for j in insight.judgments if j.count],
            empty=self.tr("No judgment recorded yet.") if insight.received else nothing,
        )
        self.judgment_chart.setToolTip(self.tr("{count} reactions judged").format(count=judged))
        self.satisfaction_chart.set_bars(
            [Bar(o.label, o.count, str(o.count)) for o in insight.satisfaction_outcomes],
        )
        top = insight.top_categories or tuple(c for c in insight.categories if c.previous)[:5]
        self.category_chart.set_bars(
            [Bar(f"{c.rank}. {c.name}" if c.rank else c.name, c.count, str(c.count),
                 c.previous, str(c.previous)) for c in top],
            empty=nothing,
        )  # fmt: skip
        self.category_box.setTitle(
            self.tr("Top categories: {year} solid, {previous} hatched").format(
                year=year, previous=year - 1
            )
        )
        self._fill(self.duration_table,
                   [[d.label, str(d.count), days(d.median), days(d.p90)]
                    for d in insight.durations])  # fmt: skip
        self._fill(self.escalation_table, [
            [e.body, str(e.total),
             ", ".join(f"{o.count} {o.label.lower()}" for o in e.outcomes if o.count) or "–"]
            for e in insight.escalations])  # fmt: skip

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long name is shortened with "…" on screen
                table.setItem(row, column, item)
        height = table.horizontalHeader().height() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def export(self) -> str | None:
        insight = self.insight
        if insight is None:
            return None
        return export_in_background(
            self.ctx, self, self.tr("Insight to Excel or CSV"),
            f"inzicht-{insight.filter.year}.xlsx",
            lambda path, _progress: export_insight(insight, path))  # fmt: skip
