"""The editor's tab pages, built in one place (kept out of editor.py to keep it readable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from .field_tabs import FieldTab, closure_tab, intake_tab, submitter_tab
from .fields import BoundField
from .records import RecordTab
from .refs import RefLists
from .step_fields import INFORMED
from .step_panel import StepPanel
from .step_views import StepViews
from .tab_actions import EscalationsTab, ImprovementsTab
from .tab_attachments import AttachmentsTab
from .tab_handling import HandlingTab
from .tab_lists import HistoryTab, LettersTab
from .tab_timeline import TimelineTab

translate = QCoreApplication.translate


@dataclass
class Pages:
    tabs: QTabWidget
    intake: FieldTab
    submitter: FieldTab
    handling: HandlingTab
    timeline: TimelineTab
    letters: LettersTab
    closure: FieldTab
    improvements: ImprovementsTab
    escalations: EscalationsTab
    attachments: AttachmentsTab
    history: HistoryTab

    @property
    def records(self) -> list[RecordTab]:
        """Every part that stores records through `services.cases` (and shows a CaseDetail)."""
        return [
            *self.handling.records,
            self.timeline,
            self.letters,
            self.improvements,
            self.escalations,
            self.attachments,
            self.history,
        ]


def build_pages(
    ctx: AppContext,
    fields: dict[str, BoundField],
    refs: RefLists,
    reference: QLineEdit,
    parent: QWidget,
) -> Pages:
    tabs = QTabWidget(parent)
    tabs.setAccessibleName(translate("CaseEditor", "Parts of the case"))
    pages = Pages(
        tabs=tabs,
        intake=intake_tab(fields, reference),
        submitter=submitter_tab(fields),
        handling=HandlingTab(ctx, fields, refs),
        timeline=TimelineTab(ctx),
        letters=LettersTab(ctx),
        closure=closure_tab(fields),
        improvements=ImprovementsTab(ctx, refs),
        escalations=EscalationsTab(ctx),
        attachments=AttachmentsTab(ctx),
        history=HistoryTab(ctx),
    )
    for page, title in (
        (pages.intake, translate("CaseEditor", "Intake")),
        (pages.submitter, translate("CaseEditor", "Submitter")),
        (pages.handling, translate("CaseEditor", "Handling")),
        (pages.timeline, translate("CaseEditor", "Timeline")),
        (pages.letters, translate("CaseEditor", "Letters")),
        (pages.closure, translate("CaseEditor", "Closure")),
        (pages.improvements, translate("CaseEditor", "Improvements")),
        (pages.escalations, translate("CaseEditor", "Escalations")),
        (pages.attachments, translate("CaseEditor", "Attachments")),
        (pages.history, translate("CaseEditor", "History")),
    ):
        tabs.addTab(page, title)
    return pages


def step_views(
    fields: dict[str, BoundField], tabs: QTabWidget, handling: HandlingTab, parent: QWidget
) -> tuple[StepPanel, StepViews]:
    """The step panel (it may borrow the "informed" box too) and the view switch."""
    informed = handling.informed
    chain = [informed.role, informed.staff, informed.on, informed.note, informed.add]
    # The box carries its own title ("Informed"): no label beside it, so it has the width.
    panel = StepPanel(fields, {INFORMED: (informed, chain, "")}, parent)
    return panel, StepViews(panel, tabs, parent)


def editor_stack(
    parent: QWidget, parts: Sequence[QWidget], save_row: QHBoxLayout
) -> tuple[QStackedWidget, QLabel]:
    """The editor's content (the last part stretching, the save row under it) on a stack
    with the empty state ("choose a customer reaction") in front of it."""
    content = QWidget(parent)
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        column.addWidget(part, 1 if part is parts[-1] else 0)
    column.addLayout(save_row)
    empty = QLabel(
        translate("CaseEditor", "Choose a customer reaction in the list, or register a new one."),
        parent,
    )
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    stack = QStackedWidget(parent)
    stack.addWidget(empty)
    stack.addWidget(content)
    outer = QVBoxLayout(parent)
    outer.addWidget(stack)
    return stack, empty


def enable_tabs(tabs: QTabWidget, only: tuple[QWidget, ...] | None) -> None:
    """Enable every tab (`only` None) or just `only` (a new case: the rest after saving)."""
    for index in range(tabs.count()):
        enabled = only is None or tabs.widget(index) in only
        tabs.setTabEnabled(index, enabled)
        tip = "" if enabled else translate("CaseEditor", "Save the case first.")
        tabs.setTabToolTip(index, tip)


def page_for_due(editor: Any, due_kind: str) -> QWidget | None:
    """The editor's tab where a due step (a dashboard item's kind) is done."""
    parts = {
        "acknowledgement": editor.letters,
        "solution": editor.handling,
        "legal": editor.handling,
        "director": editor.handling,
        "satisfaction": editor.closure,
        "improvement": editor.improvements,
        "escalation": editor.escalations,
        "dispute_window": editor.escalations,
    }
    page: QWidget | None = parts.get(due_kind)
    return page


def save_bar(parent: QWidget) -> tuple[QLabel, QPushButton, QPushButton, QHBoxLayout]:
    """The line under the tabs: message, "undo changes" and "save"."""
    message = QLabel(parent)
    message.setWordWrap(True)
    message.setAccessibleName(translate("CaseEditor", "Message"))
    revert = QPushButton(translate("CaseEditor", "Undo changes"), parent)
    save = QPushButton(translate("CaseEditor", "Save"), parent)
    save.setToolTip(translate("CaseEditor", "Save the changes (Ctrl+S)"))
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addWidget(revert)
    row.addWidget(save)
    return message, revert, save, row


def add_shortcuts(
    widget: QWidget,
    keys: Sequence[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]],
) -> None:
    """Shortcuts that work anywhere inside `widget` (and not in other windows)."""
    for sequence, slot in keys:
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
