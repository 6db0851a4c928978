"""The editor's header: reference, status, the next deadline, where the case stands in
the procedure and the one next step.

A stepper shows the stages (✓ done with their dates, ● current, ○ to come). ONE primary
button takes the next step; every other step is one click away in the "Other step…"
menu, so a narrow editor never shows ten buttons. A step the status does not allow is
greyed out; one that only lacks fields opens its step panel with them marked. The
reasons against the next step show under the button, each as a link that puts the cursor
in the field that settles it (`field_requested`). Beside the button sits the step date
(default today): a step taken later (e.g. a letter sent yesterday) is recorded with the
day it really happened; a date before receipt or in the future is named under the button
and refused.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import Clock, days_left, describe_days_left
from ...domain.procedure import Step
from ...domain.today import today
from ...services.dto import CaseDetail
from .fields import ERROR_STYLE, INVALID_STYLE, DateField, fmt_date
from .procedure_view import FIELD_LINK, reasons_html, stages, stepper_html
from .step_fields import blocked_by_status

_OVERDUE, _SOON, _FINE = "#b00020", "#9a5b00", "#2e6b30"


def _wrapping_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    # Wrapped text may shrink the label; it must never widen the editor.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class CaseHeader(QWidget):
    step_requested = Signal(object)  # Step
    field_requested = Signal(str)  # a field name: a "not possible yet" link was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reasons: dict[Step, list[str]] = {}
        self._next: Step | None = None
        self._received_on: date | None = None

        self.reference = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.reference.setFont(big)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference.setAccessibleName(self.tr("Reference"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.deadline_icon = QLabel(self)
        self.deadline = _wrapping_label(self, self.tr("Next deadline"))
        self.deadline.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(self.reference)
        top.addSpacing(12)
        top.addWidget(self.status)
        top.addWidget(self.deadline, 1)
        top.addWidget(self.deadline_icon)

        self.stepper = _wrapping_label(self, self.tr("Where the case stands"))
        self.stepper.setTextFormat(Qt.TextFormat.RichText)

        # One primary button for the next step; the others in a menu beside it.
        self.primary = QPushButton(self)
        self.primary.setObjectName("nextStepButton")
        self.primary.setDefault(True)
        bold = QFont(self.primary.font())
        bold.setBold(True)
        self.primary.setFont(bold)
        self.primary.clicked.connect(self._primary_clicked)
        self.menu = QMenu(self)
        self.menu.setToolTipsVisible(True)  # why a step is greyed out
        self.actions_by_step: dict[Step, QAction] = {}
        for step in Step:
            action = QAction(step.label, self.menu)
            action.setObjectName(f"step_{step.value}")
            action.triggered.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.menu.addAction(action)
            self.actions_by_step[step] = action
        # A push button with a menu sizes itself for its text and the arrow.
        self.other = QPushButton(self.tr("Other step…"), self)
        self.other.setObjectName("otherStep")
        self.other.setAccessibleName(self.tr("Other step"))
        self.other.setAutoDefault(False)
        self.other.setMenu(self.menu)

        self.step_date = DateField(self.tr("Date of the step"), optional=False, parent=self)
        self.step_date.setToolTip(
            self.tr("The date the step is recorded with; today unless it happened earlier.")
        )
        self.step_date.changed.connect(self._check_step_date)
        date_label = QLabel(self.tr("Date"), self)
        date_label.setBuddy(self.step_date.edit)
        steps = QHBoxLayout()
        steps.addWidget(self.primary)
        steps.addWidget(self.other)
        steps.addStretch(1)
        steps.addWidget(date_label)
        steps.addWidget(self.step_date)
        self.step_date_error = _wrapping_label(self, self.tr("Problem with the date of the step"))
        self.step_date_error.setStyleSheet(ERROR_STYLE)
        self.step_date_error.hide()

        self.step_line = _wrapping_label(self, self.tr("Why a step is not possible"))
        self.step_line.setTextFormat(Qt.TextFormat.RichText)
        self.step_line.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.step_line.linkActivated.connect(self._link)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stepper)
        layout.addLayout(steps)
        layout.addWidget(self.step_date_error)
        layout.addWidget(self.step_line)

    # --- showing a case ----------------------------------------------------------------
    def show_new(self) -> None:
        self.reference.setText(self.tr("New customer reaction"))
        self.status.setText(self.tr("not saved yet"))
        self.stepper.setText("")
        self._set_deadline(None, None)
        self._reasons = {}
        self._next = None
        self._received_on = None
        self.reset_step_date()
        self.step_date.setEnabled(False)
        self.primary.setText(self.tr("Next step"))
        self.primary.setEnabled(False)
        self.primary.setToolTip(self.tr("Save the customer reaction first (Ctrl+S)."))
        self.other.setEnabled(False)
        self.step_line.setText(
            self.tr("Save the customer reaction first (Ctrl+S); then the procedure can start.")
        )

    def show_case(
        self,
        reference: str,
        status_label: str,
        due: date | None,
        clock: Clock | None,
        reasons: dict[Step, list[str]],
        next_step: Step | None,
        *,
        received_on: date | None = None,
        detail: CaseDetail | None = None,
    ) -> None:
        self.reference.setText(reference)
        self._received_on = received_on
        self.step_date.setEnabled(True)
        self._check_step_date()
        self.status.setText(self.tr("Status: {0}").format(status_label))
        self.stepper.setText(stepper_html(stages(detail)) if detail is not None else "")
        self._set_deadline(due, clock)
        self.set_steps(reasons, next_step)

    def set_steps(self, reasons: dict[Step, list[str]], next_step: Step | None) -> None:
        self._reasons = reasons
        self._next = next_step
        against_next = reasons.get(next_step, []) if next_step is not None else []
        if next_step is None:
            self.primary.setText(self.tr("No next step"))
            self.primary.setEnabled(False)
            self.primary.setToolTip("")
        else:
            self.primary.setText(next_step.label)
            self.primary.setAccessibleName(self.tr("Next step: {0}").format(next_step.label))
            self.primary.setEnabled(not against_next)
            self.primary.setToolTip(self.tr("Next step (Ctrl+Enter)."))
        possible_other = False
        for step, action in self.actions_by_step.items():
            against = reasons.get(step, [])
            # The next step is the primary button; the menu holds the others.
            action.setVisible(step is not next_step)
            # A step that only lacks fields opens its panel with them marked; a step this
            # status does not allow stays greyed out.
            blocked = blocked_by_status(against)
            action.setEnabled(not blocked)
            if blocked:
                action.setToolTip(self.tr("Not possible now: {0}").format(" ".join(against)))
            else:
                still = self.tr("Opens its fields; still needed: {0}").format(" ".join(against))
                action.setToolTip(still if against else "")
            possible_other |= step is not next_step and not blocked
        self.other.setEnabled(True)
        self.other.setToolTip("" if possible_other else self.tr("No other step is possible now."))
        self.step_line.setText(self._describe(next_step))

    def _describe(self, step: Step | None) -> str:
        if step is None:
            return self.tr("No further step in the procedure.")
        against = self._reasons.get(step, [])
        if not against:
            return self.tr("Next step: {0} (Ctrl+Enter).").format(step.label)
        return self.tr("Next step: {0} is not possible yet: {1}").format(
            step.label, reasons_html(against)
        )

    @property
    def next(self) -> Step | None:
        """The step the primary button takes."""
        return self._next

    def reasons_for(self, step: Step) -> list[str]:
        return self._reasons.get(step, [])

    def _primary_clicked(self) -> None:
        if self._next is not None:
            self.step_requested.emit(self._next)

    def _link(self, href: str) -> None:
        if href.startswith(FIELD_LINK):
            self.field_requested.emit(href[len(FIELD_LINK) :])

    def _set_deadline(self, due: date | None, clock: Clock | None) -> None:
        if due is None or clock is None:
            self.deadline.setText(self.tr("No deadline running"))
            self.deadline.setStyleSheet("")
            self.deadline_icon.clear()
            return
        left = days_left(due, today())
        text = f"{clock.label}: {fmt_date(due)} ({describe_days_left(due, today())})"
        if left < 0:
            colour, icon = _OVERDUE, QStyle.StandardPixmap.SP_MessageBoxCritical
        elif left <= 3:
            colour, icon = _SOON, QStyle.StandardPixmap.SP_MessageBoxWarning
        else:
            colour, icon = _FINE, QStyle.StandardPixmap.SP_MessageBoxInformation
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.deadline_icon.setPixmap(self.style().standardIcon(icon).pixmap(18, 18))

    # --- the step date -----------------------------------------------------------------
    def reset_step_date(self) -> None:
        """Back to today (another case was opened)."""
        self.step_date.set_date(today())
        self.show_date_error("")

    def chosen_step_date(self, received_on: date | None) -> date | None:
        """The date to record a step with; None (the problem shown) when it is not allowed."""
        on = self.step_date.date()
        assert on is not None  # the field is not optional
        problem = self._date_problem(on, received_on)
        self.show_date_error(problem)
        return None if problem else on

    def _date_problem(self, on: date | None, received_on: date | None) -> str:
        if on is None:
            return ""
        if received_on is not None and on < received_on:
            return self.tr("The date of the step lies before the date of receipt ({0}).").format(
                fmt_date(received_on)
            )
        if on > today():
            return self.tr("The date of the step lies in the future.")
        return ""

    def _check_step_date(self) -> None:
        self.show_date_error(self._date_problem(self.step_date.date(), self._received_on))

    def show_date_error(self, text: str) -> None:
        """Name a problem with the step date under the buttons ("" clears it)."""
        self.step_date_error.setText(text)
        self.step_date_error.setVisible(bool(text))
        self.step_date.edit.setStyleSheet(INVALID_STYLE if text else "")
        self.step_date.edit.setAccessibleDescription(text)

    def show_message(self, text: str, *, rich: bool = False) -> None:
        """A one-off explanation (e.g. why Ctrl+Enter did nothing); `rich`: text is HTML
        from `reasons_html`, its reasons links to fields."""
        self.step_line.setText(text if rich else escape(text))
