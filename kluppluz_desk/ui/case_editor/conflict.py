"""What the editor does when a save or a step meets someone else's newer version.

It fetches the fresh version, opens `ConflictDialog` (window-modal, not blocking) and acts
on the choice: reload, or save this user's changed fields on top of the fresh version.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.case_fields import CASE_FIELDS
from ...domain.errors import ConflictError, KnownProblem, ValidationError
from ...domain.procedure import Step
from ...services import cases
from ...services.dto import CaseDetail
from .conflict_dialog import KEEP_MINE, RELOAD, ConflictDialog
from .editor_base import EditorBase

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ConflictHandler:
    def __init__(self, editor: EditorBase) -> None:
        self.editor = editor
        self.dialog: ConflictDialog | None = None

    def is_open(self) -> bool:
        return self.dialog is not None

    def close(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finished.disconnect()
            dialog.reject()
            dialog.deleteLater()

    def handle(
        self, problem: KnownProblem, values: dict[str, Any], step: Step | None = None
    ) -> None:
        """Show a refused save or step: the conflict dialog, the field, or a message."""
        editor = self.editor
        if isinstance(problem, ConflictError) and editor.detail is not None:
            self.open(problem, values, step)
            return
        if isinstance(problem, ValidationError) and problem.field == "on":
            editor.header.show_date_error(problem.message)
            editor.set_message(problem.message, error=True)
            return
        if isinstance(problem, ValidationError) and problem.field in editor.fields:
            editor.fields[problem.field].show_error(problem.message)
            editor.reveal(problem.field)
            text = translate("CaseEditor", "Not saved: {0}").format(problem.message)
            editor.set_message(text, error=True)
            return
        editor.set_message(problem.message, error=True)
        editor.ctx.dialogs.warning(
            editor, translate("CaseEditor", "That did not work"), problem.message
        )

    def rows(self, fresh: CaseDetail, mine: dict[str, Any]) -> list[tuple[str, str, str]]:
        """Per field that either side changed: label, their saved value, my value."""
        rows = []
        untouched = translate("Conflict", "(not changed by you)")
        for name in CASE_FIELDS:
            field = self.editor.fields[name]
            theirs = fresh.fields.get(name)
            changed_by_them = field.normal(theirs) != field.baseline
            if name in mine or changed_by_them:
                my_text = field.display(mine[name]) if name in mine else untouched
                rows.append((field.spec.label, field.display(theirs), my_text))
        return rows

    def open(self, error: ConflictError, mine: dict[str, Any], step: Step | None) -> None:
        editor = self.editor
        assert editor.detail is not None
        log.info("edit conflict on case %s", editor.detail.id)
        fresh = editor.ctx.call(cases.get_case, editor.ctx.db, editor.detail.id, parent=editor)
        if fresh is None:
            return
        self.close()
        dialog = ConflictDialog(fresh.reference, self.rows(fresh, mine), error.changes, editor)
        dialog.finished.connect(lambda result: self._done(result, fresh, step))
        self.dialog = dialog
        editor.set_message(
            translate("Conflict", "Not saved: someone else saved this case in the meantime."),
            error=True,
        )
        dialog.open()

    def _done(self, result: int, fresh: CaseDetail, step: Step | None) -> None:
        editor = self.editor
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        if result == RELOAD:
            editor.show_detail(fresh)
            editor.set_message(translate("Conflict", "Reloaded; your changes were dropped."))
        elif result == KEEP_MINE:
            # My edits stay on screen, the fresh version becomes the base: saving sends only
            # the fields I changed, so their other changes are kept.
            editor.show_detail(fresh, keep_edits=True)
            editor.base_version = fresh.version
            if editor.save():
                text = translate("Conflict", "Your version was saved; their other changes stay.")
                if step is not None:
                    text += " " + translate("Conflict", "Now take '{0}' again.").format(step.label)
                editor.set_message(text)
        else:
            editor.set_message(
                translate(
                    "Conflict",
                    "Not saved yet: your changes are still here. Save again to compare.",
                ),
                error=True,
            )
