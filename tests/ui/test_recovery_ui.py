"""AutoRecover driven through the editors: typed text reaches the recovery store within two
seconds, comes back after the editor is gone (as after a crash), and leaves the store on a
save or an explicit discard; loading creates nothing; other users see nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.services import cases, report
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.recovery import Entry
from kluppluz_desk.ui.case_editor import CaseEditor
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.letters import TemplateEditorDialog
from kluppluz_desk.ui.recovery import recovery_scope, recovery_store
from kluppluz_desk.ui.report.pages_intro import TextsPage
from kluppluz_desk.ui.report.wizard import PAGE_TEXTS, ReportWizard
from tests.factories import Seeded, make_case, seed
from tests.ui.conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WITHIN_MS = 2000  # the promise: kept within two seconds of the last keystroke


def context(db: Database, tmp_path: Path, name: str = "a") -> AppContext:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    return AppContext(db, dialogs=ScriptedDialogs(), settings=settings)


def editor_for(qtbot: Any, ctx: AppContext) -> CaseEditor:
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    return editor


def kept(ctx: AppContext, target: str | None = None) -> list[Entry]:
    return recovery_store().entries(recovery_scope(ctx), target)


def said(ctx: AppContext) -> ScriptedDialogs:
    assert isinstance(ctx.dialogs, ScriptedDialogs)
    return ctx.dialogs


def type_into(qtbot: Any, editor: CaseEditor, name: str, text: str) -> None:
    editor.reveal(name)
    qtbot.keyClicks(editor.fields[name].widget, text)


def wait_kept(qtbot: Any, ctx: AppContext, target: str, items: set[str]) -> None:
    qtbot.waitUntil(lambda: {e.item for e in kept(ctx, target)} == items, timeout=WITHIN_MS)


@pytest.fixture
def seeded(sqlite_db: Database) -> Seeded:
    return seed(sqlite_db)


@pytest.fixture
def case_id(sqlite_db: Database, seeded: Seeded) -> int:
    return make_case(sqlite_db, seeded).id


def test_typed_text_is_offered_again_and_restored(
    qtbot: Any, sqlite_db: Database, case_id: int, tmp_path: Path
) -> None:
    ctx = context(sqlite_db, tmp_path)
    editor = editor_for(qtbot, ctx)
    editor.load_case(case_id)
    type_into(qtbot, editor, "public_measure", "Extra overdrachtsmoment ingevoerd.")
    type_into(qtbot, editor, "submitter_city", "Arnhem")
    editor.focus_note()
    qtbot.keyClicks(editor.timeline.box, "Moeder teruggebeld.")
    target = f"case:{case_id}"
    wait_kept(qtbot, ctx, target, {"public_measure", "submitter_city", "new_note"})

    # The program is gone without saving; a fresh editor opens the case.
    editor.close()
    again = editor_for(qtbot, context(sqlite_db, tmp_path, "b"))
    said(again.ctx).queue("restore")
    again.load_case(case_id)
    [rows] = said(again.ctx).recovered
    assert sorted(rows) == [
        ("New note", "(not added yet)", "Moeder teruggebeld."),
        ("Openbare maatregel", "(empty)", "Extra overdrachtsmoment ingevoerd."),
        ("Woonplaats indiener", "(empty)", "Arnhem"),
    ]
    fields = again.fields
    assert fields["public_measure"].value() == "Extra overdrachtsmoment ingevoerd."
    assert fields["submitter_city"].value() == "Arnhem"
    assert again.timeline.box.toPlainText() == "Moeder teruggebeld."
    assert again.has_unsaved_changes() and again.save_button.isEnabled()

    assert again.save()
    saved = cases.get_case(sqlite_db, case_id)
    assert saved.fields["public_measure"] == "Extra overdrachtsmoment ingevoerd."
    assert saved.fields["submitter_city"] == "Arnhem"
    assert any(n.text == "Moeder teruggebeld." for n in saved.notes)
    assert kept(again.ctx) == []


def test_discard_in_the_dialog_and_undo_changes_clear(
    qtbot: Any, sqlite_db: Database, case_id: int, tmp_path: Path
) -> None:
    ctx = context(sqlite_db, tmp_path)
    editor = editor_for(qtbot, ctx)
    editor.load_case(case_id)
    type_into(qtbot, editor, "submitter_city", "Ede")
    wait_kept(qtbot, ctx, f"case:{case_id}", {"submitter_city"})
    said(ctx).queue(True)  # "Drop all changes that are not saved yet?"
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert kept(ctx) == []

    type_into(qtbot, editor, "submitter_city", "Zeist")
    wait_kept(qtbot, ctx, f"case:{case_id}", {"submitter_city"})
    editor.close()
    again = editor_for(qtbot, context(sqlite_db, tmp_path, "b"))
    said(again.ctx).queue("discard")
    again.load_case(case_id)
    assert said(again.ctx).recovered
    assert not again.has_unsaved_changes()
    assert kept(again.ctx) == []


def test_save_clears_and_loading_creates_nothing(
    qtbot: Any, sqlite_db: Database, seeded: Seeded, case_id: int, tmp_path: Path
) -> None:
    ctx = context(sqlite_db, tmp_path)
    editor = editor_for(qtbot, ctx)
    other = make_case(sqlite_db, seeded).id
    for _ in range(2):  # loads, reloads and switching are not the user's edits
        editor.load_case(case_id)
        editor.load_case(other)
    editor.new_case()
    editor.load_case(case_id)
    qtbot.wait(1300)
    assert kept(ctx) == []

    type_into(qtbot, editor, "description", " Aangevuld.")
    wait_kept(qtbot, ctx, f"case:{case_id}", {"description"})
    with qtbot.waitSignal(editor.case_changed):
        qtbot.keyClick(
            editor.fields["description"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert kept(ctx) == []
    qtbot.wait(1300)  # nothing comes back late
    assert kept(ctx) == []


def test_another_user_on_the_same_database_sees_nothing(
    qtbot: Any, sqlite_db: Database, sqlite_url: str, case_id: int, tmp_path: Path
) -> None:
    ctx = context(sqlite_db, tmp_path)
    editor = editor_for(qtbot, ctx)
    editor.load_case(case_id)
    type_into(qtbot, editor, "submitter_city", "Velp")
    wait_kept(qtbot, ctx, f"case:{case_id}", {"submitter_city"})

    bert_db = open_database(sqlite_url, user="bert")
    try:
        bert = editor_for(qtbot, context(bert_db, tmp_path, "bert"))
        bert.load_case(case_id)  # an offer would be an unexpected question: the test fails
        assert said(bert.ctx).recovered == []
        assert kept(bert.ctx) == []
        assert [e.value for e in kept(ctx)] == ["Velp"]
    finally:
        bert_db.dispose()


def test_the_report_texts_are_kept(
    qtbot: Any, app_context: AppContext, sqlite_db: Database, dialogs: ScriptedDialogs
) -> None:
    report.save_draft(sqlite_db, 2025, report.load_draft(sqlite_db, 2025).content, 0)

    wizards: list[ReportWizard] = []

    def open_texts() -> TextsPage:
        wizard = ReportWizard(app_context, 2025)
        qtbot.addWidget(wizard)
        wizards.append(wizard)
        assert wizard.load(2025)
        wizard.setStartId(PAGE_TEXTS)
        wizard.show()
        page = wizard.currentPage()
        assert isinstance(page, TextsPage)
        return page

    page = open_texts()
    assert kept(app_context) == []  # showing the saved texts is no edit
    box = page.edits["insights"]
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, "Meer klachten over de overdracht.")
    wait_kept(qtbot, app_context, "report:2025", {"insights"})
    page.wizard().close()

    dialogs.queue("restore")
    page = open_texts()
    assert page.edits["insights"].toPlainText().endswith("Meer klachten over de overdracht.")
    [rows] = dialogs.recovered
    assert rows[0][0] == "Insights of the year"
    assert rows[0][2].endswith("Meer klachten over de overdracht.")
    page.wizard().next()  # Next stores the draft: the texts are saved
    assert report.load_draft(sqlite_db, 2025).content.texts.insights.endswith("overdracht.")
    assert kept(app_context) == []


def test_a_letter_template_being_edited_is_kept(
    qtbot: Any, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    editor = TemplateEditorDialog(app_context)
    editor.show()
    assert kept(app_context) == []
    editor.subject.selectAll()
    qtbot.keyClicks(editor.subject, "Wij hebben uw reactie ontvangen")
    target = f"template:{LetterKind.ACKNOWLEDGEMENT.value}"
    wait_kept(qtbot, app_context, target, {"subject"})
    editor.hide()  # gone as in a crash: without the question about saving
    editor.deleteLater()
    qtbot.wait(10)

    dialogs.queue("restore")
    again = TemplateEditorDialog(app_context)
    qtbot.addWidget(again)
    assert again.subject.text() == "Wij hebben uw reactie ontvangen"
    assert again.is_dirty() and again.save_button.isEnabled()
    assert again.save()
    assert kept(app_context) == []


def test_at_start_the_last_edited_case_opens_and_the_rest_is_named(
    qtbot: Any,
    app_context: AppContext,
    sqlite_db: Database,
    seeded: Seeded,
    dialogs: ScriptedDialogs,
) -> None:
    from kluppluz_desk.services.recovery import Pending
    from kluppluz_desk.ui.main_window import MainWindow
    from kluppluz_desk.ui.recovery.startup import offer_at_start

    older = make_case(sqlite_db, seeded)
    newest = make_case(sqlite_db, seeded)
    store, scope = recovery_store(), recovery_scope(app_context)
    city = {"submitter_city": Pending("Woonplaats indiener", "Oss")}
    store.replace(scope, "case:999", city)  # a case erased meanwhile: silently forgotten
    store.replace(scope, f"case:{older.id}", city)
    store.replace(scope, "report:2025", {"insights": Pending("Inzichten", "Meer overleg.")})
    store.replace(scope, f"case:{newest.id}", city)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()

    dialogs.queue("restore")
    offer_at_start(window)
    editor = window.cases.editor
    assert editor.detail is not None and editor.detail.id == newest.id
    assert editor.fields["submitter_city"].value() == "Oss"
    [info] = dialogs.texts("info")
    assert f"customer reaction {older.reference}" in info
    assert "the annual report 2025 (its texts)" in info
    assert {e.target for e in kept(app_context)} == {
        f"case:{older.id}",
        f"case:{newest.id}",
        "report:2025",
    }
    dialogs.queue("discard")  # closing the window asks about the restored, unsaved text


def test_a_record_being_typed_is_kept_but_not_a_record_shown(
    qtbot: Any, sqlite_db: Database, case_id: int, tmp_path: Path
) -> None:
    ctx = context(sqlite_db, tmp_path)
    editor = editor_for(qtbot, ctx)
    editor.load_case(case_id)
    reason = editor.handling.extensions.reason
    editor.show_tab(editor.handling)
    qtbot.keyClicks(reason, "Wachten op verslag van de locatie")
    wait_kept(qtbot, ctx, f"case:{case_id}", {"ExtensionBox.reason"})
    editor.escalations.outcome_note.setText("shown by the program, not typed")
    editor.recovery.tracker.flush()
    assert {e.item for e in kept(ctx)} == {"ExtensionBox.reason"}
    editor.close()

    again = editor_for(qtbot, context(sqlite_db, tmp_path, "b"))
    said(again.ctx).queue("restore")
    again.load_case(case_id)
    assert said(again.ctx).recovered == [
        [("Reason for the extension", "(not added yet)", "Wachten op verslag van de locatie")]
    ]
    assert again.handling.extensions.reason.text() == "Wachten op verslag van de locatie"
    qtbot.mouseClick(again.handling.extensions.add, Qt.MouseButton.LeftButton)
    assert cases.get_case(sqlite_db, case_id).extensions[0].reason.startswith("Wachten")
    qtbot.waitUntil(lambda: kept(again.ctx) == [], timeout=WITHIN_MS)
