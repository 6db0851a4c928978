""" "Who are you?": pick yourself from the staff list or add yourself.

Asked at start whenever this PC's login belongs to no staff member (the first start
included), because letters are signed and the history is written with a person's name and
role, never a login. The answer is remembered in the database (services/identity.py).
Cancelling asks once more whether to choose after all or to quit: the program does not
run anonymously.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import StaffRole
from ...services import identity
from ...services.identity import Person
from ..context import AppContext


class IdentityDialog(QDialog):
    """Pick an existing staff member, or add yourself (name and role)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Who are you?"))
        intro = QLabel(
            self.tr(
                "KluppluZ Desk does not know you yet (login \u201c{login}\u201d). Letters are "
                "signed with your name and role, and the history shows who did what. "
                "Choose yourself from the list, or add yourself."
            ).format(login=ctx.db.user)
        )
        intro.setWordWrap(True)
        self.pick = QRadioButton(self.tr("I am on this list:"))
        self.staff = QListWidget()
        self.staff.setAccessibleName(self.tr("Staff"))
        people = ctx.call(identity.staff_to_choose, ctx.db, parent=self) or []
        for person in people:
            item = QListWidgetItem(f"{person.name} \u2014 {person.role_label}")
            item.setData(Qt.ItemDataRole.UserRole, person.staff_id)
            self.staff.addItem(item)
        self.add = QRadioButton(self.tr("I am new here:"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for value, label in StaffRole.choices():
            self.role.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your role"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pick)
        layout.addWidget(self.staff, 1)
        layout.addWidget(self.add)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Typing a name or picking a row chooses that way of answering.
        self.staff.currentItemChanged.connect(lambda *_: self.pick.setChecked(True))
        self.name.textEdited.connect(lambda *_: self.add.setChecked(True))
        (self.pick if people else self.add).setChecked(True)
        self.pick.setEnabled(bool(people))
        self.resize(560, 480)

    def confirm(self) -> None:
        if self.pick.isChecked():
            item = self.staff.currentItem()
            if item is None:
                self.ctx.dialogs.warning(
                    self, self.windowTitle(), self.tr("Choose yourself in the list first.")
                )
                return
            person = self.ctx.call(
                identity.claim, self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole)),
                parent=self,
            )  # fmt: skip
        else:
            person = self.ctx.call(
                identity.add_me,
                self.ctx.db,
                name=self.name.text(),
                role=StaffRole(self.role.currentData()),
                parent=self,
            )
        if person is None:
            return
        self.person = person
        self.accept()


def ensure_identity(ctx: AppContext, parent: QWidget | None = None) -> Person | None:
    """The person working here; asks when the login is unknown. None: the user chose to
    quit rather than say who they are."""
    known = ctx.call(identity.who_am_i, ctx.db, parent=parent)
    if known is not None:
        return known
    while True:
        dialog = IdentityDialog(ctx, parent)
        if dialog.exec() and dialog.person is not None:
            return dialog.person
        answer = ctx.dialogs.choose(
            parent,
            QCoreApplication.translate("Identity", "Who are you?"),
            QCoreApplication.translate(
                "Identity",
                "KluppluZ Desk needs to know who you are: letters carry your name and role, "
                "and the history records who changed what. Choose yourself after all, or "
                "quit the program.",
            ),
            [
                ("again", QCoreApplication.translate("Identity", "Choose after all")),
                ("quit", QCoreApplication.translate("Identity", "Quit")),
            ],
        )
        if answer != "again":
            return None
