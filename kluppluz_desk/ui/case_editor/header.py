"""The editor's header: reference, status, the next deadline and the procedure's actions.

There is one button per procedure step, in a fixed order so hands learn where they are.
A step is enabled only when the state machine has no reasons against it; the reasons
show in the button's tooltip and, for the next step or the button under the mouse, in the
status line under the buttons. The next step's button is emphasised (bold, default look).
Beside the buttons sits the step date (default today): a step taken later (e.g. a letter
sent yesterday) is recorded with the day it really happened; a date before receipt or in
the future is named under the buttons and refused.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import Clock, days_left, describe_days_left
from ...domain.procedure import Step
from ...domain.today import today
from .fields import ERROR_STYLE, INVALID_STYLE, DateField, fmt_date

_COLUMNS = 5
_OVERDUE, _SOON, _FINE = "#b00020", "#9a5b00", "#2e6b30"


class CaseHeader(QWidget):
    step_requested = Signal(object)  # Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reasons: dict[Step, list[str]] = {}
        self._next: Step | None = None
        self._idle_text = ""
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
        self.deadline = QLabel(self)
        self.deadline.setAccessibleName(self.tr("Next deadline"))

        top = QHBoxLayout()
        top.addWidget(self.reference)
        top.addSpacing(12)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.deadline_icon)
        top.addWidget(self.deadline)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.buttons: dict[Step, QPushButton] = {}
        for index, step in enumerate(Step):
            button = QPushButton(step.label, self)
            button.setObjectName(f"step_{step.value}")
            button.setAccessibleName(step.label)
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            button.installEventFilter(self)
            grid.addWidget(button, index // _COLUMNS, index % _COLUMNS)
            self.buttons[step] = button

        self.step_date = DateField(self.tr("Date of the step"), optional=False, parent=self)
        self.step_date.setToolTip(
            self.tr("The date the step is recorded with; today unless it happened earlier.")
        )
        self.step_date.changed.connect(self._check_step_date)
        date_label = QLabel(self.tr("Date"), self)
        date_label.setBuddy(self.step_date.edit)
        dated = QVBoxLayout()
        dated.addWidget(date_label)
        dated.addWidget(self.step_date)
        dated.addStretch(1)
        steps = QHBoxLayout()
        steps.addLayout(grid, 1)
        steps.addSpacing(8)
        steps.addLayout(dated)
        self.step_date_error = QLabel(self)
        self.step_date_error.setWordWrap(True)
        self.step_date_error.setStyleSheet(ERROR_STYLE)
        self.step_date_error.setAccessibleName(self.tr("Problem with the date of the step"))
        self.step_date_error.hide()

        self.step_line = QLabel(self)
        self.step_line.setWordWrap(True)
        self.step_line.setAccessibleName(self.tr("Why a step is not possible"))
        self.step_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The next step stands out by a frame and bold text, not by colour alone.
        self.setStyleSheet(
            'QPushButton[nextStep="true"] { border: 2px solid #1f5fa8; border-radius: 4px;'
            " padding: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(steps)
        layout.addWidget(self.step_date_error)
        layout.addWidget(self.step_line)

    # --- showing a case ----------------------------------------------------------------
    def show_new(self) -> None:
        self.reference.setText(self.tr("New customer reaction"))
        self.status.setText(self.tr("not saved yet"))
        self._set_deadline(None, None)
        self._reasons = {}
        self._next = None
        self._received_on = None
        self.reset_step_date()
        self.step_date.setEnabled(False)
        for button in self.buttons.values():
            button.setEnabled(False)
            button.setToolTip(self.tr("Save the customer reaction first (Ctrl+S)."))
            self._emphasise(button, False)
        self._idle_text = self.tr(
            "Save the customer reaction first (Ctrl+S); then the procedure can start."
        )
        self.step_line.setText(self._idle_text)

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
    ) -> None:
        self.reference.setText(reference)
        self._received_on = received_on
        self.step_date.setEnabled(True)
        self._check_step_date()
        self.status.setText(self.tr("Status: {0}").format(status_label))
        self._set_deadline(due, clock)
        self.set_steps(reasons, next_step)

    def set_steps(self, reasons: dict[Step, list[str]], next_step: Step | None) -> None:
        self._reasons = reasons
        self._next = next_step
        for step, button in self.buttons.items():
            against = reasons.get(step, [])
            button.setEnabled(not against)
            tip = self.tr("Not possible now: {0}").format(" ".join(against)) if against else ""
            if step is next_step:
                tip = (self.tr("Next step (Ctrl+Enter).") + " " + tip).strip()
            button.setToolTip(tip)
            self._emphasise(button, step is next_step)
        self._idle_text = self._describe(next_step)
        self.step_line.setText(self._idle_text)

    def _describe(self, step: Step | None) -> str:
        if step is None:
            return self.tr("No further step in the procedure.")
        against = self._reasons.get(step, [])
        if step is self._next and not against:
            return self.tr("Next step: {0} (Ctrl+Enter).").format(step.label)
        if step is self._next:
            return self.tr("Next step: {0} is not possible yet: {1}").format(
                step.label, " ".join(against)
            )
        if against:
            return self.tr("{0} is not possible now: {1}").format(step.label, " ".join(against))
        return step.label

    def reasons_for(self, step: Step) -> list[str]:
        return self._reasons.get(step, [])

    @staticmethod
    def _emphasise(button: QPushButton, on: bool) -> None:
        font = button.font()
        font.setBold(on)
        button.setFont(font)
        button.setDefault(on)
        button.setProperty("nextStep", on)
        button.style().unpolish(button)
        button.style().polish(button)

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

    # --- status line follows the mouse, also over disabled buttons ---------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPushButton) and self._reasons:
            step = next((s for s, b in self.buttons.items() if b is watched), None)
            if event.type() == QEvent.Type.Enter and step is not None:
                self.step_line.setText(self._describe(step))
            elif event.type() == QEvent.Type.Leave:
                self.step_line.setText(self._idle_text)
        return False

    def show_message(self, text: str) -> None:
        """A one-off explanation (e.g. why Ctrl+Enter did nothing)."""
        self._idle_text = text
        self.step_line.setText(text)
