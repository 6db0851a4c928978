"""Keeping the editor in step with changes made by its own record tabs and by other views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.dto import CaseDetail, Change
from .editor_base import EditorBase


def follow_record_change(editor: EditorBase, detail: CaseDetail) -> None:
    """A record tab stored something and got the fresh case back: show it, keep edits."""
    # If someone else changed a field this user is editing, keep the old base version, so
    # saving shows the conflict instead of silently overwriting their value.
    clash = any(
        f.is_dirty() and f.normal(detail.fields.get(n)) != f.baseline
        for n, f in editor.fields.items()
    )
    base = editor.base_version
    editor.show_detail(detail, keep_edits=True)
    editor.base_version = base if clash else detail.version
    editor.announce(detail)


def follow_other_change(editor: EditorBase, change: Change) -> None:
    """Another view changed master data or this case."""
    if change.kind == "masterdata":
        editor.refs.reload()
        for field in editor.fields.values():
            field.refill()
        for record in editor.records:
            record.refresh()
        return
    detail = editor.detail
    if editor.publishing or detail is None or detail.id not in change.case_ids:
        return
    if change.detail is not None and change.detail.version != detail.version:
        if editor.has_unsaved_changes():
            editor.header.show_message(
                QCoreApplication.translate(
                    "CaseEditor",
                    "This case was changed elsewhere; saving will show both versions.",
                )
            )
        else:
            editor.show_detail(change.detail)
