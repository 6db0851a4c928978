"""AutoRecover for the case editor: every field the user changed and a note being typed are
kept (per case, or ``case:new`` for an intake not registered yet) until saved or discarded;
opening the case again offers them back beside what the database holds now."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from ...services.recovery import Entry, Pending
from ..recovery import RecoveryTracker
from ..recovery_dialog import RESTORE
from .editor_base import EditorBase

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
NOTE = "new_note"  # the item of the note box on the Tijdlijn tab
NEW = "case:new"
# The text lines of the record tabs (a reason, a note, an action's title…) typed before
# the record is added.
RECORD_LINES = ("note", "reason", "title", "description", "outcome_note")


def case_target(case_id: int) -> str:
    return f"case:{case_id}"


class EditorRecovery:
    def __init__(self, editor: EditorBase) -> None:
        self.editor = editor
        self.tracker = RecoveryTracker(editor.ctx, self.collect, editor)
        for field in editor.fields.values():
            field.edited.connect(self.tracker.touched)
        editor.timeline.box.textChanged.connect(self.tracker.touched)
        self.lines: dict[str, QLineEdit] = {}
        for record in editor.records:
            for attr in RECORD_LINES:
                line = getattr(record, attr, None)
                if isinstance(line, QLineEdit):
                    self.lines[f"{type(record).__name__}.{attr}"] = line
                    line.textChanged.connect(self.tracker.touched)

    def target(self) -> str | None:
        e = self.editor
        if e.is_new:
            return NEW
        return case_target(e.detail.id) if e.detail is not None else None

    def collect(self) -> tuple[str | None, dict[str, Pending]]:
        e = self.editor
        items = {
            name: Pending(field.spec.label, field.value())
            for name, field in e.fields.items()
            if field.is_dirty()
        }
        if e.timeline.pending_text():
            items[NOTE] = Pending(translate("Recovery", "New note"), e.timeline.box.toPlainText())
        for item, line in self.lines.items():
            # isModified: typed by the user (a record shown by the program is not kept).
            if line.isModified() and line.text().strip():
                items[item] = Pending(line.accessibleName(), line.text())
        return self.target(), items

    # --- called by the editor ----------------------------------------------------------------
    def registered(self) -> None:
        """The intake became a case: what was kept of it is saved now."""
        self.tracker.clear(NEW)

    def discarded(self, target: str | None) -> None:
        self.tracker.clear(target)

    def offer(self) -> None:
        """After a load: offer what was kept of this case; restore or discard it."""
        target = self.target()
        if target is None:
            return
        entries = self.tracker.entries(target)
        rows, wanted = [], []
        for entry in entries:
            row = self._row(target, entry)
            if row is not None:
                rows.append(row)
                wanted.append(entry)
        if not rows:
            return
        e = self.editor
        name = (
            translate("Recovery", "customer reaction {0}").format(e.detail.reference)
            if e.detail
            else translate("Recovery", "the new intake")
        )
        answer = e.ctx.dialogs.recover(
            e,
            translate("Recovery", "Unsaved text recovered"),
            translate(
                "Recovery",
                "KluppluZ Desk closed before these changes to {0} were saved (last typed "
                "{1}). Restore them, or discard them?",
            ).format(name, entries[0].updated_at.astimezone().strftime("%d-%m-%Y %H:%M")),
            rows,
        )
        if answer != RESTORE:
            self.tracker.clear(target)
            return
        for entry in wanted:
            self._restore(entry)
        self.tracker.sync()

    def _row(self, target: str, entry: Entry) -> tuple[str, str, str] | None:
        e = self.editor
        empty = translate("CaseFields", "(empty)")
        if entry.item == NOTE or entry.item in self.lines:
            text = str(entry.value or "")
            return entry.label, translate("Recovery", "(not added yet)"), text
        field = e.fields.get(entry.item)
        value = _decoded(field.spec.kind, entry.value) if field else _BAD
        if field is None or value is _BAD or field.normal(value) == field.baseline:
            # Saved meanwhile (or no longer a field): nothing to offer, nothing to keep.
            self.tracker.drop(target, entry.item)
            return None
        return field.spec.label, field.display(field.baseline) or empty, field.display(value)

    def _restore(self, entry: Entry) -> None:
        e = self.editor
        if entry.item == NOTE:
            e.timeline.box.setPlainText(str(entry.value))
            return
        if entry.item in self.lines:
            line = self.lines[entry.item]
            line.setText(str(entry.value))
            line.setModified(True)
            return
        field = e.fields[entry.item]
        field.set_value(_decoded(field.spec.kind, entry.value))
        field.check()
        field.edited.emit(entry.item)  # an unsaved change like any other: • on the tab


_BAD = object()


def _decoded(kind: str, value: Any) -> Any:
    """A stored JSON value as the field's widget takes it (dates come back as ISO text)."""
    if kind != "date" or value is None:
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        log.warning("recovered date %r is not a date", value)
        return _BAD
