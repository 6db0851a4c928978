"""Issue 13, must-have 6, through the window as a person meets it: an e-mail of 30 MB and a
"PDF" that is not one dropped on the window, a password-protected workbook (encrypted by
msoffcrypto-tool the way Excel does) and a sheet of 200,000 rows opened in the register
wizard, and Cancel pressed while a tall sheet is read. Each time: one Dutch message,
nothing registered or imported, the window free again."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kluppluz_desk.store.models import Case
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.main_window import MainWindow
from kluppluz_desk.ui.register_import import RegisterImportWizard
from tests.factories import seed
from tests.mailfiles import files
from tests.services.register_import.registers import encrypted_workbook, write_tall_sheet

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _cases(ctx: AppContext) -> int:
    with ctx.db.unit() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    seed(app_context.db)
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def _drop_file(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("groot.eml", "een bericht of scan mag ten hoogste 20 MB"),
        ("scan.pdf", "geen PDF-bestand"),
    ],
)
def test_dropped_bad_file_gives_one_dutch_message_and_no_case(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, dialogs: ScriptedDialogs,
    tmp_path: Path, name: str, message: str,
) -> None:  # fmt: skip
    path = tmp_path / name
    if name.endswith(".eml"):
        # An e-mail of 30 MB on disk: a 22 MB attachment, base64-encoded as mail programs do.
        path.write_bytes(files.eml(
            sent=datetime(2026, 6, 8, 9, 0, tzinfo=UTC), body="Zie de film in de bijlage.",
            attachments=[("film.mp4", os.urandom(22 * 1024 * 1024), "video/mp4")]))  # fmt: skip
        assert 29 * 1024 * 1024 < path.stat().st_size < 31 * 1024 * 1024
    else:
        path.write_bytes(b"<html><body>Uw scan staat klaar</body></html>")
    _drop_file(window, path)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")), timeout=20_000)
    assert len(dialogs.texts("warning")) == 1
    assert message in dialogs.texts("warning")[0]
    assert name in dialogs.texts("warning")[0]
    assert not window.intake.busy
    assert not window.cases.editor.is_new
    assert _cases(app_context) == 0


def test_password_protected_workbook_in_the_wizard(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    seed(app_context.db)
    path = encrypted_workbook(tmp_path / "register met wachtwoord.xlsx")
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    wizard.show()
    dialogs.queue(str(path))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning") == [
        "'register met wachtwoord.xlsx' is met een wachtwoord beveiligd. Open het in Excel, "
        "haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op."
    ]
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.path_edit.text() == ""
    assert _cases(app_context) == 0


def test_sheet_of_200000_rows_in_the_wizard(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    seed(app_context.db)
    path = write_tall_sheet(tmp_path / "alles.xlsx", 200_000)
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.open_path(str(path))
    [warning] = dialogs.texts("warning")
    assert "'alles.xlsx' heeft meer dan 50.000 regels (200.001)" in warning
    assert "Er is niets geïmporteerd." in warning
    assert not wizard.file_page.isComplete()
    assert _cases(app_context) == 0


def test_cancel_while_a_tall_sheet_is_read(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    seed(app_context.db)
    # No declared size: every row is read (for seconds) until the limit, unless cancelled.
    path = write_tall_sheet(tmp_path / "lang.xlsx", 60_000, sized=False)
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    wizard.show()
    runner = wizard.state.runner
    pressed: list[bool] = []

    def press_cancel() -> None:
        # Runs inside the progress dialog's event loop: the reading is under way.
        assert runner.last_dialog is not None and runner.last_job is not None
        assert runner.last_job.isRunning()
        button = runner.last_dialog.findChild(QPushButton)
        assert button is not None
        button.click()  # a person pressing Cancel
        pressed.append(True)

    QTimer.singleShot(0, press_cancel)
    assert not wizard.file_page.open_path(str(path))
    assert pressed
    assert dialogs.texts("warning") == [
        "Het inlezen van 'lang.xlsx' is afgebroken. Er is niets geïmporteerd."
    ]
    assert not wizard.file_page.isComplete()
    assert _cases(app_context) == 0


def test_cancelled_export_leaves_no_file(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from kluppluz_desk.services.spreadsheet_export import Column, Table, write_tables
    from kluppluz_desk.ui.background import BackgroundRunner
    from kluppluz_desk.ui.spreadsheet_actions import export_in_background

    runner = BackgroundRunner(app_context)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "lijst.xlsx"

    def write(path: str, progress: Any) -> int:
        def rows() -> Any:
            for n in range(30_000):
                if n == 6000:
                    runner.last_job.cancel_requested = True  # type: ignore[union-attr]
                yield [f"KR-2026-{n:05d}", n]

        table = Table("Klantreacties", [Column("Kenmerk"), Column("Nr", "int")], rows())
        return write_tables(path, [table], progress)

    dialogs.queue(str(target))  # the file name asked for
    assert export_in_background(app_context, None, "Naar Excel", "lijst.xlsx", write,
                                runner=runner) is None  # fmt: skip
    assert dialogs.texts("warning") == [
        "Het exporteren is afgebroken; er is geen bestand geschreven."
    ]
    assert list(folder.iterdir()) == []  # neither the file nor its temporary twin


def test_the_rows_are_checked_on_the_worker_while_the_window_paints(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from tests.services.register_import.registers import write_big_register

    seed(app_context.db)
    path = write_big_register(tmp_path / "r.xlsx", 3000, ["Venetiëstraat", "Arnhem Centrum"])
    wizard = RegisterImportWizard(app_context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.open_path(str(path))
    wizard.next()  # the mapping
    runner = wizard.state.runner
    seen: dict[str, Any] = {}

    def look() -> None:
        # Runs in the window's event loop while the check is under way on the worker.
        assert runner.last_dialog is not None and runner.last_job is not None
        seen["label"] = runner.last_dialog.labelText()
        seen["running"] = runner.last_job.isRunning()
        seen["cancel"] = bool(runner.last_dialog.findChildren(QPushButton))

    QTimer.singleShot(0, look)
    wizard.next()  # the preview: every row checked
    assert seen == {"label": "Checking every row…", "running": True, "cancel": False}
    assert "3000 row(s) ready to import" in wizard.preview_page.summary.text()


def test_a_pasted_pdf_scan_opens_as_a_new_letter_and_an_empty_clipboard_is_named(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setMimeData(QMimeData())  # nothing a file can come from
    window.actions_.paste_in.trigger()
    assert dialogs.texts("warning") == ["The clipboard holds no e-mail, PDF or image."]

    scan = tmp_path / "brief.pdf"
    scan.write_bytes(files.pdf_with_text(["Geachte mevrouw,", "Op de Venetiëstraat ging het mis."]))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])  # Explorer's Copy puts the file's URL here
    QApplication.clipboard().setMimeData(mime)
    window.actions_.paste_in.trigger()
    editor = window.cases.editor
    qtbot.waitUntil(lambda: editor.intake_bar.draft is not None, timeout=10_000)
    assert editor.is_new and editor.fields["channel"].value() == "letter"
    assert "Geachte mevrouw," in editor.fields["description"].value()
    assert editor.intake_bar.draft.files[0].filename == "brief.pdf"
    assert _cases(app_context) == 0  # not saved until the person saves it
    dialogs.queue("discard")  # closing the window asks about the unsaved case
