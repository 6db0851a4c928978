"""The first-run screen: an empty database greets the user with three ways to begin.

1. load fictional demo data to try the program;
2. start empty: a short form for the organisation, a first location and the staff;
3. connect to a shared server (the database connection dialog; the caller reconnects).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import StaffRole
from ...services import masterdata
from ...services.dto import Change
from ...services.masterdata import start_empty
from ...services.settings import load_settings
from ..context import AppContext
from ..icons import window_icon

log = logging.getLogger(__name__)

DEMO, EMPTY, SERVER = "demo", "empty", "server"
STAFF_ROWS = 4


class FirstRunDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to KluppluZ Desk"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._form_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 520)

    def _choice_page(self) -> QWidget:
        logo = QLabel()
        logo.setPixmap(window_icon().pixmap(72, 72))
        title = QLabel("<h2>{}</h2>".format(self.tr("Welcome to KluppluZ Desk")))
        head = QHBoxLayout()
        head.addWidget(logo)
        head.addWidget(title, 1)
        text = QLabel(
            self.tr(
                "This database is still empty. How would you like to begin? You can always add "
                "locations and staff later under Extra > Master data."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            self.tr("Load demo data"),
            self.tr(
                "Fictional locations, staff and customer reactions of several years, to "
                "try everything out. Not for real work."
            ),
        )
        self.empty_button = QCommandLinkButton(
            self.tr("Start empty"),
            self.tr(
                "Enter your organisation, a first location and the staff, and register "
                "real customer reactions."
            ),
        )
        self.server_button = QCommandLinkButton(
            self.tr("Connect to a shared server"),
            self.tr(
                "Your colleagues already work in a shared database (PostgreSQL): use that one."
            ),
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.server_button.clicked.connect(self.choose_server)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(text)
        for button in (self.demo_button, self.empty_button, self.server_button):
            button.setAccessibleName(button.text())
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _form_page(self) -> QWidget:
        settings = self.ctx.call(load_settings, self.ctx.db)
        self.organisation = QLineEdit(settings.organisation.name if settings else "")
        self.place = QLineEdit()
        self.location = QLineEdit()
        self.region = QComboBox()
        self.region.setEditable(True)
        for region in self.ctx.call(masterdata.list_items, self.ctx.db, "region") or []:
            self.region.addItem(region.name)
        self.region.setCurrentText("")
        self.staff = QTableWidget(STAFF_ROWS, 3)
        self.staff.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("E-mail")])
        self.staff.horizontalHeader().setStretchLastSection(True)
        self.staff.setColumnWidth(0, 170)
        self.staff.setColumnWidth(1, 270)
        self.staff.setFixedHeight(
            self.staff.horizontalHeader().sizeHint().height()
            + STAFF_ROWS * self.staff.verticalHeader().defaultSectionSize()
            + 2 * self.staff.frameWidth()
        )
        self.staff.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row in range(STAFF_ROWS):
            role = QComboBox()
            for value, label in StaffRole.choices():
                role.addItem(label, value)
            self.staff.setCellWidget(row, 1, role)
        for widget, name in (
            (self.organisation, self.tr("Organisation")),
            (self.place, self.tr("Place")),
            (self.location, self.tr("First location")),
            (self.region, self.tr("Region")),
            (self.staff, self.tr("Staff")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Name of the organisation"), self.organisation)
        form.addRow(self.tr("Place (for letters)"), self.place)
        form.addRow(self.tr("First location"), self.location)
        form.addRow(self.tr("Region of that location"), self.region)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<h3>{}</h3>".format(self.tr("Start empty"))))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Staff (at least one; more can be added later):")))
        layout.addWidget(self.staff)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # --- the three choices --------------------------------------------------------------
    def load_demo(self) -> None:
        from .demo_progress import load_demo_with_progress

        # Seconds of work: a worker thread and a progress dialog keep the window alive.
        count = load_demo_with_progress(self.ctx, self)
        if count is None:
            return
        self.choice = DEMO
        self.ctx.bus.publish(Change("import"))
        self.accept()

    def choose_server(self) -> None:
        self.choice = SERVER
        self.accept()

    def staff_rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for row in range(self.staff.rowCount()):
            name_item = self.staff.item(row, 0)
            mail_item = self.staff.item(row, 2)
            name = name_item.text().strip() if name_item else ""
            if not name:
                continue
            role = self.staff.cellWidget(row, 1)
            assert isinstance(role, QComboBox)
            rows.append(
                (name, str(role.currentData()), mail_item.text().strip() if mail_item else "")
            )
        return rows

    def start_empty(self) -> None:
        missing = [
            label
            for label, value in (
                (self.tr("name of the organisation"), self.organisation.text()),
                (self.tr("place"), self.place.text()),
                (self.tr("first location"), self.location.text()),
                (self.tr("region"), self.region.currentText()),
            )
            if not value.strip()
        ]
        if not self.staff_rows():
            missing.append(self.tr("at least one staff member"))
        if missing:
            self.ctx.dialogs.warning(
                self,
                self.tr("Start empty"),
                self.tr("Please fill in: {fields}.").format(fields=", ".join(missing)),
            )
            return
        if self.ctx.call(self._save_start, parent=self) is None:
            return
        self.choice = EMPTY
        self.ctx.bus.publish(Change("masterdata"))
        self.accept()

    def _save_start(self) -> bool:
        start_empty(
            self.ctx.db,
            organisation_name=self.organisation.text(),
            place=self.place.text(),
            location_name=self.location.text(),
            region_name=self.region.currentText(),
            staff=self.staff_rows(),
        )
        return True
