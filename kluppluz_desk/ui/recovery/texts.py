"""AutoRecover for editors of a few named texts: the annual report wizard's texts (target
``report:<year>``) and a letter template (``template:<kind>``). The owner loads its texts
inside `tracker.paused()`, then calls `offer()`; a save or an explicit discard clears."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...services.recovery import Pending
from ..context import AppContext
from ..recovery_dialog import RESTORE
from .tracker import RecoveryTracker

translate = QCoreApplication.translate
TextEdit = QLineEdit | QPlainTextEdit


def text_of(edit: TextEdit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


class TextsRecovery:
    def __init__(
        self,
        owner: QWidget,
        ctx: AppContext,
        edits: Mapping[str, tuple[str, TextEdit]],
        target: Callable[[], str | None],
        saved: Callable[[], Mapping[str, str]],
    ) -> None:
        self.owner = owner
        self.ctx = ctx
        self.edits = dict(edits)
        self.target = target
        self.saved = saved
        self.tracker = RecoveryTracker(ctx, self.collect, owner)
        for _label, edit in self.edits.values():
            edit.textChanged.connect(self.tracker.touched)

    def collect(self) -> tuple[str | None, dict[str, Pending]]:
        saved = self.saved()
        items = {
            item: Pending(label, text_of(edit))
            for item, (label, edit) in self.edits.items()
            if text_of(edit) != saved.get(item, "")
        }
        return self.target(), items

    def clear(self) -> None:
        self.tracker.clear(self.target())

    def offer(self, name: str) -> None:
        """Offer the texts kept of the loaded target (`name` says what it is, in Dutch)."""
        target = self.target()
        if target is None:
            return
        saved = self.saved()
        empty = translate("CaseFields", "(empty)")
        entries, rows = [], []
        for entry in self.tracker.entries(target):
            if entry.item not in self.edits or str(entry.value) == saved.get(entry.item, ""):
                self.tracker.drop(target, entry.item)  # saved after all: nothing to offer
                continue
            entries.append(entry)
            rows.append(
                (entry.label, saved.get(entry.item, "") or empty, str(entry.value) or empty)
            )
        if not rows:
            return
        answer = self.ctx.dialogs.recover(
            self.owner,
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
        for entry in entries:
            edit = self.edits[entry.item][1]
            if isinstance(edit, QLineEdit):
                edit.setText(str(entry.value))
            else:
                edit.setPlainText(str(entry.value))
        self.tracker.sync()
