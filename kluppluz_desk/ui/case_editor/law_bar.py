"""The law a case is handled under, shown above the tabs, and changing it with a reason.

The regime follows from funding and service (services.cases: Wet kinderopvang, Wkkgz,
Jeugdwet); "Change law…" asks for the regime and a reason, stores both through
`cases.change_regime` (audited, noted on the timeline) and the clocks follow. For a complaint,
"Judgment…" records the reasoned judgment per complaint part (judgment_dialog.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import ReactionKind
from ...domain.judgment import JudgmentPartData, Verdict
from ...domain.regimes import Regime
from ...services import cases
from ...services.dto import CaseDetail
from ..context import AppContext
from ..enter_guard import guard_enter
from .judgment_dialog import JudgmentDialog
from .records import RecordTab


class RegimeDialog(QDialog):
    """Choose the regime (or back to what funding and service give) and say why."""

    def __init__(self, current: Regime, derived: Regime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the law of this case"))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Law"))
        self.choice.addItem(self.tr("As funding and service give: {0}").format(derived.label), None)
        for regime in Regime:
            self.choice.addItem(regime.label, regime.value)
        index = self.choice.findData(current.value)
        self.choice.setCurrentIndex(index if current is not derived else 0)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why is this case handled under this law?"))
        self.reason.setMinimumWidth(420)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        guard_enter(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Law"), self.choice)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)

    def chosen(self) -> Regime | None:
        value = self.choice.currentData()
        return Regime(value) if value else None


class LawBar(RecordTab):
    """One line: "Law: Wkkgz (zorg) — chosen by hand: <reason>" and a change button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Law of this case"))
        self.change = QPushButton(self.tr("Change law…"), self)
        self.change.clicked.connect(self.ask)
        self.judge = QPushButton(self.tr("Judgment…"), self)
        self.judge.setToolTip(self.tr("The reasoned judgment per part of the complaint"))
        self.judge.clicked.connect(self.ask_judgment)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.judge)
        row.addWidget(self.change)

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.change, self.judge)

    def refresh(self) -> None:
        law = self.detail.law if self.detail is not None else None
        self.setVisible(law is not None)
        if law is None or self.detail is None:
            return
        if law.chosen_by_hand:
            text = self.tr("Law: {0}, chosen by hand: {1}").format(
                law.regime.label, law.regime_reason
            )
        else:
            text = self.tr("Law: {0} (follows from funding and service)").format(law.regime.label)
        is_complaint = str(self.detail.fields.get("kind") or "") == ReactionKind.COMPLAINT.value
        self.judge.setVisible(is_complaint)
        if is_complaint and law.judgment:
            verdicts = ", ".join(Verdict(p.verdict).label.lower() for p in law.judgment)
            text += " · " + self.tr("Judgment: {0}").format(verdicts)
        elif is_complaint and law.regime.requires_judgment:
            text += " · " + self.tr("no reasoned judgment yet")
        self.text.setText(text)

    def ask_judgment(self) -> None:
        """Enter or change the judgment; a refused one reopens with what was typed."""
        if self.detail is None or self.detail.law is None:
            return
        law = self.detail.law
        parts, term = list(law.judgment), law.measures_due_on
        received = self.detail.fields.get("received_on") or date.today()
        while True:
            dialog = JudgmentDialog(law.regime, parts, term, received, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            parts, term = dialog.parts(), dialog.measures_due_on()
            if self.save_judgment(parts, term) is not None:
                return

    def save_judgment(
        self, parts: list[JudgmentPartData], measures_due_on: date | None
    ) -> CaseDetail | None:
        assert self.detail is not None
        return self.run(
            cases.save_judgment,
            case_id=self.detail.id,
            version=self.detail.version,
            parts=parts,
            measures_due_on=measures_due_on,
        )

    def ask(self) -> None:
        if self.detail is None or self.detail.law is None:
            return
        dialog = RegimeDialog(self.detail.law.regime, self.detail.law.derived_regime, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.change_to(dialog.chosen(), dialog.reason.text())

    def change_to(self, regime: Regime | None, reason: str) -> CaseDetail | None:
        assert self.detail is not None
        return self.run(
            cases.change_regime,
            case_id=self.detail.id,
            version=self.detail.version,
            regime=regime,
            reason=reason,
        )
