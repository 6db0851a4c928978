"""The law a case is handled under, shown above the tabs, and changing it with a reason.

The regime follows from funding and service (services.cases: Wet kinderopvang, Wkkgz,
Jeugdwet); "Change law…" asks for the regime and a reason, stores both through
`cases.change_regime` (audited, noted on the timeline) and the clocks follow.
"""

from __future__ import annotations

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

from ...domain.regimes import Regime
from ...services import cases
from ...services.dto import CaseDetail
from ..context import AppContext
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
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.change)

    def refresh(self) -> None:
        law = self.detail.law if self.detail is not None else None
        self.setVisible(law is not None)
        if law is None:
            return
        if law.chosen_by_hand:
            text = self.tr("Law: {0}, chosen by hand: {1}").format(
                law.regime.label, law.regime_reason
            )
        else:
            text = self.tr("Law: {0} (follows from funding and service)").format(law.regime.label)
        self.text.setText(text)

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
