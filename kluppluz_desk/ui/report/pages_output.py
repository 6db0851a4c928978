"""The wizard's last pages: generate and preview the PDF, then record its distribution."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import describe_os_error
from ...domain.today import today
from ...private_files import write_private
from ...services import report
from ...services.report import Distribution
from ..background import BackgroundRunner
from .draft_page import DraftPage

log = logging.getLogger(__name__)


class GeneratePage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The report"))
        self.setSubTitle(
            self.tr("Made from everything above and stored with this year. Check it page by page.")
        )
        self.pdf: bytes | None = None
        self.runner: BackgroundRunner | None = None
        self.status = QLabel()
        self.status.setObjectName("generateStatus")
        self.status.setWordWrap(True)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("reportPreview")
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.save_button = QPushButton(self.tr("Save as &PDF…"))
        self.save_button.clicked.connect(self.save_as)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        # A worker with progress and Cancel: 10,000 reactions take seconds. A stop comes
        # before the PDF is stored, so nothing is half stored.
        db, year = wizard.ctx.db, wizard.year
        self.runner = BackgroundRunner(wizard.ctx)
        self.pdf = self.runner.run(
            self,
            self.tr("Making the annual report…"),
            lambda progress, cancelled: report.generate_report(
                db, year, progress=progress, cancelled=cancelled
            ),
            self.tr("Annual report"),
            problem_title=self.tr("The report was not made"),
        )
        wizard.reload()  # storing the PDF gave the draft a new version
        job = self.runner.last_job
        if self.pdf is None and job is not None and job.cancel_requested:
            self.status.setText(
                self.tr(
                    "You stopped making the report; nothing was stored. Go back and "
                    "press Next to make it again."
                )  # fmt: skip
            )
            self.document.close()
        elif self.pdf is None:
            self.status.setText(
                self.tr("The report could not be made. Go back to fix what the message said.")
            )
            self.document.close()
        else:
            self._show(self.pdf)
            self.status.setText(
                self.tr("Jaarverslag klantreacties {year}: {pages} pages, stored.").format(
                    year=wizard.year, pages=self.document.pageCount()
                )
            )
            wizard.saved.emit(wizard.year)
        self.save_button.setEnabled(self.pdf is not None)
        self.completeChanged.emit()

    def _show(self, pdf: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def save_as(self) -> None:
        wizard = self.report_wizard()
        if self.pdf is None:
            return
        path = wizard.ctx.dialogs.save_file(
            self,
            self.tr("Save the annual report"),
            f"Jaarverslag klantreacties {wizard.year}.pdf",
            self.tr("PDF files (*.pdf)"),
            kind="report",
        )
        if not path:
            return
        try:
            write_private(path, self.pdf)
        except OSError as exc:
            log.warning("saving report to %s failed: %s", path, exc)
            wizard.ctx.dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: {reason}.").format(
                    reason=describe_os_error(exc)
                ),
            )
            return
        self.status.setText(self.tr("Saved as {path}.").format(path=path))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.pdf is not None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _DateLine:
    """A check box "done" with the date it was done."""

    def __init__(self, page: QWidget, text: str, day: date | None) -> None:
        self.check = QCheckBox(text, page)
        self.date = QDateEdit(page)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setAccessibleName(text)
        self.date.setDate(_qdate(day or today()))
        self.check.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        self.check.toggled.connect(self.date.setEnabled)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        day = self.date.date().toPython()
        assert isinstance(day, date)
        return day


class DistributionPage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Distribution"))
        self.setSubTitle(
            self.tr(
                "Send the report to each GGD before 1 June, and discuss it "
                "with management and the parent committee. Tick what is "
                "done; you can come back later."
            )
        )
        self.grid = QGridLayout(self)
        self.ggd: dict[str, _DateLine] = {}
        self.management: _DateLine | None = None
        self.parent_committee: _DateLine | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        dist = self.report_wizard().content.distribution
        self.ggd = {}
        lines: list[_DateLine] = []
        for name, day in sorted(dist.ggd.items()):
            line = _DateLine(
                self, self.tr("Sent to the GGD of region {region} on:").format(region=name), day
            )
            self.ggd[name] = line
            lines.append(line)
        self.management = _DateLine(self, self.tr("Discussed with management on:"), dist.management)
        self.parent_committee = _DateLine(
            self, self.tr("Discussed with the parent committee on:"), dist.parent_committee
        )
        lines += [self.management, self.parent_committee]
        for row, line in enumerate(lines):
            self.grid.addWidget(line.check, row, 0)
            self.grid.addWidget(line.date, row, 1)
        self.grid.setRowStretch(len(lines), 1)
        self.grid.setColumnStretch(2, 1)

    def distribution(self) -> Distribution:
        assert self.management is not None and self.parent_committee is not None
        return Distribution(
            ggd={name: line.value() for name, line in self.ggd.items()},
            management=self.management.value(),
            parent_committee=self.parent_committee.value(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        assert wizard.loaded is not None
        stored = wizard.call(
            report.record_distribution,
            wizard.ctx.db,
            wizard.year,
            self.distribution(),
            wizard.loaded.version,
        )
        return wizard.adopt(stored)
