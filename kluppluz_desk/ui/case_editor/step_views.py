"""The editor's two views of a case: "This step" (the step panel: exactly the fields the
step needs) and "All details" (every field and record, in tabs, for browsing).

A small switch of two buttons over a stack; it tells the editor through `mode_changed`,
so the editor can let the step panel give its borrowed widgets back to the tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .dirty_marks import MARK


class StepViews(QWidget):
    mode_changed = Signal(bool)  # True: the step panel is shown

    def __init__(self, panel: QWidget, tabs: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel, self.tabs = panel, tabs
        self._titles = (self.tr("This step"), self.tr("All details"))
        self.step_button = QPushButton(self._titles[0], self)
        self.step_button.setObjectName("viewStep")
        self.step_button.setToolTip(self.tr("Only the fields the chosen step needs"))
        self.all_button = QPushButton(self._titles[1], self)
        self.all_button.setObjectName("viewAll")
        self.all_button.setToolTip(self.tr("Every field and record of the case, in tabs"))
        group = QButtonGroup(self)
        for button in (self.step_button, self.all_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            group.addButton(button)
        self.step_button.setChecked(True)
        self.step_button.clicked.connect(lambda: self.show_step_view())
        self.all_button.clicked.connect(lambda: self.show_all())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(panel)
        self.stack.addWidget(tabs)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.step_button)
        switch.addWidget(self.all_button)
        switch.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(switch)
        column.addWidget(self.stack, 1)

    def on_step(self) -> bool:
        return self.stack.currentWidget() is self.panel

    def show_step_view(self) -> None:
        self._show(True)

    def show_all(self) -> None:
        self._show(False)

    def _show(self, step: bool) -> None:
        (self.step_button if step else self.all_button).setChecked(True)
        if step == self.on_step():
            return
        # The editor takes the borrowed widgets back (or lends them) before the switch.
        self.mode_changed.emit(step)
        self.stack.setCurrentWidget(self.panel if step else self.tabs)

    def allow_step(self, allowed: bool) -> None:
        """A new case has no step yet: only All details."""
        self.step_button.setEnabled(allowed)
        if not allowed:
            self.show_all()

    def mark(self, step_dirty: bool, all_dirty: bool) -> None:
        """The unsaved marker on the view that holds the change."""
        self.step_button.setText(self._titles[0] + (MARK if step_dirty else ""))
        self.all_button.setText(self._titles[1] + (MARK if all_dirty else ""))
