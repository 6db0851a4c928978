"""Records on the Behandeling tab: who was informed when, extensions and pauses.

An extension records, besides days and reason, when the submitter was told about it
(optional: the law asks that the submitter hears of an extension, so the date is worth
keeping when it is known)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import text_limits
from ...domain.enums import InformedRole, Severity
from ...services import cases
from ..context import AppContext
from ..text_limit import limit_line
from .fields import DateField, fmt_date
from .records import RecordTab, RecordTable
from .refs import RefLists

translate = QCoreApplication.translate


def _line(name: str, placeholder: str = "", *, max_length: int = text_limits.REASON) -> QLineEdit:
    line = limit_line(QLineEdit(), max_length)
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)
    return line


class InformedBox(RecordTab):
    """Who was informed when; for a serious case the director must be among them."""

    def __init__(self, ctx: AppContext, refs: RefLists, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.refs = refs
        group = QGroupBox(self.tr("Informed"), self)
        self.hint = QLabel(group)
        self.hint.setWordWrap(True)
        self.table = RecordTable(
            [self.tr("Role"), self.tr("Who"), self.tr("On"), self.tr("Note")],
            self.tr("Who was informed"),
            group,
        )
        self.table.setMaximumHeight(100)
        self.role = QComboBox(group)
        self.role.setAccessibleName(self.tr("Role of who was informed"))
        for member in InformedRole:
            self.role.addItem(member.label, member.value)
        self.staff = QComboBox(group)
        self.staff.setAccessibleName(self.tr("Staff member informed"))
        self.on = DateField(self.tr("Date informed"), optional=False, parent=group)
        self.note = _line(
            self.tr("Note on informing"),
            self.tr("e.g. by phone"),
            max_length=text_limits.INFORMED_NOTE,
        )
        self.add = QPushButton(self.tr("Record"), group)
        self.add.setAccessibleName(self.tr("Record who was informed"))
        self.add.clicked.connect(self._record)
        # Two rows: in one, the staff choice was cut to a few letters beside the list.
        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(self.staff, 1)
        row_b = QHBoxLayout()
        row_b.addWidget(self.on)
        row_b.addWidget(self.note, 1)
        row_b.addWidget(self.add)
        column = QVBoxLayout(group)
        column.addWidget(self.hint)
        column.addWidget(self.table)
        column.addLayout(row)
        column.addLayout(row_b)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(group)

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.role, self.staff, self.on, self.note, self.add)

    def refresh(self) -> None:
        self.staff.clear()
        self.staff.addItem(self.tr("— nobody in particular —"), None)
        for item in self.refs.items("staff"):
            if item.active:
                self.staff.addItem(item.name, item.id)
        d = self.detail
        if d is None:
            self.table.set_rows([])
            return
        self.table.set_rows(
            [
                (i.id, [i.role.label, i.staff_name, fmt_date(i.informed_on), i.note])
                for i in d.informed
            ]
        )
        serious = d.fields.get("severity") == Severity.SERIOUS
        told = any(i.role is InformedRole.DIRECTOR for i in d.informed)
        if serious and not told:
            self.hint.setText(self.tr("Serious case: record when the director was informed."))
            self.hint.setStyleSheet("color: #9a5b00; font-weight: bold;")
            self.role.setCurrentIndex(self.role.findData(InformedRole.DIRECTOR.value))
        else:
            self.hint.setText(self.tr("Managers and the director who were told about the case."))
            self.hint.setStyleSheet("")

    def _record(self) -> None:
        if self.detail is None:
            return
        on = self.on.date()
        assert on is not None
        if self.run(
            cases.record_informed,
            case_id=self.detail.id,
            role=InformedRole(self.role.currentData()),
            informed_on=on,
            staff_id=self.staff.currentData(),
            note=self.note.text(),
        ):
            self.note.clear()


class ExtensionBox(RecordTab):
    """Extending the handling term: days plus a reason; shows the resulting dates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        group = QGroupBox(self.tr("Extensions"), self)
        self.dates = QLabel(group)
        self.dates.setAccessibleName(self.tr("Current deadlines"))
        self.table = RecordTable(
            [
                self.tr("Days"),
                self.tr("Reason"),
                self.tr("Decided on"),
                self.tr("Submitter notified"),
                self.tr("By"),
            ],
            self.tr("Extensions"),
            group,
            text_column=1,
        )
        self.table.setMaximumHeight(110)
        self.days = QSpinBox(group)
        self.days.setRange(1, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Extension in days"))
        self.reason = _line(self.tr("Reason for the extension"), self.tr("Reason (required)"))
        notified_label = QLabel(self.tr("Submitter notified on"), group)
        self.notified = DateField(
            self.tr("Submitter notified of the extension on"), optional=True, parent=group
        )
        if self.notified.check is not None:  # an optional date has its 'leeg' checkbox
            notified_label.setBuddy(self.notified.check)
        self.add = QPushButton(self.tr("Extend"), group)
        self.add.setAccessibleName(self.tr("Extend the handling term"))
        self.add.clicked.connect(self._extend)
        self.reason.returnPressed.connect(self._extend)
        # Two rows: on one, the tab was wider than the editor beside the list at 1280 px.
        row = QHBoxLayout()
        row.addWidget(self.days)
        row.addWidget(self.reason, 1)
        second = QHBoxLayout()
        second.addWidget(notified_label)
        second.addWidget(self.notified)
        second.addStretch(1)
        second.addWidget(self.add)
        column = QVBoxLayout(group)
        column.addWidget(self.dates)
        column.addWidget(self.table)
        column.addLayout(row)
        column.addLayout(second)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(group)

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.days, self.reason, self.notified, self.add)

    def refresh(self) -> None:
        d = self.detail
        if d is None:
            self.table.set_rows([])
            self.dates.clear()
            return
        text = self.tr("Solution target: {0} — legal limit: {1}").format(
            fmt_date(d.deadlines.solution), fmt_date(d.deadlines.legal)
        )
        notice = d.law.extension_notice_due if d.law is not None else None
        if notice is not None:
            # Wkkgz: an extension needs written notice before the first term ends.
            text += self.tr(" — Wkkgz extension notice by: {0}").format(fmt_date(notice))
        self.dates.setText(text)
        self.table.set_rows(
            [
                (
                    e.id,
                    [
                        str(e.days),
                        e.reason,
                        fmt_date(e.decided_on),
                        fmt_date(e.notified_on),
                        e.author,
                    ],
                )
                for e in d.extensions
            ]
        )

    def _extend(self) -> None:
        if self.detail is None:
            return
        if self.run(
            cases.add_extension,
            case_id=self.detail.id,
            days=self.days.value(),
            reason=self.reason.text(),
            notified_on=self.notified.date(),
        ):
            self.reason.clear()
            self.notified.set_date(None)


