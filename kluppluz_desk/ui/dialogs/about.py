"""Help > Over KluppluZ Desk: version, database, licence and the Qt it runs on."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

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
        # A text browser, not a word-wrapped label: a label's height was guessed too small
        # and cut the licence off; the browser lays the text out fully and scrolls if needed.
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.viewport().setAutoFillBackground(False)
        self.text.setHtml(
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
                db=escape(db.display_location),
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Tall enough for the whole text at the width it got (capped; beyond that the text
        scrolls), so the licence is never cut off."""
        super().showEvent(event)
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        height = int(document.size().height()) + 2 * self.text.frameWidth() + 2
        if height > self.text.viewport().height():
            self.text.setMinimumHeight(min(height, 460))
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
