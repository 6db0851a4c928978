"""A serious complaint carried through the whole procedure on the step panels (issue
15.1): intake → director (acknowledgement of who was told, decision, handler) →
acknowledgement → proposal → judgment and closing → satisfaction → escalation. At each
step the panel holds exactly that step's parts, what is missing is marked on the part
itself, and the step is taken with the header's one primary button."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kluppluz_desk.domain.enums import CaseStatus, EscalationBody, SatisfactionOutcome
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor import CaseEditor
from tests.factories import seed
from tests.ui.test_case_editor import choose, make_editor, type_into
from tests.ui.test_case_editor_records import click, pick, type_date


def _panel_shows(editor: CaseEditor, step: Step, missing: list[str]) -> None:
    panel = editor.step_panel
    assert editor.views.on_step() and panel.step is step
    assert editor.header.next is step and not panel.take.isVisible()
    assert panel.missing() == missing, panel.missing()


def _take_next(qtbot: Any, editor: CaseEditor) -> None:
    assert editor.header.primary.isEnabled(), editor.header.step_line.text()
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.header.primary, Qt.MouseButton.LeftButton)


def test_a_serious_complaint_from_intake_to_escalation_on_the_step_panels(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seed(sqlite_db)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.new_case()
    assert not editor.views.on_step()  # a new case has no step yet: the intake form
    choose(qtbot, editor, "channel", "E-mail")
    choose(qtbot, editor, "kind", "Klacht")
    choose(qtbot, editor, "severity", "Ernstig")
    choose(qtbot, editor, "location_id", "Venetiëstraat")
    type_into(qtbot, editor, "description", "Kind zonder toezicht op de speelplaats.")
    type_into(qtbot, editor, "submitter_name", "Sanne de Vries")
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.detail is not None and editor.detail.status is CaseStatus.AWAITING_DIRECTOR
    case_id = editor.detail.id

    # The director: who was told, the decision and the handler, on one panel.
    _panel_shows(editor, Step.RECORD_DIRECTOR_DECISION,
                 ["informed", "director_decision", "handler_id"])  # fmt: skip
    informed = editor.handling.informed
    assert editor.step_panel.holds(informed) and informed.add.isVisible()
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(informed.add, Qt.MouseButton.LeftButton)
    assert editor.step_panel.missing() == ["director_decision", "handler_id"]
    type_into(qtbot, editor, "director_decision", "De locatieverantwoordelijke handelt af.")
    choose(qtbot, editor, "handler_id", "Marloes van Dijk")
    assert editor.step_panel.missing() == []
    assert "•" in editor.views.step_button.text()  # the unsaved edits are on this panel
    _take_next(qtbot, editor)

    _panel_shows(editor, Step.ACKNOWLEDGE, [])
    assert editor.step_panel.holds(editor.fields["submitter_name"].widget)
    _take_next(qtbot, editor)

    _panel_shows(editor, Step.PROPOSE_SOLUTION, ["solution_text"])
    type_into(qtbot, editor, "solution_text", "Extra toezicht bij het buitenspelen.")
    _take_next(qtbot, editor)

    # Closing: the judgment, the public texts and the closure letter on one panel.
    _panel_shows(editor, Step.CLOSE, ["judgment", "public_summary", "public_measure"])
    assert not editor.header.primary.isEnabled()
    part = JudgmentPartData("Toezicht", Verdict.UPHELD, "Er was te weinig toezicht.")
    with qtbot.waitSignal(editor.case_changed):
        editor.law_bar.save_judgment([part], today())  # what the Judgment… dialog stores
    assert editor.step_panel.missing() == ["public_summary", "public_measure"]
    type_into(qtbot, editor, "public_summary", "Te weinig toezicht bij het buitenspelen.")
    assert editor.step_panel.missing() == ["public_measure"]
    type_into(qtbot, editor, "public_measure", "Vaste toezichthouder op de speelplaats.")
    _take_next(qtbot, editor)

    _panel_shows(editor, Step.CHECK_SATISFACTION, ["satisfaction_outcome"])
    choose(qtbot, editor, "satisfaction_outcome", SatisfactionOutcome.DISSATISFIED.label)
    _take_next(qtbot, editor)
    assert not editor.views.step_button.isEnabled()  # no step left: All details

    # The parent goes to the disputes committee: recorded on the Escalations tab.
    editor.show_tab(editor.escalations)
    tab = editor.escalations
    pick(qtbot, tab.body, EscalationBody.DISPUTES_COMMITTEE.label)
    type_date(qtbot, tab.submitted, today() - timedelta(days=0))
    qtbot.keyClicks(tab.note, "Ouder stapt naar de Geschillencommissie")
    click(qtbot, editor, tab.add)

    saved = cases.get_case(sqlite_db, case_id)
    assert saved.status is CaseStatus.SATISFACTION_CHECKED
    assert saved.fields["director_decision"].startswith("De locatieverantwoordelijke")
    assert saved.fields["public_measure"] == "Vaste toezichthouder op de speelplaats."
    assert saved.acknowledged_on and saved.solution_proposed_on and saved.closed_on
    assert [e.body for e in saved.escalations] == [EscalationBody.DISPUTES_COMMITTEE]
