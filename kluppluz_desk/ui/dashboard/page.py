"""The dashboard page: counters per list, the items of the chosen list, the annual report's
status, the workload and the trend of the last twelve months.

It refreshes whenever a case changes (`ctx.bus.changed`, coalesced) and just after
midnight, when every "days left" moves by one. Opening an item (double-click or Enter)
emits `open_case_requested(case_id)` and `open_case_at_requested(case_id, kind)`; the main
window opens that case in the editor, at the part where the due step is done.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...private_files import write_private
from ...services.dashboard import (
    Dashboard,
    SectionKey,
    compute_dashboard,
    export_dashboard_csv,
    reminder_text,
)
from ..context import AppContext
from ..insight.room import give_room
from ..lazy_page import LazyPage
from ..spreadsheet_actions import export_in_background
from .chart import TrendChart
from .due_columns import DueColumnsFitter
from .models import (
    DueItemsModel,
    trend_model,
    trend_rows,
    workload_model,
    workload_rows,
)
from .report_panel import ReportStatusPanel

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 150
SIZE_SAMPLE_ROWS = 20
_ICONS = {
    SectionKey.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
    SectionKey.TODAY: QStyle.StandardPixmap.SP_MessageBoxWarning,
    SectionKey.WEEK: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    SectionKey.DIRECTOR: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    SectionKey.SATISFACTION: QStyle.StandardPixmap.SP_DialogYesButton,
    SectionKey.IMPROVEMENTS: QStyle.StandardPixmap.SP_BrowserReload,
    SectionKey.ESCALATIONS: QStyle.StandardPixmap.SP_ArrowUp,
    SectionKey.DISPUTE_WINDOW: QStyle.StandardPixmap.SP_FileDialogInfoView,
}


def ms_until_midnight(now: datetime) -> int:
    """Milliseconds from `now` to one second past the coming midnight."""
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=1, microsecond=0)
    return max(int((tomorrow - now).total_seconds() * 1000), 1000)


class DashboardPage(QWidget):
    open_case_requested = Signal(int)  # case id
    # The same, with what is due (DueItem.kind), so the editor can open at that part.
    open_case_at_requested = Signal(int, str)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self._dismissed_text: str | None = None
        self.setObjectName("dashboardPage")
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self._at_midnight)
        self._arm_midnight()
        ctx.bus.changed.connect(self._schedule_refresh)
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_banner())
        header = QHBoxLayout()
        self.title = QLabel(self.tr("Deadlines"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel()
        self.date_label.setAccessibleName(self.tr("Situation on"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Refresh the dashboard (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export to CSV…"))
        self.export_button.setToolTip(
            self.tr("Save every list for the management meeting (opens in Excel)")
        )
        self.export_button.clicked.connect(self.export_csv)
        self.excel_button = QPushButton(self.tr("To E&xcel…"))
        self.excel_button.setObjectName("dashboardToExcel")
        self.excel_button.setToolTip(
            self.tr("Save the lists, workloads and trend as an Excel workbook (a sheet each)")
        )
        self.excel_button.clicked.connect(self.export_excel)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.date_label)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.export_button)
        header.addWidget(self.excel_button)
        layout.addLayout(header)
        layout.addLayout(self._build_tiles())

        self.section_label = QLabel()
        self.section_label.setObjectName("sectionTitle")
        self.items_model = DueItemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("dueItems")
        self.table.setModel(self.items_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        # Columns are sized to the rows on screen and a sample below them, not to every
        # row: with thousands of items sizing to all of them took over a second (issue 16).
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self.table.setAccessibleName(self.tr("Deadlines of the chosen list"))
        self.table.setToolTip(self.tr("Double-click or press Enter to open the case"))
        self.table.activated.connect(self._open_index)
        self.due_columns = DueColumnsFitter(self.table)
        self.section_label.setBuddy(self.table)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.section_label)
        left_layout.addWidget(self.table)

        self.report_panel = ReportStatusPanel()
        self.handler_model, self.location_model = workload_model(self), workload_model(self)
        self.workload_tabs = QTabWidget()
        self.workload_tabs.setAccessibleName(self.tr("Workload"))
        for model, title in (
            (self.handler_model, self.tr("Open per handler")),
            (self.location_model, self.tr("Open per location")),
        ):
            self.workload_tabs.addTab(self._small_table(model, title), title)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.report_panel)
        right_layout.addWidget(self.workload_tabs, 1)

        # Scrollable, so the checklist never forces a window taller than a laptop screen.
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right_scroll)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 1)

        self.chart = TrendChart()
        self.trend_model = trend_model(self)
        self.trend_tabs = QTabWidget()
        self.trend_tabs.setAccessibleName(self.tr("Trend of the last twelve months"))
        self.trend_tabs.addTab(self.chart, self.tr("Trend (chart)"))
        self.trend_tabs.addTab(
            self._small_table(self.trend_model, self.tr("Trend per month")),
            self.tr("Trend (table)"),
        )
        self.insight_page = LazyPage(self._insight_panel)  # built when first opened
        self.trend_tabs.addTab(self.insight_page, self.tr("Insight"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.trend_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        give_room(self.splitter, self.trend_tabs, self.insight_page)
        self.setTabOrder(self.refresh_button, self.export_button)
        self.setTabOrder(self.export_button, self.excel_button)

    def _insight_panel(self, parent: QWidget) -> QWidget:
        from ..insight.panel import InsightPanel  # the year's figures: not needed at start

        return InsightPanel(self.ctx, parent)

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("reminderBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#reminderBanner { background: #fff4ce; border: 1px solid #8a5300; }"
            " #reminderBanner QLabel { color: #3b2a00; }"
        )
        row = QHBoxLayout(self.banner)
        icon = QLabel()
        icon.setPixmap(
            QApplication.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(20, 20)
        )
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_show = QPushButton(self.tr("Show"))
        self.banner_show.setToolTip(self.tr("Show what is overdue or due today"))
        self.banner_show.clicked.connect(self._show_urgent)
        self.banner_close = QToolButton()
        self.banner_close.setText(self.tr("Dismiss"))
        self.banner_close.setAccessibleName(self.tr("Dismiss the reminder"))
        self.banner_close.clicked.connect(self.dismiss_reminder)
        row.addWidget(icon)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_show)
        row.addWidget(self.banner_close)
        self.banner.hide()
        return self.banner

    def _build_tiles(self) -> QGridLayout:
        # Two rows of four: one row of eight would force a window wider than a laptop screen.
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.tile_group = QButtonGroup(self)
        self.tile_group.setExclusive(True)
        self.tiles: dict[SectionKey, QToolButton] = {}
        style = QApplication.style()
        for number, key in enumerate(SectionKey):
            tile = QToolButton()
            tile.setObjectName(f"tile_{key.value}")
            tile.setCheckable(True)
            tile.setIcon(style.standardIcon(_ICONS[key]))
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            tile.setMinimumHeight(48)
            tile.clicked.connect(lambda _=False, k=key: self.show_section(k))
            self.tile_group.addButton(tile)
            self.tiles[key] = tile
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(tile, number // 4, number % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.tiles[SectionKey.OVERDUE].setChecked(True)
        self._current = SectionKey.OVERDUE
        return grid

    def _small_table(self, model: object, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)  # type: ignore[arg-type]
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setAccessibleName(name)
        return view

    # --- behaviour ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        board = self.ctx.call(compute_dashboard, self.ctx.db, parent=self)
        if board is None:
            return
        self.board = board
        day = board.today
        self.date_label.setText(
            self.tr("Situation on {date}").format(
                date=QLocale(QLocale.Language.Dutch).toString(
                    QDate(day.year, day.month, day.day), "dddd d MMMM yyyy"
                )
            )
        )
        for section in board.sections:
            tile = self.tiles[section.key]
            tile.setText(f"{section.count}\n{section.label}")
            tile.setAccessibleName(f"{section.label}: {section.count}")
            tile.setToolTip(self.tr("Show the list '{name}'").format(name=section.label))
        self.show_section(self._current)
        self.report_panel.set_status(board.report)
        self.handler_model.set_rows(workload_rows(board.by_handler))
        self.location_model.set_rows(workload_rows(board.by_location))
        self.trend_model.set_rows(trend_rows(board.trend))
        self.chart.set_months(board.trend)
        self._update_banner()
        self.refreshed.emit()

    def show_section(self, key: SectionKey) -> None:
        self._current = key
        self.tiles[key].setChecked(True)
        if self.board is None:
            return
        section = self.board.section(key)
        self.items_model.set_items(section.items)
        if section.count:
            self.section_label.setText(
                self.tr("&{name} ({count})").format(name=section.label, count=section.count)
            )
        else:
            self.section_label.setText(
                self.tr("&{name}: nothing in this list").format(name=section.label)
            )
        self.table.resizeColumnsToContents()
        # A long improvement title must not push the other columns out of sight.
        for column in range(self.items_model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.due_columns.fit()  # "Days left" in view on a laptop

    def startup_reminder_text(self) -> str | None:
        """What is overdue or due today, for the main window to show at start; None: nothing."""
        if self.board is None:
            self.refresh()
        return reminder_text(self.board) if self.board is not None else None

    def dismiss_reminder(self) -> None:
        self._dismissed_text = self.banner_label.text()
        self.banner.hide()

    def export_excel(self) -> str | None:
        # Imported here: it pulls in the report's figures, not needed at start.
        from ...services import spreadsheet_export

        board, db = self.board, self.ctx.db
        if board is None:
            return None
        return export_in_background(
            self.ctx, self, self.tr("Dashboard to Excel"),
            f"termijnen-{board.today.isoformat()}.xlsx",
            lambda path, _p: spreadsheet_export.export_dashboard(db, board, path))  # fmt: skip

    def export_csv(self) -> None:
        if self.board is None:
            return
        path = self.ctx.dialogs.save_file(
            self,
            self.tr("Export deadlines"),
            f"termijnen-{self.board.today.isoformat()}.csv",
            self.tr("CSV for Excel (*.csv)"),
            kind="csv",
        )
        if not path:
            return
        try:
            write_private(path, export_dashboard_csv(self.ctx.db, self.board))
        except OSError as exc:
            log.warning("CSV export to %s failed: %s", path, exc)
            self.ctx.dialogs.warning(
                self,
                self.tr("Export failed"),
                self.tr("The file could not be saved: {reason}").format(reason=exc.strerror),
            )
            return
        self.ctx.dialogs.info(
            self, self.tr("Exported"), self.tr("The lists were saved in {path}.").format(path=path)
        )

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.items_model.case_id(index.row())
        if case_id is not None:
            self.open_case_requested.emit(case_id)
            self.open_case_at_requested.emit(case_id, self.items_model.items[index.row()].kind)

    def _show_urgent(self) -> None:
        if self.board is not None and not self.board.section(SectionKey.OVERDUE).count:
            self.show_section(SectionKey.TODAY)
        else:
            self.show_section(SectionKey.OVERDUE)
        self.table.setFocus()

    def _update_banner(self) -> None:
        text = reminder_text(self.board) if self.board is not None else None
        if text is None or text == self._dismissed_text:
            self.banner.setVisible(False)
            return
        self.banner_label.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.setVisible(True)

    def _schedule_refresh(self, _change: object = None) -> None:
        self._debounce.start()

    def _at_midnight(self) -> None:
        self.refresh()
        self._arm_midnight()

    def _arm_midnight(self) -> None:
        self.midnight_timer.start(ms_until_midnight(datetime.now()))
