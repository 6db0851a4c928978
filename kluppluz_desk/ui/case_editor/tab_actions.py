"""The Verbeteracties and Escalaties tabs: lists with an add form and a change form.

The change form of an improvement action sets status, owner and due date of the selected
action; an unticked due date empties it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import text_limits
from ...domain.enums import EscalationBody, EscalationOutcome, ImprovementStatus
from ...services import cases
from ..context import AppContext
from ..text_limit import limit_line
from .fields import DateField, chain_tab_order, fmt_date
from .records import RecordTab, RecordTable
from .refs import RefLists


def _combo(name: str, choices: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def _label(text: str, field: DateField, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field.check or field.edit)
    return label


class ImprovementsTab(RecordTab):
    def __init__(self, ctx: AppContext, refs: RefLists, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.refs = refs
        self.table = RecordTable(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Done"),
                self.tr("Parent committee"),
            ],
            self.tr("Improvement actions"),
            self,
            text_column=0,
        )
        self.table.selectionModel().selectionChanged.connect(self._selected)
        add = QGroupBox(self.tr("New improvement action"), self)
        self.add_box = add
        self.title = limit_line(QLineEdit(add), text_limits.IMPROVEMENT_TITLE)
        self.title.setAccessibleName(self.tr("Title of the action"))
        self.title.setPlaceholderText(self.tr("What will be improved (required)"))
        self.description = limit_line(QLineEdit(add), text_limits.IMPROVEMENT_DESCRIPTION)
        self.description.setAccessibleName(self.tr("Description of the action"))
        self.description.setPlaceholderText(self.tr("Description"))
        self.owner = QComboBox(add)
        self.owner.setAccessibleName(self.tr("Owner of the action"))
        self.due = DateField(self.tr("Due date"), optional=True, parent=add)
        self.committee = QCheckBox(self.tr("Parent committee involved"), add)
        self.add = QPushButton(self.tr("Add action"), add)
        self.add.clicked.connect(self._add)
        first = QHBoxLayout()
        first.addWidget(self.title, 2)
        first.addWidget(self.description, 3)
        # Three short rows rather than two long ones: it fits an editor beside the list.
        second = QHBoxLayout()
        second.addWidget(self.owner, 1)
        second.addWidget(_label(self.tr("Due date"), self.due, add))
        second.addWidget(self.due)
        third = QHBoxLayout()
        third.addWidget(self.committee)
        third.addStretch(1)
        third.addWidget(self.add)
        box = QVBoxLayout(add)
        box.addLayout(first)
        box.addLayout(second)
        box.addLayout(third)

        change = QGroupBox(self.tr("Selected action"), self)
        self.change_box = change
        self.status = _combo(self.tr("New status"), [(s.value, s.label) for s in ImprovementStatus])
        self.new_owner = QComboBox(change)
        self.new_owner.setAccessibleName(self.tr("New owner"))
        self.new_due = DateField(self.tr("New due date"), optional=True, parent=change)
        self.apply = QPushButton(self.tr("Change"), change)
        self.apply.clicked.connect(self._change)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.new_owner, 1)
        row2 = QHBoxLayout()
        row2.addWidget(_label(self.tr("Due date"), self.new_due, change))
        row2.addWidget(self.new_due)
        row2.addStretch(1)
        row2.addWidget(self.apply)
        rows = QVBoxLayout(change)
        rows.addLayout(row)
        rows.addLayout(row2)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addWidget(change)
        column.addWidget(add)
        # Tab as the eye reads: the table, the change form under it, then the new action.
        chain_tab_order([
            self.table, self.status, self.new_owner, self.new_due, self.apply,
            self.title, self.description, self.owner, self.due, self.committee, self.add,
        ])  # fmt: skip
        self._selected()

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.add_box, self.change_box)  # a locked box locks what is in it

    def refresh(self) -> None:
        for combo in (self.owner, self.new_owner):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— no owner —"), None)
            for item in self.refs.items("staff"):
                if item.active:
                    combo.addItem(item.name, item.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        actions = [] if self.detail is None else self.detail.improvements
        yes, no = self.tr("yes"), self.tr("no")
        self.table.set_rows(
            [
                (
                    a.id,
                    [
                        a.title,
                        a.owner_name,
                        a.status.label,
                        fmt_date(a.due_on),
                        fmt_date(a.done_on),
                        yes if a.parent_committee_involved else no,
                    ],
                )
                for a in actions
            ]
        )
        self._selected()

    def _selected(self, *_args: object) -> None:
        chosen = self.table.selected_id()
        self.apply.setEnabled(chosen is not None)
        if chosen is None or self.detail is None:
            return
        action = next(a for a in self.detail.improvements if a.id == chosen)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.new_owner.setCurrentIndex(max(self.new_owner.findData(action.owner_id), 0))
        self.new_due.set_date(action.due_on)

    def _add(self) -> None:
        if self.detail is None:
            return
        if self.run(
            cases.add_improvement,
            case_id=self.detail.id,
            title=self.title.text(),
            description=self.description.text(),
            owner_id=self.owner.currentData(),
            due_on=self.due.date(),
            parent_committee_involved=self.committee.isChecked(),
        ):
            self.title.clear()
            self.description.clear()

    def _change(self) -> None:
        chosen = self.table.selected_id()
        if chosen is None:
            return
        self.run(
            cases.update_improvement,
            improvement_id=chosen,
            status=ImprovementStatus(self.status.currentData()),
            owner_id=self.new_owner.currentData(),
            due_on=self.new_due.date(),
            clear_due_on=self.new_due.date() is None,
        )


class EscalationsTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = RecordTable(
            [
                self.tr("Body"),
                self.tr("Submitted"),
                self.tr("Outcome"),
                self.tr("Outcome on"),
                self.tr("Note"),
            ],
            self.tr("Escalations"),
            self,
        )
        self.table.selectionModel().selectionChanged.connect(self._selected)
        add = QGroupBox(self.tr("New escalation"), self)
        self.add_box = add
        self.body = _combo(self.tr("External body"), [(b.value, b.label) for b in EscalationBody])
        self.submitted = DateField(self.tr("Date submitted"), optional=False, parent=add)
        self.note = limit_line(QLineEdit(add), text_limits.ESCALATION_NOTE)
        self.note.setAccessibleName(self.tr("Note on the escalation"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.add = QPushButton(self.tr("Add escalation"), add)
        self.add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.body, 2)
        row.addWidget(self.submitted)
        row_b = QHBoxLayout()
        row_b.addWidget(self.note, 2)
        row_b.addWidget(self.add)
        rows = QVBoxLayout(add)
        rows.addLayout(row)
        rows.addLayout(row_b)

        result = QGroupBox(self.tr("Outcome of the selected escalation"), self)
        self.result_box = result
        self.outcome = _combo(self.tr("Outcome"), [(o.value, o.label) for o in EscalationOutcome])
        self.outcome_on = DateField(self.tr("Date of the outcome"), optional=True, parent=result)
        self.outcome_note = limit_line(QLineEdit(result), text_limits.ESCALATION_NOTE)
        self.outcome_note.setAccessibleName(self.tr("Note on the outcome"))
        self.outcome_note.setPlaceholderText(self.tr("Note"))
        self.record = QPushButton(self.tr("Record outcome"), result)
        self.record.clicked.connect(self._record)
        row2 = QHBoxLayout()
        row2.addWidget(self.outcome, 2)
        row2.addWidget(self.outcome_on)
        row2_b = QHBoxLayout()
        row2_b.addWidget(self.outcome_note, 2)
        row2_b.addWidget(self.record)
        rows2 = QVBoxLayout(result)
        rows2.addLayout(row2)
        rows2.addLayout(row2_b)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addWidget(result)
        column.addWidget(add)
        chain_tab_order([
            self.table, self.outcome, self.outcome_on, self.outcome_note, self.record,
            self.body, self.submitted, self.note, self.add,
        ])  # fmt: skip
        self._selected()

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.add_box, self.result_box)  # a locked box locks what is in it

    def refresh(self) -> None:
        items = [] if self.detail is None else self.detail.escalations
        self.table.set_rows(
            [
                (
                    e.id,
                    [
                        e.body.label,
                        fmt_date(e.submitted_on),
                        e.outcome.label,
                        fmt_date(e.outcome_on),
                        e.note,
                    ],
                )
                for e in items
            ]
        )
        self._selected()

    def _selected(self, *_args: object) -> None:
        chosen = self.table.selected_id()
        self.record.setEnabled(chosen is not None)
        if chosen is None or self.detail is None:
            return
        item = next(e for e in self.detail.escalations if e.id == chosen)
        self.outcome.setCurrentIndex(self.outcome.findData(item.outcome.value))
        self.outcome_on.set_date(item.outcome_on)
        self.outcome_note.setText(item.note)

    def _add(self) -> None:
        if self.detail is None:
            return
        submitted = self.submitted.date()
        assert submitted is not None
        if self.run(
            cases.add_escalation,
            case_id=self.detail.id,
            body=EscalationBody(self.body.currentData()),
            submitted_on=submitted,
            note=self.note.text(),
        ):
            self.note.clear()

    def _record(self) -> None:
        chosen = self.table.selected_id()
        if chosen is None:
            return
        self.run(
            cases.record_escalation_outcome,
            escalation_id=chosen,
            outcome=EscalationOutcome(self.outcome.currentData()),
            outcome_on=self.outcome_on.date(),
            note=self.outcome_note.text(),
        )
