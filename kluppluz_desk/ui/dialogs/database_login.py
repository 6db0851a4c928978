"""Extra > Stamgegevens > Medewerkers > "Databaselogin…": a person's own PostgreSQL login.

On a shared PostgreSQL database every person connects with their own login, and the server
shows them only the cases of their role (issue 12.3). An administrator makes that login
here: "Create" runs `services.access.grant_access` with the program's connection; when
that login may not create roles, the program says so and offers "Show SQL" instead: the
script for the database administrator, in a read-only box with a Copy button. The password
is typed twice, never shown and never logged (`grant_access` and `login_script` add it to
the secrets `redact` hides); only the script box holds it, because PostgreSQL needs it to
set the login's password.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownProblem
from ...services import access
from ...services.database import Database
from ..context import AppContext
from ..enter_guard import guard_enter


@dataclass(frozen=True)
class StaffLogin:
    """The staff member the login is for, as the staff page shows them."""

    staff_id: int
    name: str
    login: str  # the staff member's "Login name" (their PC login): the suggested name


def button_refusal(db: Database) -> str | None:
    """Why the button is disabled here (translated), or None when it may be used."""
    if db.backend != "postgresql":
        return QCoreApplication.translate(
            "DatabaseLogin", "Only on a shared PostgreSQL database"
        )  # fmt: skip
    return access.login_refusal(db)  # the rights table's own Dutch reason


class DatabaseLoginDialog(QDialog):
    """Login name, the password twice, and "Create" or "Show SQL"."""

    def __init__(self, ctx: AppContext, staff: StaffLogin, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff = staff
        self.created: str | None = None  # the login made, once "Create" succeeded
        self.setWindowTitle(self.tr("Database login for {name}").format(name=staff.name))
        intro = QLabel(
            self.tr(
                "On the shared PostgreSQL database everyone connects with their own login; "
                "the server then shows {name} only the cases of their role. The password "
                "is never shown or saved by the program: give it to {name} in person."
            ).format(name=staff.name)
        )
        intro.setWordWrap(True)
        self.login = QLineEdit(staff.login.strip().lower())
        self.login.setAccessibleName(self.tr("Login name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Password again"))
        form = QFormLayout()
        form.addRow(self.tr("&Login name"), self.login)
        form.addRow(self.tr("&Password (at least 12 characters)"), self.password)
        form.addRow(self.tr("Password &again"), self.repeat)
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setToolTip(
            self.tr("Make the login on the server now, with the program's own connection.")
        )
        self.sql_button = QPushButton(self.tr("Show &SQL"))
        self.sql_button.setToolTip(
            self.tr("Show the script for the database administrator; nothing is changed.")
        )
        for button in (self.create_button, self.sql_button):
            button.setAutoDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sql_note = QLabel(
            self.tr(
                "Script for the database administrator (psql, as the owner of the database). "
                "It contains the password: hand it over safely, do not e-mail it."
            )
        )
        self.sql_note.setWordWrap(True)
        self.sql = QPlainTextEdit()
        self.sql.setReadOnly(True)
        self.sql.setAccessibleName(self.tr("SQL script"))
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setAutoDefault(False)
        for widget in (self.sql_note, self.sql, self.copy_button):
            widget.setVisible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.create_button)
        actions.addWidget(self.sql_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.sql_note)
        layout.addWidget(self.sql, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.create_button.clicked.connect(self.create_login)
        self.sql_button.clicked.connect(self.show_sql)
        self.copy_button.clicked.connect(self.copy_sql)
        self.resize(640, 300)
        guard_enter(self)

    def _password(self) -> str | None:
        """The typed password, or None (after saying why) when it is empty or the two
        differ. Nothing is run then."""
        first, second = self.password.text(), self.repeat.text()
        problem = None
        if not first:
            problem = self.tr("Fill in a password (twice); nothing has been changed.")
        elif first != second:
            problem = self.tr("The two passwords are not the same; nothing has been changed.")
        if problem is None:
            return first
        self.ctx.dialogs.warning(self, self.tr("Database login"), problem)
        self.password.setFocus()
        return None

    def create_login(self) -> None:
        password = self._password()
        if password is None:
            return
        login = self.login.text().strip()
        try:
            with self.ctx.busy():
                access.grant_access(self.ctx.db, self.staff.staff_id, login, password)
        except access.RolesRefused:
            offer = self.tr(
                "The program's own database login may not create logins on this server. "
                "The database administrator can make it with a script instead.\n\n"
                "Show the SQL script for the database administrator?"
            )
            if self.ctx.dialogs.confirm(self, self.tr("Database login"), offer):
                self._show_script(login, password)
            return
        except KnownProblem as problem:
            self.ctx.dialogs.warning(self, self.tr("Database login"), problem.message)
            return
        self.created = login
        self.password.clear()
        self.repeat.clear()
        self.status.setText(
            self.tr(
                "Login \u201c{login}\u201d created for {name}: they now connect with it and "
                "see only the cases of their role."
            ).format(login=login, name=self.staff.name)
        )

    def show_sql(self) -> None:
        password = self._password()
        if password is not None:
            self._show_script(self.login.text().strip(), password)

    def _show_script(self, login: str, password: str) -> None:
        statements = self.ctx.call(
            access.login_script, self.ctx.db, self.staff.staff_id, login, password, parent=self,
            title=self.tr("Database login"),
        )  # fmt: skip
        if statements is None:
            return
        self.sql.setPlainText(";\n".join(statements) + ";\n")
        for widget in (self.sql_note, self.sql, self.copy_button):
            widget.setVisible(True)
        self.resize(max(self.width(), 900), max(self.height(), 520))

    def copy_sql(self) -> None:
        QGuiApplication.clipboard().setText(self.sql.toPlainText())
        self.status.setText(self.tr("The script is on the clipboard."))


class DatabaseLoginButton(QPushButton):
    """ "Database login…" on the staff page: enabled for someone who may manage users on a
    PostgreSQL database, else disabled with the reason as tooltip."""

    def __init__(
        self, ctx: AppContext, current: Callable[[], StaffLogin | None], parent: QWidget | None
    ) -> None:
        text = QCoreApplication.translate("DatabaseLogin", "Database &login\u2026")
        super().__init__(text, parent)
        self.ctx = ctx
        self.current = current
        self.dialog: DatabaseLoginDialog | None = None  # the one opened last
        self.setAutoDefault(False)
        self.refresh()
        self.clicked.connect(self.open_dialog)

    def refresh(self) -> None:
        reason = button_refusal(self.ctx.db)
        self.setEnabled(reason is None)
        self.setToolTip(
            reason
            or QCoreApplication.translate(
                "DatabaseLogin", "Give the selected staff member their own database login."
            )
        )

    def open_dialog(self) -> None:
        staff = self.current()
        if staff is None:
            self.ctx.dialogs.warning(
                self,
                QCoreApplication.translate("DatabaseLogin", "Database login"),
                QCoreApplication.translate(
                    "DatabaseLogin", "Save the staff member first, then make their login."
                ),
            )
            return
        # open(), not exec(): window-modal over master data, without a nested event loop
        self.dialog = DatabaseLoginDialog(self.ctx, staff, self.window())
        self.dialog.open()
