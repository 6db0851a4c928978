""" "Who are you?" on a team server (issue 12, migration 0007), both roles, on PostgreSQL
with the person's own login: a location manager links their PC login to their own staff
row through the server; choosing someone else or adding themselves is refused with a
Dutch message that sends them to K&V; K&V links any login as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from kluppluz_desk.services import identity
from kluppluz_desk.services.database import open_database
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.dialogs.identity import IdentityDialog
from tests import pg_logins
from tests.pg_logins import Logins

from .conftest import ScriptedDialogs

logins = pg_logins.logins  # the fixture
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _unlink(owner_url: str, staff_id: int) -> None:
    engine = create_engine(owner_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE staff SET login = '' WHERE id = :s"), {"s": staff_id})
    engine.dispose()


def _choose(dialog: IdentityDialog, name: str) -> None:
    rows = [dialog.staff.item(i).text() for i in range(dialog.staff.count())]
    dialog.pick.setChecked(True)
    dialog.staff.setCurrentRow(next(i for i, t in enumerate(rows) if name in t))
    dialog.buttons.accepted.emit()


def test_a_manager_links_themselves_but_nobody_else(
    qtbot: QtBot, logins: Logins, dialogs: ScriptedDialogs, qsettings: QSettings
) -> None:
    _unlink(logins.owner, logins.staff["Marloes van Dijk"])
    db = open_database(logins.manager, user="pc-marloes")
    ctx = AppContext(db, dialogs=dialogs, settings=qsettings)
    try:
        assert identity.who_am_i(db) is None
        dialog = IdentityDialog(ctx)
        qtbot.addWidget(dialog)
        _choose(dialog, "Johan Smits")
        assert dialog.person is None
        [warning] = dialogs.texts("warning")
        assert "aangemeld als Marloes van Dijk" in warning and "Kwaliteit & Veiligheid" in warning
        dialog.add.setChecked(True)
        qtbot.keyClicks(dialog.name, "Nieuwe Collega")
        dialog.buttons.accepted.emit()
        assert "Vraag Kwaliteit & Veiligheid om u toe te voegen" in dialogs.texts("warning")[-1]
        _choose(dialog, "Marloes van Dijk")
        assert dialog.person is not None and dialog.person.name == "Marloes van Dijk"
        assert identity.who_am_i(db) == dialog.person
        engine = create_engine(logins.owner)
        with engine.connect() as conn:
            trail = conn.execute(
                text(
                    "SELECT who, new_value FROM audit_entry "
                    "WHERE entity = 'staff' AND field = 'login'"
                )
            ).all()
        engine.dispose()
        assert ("Marloes van Dijk", "pc-marloes") in [tuple(r) for r in trail]
    finally:
        ctx.deleteLater()
        db.dispose()


def test_kv_links_any_login(
    qtbot: QtBot, logins: Logins, dialogs: ScriptedDialogs, qsettings: QSettings
) -> None:
    db = open_database(logins.kv, user="mvandijk")  # K&V at Marloes's PC login
    ctx = AppContext(db, dialogs=dialogs, settings=qsettings)
    try:
        dialog = IdentityDialog(ctx)
        qtbot.addWidget(dialog)
        _choose(dialog, "Kees Verhoeven")
        assert dialogs.texts("warning") == []
        assert dialog.person is not None and dialog.person.name == "Kees Verhoeven"
        assert identity.who_am_i(db) == dialog.person  # taken over from Marloes
    finally:
        ctx.deleteLater()
        db.dispose()
