"""The Brieven tab (hosting ui/letters' panel) and Historie (the audit trail, readable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .records import RecordTab, RecordTable, fmt_datetime

if TYPE_CHECKING:
    from ..letters.panel import LettersPanel


class LettersTab(RecordTab):
    """The Brieven tab: the letters feature's panel (make, preview, record, reopen, dossier).

    The panel brings ReportLab, pypdf and QtPdf with it, a quarter of a second of imports:
    it is built the first time the tab is shown, not when the program starts.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel: LettersPanel | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def ensure_panel(self) -> LettersPanel:
        if self.panel is None:
            from ..letters import panel as letters_panel  # see the class docstring

            self.panel = letters_panel.LettersPanel(self.ctx, self)
            # A recorded letter can move the procedure (acknowledgement): the editor takes
            # the fresh detail exactly as from any other record tab.
            self.panel.detail_changed.connect(self.detail_changed)
            self._column.addWidget(self.panel)
            self.panel.show()
            # Laid out now, not at the next turn of the event loop: the panel is built
            # while the tab is being shown, and the focus may move into it at once.
            self._column.activate()
            inner = self.panel.layout()
            if inner is not None:
                inner.activate()
            self.panel.set_case(self.detail)
        return self.panel

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_panel()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.set_case(self.detail)


class HistoryTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = RecordTable(
            [self.tr("When"), self.tr("Who"), self.tr("What")], self.tr("History"), self
        )
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Every change to this case, newest first. Nothing here can be edited.")
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self.table, 1)

    def refresh(self) -> None:
        lines = [] if self.detail is None else list(reversed(self.detail.history))
        self.table.set_rows([(n, [fmt_datetime(h.at), h.who, h.text]) for n, h in enumerate(lines)])
