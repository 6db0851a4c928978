"""Building the editor's tabs and save bar (kept out of editor.py to keep it readable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget

from .field_tabs import closure_tab, intake_tab, submitter_tab
from .records import RecordTab
from .tab_actions import EscalationsTab, ImprovementsTab
from .tab_attachments import AttachmentsTab
from .tab_handling import HandlingTab
from .tab_lists import HistoryTab, LettersTab
from .tab_timeline import TimelineTab

if TYPE_CHECKING:
    from .editor import CaseEditor

translate = QCoreApplication.translate


def build_tabs(self: CaseEditor) -> None:
    f, ctx = self.fields, self.ctx
    self.tabs = QTabWidget(self)
    self.tabs.setAccessibleName(translate("CaseEditor", "Parts of the case"))
    self.intake = intake_tab(f, self.reference)
    self.submitter = submitter_tab(f)
    self.handling = HandlingTab(ctx, f, self.refs)
    self.timeline = TimelineTab(ctx)
    self.letters = LettersTab(ctx)
    self.closure = closure_tab(f)
    self.improvements = ImprovementsTab(ctx, self.refs)
    self.escalations = EscalationsTab(ctx)
    self.attachments = AttachmentsTab(ctx)
    self.history = HistoryTab(ctx)
    for page, title in (
        (self.intake, translate("CaseEditor", "Intake")),
        (self.submitter, translate("CaseEditor", "Submitter")),
        (self.handling, translate("CaseEditor", "Handling")),
        (self.timeline, translate("CaseEditor", "Timeline")),
        (self.letters, translate("CaseEditor", "Letters")),
        (self.closure, translate("CaseEditor", "Closure")),
        (self.improvements, translate("CaseEditor", "Improvements")),
        (self.escalations, translate("CaseEditor", "Escalations")),
        (self.attachments, translate("CaseEditor", "Attachments")),
        (self.history, translate("CaseEditor", "History")),
    ):
        self.tabs.addTab(page, title)
    self._titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
    self.records: list[RecordTab] = [
        *self.handling.records,
        self.timeline,
        self.letters,
        self.improvements,
        self.escalations,
        self.attachments,
        self.history,
    ]
    for record in self.records:
        record.detail_changed.connect(self.on_record_detail)


def build_save_bar(self: CaseEditor) -> None:
    self.message = QLabel(self)
    self.message.setWordWrap(True)
    self.message.setAccessibleName(translate("CaseEditor", "Message"))
    self.revert_button = QPushButton(translate("CaseEditor", "Undo changes"), self)
    self.revert_button.clicked.connect(self.revert)
    self.save_button = QPushButton(translate("CaseEditor", "Save"), self)
    self.save_button.setToolTip(translate("CaseEditor", "Save the changes (Ctrl+S)"))
    self.save_button.clicked.connect(self.save)
    self.save_bar = QHBoxLayout()
    self.save_bar.addWidget(self.message, 1)
    self.save_bar.addWidget(self.revert_button)
    self.save_bar.addWidget(self.save_button)
