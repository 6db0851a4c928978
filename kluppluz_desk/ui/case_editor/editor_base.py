"""What the editor's helpers see of the case editor: its parts and the few things it does
for them (show a case, save, say something under the tabs, announce a change).

`CaseEditor` (editor.py) builds on this class; `conflict.py`, `sync.py` and `taborder.py`
work against it, so they never import editor.py, which imports them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget, QWidget

from ...services.dto import CaseDetail, Change
from ..context import AppContext
from .fields import ERROR_STYLE, BoundField
from .header import CaseHeader
from .law_bar import LawBar
from .procedure_view import JUDGMENT_LINK
from .records import RecordTab
from .refs import RefLists
from .step_fields import STEP_PARTS
from .step_panel import StepPanel
from .step_views import StepViews
from .tab_attachments import AttachmentsTab, dropped_files
from .tab_handling import HandlingTab
from .tab_timeline import TimelineTab


class EditorBase(QWidget):
    """The case editor's parts; `show_detail` and `save` are the editor's own."""

    case_changed = Signal(object)  # services.dto.Change
    # Whether Save / the next step can act may have changed (the window's toolbar follows).
    actions_changed = Signal()

    ctx: AppContext
    refs: RefLists
    detail: CaseDetail | None
    base_version: int
    is_new: bool
    publishing: bool
    fields: dict[str, BoundField]
    header: CaseHeader
    reference: QLineEdit
    tabs: QTabWidget
    handling: HandlingTab
    timeline: TimelineTab
    attachments: AttachmentsTab
    records: list[RecordTab]
    law_bar: LawBar
    message: QLabel
    save_button: QPushButton
    revert_button: QPushButton
    step_panel: StepPanel
    views: StepViews

    def show_detail(self, detail: CaseDetail, *, keep_edits: bool = False) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        if self.detail is None and not self.is_new:
            return False
        return any(f.is_dirty() for f in self.fields.values()) or bool(self.timeline.pending_text())

    def set_message(self, text: str, *, error: bool = False) -> None:
        """The line under the tabs (red for a problem)."""
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def reveal(self, name: str) -> None:
        """Put the cursor in field `name`: on the step panel when the step needs it, else
        on its tab under All details. The judgment is no field but a dialog of its own:
        focus "Judgment…" and open it, as a click does."""
        if name == JUDGMENT_LINK:
            self.law_bar.judge.setFocus()
            self.law_bar.judge.click()
            # The refresh after saving may move the focus; it belongs where the user was.
            self.law_bar.judge.setFocus()
            return
        widget = self.fields[name].widget
        step = self.step_panel.step
        if step is not None and name in STEP_PARTS[step] and self.views.step_button.isEnabled():
            self.views.show_step_view()  # the panel borrows its fields when it is shown
        if self.views.on_step() and self.step_panel.holds(widget):
            widget.setFocus()
            return
        self.show_tab(None)
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
        widget.setFocus()

    def show_tab(self, page: QWidget | None) -> None:
        """Switch to All details (the step panel gives its fields back) and show `page`."""
        self.views.show_all()
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def announce(self, detail: CaseDetail) -> None:
        """Tell the window and every other view that this case changed."""
        change = Change("case", (detail.id,), detail)
        self.case_changed.emit(change)
        self.publishing = True
        try:
            self.ctx.bus.publish(change)
        finally:
            self.publishing = False

    # Files dropped on the editor become attachments of the case shown.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.detail is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = dropped_files(event)
        if files and self.detail is not None:
            event.acceptProposedAction()
            self.show_tab(self.attachments)
            self.attachments.add_files(files)
