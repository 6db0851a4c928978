"""The Behandeling tab: handler, director's decision, solution, and the records of the
handling (who was informed, extensions, pauses, confidentiality), in one form so the
labels line up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..context import AppContext
from .confidential_box import ConfidentialBox
from .field_tabs import note_label, scrolling
from .fields import BoundField, add_rows, form_layout
from .handling_records import ExtensionBox, InformedBox, PauseBox
from .records import RecordTab
from .refs import RefLists

translate = QCoreApplication.translate

HANDLING_FIELDS = ["handler_id", "director_decision", "director_decided_on", "solution_text"]


class HandlingTab(QWidget):
    def __init__(self, ctx: AppContext, fields: dict[str, BoundField], refs: RefLists) -> None:
        super().__init__()
        self.informed = InformedBox(ctx, refs)
        self.extensions = ExtensionBox(ctx)
        self.pauses = PauseBox(ctx)
        self.confidential = ConfidentialBox(ctx, refs)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(
            note_label(
                translate(
                    "HandlingTab",
                    "For a serious case the director decides who handles it: first record "
                    "when the director was informed, then the decision and the handler.",
                )
            )
        )
        # Work order: who handles it, who was told, what the director decided, the solution.
        form = form_layout()
        add_rows(form, fields, HANDLING_FIELDS[:1])
        # In a box of its own: a step panel borrows it and gives it back to this place.
        home = QWidget()
        home_column = QVBoxLayout(home)
        home_column.setContentsMargins(0, 0, 0, 0)
        home_column.addWidget(self.informed)
        form.addRow(home)
        add_rows(form, fields, HANDLING_FIELDS[1:])
        form.addRow(self.extensions)
        form.addRow(self.pauses)
        form.addRow(self.confidential)
        column.addLayout(form)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))
        self.first = fields["handler_id"].widget
        self.records: list[RecordTab] = [
            self.informed, self.extensions, self.pauses, self.confidential
        ]  # fmt: skip
