"""Extra > Stamgegevens > Medewerkers > "Databaselogin…" (issue 12.3), driven as a person
does. On PostgreSQL an administrator makes a staff member's own login and that login then
connects and sees only what its role may (the server's row-level security); different
passwords are refused in Dutch and create nothing; "SQL tonen" shows the script for the
database administrator and runs nothing; a program login that may not create roles is told
so and offered the script. On SQLite and for someone who may not manage users the button is
disabled with the reason. A missing PostgreSQL fails in CI (tests/conftest.py)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kluppluz_desk.services import access
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.database_login import DatabaseLoginDialog
from kluppluz_desk.ui.dialogs.masterdata import MasterDataDialog
from kluppluz_desk.ui.i18n import install_translators
from tests.conftest import _drop_pg_database, _new_pg_database
from tests.factories import Seeded, make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSWORD = "een-lang-nieuw-wachtwoord"
_n = itertools.count()


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@dataclass
class Server:
    url: str  # the database owner's (the program's own connection in these tests)
    db: Database
    seeded: Seeded
    login: str  # a fresh, unused login name for this test
    ctx: AppContext


def _sql(url: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _role_exists(url: str, login: str) -> bool:
    return bool(_sql(url, "SELECT 1 FROM pg_roles WHERE rolname = :r", r=login))


@pytest.fixture
def server(
    pg_admin_url: str, pg_template: str, dialogs: ScriptedDialogs, qsettings: QSettings
) -> Iterator[Server]:
    """A seeded PostgreSQL database where K&V (Kees Verhoeven) is also administrator."""
    url = _new_pg_database(pg_admin_url, pg_template)
    login = f"t_johan_{os.getpid()}_{next(_n)}"
    db = open_database(url, user="kv-tester")
    seeded = seed(db)
    ctx = AppContext(db, dialogs=dialogs, settings=qsettings)
    try:
        yield Server(url, db, seeded, login, ctx)
    finally:
        ctx.deleteLater()
        db.dispose()
        if _role_exists(url, login):
            _sql(url, f'DROP OWNED BY "{login}"')
            _sql(url, f'DROP ROLE "{login}"')
        _drop_pg_database(pg_admin_url, url)


def _make_administrator(server: Server) -> None:
    _sql(server.url, "UPDATE staff SET is_administrator = true WHERE login = 'kv-tester'")
    access.apply_access(server.db)  # as the main window does at start


def _open_for(qtbot: QtBot, ctx: AppContext, name: str) -> tuple[MasterDataDialog, object]:
    dialog = MasterDataDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["staff"]
    dialog.tabs.setCurrentWidget(page)
    row = next(i for i, item in enumerate(page.items) if item.name == name)
    page.list.setCurrentRow(row)
    assert page.login_button is not None
    return dialog, page.login_button


def _login_dialog(qtbot: QtBot, button: object) -> DatabaseLoginDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    found = button.dialog  # type: ignore[attr-defined]
    assert isinstance(found, DatabaseLoginDialog)
    qtbot.addWidget(found)
    return found


def _type(qtbot: QtBot, dialog: DatabaseLoginDialog, login: str, first: str, second: str) -> None:
    dialog.login.clear()
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, first)
    qtbot.keyClicks(dialog.repeat, second)


@pytest.mark.postgres
def test_the_dialog_makes_a_login_that_sees_what_its_role_may(
    qtbot: QtBot, server: Server, dialogs: ScriptedDialogs, dutch: None,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    seen = make_case(server.db, server.seeded)  # a location Johan Smits manages
    hidden = make_case(server.db, server.seeded)
    _sql(server.url, "UPDATE case_record SET confidential = true, confidential_reason = "
         "'safety' WHERE id = :c", c=hidden.id)  # fmt: skip
    access.apply_access(server.db)
    as_kv, refused = _open_for(qtbot, server.ctx, "Johan Smits")
    assert not refused.isEnabled()  # type: ignore[attr-defined]
    assert "Alleen een beheerder" in refused.toolTip()  # type: ignore[attr-defined]
    _make_administrator(server)
    master, button = _open_for(qtbot, server.ctx, "Johan Smits")
    assert button.isEnabled() and button.text() == "Database&login\u2026"  # type: ignore[attr-defined]
    master.resize(1280, 720)
    master.show()
    master.grab().save("/tmp/database_login_staff_page.png")
    dialog = _login_dialog(qtbot, button)
    assert dialog.login.text() == "jsmits"  # prefilled from the staff member's login name
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    _type(qtbot, dialog, server.login, PASSWORD, PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == []
    assert dialog.created == server.login and server.login in dialog.status.text()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""
    assert PASSWORD not in caplog.text and PASSWORD not in dialog.status.text()
    as_johan = make_url(server.url).set(username=server.login, password=PASSWORD)
    rows = _sql(as_johan.render_as_string(hide_password=False),
                "SELECT id FROM case_record ORDER BY id")  # fmt: skip
    assert rows == [(seen.id,)]  # his location's case; not the confidential one
    assert len(_sql(server.url, "SELECT id FROM case_record")) == 2


@pytest.mark.postgres
def test_different_passwords_are_refused_and_create_nothing(
    qtbot: QtBot, server: Server, dialogs: ScriptedDialogs, dutch: None
) -> None:
    _make_administrator(server)
    master, button = _open_for(qtbot, server.ctx, "Johan Smits")
    dialog = _login_dialog(qtbot, button)
    _type(qtbot, dialog, server.login, PASSWORD, PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning") == [
        "De wachtwoorden zijn niet gelijk; er is niets gewijzigd."
    ]  # fmt: skip
    qtbot.mouseClick(dialog.sql_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.texts("warning")) == 2 and not dialog.sql.isVisibleTo(dialog)
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning")[-1].startswith("Vul een wachtwoord in")
    assert dialog.created is None and not _role_exists(server.url, server.login)


@pytest.mark.postgres
def test_show_sql_gives_the_script_and_runs_nothing(
    qtbot: QtBot, server: Server, dialogs: ScriptedDialogs, dutch: None
) -> None:
    _make_administrator(server)
    master, button = _open_for(qtbot, server.ctx, "Johan Smits")
    dialog = _login_dialog(qtbot, button)
    _type(qtbot, dialog, server.login, PASSWORD, PASSWORD)
    qtbot.mouseClick(dialog.sql_button, Qt.MouseButton.LeftButton)
    script = dialog.sql.toPlainText()
    assert f'CREATE ROLE "{server.login}" LOGIN' in script and "GRANT kluppluz_user" in script
    assert "kluppluz_master" not in script.split("GRANT kluppluz_user")[-1]  # a manager
    assert dialog.sql.isReadOnly() and dialog.sql.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == script
    assert dialogs.messages == [] and not _role_exists(server.url, server.login)
    dialog.login.setText("jsmits")  # the name the dialog suggests, for the screenshot
    qtbot.mouseClick(dialog.sql_button, Qt.MouseButton.LeftButton)
    assert 'CREATE ROLE "jsmits" LOGIN' in dialog.sql.toPlainText()
    assert not _role_exists(server.url, "jsmits")
    dialog.resize(1280, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/database_login_dialog.png")


@pytest.mark.postgres
def test_a_program_login_that_may_not_create_roles_is_offered_the_script(
    qtbot: QtBot, server: Server, dialogs: ScriptedDialogs, qsettings: QSettings, dutch: None
) -> None:
    plain = f"{server.login}_plain"
    access.grant_access(server.db, server.seeded.staff["Marloes van Dijk"], plain, PASSWORD)
    as_plain = make_url(server.url).set(username=plain, password=PASSWORD)
    db = open_database(as_plain.render_as_string(hide_password=False), user="pc-marloes")
    ctx = AppContext(db, dialogs=dialogs, settings=qsettings)
    try:
        master, button = _open_for(qtbot, ctx, "Johan Smits")  # nobody known: not limited here
        dialog = _login_dialog(qtbot, button)
        _type(qtbot, dialog, server.login, PASSWORD, PASSWORD)
        dialogs.queue(True)  # "Show the SQL script for the database administrator?"
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        [(_, _, question)] = dialogs.asked
        assert "mag op deze server geen logins maken" in question
        assert f'CREATE ROLE "{server.login}" LOGIN' in dialog.sql.toPlainText()
        assert dialog.created is None and not _role_exists(server.url, server.login)
    finally:
        ctx.deleteLater()
        db.dispose()
        _sql(server.url, f'DROP OWNED BY "{plain}"')
        _sql(server.url, f'DROP ROLE "{plain}"')


def test_on_sqlite_the_button_is_disabled_with_the_reason(
    qtbot: QtBot, app_context: AppContext, dutch: None
) -> None:
    seed(app_context.db)
    master, button = _open_for(qtbot, app_context, "Johan Smits")
    assert not button.isEnabled()  # type: ignore[attr-defined]
    assert button.toolTip() == "Alleen op een gedeelde PostgreSQL-database"  # type: ignore[attr-defined]
