"""The editor with a second user: edit conflicts, unsaved changes, serious cases and
attachments."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from kluppluz_desk.domain.enums import CaseStatus, InformedRole
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.ui.case_editor.conflict_dialog import ConflictDialog
from tests.factories import make_case, seed
from tests.ui.test_case_editor import (
    choose,
    click_step,
    dutch,  # noqa: F401 - autouse: Dutch texts
    make_editor,
    pytestmark,  # noqa: F401 - the same Qt log filter applies here
    said,
    type_into,
    widget,
)


def test_edit_conflict_shows_both_versions_and_keeps_mine_on_top(
    qtbot: Any, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    other_db = open_database(sqlite_url, user="jsmits")
    try:
        a = make_editor(qtbot, sqlite_db, tmp_path, "a")
        b = make_editor(qtbot, other_db, tmp_path, "b")
        a.load_case(case.id)
        b.load_case(case.id)

        type_into(qtbot, a, "description", "Versie van A: ouder belde twee keer.")
        type_into(qtbot, a, "public_summary", "Ouder had vragen over het ophalen.")
        assert a.save()

        type_into(qtbot, b, "description", "Versie van B: ouder stuurde ook een mail.")
        assert b.save() is False
        dialog = b.findChild(ConflictDialog)
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        rows = {row[0]: row[1:] for row in dialog.table.texts()}
        assert rows["Interne omschrijving"] == [
            "Versie van A: ouder belde twee keer.",
            "Versie van B: ouder stuurde ook een mail.",
        ]
        assert rows["Openbare samenvatting"][0] == "Ouder had vragen over het ophalen."
        their = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
        assert any("Openbare samenvatting ingevuld" in line for line in their)
        assert b.has_unsaved_changes()

        with qtbot.waitSignal(b.case_changed):
            qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
        assert not b.has_unsaved_changes()
        saved = cases.get_case(sqlite_db, case.id)
        assert saved.fields["description"] == "Versie van B: ouder stuurde ook een mail."
        assert saved.fields["public_summary"] == "Ouder had vragen over het ophalen."
        assert widget(b, "public_summary").toPlainText() == "Ouder had vragen over het ophalen."
    finally:
        other_db.dispose()


def test_edit_conflict_reload_drops_my_edits_only_when_asked(
    qtbot: Any, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    other_db = open_database(sqlite_url, user="jsmits")
    try:
        a = make_editor(qtbot, sqlite_db, tmp_path, "a")
        b = make_editor(qtbot, other_db, tmp_path, "b")
        a.load_case(case.id)
        b.load_case(case.id)
        choose(qtbot, a, "handler_id", "Johan Smits")
        click_step(qtbot, a, Step.ASSIGN_HANDLER)  # a step also bumps the version

        type_into(qtbot, b, "submitter_city", "Eindhoven")
        assert b.save() is False
        dialog = b.findChild(ConflictDialog)
        assert dialog is not None
        # "Decide later" keeps my edit on screen, unsaved.
        dialog.reject()
        assert b.has_unsaved_changes()
        assert widget(b, "submitter_city").text() == "Eindhoven"

        assert b.save() is False
        dialog = b.findChild(ConflictDialog)
        assert dialog is not None
        qtbot.mouseClick(dialog.reload, Qt.MouseButton.LeftButton)
        assert not b.has_unsaved_changes()
        assert widget(b, "submitter_city").text() == ""
        assert b.detail is not None and b.detail.status is CaseStatus.ASSIGNED
        assert cases.get_case(sqlite_db, case.id).fields["submitter_city"] == ""
    finally:
        other_db.dispose()


def test_maybe_save_asks_before_unsaved_changes_are_lost(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    first = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(first.id)
    assert editor.maybe_save() is True  # nothing changed: no question
    assert said(editor).messages == [] and said(editor).asked == []

    type_into(qtbot, editor, "submitter_phone", "040-1234567")
    said(editor).queue("cancel")
    assert editor.maybe_save() is False
    assert widget(editor, "submitter_phone").text() == "040-1234567"
    assert said(editor).asked[-1][0] == "save_discard_cancel"
    assert first.reference in said(editor).asked[-1][2]

    said(editor).queue("discard")
    assert editor.maybe_save() is True
    assert widget(editor, "submitter_phone").text() == ""
    assert cases.get_case(sqlite_db, first.id).fields["submitter_phone"] == ""

    type_into(qtbot, editor, "submitter_phone", "040-7654321")
    qtbot.keyClicks(editor.timeline.box, "Nog niet toegevoegde notitie")
    said(editor).queue("save")
    assert editor.maybe_save() is True
    saved = cases.get_case(sqlite_db, first.id)
    assert saved.fields["submitter_phone"] == "040-7654321"
    assert any(n.text == "Nog niet toegevoegde notitie" for n in saved.notes)
    assert not editor.has_unsaved_changes()


def test_serious_case_gets_its_handler_from_the_director(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded, severity="serious")
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    assign = editor.header.actions_by_step[Step.ASSIGN_HANDLER]
    assert editor.header.next is Step.RECORD_DIRECTOR_DECISION
    decide = editor.header.primary
    choose(qtbot, editor, "handler_id", "Marloes van Dijk")
    assert not assign.isEnabled()
    assert "Wacht op besluit directeur" in assign.toolTip()
    assert not decide.isEnabled()
    line = editor.header.step_line.text()
    assert "Leg eerst vast wanneer de directeur op de hoogte is gesteld." in line
    assert "Vul het besluit van de directeur in." in line

    informed = editor.handling.informed
    assert informed.role.currentData() == InformedRole.DIRECTOR.value
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(informed.add, Qt.MouseButton.LeftButton)
    assert informed.table.texts()[0][0] == "Directeur"
    assert widget(editor, "handler_id").currentText() == "Marloes van Dijk"  # edit kept
    type_into(qtbot, editor, "director_decision", "Locatieverantwoordelijke handelt af.")
    click_step(qtbot, editor, Step.RECORD_DIRECTOR_DECISION)
    saved = cases.get_case(sqlite_db, case.id)
    assert saved.status is CaseStatus.ASSIGNED
    assert saved.fields["handler_id"] == seeded.staff["Marloes van Dijk"]
    assert saved.fields["director_decided_on"] is not None


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_attachments_size_limit_add_and_open(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    editor.show_tab(editor.attachments)

    big = tmp_path / "scan-groot.pdf"
    big.write_bytes(b"\0" * (21 * 1024 * 1024))
    said(editor).queue(str(big))
    qtbot.mouseClick(editor.attachments.add, Qt.MouseButton.LeftButton)
    kind, _title, text = said(editor).messages[-1]
    assert kind == "warning"
    assert "'scan-groot.pdf' is 21.0 MB; een bijlage mag ten hoogste 20 MB zijn" in text
    assert editor.attachments.table.texts() == []

    mail = tmp_path / "klacht-mail.eml"
    mail.write_bytes(b"Subject: klacht\n\nBeste KluppluZ,")
    said(editor).queue(str(mail))
    with qtbot.waitSignal(editor.case_changed):
        qtbot.mouseClick(editor.attachments.add, Qt.MouseButton.LeftButton)
    rows = editor.attachments.table.texts()
    size = len(mail.read_bytes())
    assert rows[0][:3] == ["klacht-mail.eml", f"{size} bytes", "Kees Verhoeven"]

    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        editor.attachments.table.selectRow(0)
        qtbot.mouseClick(editor.attachments.open, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == "klacht-mail.eml"
    assert opened.read_bytes() == mail.read_bytes()


def test_dropping_a_file_on_the_editor_adds_it(
    qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    seeded = seed(sqlite_db)
    case = make_case(sqlite_db, seeded)
    editor = make_editor(qtbot, sqlite_db, tmp_path)
    editor.load_case(case.id)
    scan = tmp_path / "brief-ouder.pdf"
    scan.write_bytes(b"%PDF-1.4 brief")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    point = QPointF(20, 20)
    # Qt marks this constructor deprecated but offers no other way to build the event.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            point.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(editor, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(editor.case_changed):
        QApplication.sendEvent(editor, drop)
    assert editor.tabs.currentWidget() is editor.attachments
    assert editor.attachments.table.texts()[0][0] == "brief-ouder.pdf"
    assert [a.filename for a in cases.get_case(sqlite_db, case.id).attachments] == [
        "brief-ouder.pdf"
    ]
