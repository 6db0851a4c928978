"""The annual report's own deadline: a checklist for the previous year's report.

Every line says in words whether it is done ("done" / "not yet") and carries an icon;
colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...services.dashboard import ReportStatus, dutch_date


class ReportStatusPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Annual report"), parent)
        self.setObjectName("reportStatus")
        self._outer = QVBoxLayout(self)
        self._body: QWidget | None = None
        self._grid = QGridLayout()
        self.lines: list[str] = []  # the texts shown, in order (for tests and the a11y name)

    def set_status(self, report: ReportStatus) -> None:
        # A fresh body each time: a grid layout never forgets rows once used.
        if self._body is not None:
            self._body.deleteLater()
        self._body = QWidget(self)
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._grid.setVerticalSpacing(4)
        self._outer.addWidget(self._body)
        self.lines = []
        self.setTitle(self.tr("Annual report {year}").format(year=report.year))
        due = QLocale(QLocale.Language.Dutch).toString(
            QDate(report.due_on.year, report.due_on.month, report.due_on.day), "d MMMM yyyy"
        )
        if not report.required:
            self._add(
                True,
                self.tr("Not required: no written complaints or disputes in {year}.").format(
                    year=report.year
                ),
            )
            self._finish()
            return
        if report.reminder:
            self._add(
                False,
                self.tr(
                    "Reminder: the report on {year} must reach the GGD by {due}; "
                    "%n GGD region(s) still to go.",
                    "",
                    report.regions_to_go,
                ).format(year=report.year, due=due),
            )
        self._add(
            None,
            # Qt's plural forms (%n): "1 schriftelijke klacht", "2 schriftelijke klachten".
            self.tr("Required: {complaints}, {disputes}.").format(
                complaints=self.tr("%n written complaint(s)", "", report.written_complaints),
                disputes=self.tr("%n dispute(s)", "", report.disputes),
            ),
        )
        if report.complete:
            self._add(True, self.tr("Complete: everything has been done."))
        elif report.days_left >= 0:
            self._add(
                None,
                self.tr("Deadline {due}: {days} left.").format(
                    due=due, days=self.tr("%n day(s)", "", report.days_left)
                ),
            )
        else:
            self._add(
                False,
                self.tr("Deadline {due} has passed: {days} late.").format(
                    due=due, days=self.tr("%n day(s)", "", -report.days_left)
                ),
            )
        self._check(report.drafted, self.tr("Draft started"), self.tr("Draft not started"))
        self._check(
            report.generated, self.tr("Report generated (PDF)"), self.tr("Not generated yet")
        )
        for region in report.regions:
            name = region.ggd_name or region.region
            if region.sent_on:
                text = self.tr("Sent to {ggd} on {date}").format(
                    ggd=name, date=dutch_date(region.sent_on)
                )
            else:
                text = self.tr("Not yet sent to {ggd}").format(ggd=name)
            self._add(region.sent_on is not None, text)
        for when, done, todo in (
            (
                report.management_on,
                self.tr("Discussed with management on {date}"),
                self.tr("Not yet discussed with management"),
            ),
            (
                report.parent_committee_on,
                self.tr("Discussed with the parent committee on {date}"),
                self.tr("Not yet discussed with the parent committee"),
            ),
        ):
            self._add(when is not None, done.format(date=dutch_date(when)) if when else todo)
        self._finish()

    def _check(self, done: bool, done_text: str, todo_text: str) -> None:
        self._add(done, done_text if done else todo_text)

    def _add(self, done: bool | None, text: str) -> None:
        style = QApplication.style()
        pixmap = {
            True: QStyle.StandardPixmap.SP_DialogApplyButton,
            False: QStyle.StandardPixmap.SP_MessageBoxWarning,
            None: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[done]
        mark = {True: "✓", False: "✗", None: "•"}[done]
        icon = QLabel()
        icon.setPixmap(style.standardIcon(pixmap).pixmap(16, 16))
        # The icon already shows the state; the mark goes only into the accessible text
        # (a visible mark beside the icon read as a double tick: "✔ ✓ Concept is begonnen").
        icon.setAccessibleName(mark)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = self._grid.rowCount()
        self._grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(label, row, 1)
        self.lines.append(f"{mark} {text}")

    def _finish(self) -> None:
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        self.setAccessibleDescription("\n".join(self.lines))
