"""Extra > Instellingen: the department's terms, letterhead, retention and reference prefix
(stored in the database, for everyone), and this PC's interface language (QSettings).
"""

from __future__ import annotations

import logging
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import DeadlineSettings
from ...services import intake
from ...services.dto import Change
from ...services.settings import (
    MAX_LOGO_BYTES,
    AppSettings,
    Organisation,
    Retention,
    default_logo,
    load_settings,
    save_settings,
)
from ..context import AppContext
from ..enter_guard import guard_enter
from ..i18n import LANGUAGE_KEY, chosen_language
from .intake_form import FormMappingTab
from .settings_law import LawSettingsTab

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        loaded = ctx.call(load_settings, ctx.db, parent=parent)
        self.original = loaded or AppSettings()
        self.logo: bytes | None = self.original.organisation.logo_png
        self.tabs = QTabWidget()
        self.tabs.addTab(self._deadlines_tab(), self.tr("Deadlines"))
        # The per-regime legal terms and the holiday calendar (issue 14).
        self.law_tab = LawSettingsTab(self.original.deadlines, self)
        self.tabs.addTab(self.law_tab, self.tr("Law and calendar"))
        self.tabs.addTab(self._organisation_tab(), self.tr("Letterhead"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        labels = ctx.call(intake.load_form_labels, ctx.db, parent=parent)
        self.form_tab = FormMappingTab(labels or dict(intake.DEFAULT_FORM_LABELS), self)
        self.tabs.addTab(self.form_tab, self.tr("Website form"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(620, 520)
        guard_enter(self)

    # --- tabs ---------------------------------------------------------------------------
    def _spin(self, value: int, low: int, high: int, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _deadlines_tab(self) -> QWidget:
        d = self.original.deadlines
        days = self.tr(" days")
        labels = {
            "acknowledgement_days": self.tr("Acknowledgement within"),
            "solution_days": self.tr("Solution proposed within"),
            "satisfaction_days": self.tr("Satisfaction check after closure"),
        }
        form = QFormLayout()
        self.deadline_inputs: dict[str, QSpinBox] = {}
        for name, label in labels.items():
            spin = self._spin(getattr(d, name), 1, 365, days, label)
            self.deadline_inputs[name] = spin
            form.addRow(label, spin)
        self.dispute_months = self._spin(
            d.dispute_window_months,
            1,
            60,
            self.tr(" months"),
            self.tr("Disputes committee window"),
        )
        form.addRow(self.tr("Disputes committee window"), self.dispute_months)
        self.working_days = QCheckBox(self.tr("Count working days only (Monday to Friday)"))
        self.working_days.setChecked(d.working_days)
        form.addRow("", self.working_days)
        note = QLabel(self.tr("Changed terms are recomputed for every open customer reaction."))
        note.setWordWrap(True)
        form.addRow(note)
        page = QWidget()
        page.setLayout(form)
        return page

    def _organisation_tab(self) -> QWidget:
        o = self.original.organisation
        labels = {
            "name": self.tr("Organisation"),
            "department": self.tr("Department"),
            "address": self.tr("Address"),
            "postcode_city": self.tr("Postcode and city"),
            "place": self.tr("Place (in letters)"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "complaint_form_url": self.tr("Complaint form (web address)"),
            "footer": self.tr("Footer"),
        }
        form = QFormLayout()
        self.organisation_inputs: dict[str, QLineEdit] = {}
        for name, label in labels.items():
            edit = QLineEdit(str(getattr(o, name)))
            edit.setCursorPosition(0)  # show the start of a long text, not its end
            edit.setAccessibleName(label)
            self.organisation_inputs[name] = edit
            form.addRow(label, edit)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self.choose_logo)
        # Letters and the annual report always carry a logo: without one of your own it is
        # the built-in one, so that is what the preview shows (never "no logo").
        remove = QPushButton(self.tr("Use built-in logo"))
        remove.clicked.connect(lambda: self._set_logo(None))
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        row.addLayout(buttons)
        row.addWidget(self.logo_note, 1)
        form.addRow(self.tr("Logo"), row)
        self._set_logo(self.logo)
        self.salutation = QComboBox()
        self.salutation.setAccessibleName(self.tr("Salutation in letters"))
        self.salutation.addItem(self.tr("Formal (Geachte mevrouw De Vries)"), "formal")
        self.salutation.addItem(self.tr("Informal (Beste Sanne)"), "informal")
        self.salutation.setCurrentIndex(max(self.salutation.findData(o.salutation_style), 0))
        form.addRow(self.tr("Salutation in letters"), self.salutation)
        page = QWidget()
        page.setLayout(form)
        return page

    def _general_tab(self) -> QWidget:
        r = self.original.retention
        form = QFormLayout()
        years = self.tr(" years")
        self.retention_personal = self._spin(
            r.personal_data_years, 1, 20, years, self.tr("Keep personal data")
        )
        self.retention_attachments = self._spin(
            r.attachments_years, 1, 20, years, self.tr("Keep attachments")
        )
        form.addRow(self.tr("Keep personal data after closure"), self.retention_personal)
        form.addRow(self.tr("Keep attachments after closure"), self.retention_attachments)
        self.prefix = QLineEdit(self.original.reference_prefix)
        self.prefix.setMaxLength(6)
        self.prefix.setAccessibleName(self.tr("Reference prefix"))
        form.addRow(self.tr("Reference prefix (e.g. KR-2026-001)"), self.prefix)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(chosen_language(self.ctx.qsettings)), 0)
        )
        form.addRow(self.tr("Language (this PC, after restart)"), self.language)
        page = QWidget()
        page.setLayout(form)
        return page

    # --- logo ---------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path = self.ctx.dialogs.open_file(
            self, self.tr("Choose logo"), self.tr("Images (*.png *.jpg *.jpeg)"), kind="logo"
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.ctx.dialogs.warning(
                self,
                self.tr("Logo"),
                self.tr("The file cannot be read: {reason}").format(reason=exc.strerror),
            )
            return
        if len(data) > MAX_LOGO_BYTES:
            self.ctx.dialogs.warning(
                self,
                self.tr("Logo"),
                self.tr("The logo is larger than 1 MB. Choose a smaller image."),
            )
            return
        if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
            self.ctx.dialogs.warning(
                self, self.tr("Logo"), self.tr("The logo must be a PNG or JPEG image.")
            )
            return
        self._set_logo(data)

    def _set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        shown = data or default_logo()
        self.logo_note.setText(
            self.tr("Your own logo, on letters and the annual report.")
            if data
            else self.tr("The built-in logo, on letters and the annual report.")
        )
        if pixmap.loadFromData(QByteArray(shown)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    160,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(unreadable image)"))

    # --- saving -------------------------------------------------------------------------
    def settings(self) -> AppSettings:
        deadlines: dict[str, Any] = {k: s.value() for k, s in self.deadline_inputs.items()}
        deadlines["dispute_window_months"] = self.dispute_months.value()
        deadlines["working_days"] = self.working_days.isChecked()
        deadlines.update(self.law_tab.values())
        organisation: dict[str, Any] = {k: e.text() for k, e in self.organisation_inputs.items()}
        organisation["logo_png"] = self.logo
        organisation["salutation_style"] = self.salutation.currentData()
        known = {f.name for f in fields(Organisation)}
        return replace(
            self.original,
            deadlines=replace(self.original.deadlines or DeadlineSettings(), **deadlines),
            organisation=replace(
                self.original.organisation, **{k: v for k, v in organisation.items() if k in known}
            ),
            retention=Retention(
                personal_data_years=self.retention_personal.value(),
                attachments_years=self.retention_attachments.value(),
            ),
            reference_prefix=self.prefix.text().strip(),
        )

    def accept(self) -> None:
        recomputed = self.ctx.call(save_settings, self.ctx.db, self.settings(), parent=self)
        if recomputed is None:
            return  # the message said what is wrong; the dialog stays open
        labels = self.form_tab.labels()
        if self.ctx.call(intake.save_form_labels, self.ctx.db, labels, parent=self) is None:
            self.tabs.setCurrentWidget(self.form_tab)
            return
        self.ctx.bus.publish(Change("settings"))
        language = self.language.currentData()
        if language != chosen_language(self.ctx.qsettings):
            self.ctx.qsettings.setValue(LANGUAGE_KEY, language)
            self.ctx.dialogs.info(
                self,
                self.tr("Language"),
                self.tr("The new language is used the next time you start KluppluZ Desk."),
            )
        if recomputed:
            self.ctx.dialogs.info(
                self,
                self.tr("Settings saved"),
                self.tr(
                    "The deadlines of %n customer reaction(s) were recomputed.", "", recomputed
                ),
            )
        super().accept()
