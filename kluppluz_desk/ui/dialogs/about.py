"""Help > Over KluppluZ Desk: version, database, licence and the Qt it runs on."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ... import APP_NAME, __version__
from ...services.database import Database
from ..icons import window_icon


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About KluppluZ Desk"))
        logo = QLabel()
        pixmap: QPixmap = window_icon().pixmap(96, 96)
        logo.setPixmap(pixmap)
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(
            "<h2>{name} {version}</h2><p>{what}</p>"
            "<p><b>{db_label}</b> {db}</p>"
            "<p><b>{licence_label}</b> GPL-3.0-or-later. {licence}</p>"
            "<p>Qt {qt} · PySide6 {pyside} · Python {python}</p>".format(
                name=APP_NAME,
                version=__version__,
                what=self.tr(
                    "Registers customer reactions, carries them through the complaints "
                    "procedure and produces the annual report."
                ),
                db_label=self.tr("Database:"),
                db=db.display_location,
                licence_label=self.tr("Licence:"),
                licence=self.tr(
                    "This is free software: you may share and change it under the terms of "
                    "the GNU General Public License, version 3 or later. It comes without "
                    "any warranty."
                ),
                qt=qVersion(),
                pyside=PySide6.__version__,
                python=platform.python_version(),
            )
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(460, 0)
