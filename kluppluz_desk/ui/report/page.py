"""The "Annual report" page: each year's report status, a year picker and the button that
opens the wizard; a stored report can be saved again without the wizard."""

from __future__ import annotations

import logging

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import describe_os_error
from ...domain.today import today
from ...private_files import write_private
from ...services import report
from ...services.dto import Change
from ...services.report import YearStatus
from ..context import AppContext
from ..spreadsheet_actions import export_in_background
from .confidential_setting import ConfidentialCountBox
from .wizard import ReportWizard

log = logging.getLogger(__name__)


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard: ReportWizard | None = None
        self.statuses: list[YearStatus] = []
        self.setObjectName("reportPage")
        title = QLabel(self.tr("Annual report on customer reactions"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "The public report for the GGD, management and the parent "
                "committee, due before 1 June of the following year."
            )
        )
        intro.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year - 1)
        self.year.setAccessibleName(self.tr("Report year"))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.make_button = QPushButton(self.tr("Make annual report…"))
        self.make_button.setObjectName("makeReport")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.open_wizard)
        self.save_button = QPushButton(self.tr("Save stored PDF…"))
        self.save_button.clicked.connect(self.save_stored)
        row = QHBoxLayout()
        row.addWidget(year_label)
        row.addWidget(self.year)
        row.addWidget(self.make_button)
        row.addWidget(self.save_button)
        self.figures_button = QPushButton(self.tr("Figures to Excel…"))
        self.figures_button.setObjectName("figuresToExcel")
        self.figures_button.setToolTip(
            self.tr("The year's figures, a sheet per table of the report, as an Excel workbook")
        )
        self.figures_button.clicked.connect(self.export_figures)
        row.addWidget(self.figures_button)
        row.addStretch(1)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Reactions"), self.tr("Required"), self.tr("Status")]
        )
        self.table = QTableView()
        self.table.setObjectName("reportYears")
        self.table.setAccessibleName(self.tr("Reports per year"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(
            lambda index: self.year.setValue(self.statuses[index.row()].year)
        )
        self.table.activated.connect(lambda _index: self.open_wizard())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        self.count_confidential = ConfidentialCountBox(ctx)
        layout.addWidget(self.count_confidential)
        layout.addWidget(self.table, 1)
        self.year.valueChanged.connect(self._update_buttons)
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.kind in ("case", "report", "import", "settings", "masterdata"):
            self.refresh()

    def _status_text(self, status: YearStatus) -> str:
        if status.distributed:
            return self.tr("Sent and discussed")
        if status.generated_at is not None:
            when = status.generated_at.astimezone().strftime("%d-%m-%Y")
            return self.tr("Generated on {date}; distribution not complete").format(date=when)
        if status.drafted:
            return self.tr("Draft saved")
        return self.tr("Not started")

    def refresh(self) -> None:
        statuses = self.ctx.call(report.report_years, self.ctx.db, today(), parent=self)
        if statuses is None:
            return
        self.statuses = statuses
        self.model.removeRows(0, self.model.rowCount())
        for status in statuses:
            cells = [
                str(status.year),
                str(status.reactions),
                self.tr("yes") if status.required else self.tr("no"),
                self._status_text(status),
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = next((s for s in self.statuses if s.year == self.year.value()), None)
        self.save_button.setEnabled(status is not None and status.generated_at is not None)

    def open_wizard(self) -> ReportWizard:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = ReportWizard(self.ctx, self.year.value(), self)
        self.wizard.saved.connect(lambda _year: self.refresh())
        self.wizard.finished.connect(lambda _result: self.refresh())
        self.wizard.open()
        return self.wizard

    def export_figures(self) -> str | None:
        # Imported here: it pulls in the report's figures, not needed at start.
        from ...services import spreadsheet_export

        year, db = self.year.value(), self.ctx.db
        return export_in_background(
            self.ctx, self, self.tr("Figures to Excel"),
            f"cijfers klantreacties {year}.xlsx",
            lambda path, _p: spreadsheet_export.export_report_figures(db, year, path))  # fmt: skip

    def save_stored(self) -> None:
        year = self.year.value()
        pdf = self.ctx.call(report.report_pdf, self.ctx.db, year, parent=self)
        if not pdf:
            return
        path = self.ctx.dialogs.save_file(
            self,
            self.tr("Save the annual report"),
            f"Jaarverslag klantreacties {year}.pdf",
            self.tr("PDF files (*.pdf)"),
            kind="report",
        )
        if not path:
            return
        try:
            write_private(path, pdf)
        except OSError as exc:
            log.warning("saving report to %s failed: %s", path, exc)
            self.ctx.dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: {reason}.").format(
                    reason=describe_os_error(exc)
                ),
            )
