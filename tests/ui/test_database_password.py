"""The database password in the GUI: typed in a masked field, kept in the credential store
(or for this run only), asked for when the server refuses the login, and never written to a
file, the log or the Qt settings (real PostgreSQL with password logins)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kluppluz_desk import credentials, logsetup, paths
from kluppluz_desk.ui.app import open_with_recovery
from kluppluz_desk.ui.dialogs.database import DatabaseDialog
from tests.secrets_support import PASSWORD, WRONG, hits, home, pg_role, tcp_url

from .conftest import ScriptedDialogs

__all__ = ["home", "pg_role"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_password_typed_in_the_dialog_goes_to_the_credential_store(
    qtbot: QtBot,
    dialogs: ScriptedDialogs,
    qsettings: QSettings,
    home: Path,
    pg_admin_url: str,
    pg_role: tuple[str, str],
    tmp_path: Path,
) -> None:
    logsetup.configure_logging()
    bare = tcp_url(pg_admin_url, *pg_role, None)
    dialog = DatabaseDialog(dialogs, f"sqlite:///{home / 'lokaal.sqlite3'}")
    qtbot.addWidget(dialog)
    dialog.resize(1280 // 2, dialog.sizeHint().height())
    dialog.show()
    dialog.use_server.click()
    dialog.server_edit.setText(bare)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert "credential store, never in a file" in dialog.password_note.text()
    dialog.grab().save("/tmp/secrets_database_dialog.png")
    assert dialog.test_connection(), dialogs.messages
    assert PASSWORD not in dialogs.messages[-1][2]
    dialog.accept()
    assert paths.saved_database_url() == bare
    credentials._session.clear()  # as at the next start: only the store remembers
    assert credentials.stored_password(bare) == PASSWORD
    again = DatabaseDialog(dialogs, bare)
    qtbot.addWidget(again)
    assert again.server_edit.text() == bare and again.password_edit.text() == PASSWORD
    qsettings.sync()
    assert hits(tmp_path, PASSWORD) == []


def test_refused_login_at_start_asks_for_the_password(
    qapp: QApplication,
    dialogs: ScriptedDialogs,
    home: Path,
    pg_admin_url: str,
    pg_role: tuple[str, str],
    tmp_path: Path,
) -> None:
    logsetup.configure_logging()
    bare = tcp_url(pg_admin_url, *pg_role, None)
    dialogs.queue(WRONG, PASSWORD)
    db = open_with_recovery(bare, dialogs, lambda url: None)
    assert db is not None and db.url == bare
    db.dispose()
    assert [kind for kind, _, _ in dialogs.asked] == ["ask_password", "ask_password"]
    assert pg_role[0] in dialogs.asked[0][2]
    credentials._session.clear()
    assert credentials.stored_password(bare) == PASSWORD
    assert hits(tmp_path, PASSWORD) == [] and hits(tmp_path, WRONG) == []


def test_without_a_credential_store_the_password_is_asked_at_every_start(
    qapp: QApplication,
    dialogs: ScriptedDialogs,
    home: Path,
    pg_admin_url: str,
    pg_role: tuple[str, str],
) -> None:
    keyring.set_keyring(fail.Keyring())
    bare = tcp_url(pg_admin_url, *pg_role, None)
    for _start in range(2):
        credentials._session.clear()  # a new run of the program
        dialogs.queue(PASSWORD)
        db = open_with_recovery(bare, dialogs, lambda url: None)
        assert db is not None
        db.dispose()
    assert [kind for kind, _, _ in dialogs.asked] == ["ask_password", "ask_password"]
    dialogs.queue(None, "quit")  # cancelled: the usual "choose another or quit"
    credentials._session.clear()
    assert open_with_recovery(bare, dialogs, lambda url: None) is None
    assert dialogs.asked[-1][0] == "choose"
