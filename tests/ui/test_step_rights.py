"""The rights table on the editor's steps (issue 12, found carrying a serious complaint):
a step the person's role may not take is greyed out with the role's reason, and a part
of a step's panel they may not fill is "waiting for" the role that may — in grey, with no
red border — instead of a red "still to fill in" they cannot act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kluppluz_desk.domain.access import REFUSALS, Right
from kluppluz_desk.domain.enums import CaseStatus, InformedRole
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.case_editor import CaseEditor
from kluppluz_desk.ui.case_editor.field_rights import translate
from kluppluz_desk.ui.case_editor.fields import ERROR_STYLE
from kluppluz_desk.ui.case_editor.step_panel import mark_target
from tests.factories import make_case, seed
from tests.services.access.world import act_as
from tests.ui.test_case_editor import choose, make_editor, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _marker(editor: CaseEditor, name: str) -> Any:
    return editor.step_panel._parts[name].marker


def test_kv_sees_the_decision_wait_for_the_director(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, severity="serious")
    assert case.status is CaseStatus.AWAITING_DIRECTOR
    cases.record_informed(sqlite_db, case_id=case.id, role=InformedRole.DIRECTOR,
                          informed_on=today())  # fmt: skip
    act_as(sqlite_db, "kv-tester")
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    panel = editor.step_panel
    assert panel.step is Step.RECORD_DIRECTOR_DECISION
    assert panel.missing() == ["handler_id"]  # hers to choose: red
    assert panel.waiting() == ["director_decision"]  # the director's: waits, not red
    marker = _marker(editor, "director_decision")
    waiting = translate("FieldRights", "Waiting for {0}").format(
        translate("FieldRights", "the director")
    )
    assert marker.isVisible() and marker.text() == waiting
    assert "#b00020" not in marker.styleSheet()
    assert not mark_target(editor.fields["director_decision"]).property("missing")
    assert mark_target(editor.fields["handler_id"]).property("missing") is True
    assert ERROR_STYLE in _marker(editor, "handler_id").styleSheet()
    # Filling what is hers leaves only the director's part; the step waits for it.
    choose(qtbot, editor, "handler_id", "Marloes van Dijk")
    assert panel.missing() == [] and panel.waiting() == ["director_decision"]
    assert not editor.header.primary.isEnabled()


def test_a_manager_fills_the_solution_but_kv_takes_the_step(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, upto=Step.ACKNOWLEDGE)  # at Marloes's location
    act_as(sqlite_db, "mvandijk")
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    panel = editor.step_panel
    assert panel.step is Step.PROPOSE_SOLUTION
    assert panel.missing() == ["solution_text"]  # she may write the proposed solution
    type_into(qtbot, editor, "solution_text", "Gesprek met de ouder.")
    assert panel.missing() == []
    refusal = REFUSALS[Right.EDIT_CASE]
    assert not editor.header.primary.isEnabled()
    assert refusal in editor.header.step_line.text().replace("&amp;", "&")
    withdraw = editor.header.actions_by_step[Step.WITHDRAW]
    assert not withdraw.isEnabled() and refusal in withdraw.toolTip()
    # Ctrl+Enter says why and changes nothing.
    editor.next_step()
    assert refusal in editor.header.step_line.text().replace("&amp;", "&")
    assert cases.get_case(sqlite_db, case.id).status is CaseStatus.ACKNOWLEDGED


def test_what_the_director_may_not_record_is_locked_with_the_reason(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    # Found in session 3: the director could press "Vastleggen" under Geïnformeerd and
    # was refused only then. What she may not record is now locked, as the fields are;
    # a note she may add.
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, severity="serious")
    act_as(sqlite_db, "iwillems")
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    refusal = REFUSALS[Right.EDIT_CASE]
    handling = editor.handling
    locked = [
        *handling.informed.write_widgets(), *handling.extensions.write_widgets(),
        *handling.pauses.write_widgets(), *editor.improvements.write_widgets(),
        *editor.escalations.write_widgets(), editor.attachments.add, editor.attachments.remove,
        editor.law_bar.change,
    ]  # fmt: skip
    assert [w for w in locked if w.isEnabled()] == []
    assert {w.toolTip() for w in locked} == {refusal}
    assert editor.attachments.open.isEnabled()  # reading an attachment needs no right
    assert editor.timeline.add.isEnabled() and editor.timeline.box.isEnabled()
    # The selection of an action enables "Change" for K&V; for her the box stays locked.
    editor.improvements.apply.setEnabled(True)
    assert not editor.improvements.apply.isEnabled()  # its locked box keeps it off

    act_as(sqlite_db, "kv-tester")
    editor.load_case(case.id)
    assert all(w.isEnabled() for w in handling.informed.write_widgets())
    assert handling.informed.add.toolTip() == ""
    assert editor.timeline.add.toolTip() == "Ctrl+Enter in the note box"  # its own again
