"""Dialogs: master data, settings (incl. logo and language), database connection, about,
the crash handler and the start-up message for a database that cannot be opened."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from kluppluz_desk import __version__, paths
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.logsetup import configure_logging, log_file
from kluppluz_desk.services import masterdata
from kluppluz_desk.services.settings import load_settings
from kluppluz_desk.ui.app import open_with_recovery
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.about import AboutDialog
from kluppluz_desk.ui.dialogs.database import DatabaseDialog
from kluppluz_desk.ui.dialogs.masterdata import MasterDataDialog
from kluppluz_desk.ui.dialogs.settings import SettingsDialog
from kluppluz_desk.ui.errors import CrashDialog, ExceptionHandler, install_exception_hook
from kluppluz_desk.ui.icons import resource_path

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_master_data_dialog_adds_a_location(qtbot: QtBot, app_context: AppContext) -> None:
    db = app_context.db
    region = masterdata.save_item(db, "region", {"name": "Brabant-Zuidoost"})
    dialog = MasterDataDialog(app_context)
    qtbot.addWidget(dialog)
    tab = dialog.pages["location"]
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    name = tab.inputs["name"].widget
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "KluppluZ Geldrop")
    combo = tab.inputs["region_id"].widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Brabant-Zuidoost"))
    with qtbot.waitSignal(app_context.bus.changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = [loc for loc in masterdata.list_items(db, "location") if loc.name == "KluppluZ Geldrop"]
    assert len(saved) == 1 and saved[0].region_id == region.id
    assert tab.list.currentItem().text() == "KluppluZ Geldrop"


def test_master_data_problem_is_shown_in_dutch(
    qtbot: QtBot,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = MasterDataDialog(app_context)
    qtbot.addWidget(dialog)
    tab = dialog.pages["staff"]
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning") == ["Medewerker: vul 'name' in."]
    assert masterdata.list_items(app_context.db, "staff") == []


def test_settings_are_saved(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs
) -> None:
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.deadline_inputs["acknowledgement_days"].setValue(5)
    org = dialog.organisation_inputs["name"]
    org.clear()
    qtbot.keyClicks(org, "Stichting Kinderwerk")
    dialog.prefix.setText("KW")
    with qtbot.waitSignal(app_context.bus.changed):
        dialog.accept()
    stored = load_settings(app_context.db)
    assert stored.deadlines.acknowledgement_days == 5
    assert stored.organisation.name == "Stichting Kinderwerk"
    assert stored.reference_prefix == "KW"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_invalid_settings_keep_the_dialog_open(
    qtbot: QtBot,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.deadline_inputs["acknowledgement_days"].setValue(30)  # later than the solution
    dialog.accept()
    assert dialog.isVisible()
    assert "ontvangstbevestiging" in dialogs.texts("warning")[0].lower()
    assert load_settings(app_context.db).deadlines.acknowledgement_days == 7


def test_logo_picker_checks_size_and_type(
    qtbot: QtBot,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"0" * 1_100_000)
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    logo = resource_path("images", "logo.png")
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialogs.queue(str(big), str(text), str(logo))
    dialog.choose_logo()
    dialog.choose_logo()
    assert dialog.logo is None
    assert len(dialogs.texts("warning")) == 2
    dialog.choose_logo()
    assert dialog.logo == logo.read_bytes()
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.accept()
    assert load_settings(app_context.db).organisation.logo_png == logo.read_bytes()


def test_language_choice_is_kept_for_this_pc(
    qtbot: QtBot,
    app_context: AppContext,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = SettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert app_context.qsettings.value("ui/language") == "en"
    assert len(dialogs.texts("info")) == 1


def test_database_dialog_tests_and_saves_the_connection(
    qtbot: QtBot,
    dialogs: ScriptedDialogs,
    sqlite_url: str,
    tmp_path: Path,
) -> None:
    dialog = DatabaseDialog(dialogs, sqlite_url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_file.isChecked()
    assert dialog.test_connection()
    assert dialogs.messages[-1][0] == "info"
    broken = tmp_path / "kapot.sqlite3"
    broken.write_bytes(b"dit is geen database" * 100)
    dialog.file_edit.setText(str(broken))
    assert not dialog.test_connection()
    assert dialogs.messages[-1][0] == "warning"
    dialog.use_server.click()
    assert dialog.server_edit.isEnabled() and not dialog.file_edit.isEnabled()
    dialog.server_edit.setText("postgresql+psycopg://kv@127.0.0.1:1/kluppluz")
    assert not dialog.test_connection()
    kind, _, text = dialogs.messages[-1]
    assert kind == "warning" and "beschadigd" not in text
    dialog.accept()
    assert paths.saved_database_url() == "postgresql+psycopg://kv@127.0.0.1:1/kluppluz"
    assert "start" in dialogs.texts("info")[-1].lower()
    paths.connection_file().unlink()


def test_about_names_version_licence_and_database(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = AboutDialog(app_context.db)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert __version__ in text and "GPL-3.0-or-later" in text
    assert app_context.db.display_location in text


def test_crash_handler_logs_and_shows(dialogs: ScriptedDialogs) -> None:
    configure_logging()
    handler = ExceptionHandler(dialogs)
    previous = install_exception_hook(handler)
    try:
        try:
            raise RuntimeError("kapot in een slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    for log_handler in logging.getLogger().handlers:
        log_handler.flush()
    assert "RuntimeError: kapot in een slot" in log_file().read_text(encoding="utf-8")
    kind, title, text = dialogs.messages[-1]
    assert kind == "crash" and title == "Something went wrong"
    assert str(log_file()) in text
    assert "RuntimeError: kapot in een slot" in dialogs.crash_details[-1]
    handler.handle(ValidationError, ValidationError("Vul een naam in."), None)
    assert dialogs.messages[-1] == ("warning", "Not possible", "Vul een naam in.")


def test_crash_dialog_copies_details(qtbot: QtBot) -> None:
    dialog = CrashDialog("Er ging iets mis", "Uitleg", "Traceback: regel 1")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Traceback: regel 1"


def test_unusable_database_at_start_offers_another_or_quit(
    qapp: QApplication,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    sqlite_url: str,
) -> None:
    broken = tmp_path / "kapot.sqlite3"
    broken.write_bytes(b"dit is geen database" * 100)
    dialogs.queue("quit")
    assert open_with_recovery(f"sqlite:///{broken}", dialogs, lambda url: None) is None
    kind, title, text = dialogs.asked[-1]
    assert kind == "choose" and str(broken) in text
    dialogs.queue("other")
    db = open_with_recovery(f"sqlite:///{broken}", dialogs, lambda url: sqlite_url)
    assert db is not None and db.url == sqlite_url
    db.dispose()


def test_the_next_start_says_in_dutch_that_the_program_closed_unexpectedly(
    qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from datetime import datetime

    from kluppluz_desk.crashguard import EndedSession
    from kluppluz_desk.ui.app import announce_unexpected_end
    from kluppluz_desk.ui.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "nl")
    log_path = tmp_path / "logs" / "kluppluz-desk.log"
    announce_unexpected_end(dialogs, [], log_path)
    assert dialogs.texts() == []
    ended = [EndedSession(datetime(2026, 11, 30, 14, 5), 4242, "0.1.0")]
    announce_unexpected_end(dialogs, ended, log_path)
    (text,) = dialogs.texts("warning")
    for translator in translators:
        app.removeTranslator(translator)
    assert "onverwacht gestopt" in text and "30 november 2026, 14:05" in text
    assert str(log_path) in text


def test_after_an_upgrade_the_gui_says_where_the_copy_from_before_is(
    qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from kluppluz_desk.ui.app import announce_upgrade_backup
    from kluppluz_desk.ui.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "nl")
    announce_upgrade_backup(dialogs, None)
    assert dialogs.texts() == []
    copy = tmp_path / "backups" / "kluppluz-desk-voor-upgrade-0006.sqlite3"
    announce_upgrade_backup(dialogs, str(copy))
    (text,) = dialogs.texts("info")
    for translator in translators:
        app.removeTranslator(translator)
    assert "bijgewerkt" in text and str(copy) in text
