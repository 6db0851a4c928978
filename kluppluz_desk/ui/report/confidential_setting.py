"""The report page's choice whether confidential cases count in the annual report's
figures (issue 12). Described they never are: the appendix shows one neutral line."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ...services.dto import Change
from ...services.report import counts_confidential, set_counts_confidential
from ..context import AppContext


class ConfidentialCountBox(QCheckBox):
    """Ticked: confidential cases are counted (the default)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("countConfidential")
        self.setText(self.tr("Count confidential cases in the figures"))
        self.setToolTip(
            self.tr(
                "Confidential cases are never described in the report: the appendix only "
                "says how many there were. Untick to leave them out of the figures as well."
            )
        )
        self.reload()
        self.toggled.connect(self._store)

    def reload(self) -> None:
        counted = self.ctx.call(counts_confidential, self.ctx.db, parent=self)
        self.blockSignals(True)
        self.setChecked(counted is not False)
        self.blockSignals(False)

    def _store(self, counted: bool) -> None:
        if self.ctx.call(set_counts_confidential, self.ctx.db, counted, parent=self) is None:
            self.reload()  # refused (the reason was shown): show what holds
            return
        self.ctx.bus.publish(Change("settings"))