class PauseBox(RecordTab):
    """The clock stood still (e.g. at the submitter's request)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        group = QGroupBox(self.tr("Pauses"), self)
        self.table = RecordTable(
            [self.tr("From"), self.tr("Days"), self.tr("Reason"), self.tr("By")],
            self.tr("Pauses"),
            group,
            text_column=2,
        )
        self.table.setMaximumHeight(110)
        self.start = DateField(self.tr("Start of the pause"), optional=False, parent=group)
        self.days = QSpinBox(group)
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Pause in days"))
        self.reason = _line(self.tr("Reason for the pause"), self.tr("Reason (required)"))
        self.add = QPushButton(self.tr("Record pause"), group)
        self.add.clicked.connect(self._pause)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(self.days)
        row.addWidget(self.reason, 1)
        row.addWidget(self.add)
        column = QVBoxLayout(group)
        column.addWidget(self.table)
        column.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(group)

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.start, self.days, self.reason, self.add)

    def refresh(self) -> None:
        d = self.detail
        self.table.set_rows(
            []
            if d is None
            else [(p.id, [fmt_date(p.start_on), str(p.days), p.reason, p.author]) for p in d.pauses]
        )

    def _pause(self) -> None:
        if self.detail is None:
            return
        start = self.start.date()
        assert start is not None
        if self.run(
            cases.add_pause,
            case_id=self.detail.id,
            start_on=start,
            days=self.days.value(),
            reason=self.reason.text(),
        ):
            self.reason.clear()
