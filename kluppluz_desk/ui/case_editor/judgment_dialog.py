"""The reasoned judgment of a complaint, entered per complaint part: what the part is about,
the verdict (gegrond, deels gegrond, …) and the reasoning; under the Wet kinderopvang also
the concrete term within which the measures will be taken. Saved through
`cases.save_judgment`; closing a complaint under the Wet kinderopvang or the Wkkgz needs it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.judgment import MAX_REASONING, MAX_SUBJECT, JudgmentPartData, Verdict
from ...domain.regimes import Regime
from ..enter_guard import guard_enter


class PartBox(QGroupBox):
    """One complaint part: subject, verdict and reasoning."""

    def __init__(self, part: JudgmentPartData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(MAX_SUBJECT)
        self.subject.setPlaceholderText(self.tr("What this part of the complaint is about"))
        self.verdict = QComboBox(self)
        for verdict in Verdict:
            self.verdict.addItem(verdict.label, verdict.value)
        self.reasoning = QPlainTextEdit(self)
        self.reasoning.setPlaceholderText(self.tr("Why: what was found and weighed"))
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setMinimumHeight(70)
        self.remove = QPushButton(self.tr("Remove part"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Part"), self.subject)
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Reasoning"), self.reasoning)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove)
        form.addRow(remove_row)
        if part is not None:
            self.subject.setText(part.subject)
            self.verdict.setCurrentIndex(self.verdict.findData(Verdict(part.verdict).value))
            self.reasoning.setPlainText(part.reasoning)

    def value(self) -> JudgmentPartData:
        return JudgmentPartData(
            subject=self.subject.text(),
            verdict=Verdict(self.verdict.currentData()),
            reasoning=self.reasoning.toPlainText()[:MAX_REASONING],
        )


class JudgmentDialog(QDialog):
    """Edit the judgment's parts and the measures' term; `parts()` and `measures_due_on()`
    give what was entered (the service checks it)."""

    def __init__(
        self,
        regime: Regime,
        parts: list[JudgmentPartData],
        measures_due_on: date | None,
        received_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reasoned judgment"))
        self.resize(640, 560)
        intro = QLabel(
            self.tr(
                "Under the {0} a complaint is closed with a written, reasoned judgment: give "
                "each part of the complaint a verdict and the reasons for it."
            ).format(regime.label),
            self,
        )
        intro.setWordWrap(True)
        self.boxes: list[PartBox] = []
        self._list = QVBoxLayout()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self._list)
        holder_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.add_button = QPushButton(self.tr("Add part"), self)
        self.add_button.clicked.connect(lambda: self.add_part(None))

        self.has_term = QCheckBox(self.tr("Measures will be taken by"), self)
        self.term = QDateEdit(self)
        self.term.setCalendarPopup(True)
        self.term.setDisplayFormat("dd-MM-yyyy")
        self.term.setMinimumDate(QDate(received_on.year, received_on.month, received_on.day))
        self.has_term.toggled.connect(self.term.setEnabled)
        start = measures_due_on or date.today()
        self.term.setDate(QDate(start.year, start.month, start.day))
        self.has_term.setChecked(measures_due_on is not None or regime.requires_measures_term)
        self.term.setEnabled(self.has_term.isChecked())
        term_row = QHBoxLayout()
        term_row.addWidget(self.has_term)
        term_row.addWidget(self.term)
        term_row.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        guard_enter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(term_row)
        layout.addWidget(buttons)
        for part in parts:
            self.add_part(part)
        if not parts:
            self.add_part(None)

    def add_part(self, part: JudgmentPartData | None) -> PartBox:
        box = PartBox(part, self)
        box.remove.clicked.connect(lambda: self.remove_part(box))
        self.boxes.append(box)
        self._list.addWidget(box)
        self._renumber()
        return box

    def remove_part(self, box: PartBox) -> None:
        self.boxes.remove(box)
        box.setParent(None)
        box.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for position, box in enumerate(self.boxes, start=1):
            box.setTitle(self.tr("Complaint part {0}").format(position))
            box.remove.setEnabled(len(self.boxes) > 1)

    def parts(self) -> list[JudgmentPartData]:
        return [box.value() for box in self.boxes]

    def measures_due_on(self) -> date | None:
        if not self.has_term.isChecked():
            return None
        value = self.term.date()
        return date(value.year(), value.month(), value.day())
