"""Which step the editor's step panel shows, and keeping it current as the case changes.

The panel shows the step the user chose ("Other step…") while that step can still be taken
in the case's status, otherwise the next step of the procedure. Works against `EditorBase`,
so it never imports editor.py (which imports it).
"""

from __future__ import annotations

from ...domain import procedure
from ...domain.enums import LetterKind
from ...domain.procedure import Step
from .editor_base import EditorBase
from .facts import facts_on_screen, steps_on_screen
from .step_fields import blocked_by_status
from .tab_lists import LettersTab


def _reasons(editor: EditorBase) -> tuple[dict[Step, list[str]], Step | None]:
    if editor.detail is None:
        return {}, None
    facts = facts_on_screen(editor.detail, editor.fields)
    steps = steps_on_screen(editor.detail, editor.fields, editor.ctx.db.access)
    return steps, procedure.next_step(facts)


def open_step(editor: EditorBase, step: Step) -> None:
    """Show `step` on the panel (its fields borrowed from the tabs) and switch to it."""
    editor.step_panel.step = step
    if editor.views.on_step():
        lend(editor)
    else:
        editor.views.show_step_view()  # mode_changed → the editor calls lend()


def lend(editor: EditorBase) -> None:
    """(Re)build the panel for its step; only while the step view is shown."""
    reasons, next_step = _reasons(editor)
    step = editor.step_panel.step
    if step is None:
        return
    editor.step_panel.show_step(
        step, editor.detail, reasons.get(step, []), is_next=step is next_step
    )


def follow_case(editor: EditorBase, *, same_case: bool) -> None:
    """After a case is shown: keep the chosen step while it can still be taken in this
    status (for the same case), else the next step; no step at all: only All details.
    Another case opened starts on its step."""
    reasons, next_step = _reasons(editor)
    step = editor.step_panel.step
    if not same_case or step is None or blocked_by_status(reasons.get(step, [])):
        step = next_step
    editor.step_panel.step = step
    editor.views.allow_step(step is not None)
    if step is not None and not same_case and not editor.views.on_step():
        editor.views.show_step_view()  # a case opened (or just registered): its next step
    elif step is not None and editor.views.on_step():
        lend(editor)


def mark_missing(editor: EditorBase) -> None:
    """After an edit: mark on the panel what the step still needs."""
    step = editor.step_panel.step
    if step is None or not editor.views.on_step():
        return
    reasons, _next = _reasons(editor)
    editor.step_panel.mark(reasons.get(step, []), editor.detail)


def make_step_letter(editor: EditorBase, letters: LettersTab, kind: LetterKind) -> None:
    """The step's letter in its preview ("Make the letter…" on the panel). A letter is
    made from the stored case, so what was typed on the panel is saved first."""
    if editor.has_unsaved_changes() and not editor.save():
        return  # the save said why (an invalid field, a conflict)
    letters.ensure_panel().make_letter_of(kind)  # the Letters tab's own preview
