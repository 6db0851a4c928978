"""Read-only tabs: Brieven (letters sent) and Historie (the audit trail, readable).

Letters: the letters helper adds generating and previewing. Hook: `LettersTab.action_row` is
a row where it can put its buttons (`add_action(widget)`), `letter_activated(letter_id)`
fires on double-click/Enter on a letter, and `selected_letter_id()` tells which is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .fields import fmt_date
from .records import ID_ROLE, RecordTab, RecordTable, fmt_datetime


class LettersTab(RecordTab):
    letter_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = RecordTable(
            [
                self.tr("Letter date"),
                self.tr("Kind"),
                self.tr("To"),
                self.tr("Subject"),
                self.tr("By"),
                self.tr("Made on"),
            ],
            self.tr("Letters sent"),
            self,
        )
        self.table.activated.connect(self._activated)
        self.empty = QLabel(self.tr("No letters have been sent for this case yet."), self)
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addLayout(self.action_row)

    def add_action(self, widget: QWidget) -> None:
        """Place a button of the letters feature under the list."""
        self.action_row.insertWidget(self.action_row.count() - 1, widget)

    def selected_letter_id(self) -> int | None:
        return self.table.selected_id()

    def _activated(self, index: QModelIndex) -> None:
        value = self.table.model_.item(index.row(), 0).data(ID_ROLE)
        if value is not None:
            self.letter_activated.emit(int(value))

    def refresh(self) -> None:
        letters = [] if self.detail is None else self.detail.letters
        self.empty.setVisible(not letters)
        self.table.set_rows(
            [
                (
                    letter.id,
                    [
                        fmt_date(letter.letter_date),
                        letter.kind.label,
                        letter.recipient,
                        letter.subject,
                        letter.author,
                        fmt_datetime(letter.created_at),
                    ],
                )
                for letter in letters
            ]
        )


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
