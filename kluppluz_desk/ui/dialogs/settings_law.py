"""Extra > Instellingen, tab "Law and calendar": the legal term and the longest extension of
each complaint regime (Wet kinderopvang, Wkkgz, Jeugdwet) and the working-day calendar
(Goede Vrijdag, Bevrijdingsdag every year or every five years, the organisation's own
closing days). Saving recomputes every running clock (`services.settings.save_settings`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import DeadlineSettings
from ...domain.holidays import describe, holidays_in
from ...domain.today import today

# The DeadlineSettings fields per regime: (legal term, longest extension).
REGIME_FIELDS = (
    ("legal_days", "legal_extension_max_days"),
    ("wkkgz_legal_days", "wkkgz_extension_max_days"),
    ("youth_legal_days", "youth_extension_max_days"),
)


class LawSettingsTab(QWidget):
    """The per-regime legal terms and the holiday calendar, as one settings tab."""

    def __init__(self, settings: DeadlineSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term_inputs: dict[str, QSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._terms_group(settings))
        layout.addWidget(self._calendar_group(settings))
        layout.addStretch(1)
        self.refresh_preview()

    # --- the legal terms ----------------------------------------------------------------
    def _terms_group(self, d: DeadlineSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Legal terms per complaint regime"))
        grid = QGridLayout(box)
        headers = (self.tr("Handled within"), self.tr("Extension at most"))
        grid.addWidget(QLabel(headers[0]), 0, 1)
        grid.addWidget(QLabel(headers[1]), 0, 2)
        names = (
            self.tr("Wet kinderopvang"),
            self.tr("Wkkgz (care)"),
            self.tr("Jeugdwet (own procedure)"),
        )
        for row, (name, (term, extension)) in enumerate(
            zip(names, REGIME_FIELDS, strict=True), start=1
        ):
            grid.addWidget(QLabel(name), row, 0)
            for column, field, low in ((1, term, 1), (2, extension, 0)):
                spin = QSpinBox()
                spin.setRange(low, 365)
                spin.setValue(int(getattr(d, field)))
                spin.setSuffix(self.tr(" days"))
                spin.setAccessibleName(f"{name}: {headers[column - 1]}")
                self.term_inputs[field] = spin
                grid.addWidget(spin, row, column)
        note = QLabel(
            self.tr(
                "By law: six weeks under the Wet kinderopvang and the Wkkgz. The Wkkgz allows "
                "one extension of at most four weeks, with written notice before the first "
                "term ends; longer only with the complainant's consent."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, len(REGIME_FIELDS) + 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        return box

    # --- the calendar -------------------------------------------------------------------
    def _calendar_group(self, d: DeadlineSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Holidays and closing days (terms in working days)"))
        layout = QVBoxLayout(box)
        self.good_friday = QCheckBox(self.tr("Good Friday is a day off"))
        self.good_friday.setChecked(d.good_friday_off)
        self.good_friday.toggled.connect(self.refresh_preview)
        layout.addWidget(self.good_friday)
        liberation_row = QHBoxLayout()
        liberation_row.addWidget(QLabel(self.tr("Liberation Day (5 May) is a day off")))
        self.liberation = QComboBox()
        self.liberation.setAccessibleName(self.tr("Liberation Day"))
        self.liberation.addItem(self.tr("every five years (2025, 2030, …)"), False)
        self.liberation.addItem(self.tr("every year"), True)
        self.liberation.setCurrentIndex(1 if d.liberation_day_every_year else 0)
        self.liberation.currentIndexChanged.connect(self.refresh_preview)
        liberation_row.addWidget(self.liberation)
        liberation_row.addStretch(1)
        layout.addLayout(liberation_row)

        layout.addWidget(QLabel(self.tr("Closing days of the organisation")))
        row = QHBoxLayout()
        self.closing_list = QListWidget()
        self.closing_list.setAccessibleName(self.tr("Closing days"))
        self.closing_list.setMaximumHeight(90)
        for text in d.closing_days:
            self._add_closing_item(date.fromisoformat(text))
        row.addWidget(self.closing_list, 1)
        buttons = QVBoxLayout()
        self.closing_date = QDateEdit()
        self.closing_date.setCalendarPopup(True)
        self.closing_date.setDisplayFormat("dd-MM-yyyy")
        self.closing_date.setAccessibleName(self.tr("New closing day"))
        now = today()
        self.closing_date.setDate(QDate(now.year, now.month, now.day))
        buttons.addWidget(self.closing_date)
        self.add_closing = QPushButton(self.tr("Add closing day"))
        self.add_closing.clicked.connect(self.add_closing_day)
        buttons.addWidget(self.add_closing)
        self.remove_closing = QPushButton(self.tr("Remove"))
        self.remove_closing.clicked.connect(self.remove_closing_day)
        buttons.addWidget(self.remove_closing)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        return box

    def _add_closing_item(self, day: date) -> None:
        item = QListWidgetItem(day.strftime("%d-%m-%Y"))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.closing_list.addItem(item)
        self.closing_list.sortItems()

    def closing_days(self) -> tuple[str, ...]:
        return tuple(
            sorted(
                str(self.closing_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.closing_list.count())
            )
        )

    def add_closing_day(self) -> None:
        chosen = self.closing_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        if day.isoformat() not in self.closing_days():
            self._add_closing_item(day)
        self.refresh_preview()

    def remove_closing_day(self) -> None:
        for item in self.closing_list.selectedItems():
            self.closing_list.takeItem(self.closing_list.row(item))
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """The days off this year, so the user sees what the choices mean."""
        year = today().year
        rules = DeadlineSettings(**self.values()).holiday_rules
        days = holidays_in(year, rules)
        lines = describe([d for d in days if d.weekday() < 5], days)
        self.preview.setText(
            self.tr("Not counted in {year} (working days only): {days}").format(
                year=year, days="; ".join(lines)
            )
        )

    # --- the values for DeadlineSettings ------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {k: s.value() for k, s in self.term_inputs.items()}
        values["good_friday_off"] = self.good_friday.isChecked()
        values["liberation_day_every_year"] = bool(self.liberation.currentData())
        values["closing_days"] = self.closing_days()
        return values
