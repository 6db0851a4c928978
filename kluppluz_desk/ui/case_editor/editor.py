"""The case editor: where the case stands and its next step in the header, the step's
fields on one panel ("This step", step_panel.py), every field and record in tabs ("All
details"). The editor assembles these parts; they talk to it through signals.

Edits are kept on screen until saved; only the fields the user changed are sent, against
the version that was loaded, so a save never overwrites someone else's change unseen (see
conflict.py). Records (notes, extensions, …) are stored at once by their own buttons.
Shortcuts: Ctrl+S save, Ctrl+Enter next step, Ctrl+T write a note.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from ...domain import procedure
from ...domain.case_fields import CASE_FIELDS
from ...domain.errors import KnownProblem
from ...domain.procedure import CaseFacts, Step
from ...services import cases, intake
from ...services.dto import CaseDetail, Change
from ..context import AppContext
from .conflict import ConflictHandler
from .editor_base import EditorBase
from .facts import facts_on_screen, steps_on_screen
from .field_rights import apply_field_rights
from .field_tabs import reference_box
from .fields import BoundField, make_fields, new_case_value
from .header import CaseHeader
from .intake_draft import IntakeBar
from .law_bar import LawBar
from .layout import (
    add_shortcuts,
    build_pages,
    editor_stack,
    enable_tabs,
    page_for_due,
    save_bar,
    step_views,
)  # fmt: skip
from .procedure_view import reasons_html
from .recovery import EditorRecovery
from .refs import RefLists
from .reopen_dialog import ask_reopen_reason
from .step_fields import blocked_by_status
from .step_flow import follow_case, lend, make_step_letter, mark_missing, open_step
from .sync import follow_other_change, follow_record_change
from .taborder import set_tab_orders
from .unsaved import show_unsaved

log = logging.getLogger(__name__)


class CaseEditor(EditorBase):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refs = RefLists(ctx.db)
        self.detail: CaseDetail | None = None
        self.base_version = 0
        self.is_new = False
        self.publishing = False
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Case editor"))

        self.fields: dict[str, BoundField] = make_fields(list(CASE_FIELDS), self.refs, self)
        for field in self.fields.values():
            field.edited.connect(self._on_edited)
        self.header = CaseHeader(self)
        self.header.step_requested.connect(self.perform_step)
        self.header.field_requested.connect(self.reveal)
        self.reference = reference_box()
        pages = build_pages(ctx, self.fields, self.refs, self.reference, self)
        self.tabs = pages.tabs
        self.intake, self.submitter, self.closure = pages.intake, pages.submitter, pages.closure
        self.handling, self.timeline, self.letters = pages.handling, pages.timeline, pages.letters
        self.timeline.box.textChanged.connect(self._update_dirty)  # a typed note is a change
        self.improvements, self.escalations = pages.improvements, pages.escalations
        self.attachments, self.history = pages.attachments, pages.history
        self.law_bar = LawBar(ctx, self)  # the case's complaint regime, changeable with a reason
        self.records = [*pages.records, self.law_bar]
        for record in self.records:
            record.detail_changed.connect(self.on_record_detail)
        self._titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self.step_panel, self.views = step_views(self.fields, self.tabs, self.handling, self)
        self.step_panel.step_requested.connect(self.perform_step)
        self.step_panel.judgment_requested.connect(self.law_bar.ask_judgment)
        self.step_panel.letters_requested.connect(
            lambda kind: make_step_letter(self, self.letters, kind)
        )
        self.views.mode_changed.connect(self._switch_view)
        self.message, self.revert_button, self.save_button, self.save_bar = save_bar(self)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        self.conflicts = ConflictHandler(self)

        self.intake_bar = IntakeBar(self, self)  # a new case taken in from a file
        parts = [self.header, self.law_bar, self.intake_bar, self.views]
        self.stack, self.empty = editor_stack(self, parts, self.save_bar)
        set_tab_orders(self)
        add_shortcuts(
            self,
            [
                (QKeySequence.StandardKey.Save, self.save),
                (QKeySequence("Ctrl+Return"), self.next_step),
                (QKeySequence("Ctrl+Enter"), self.next_step),
                (QKeySequence("Ctrl+T"), self.focus_note),
            ],
        )
        ctx.bus.changed.connect(self._on_bus)
        self.recovery = EditorRecovery(self)  # unsaved edits kept through a crash
        self.load_case(None)

    # --- public interface --------------------------------------------------------------
    def load_case(self, case_id: int | None) -> None:
        """Show a case (None: the empty state) and offer text kept of it after a crash.
        Unsaved edits leave the screen (still kept for recovery): call maybe_save() first."""
        self.recovery.tracker.flush()
        with self.recovery.tracker.paused():
            self._load_case(case_id)
        self.recovery.offer()

    def _load_case(self, case_id: int | None) -> None:
        self.conflicts.close()
        self.timeline.box.clear()
        self.header.reset_step_date()
        if case_id is None:
            self.detail, self.is_new = None, False
            self.step_panel.step = None
            for record in self.records:
                record.set_detail(None)
            self.stack.setCurrentWidget(self.empty)
            self.set_message("")  # a message about the case that was shown goes with it
            self.actions_changed.emit()
            return
        detail = self.ctx.call(cases.get_case, self.ctx.db, case_id, parent=self)
        if detail is None:
            self._load_case(None)
            return
        self.show_detail(detail)

    def new_case(self) -> None:
        """A blank intake form; saving registers the case."""
        self.recovery.tracker.flush()
        self.conflicts.close()
        self.detail, self.is_new, self.base_version = None, True, 0
        self.intake_bar.forget()
        with self.recovery.tracker.paused():
            for name, field in self.fields.items():
                field.load(new_case_value(name))
            self.timeline.box.clear()
        apply_field_rights(self.fields, self.ctx.db.access)
        self.reference.clear()
        for record in self.records:
            record.set_detail(None)
        self.header.show_new()
        self.views.allow_step(False)  # no step before the case is registered
        enable_tabs(self.tabs, (self.intake, self.submitter))
        self.tabs.setCurrentWidget(self.intake)
        self.stack.setCurrentIndex(1)
        self.set_message("")
        self._update_dirty()
        self.recovery.offer()
        self.fields["channel"].widget.setFocus()

    def new_case_from(self, draft: intake.IntakeDraft) -> None:
        """A new case filled from an e-mail or scan; its files are stored on save."""
        self.new_case()
        self.intake_bar.take(draft)  # each field filled reports an edit: the • marks follow

    def show_part(self, due_kind: str) -> None:
        """Bring forward the tab where the due step is done (a dashboard item's kind)."""
        page = page_for_due(self, due_kind)
        if page is not None:
            self.show_tab(page)

    def save(self) -> bool:
        """Save edited fields (and a typed but not yet added note). True when all is saved."""
        if self.is_new:
            return self._register()
        if self.detail is None:
            return True
        values = self.edited_values()
        if values is None:
            return False
        if values:
            try:
                detail = cases.update_case(
                    self.ctx.db, case_id=self.detail.id, version=self.base_version, values=values
                )
            except KnownProblem as problem:
                self.conflicts.handle(problem, values)
                return False
            self.show_detail(detail)
            self.set_message(self.tr("Saved."))
            self.announce(detail)
        added = self.timeline.add_note() if self.timeline.pending_text() else True
        self.recovery.tracker.sync()  # what is saved is no longer kept for recovery
        return added

    def maybe_save(self) -> bool:
        """Ask save/discard/cancel when there are unsaved changes; False: the user cancelled."""
        if not self.has_unsaved_changes():
            return True
        if self.conflicts.is_open():
            return False
        name = self.detail.reference if self.detail else self.tr("The new customer reaction")
        answer = self.ctx.dialogs.save_discard_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("{0} has changes that are not saved yet. Save them?").format(name),
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.discard()
            return True
        return False

    def next_step(self) -> None:
        """Ctrl+Enter: take the case's next step if allowed, otherwise say why."""
        if self.is_new:
            self.header.show_message(self.tr("Save the customer reaction first (Ctrl+S)."))
            return
        if self.detail is None:
            return
        facts = self.facts()
        step = procedure.next_step(facts)
        if step is None:
            self.header.show_message(self.tr("No further step in the procedure."))
            return
        self.perform_step(step)

    def perform_step(self, step: Step) -> None:
        if self.detail is None:
            return
        against = steps_on_screen(self.detail, self.fields, self.ctx.db.access)[step]
        if against and not blocked_by_status(against):
            open_step(self, step)  # what is missing is marked on the step's own panel
        if against:
            self.header.show_message(
                self.tr("{0} is not possible now: {1}").format(
                    escape(step.label), reasons_html(against)
                ),
                rich=True,
            )
            return
        on = self.header.chosen_step_date(self._received_on())
        values = None if on is None else self.edited_values()
        # Reopening asks why (issue 14.4); cancelling the question takes no step.
        reason = ask_reopen_reason(self.detail, self) if step is Step.REOPEN else ""
        if values is None or reason is None:
            return
        try:
            detail = cases.perform_step(
                self.ctx.db, case_id=self.detail.id, version=self.base_version,
                step=step, on=on, values=values, reason=reason,
            )  # fmt: skip
        except KnownProblem as problem:
            self.conflicts.handle(problem, values, step)
            return
        self.show_detail(detail)
        self.set_message(self.tr("Done: {0}.").format(step.label))
        self.announce(detail)

    def _received_on(self) -> Any:
        """The date of receipt as on screen (an unsaved edit counts: it is saved first)."""
        assert self.detail is not None
        return self.fields["received_on"].value() or self.detail.fields.get("received_on")

    def can_take_next_step(self) -> bool:
        """Whether the next step can be taken now (the header's primary button)."""
        return self.detail is not None and self.header.primary.isEnabled()

    def focus_note(self) -> None:
        if self.detail is None:
            return
        self.show_tab(self.timeline)
        self.timeline.focus_box()

    # --- showing ---------------------------------------------------------------------
    def show_detail(self, detail: CaseDetail, *, keep_edits: bool = False) -> None:
        """Show `detail`; with keep_edits, fields the user changed keep their new value."""
        same_case = self.detail is not None and self.detail.id == detail.id
        if not same_case:
            self.set_message("")  # "Saved." was about the case shown before
        self.detail, self.is_new = detail, False
        self.intake_bar.forget()
        if not keep_edits:
            self.base_version = detail.version
        for name, field in self.fields.items():
            field.load(detail.fields.get(name), keep_edit=keep_edits)
        apply_field_rights(self.fields, self.ctx.db.access)
        self.step_panel.viewer = self.ctx.db.access
        self.reference.setText(detail.reference)
        for record in self.records:
            record.set_detail(detail)
        enable_tabs(self.tabs, None)
        self.stack.setCurrentIndex(1)
        self._update_header()
        follow_case(self, same_case=same_case)
        self._update_dirty()

    def facts(self) -> CaseFacts:
        """The state machine's view of the case as it is on screen (with unsaved edits)."""
        assert self.detail is not None
        return facts_on_screen(self.detail, self.fields)

    def _update_header(self) -> None:
        d = self.detail
        if d is None:
            return
        facts = self.facts()
        self.header.show_case(
            d.reference,
            d.status.label,
            d.next_due_on,
            d.next_due_clock,
            steps_on_screen(d, self.fields, self.ctx.db.access),
            procedure.next_step(facts),
            received_on=d.fields.get("received_on"),
            detail=d,
        )

    def _on_edited(self, _name: str) -> None:
        if self.detail is not None:
            facts = self.facts()
            steps = steps_on_screen(self.detail, self.fields, self.ctx.db.access)
            self.header.set_steps(steps, procedure.next_step(facts))
            mark_missing(self)
        self._update_dirty()

    def _update_dirty(self) -> None:
        show_unsaved(self, self._titles)

    # --- saving ----------------------------------------------------------------------
    def edited_values(self) -> dict[str, Any] | None:
        """The fields the user changed; None (and the fields marked) when one is invalid."""
        dirty = {n: f for n, f in self.fields.items() if f.is_dirty() or self.is_new}
        problems = [(n, msg) for n, f in dirty.items() if (msg := f.check())]
        if problems:
            self.set_message(self.tr("Not saved: {0}").format(problems[0][1]), error=True)
            self.reveal(problems[0][0])
            return None
        return {n: f.value() for n, f in dirty.items()}

    def _register(self) -> bool:
        values = self.edited_values()
        if values is None:
            return False
        values = {n: v for n, v in values.items() if v not in (None, "")}
        try:
            if self.intake_bar.draft is not None:
                detail = self.intake_bar.register(values)
            else:
                detail = cases.register_case(self.ctx.db, values=values)
        except KnownProblem as problem:
            self.conflicts.handle(problem, values)
            return False
        self.recovery.registered()
        self.show_detail(detail)
        self.set_message(self.tr("Registered as {0}.").format(detail.reference))
        self.announce(detail)
        return True

    def announce(self, detail: CaseDetail) -> None:
        # What AutoRecover kept of this case is stored now: drop it before telling others.
        self.recovery.tracker.sync()
        super().announce(detail)

    def discard(self) -> None:
        target = self.recovery.target()
        with self.recovery.tracker.paused():
            self.timeline.box.clear()
            if self.detail is not None:
                self.show_detail(self.detail)
            else:
                self._load_case(None)
        self.recovery.discarded(target)
        self.set_message(self.tr("Changes undone."))

    def revert(self) -> None:
        if self.ctx.dialogs.confirm(
            self, self.tr("Undo changes"), self.tr("Drop all changes that are not saved yet?")
        ):
            self.discard()

    # --- records and other views -------------------------------------------------------
    def _switch_view(self, step_view: bool) -> None:
        if step_view:
            lend(self)  # the step's fields come to the panel
        else:
            self.step_panel.release()
            set_tab_orders(self)  # back home, in the tabs' own order
        self._update_dirty()

    def on_record_detail(self, detail: CaseDetail) -> None:
        follow_record_change(self, detail)

    def _on_bus(self, change: Change) -> None:
        follow_other_change(self, change)
