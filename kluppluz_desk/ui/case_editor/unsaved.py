"""The "unsaved changes" marker (•) on the view and the tab that hold the change, and the
Save / Undo buttons enabled only when there is something to save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .dirty_marks import changed_pages, mark_tabs
from .editor_base import EditorBase


def show_unsaved(editor: EditorBase, titles: list[str]) -> None:
    dirty = editor.has_unsaved_changes()
    editor.save_button.setEnabled(dirty)
    editor.revert_button.setEnabled(dirty)
    pending = [editor.timeline] if editor.timeline.pending_text() else []
    panel = editor.step_panel
    changed = changed_pages(editor.tabs, editor.fields, pending, panel.home_of)
    mark_tabs(editor.tabs, titles, changed)
    # While the step panel borrows a changed field, "This step" carries the marker.
    lent = [f.is_dirty() for f in editor.fields.values() if panel.holds(f.widget)]
    kept = [f.is_dirty() for f in editor.fields.values() if not panel.holds(f.widget)]
    editor.views.mark(any(lent), any(kept) or bool(pending))
    unsaved = QCoreApplication.translate("CaseEditor", "Unsaved changes (• on the tab).")
    if dirty:
        editor.set_message(unsaved)
    elif editor.message.text() == unsaved:
        editor.set_message("")  # the change was undone: the marker goes with it
    editor.actions_changed.emit()
