"""The Brieven tab (hosting ui/letters' panel) and Historie (the audit trail, readable)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from ..letters.panel import LettersPanel
from .records import RecordTab, RecordTable, fmt_datetime


class LettersTab(RecordTab):
    """The Brieven tab: the letters feature's panel (make, preview, record, reopen, dossier)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel = LettersPanel(ctx, self)
        # A recorded letter can move the procedure (acknowledgement): the editor takes the
        # fresh detail exactly as from any other record tab.
        self.panel.detail_changed.connect(self.detail_changed)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.panel)

    def refresh(self) -> None:
        self.panel.set_case(self.detail)


class HistoryTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = RecordTable(
            [self.tr("When"), self.tr("Who"), self.tr("What")], self.tr("History"), self
        )
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(self.tr("Every change to this case, newest first. Nothing here can be edited."))
        )
        column.addWidget(self.table, 1)

    def refresh(self) -> None:
        lines = [] if self.detail is None else list(reversed(self.detail.history))
        self.table.set_rows([(n, [fmt_datetime(h.at), h.who, h.text]) for n, h in enumerate(lines)])
