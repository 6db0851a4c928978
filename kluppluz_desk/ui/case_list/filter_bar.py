"""The filter bar above the case list: quick search plus a few drop-downs.

Typing is debounced (150 ms) so the database is asked once per pause, not per key. The
last filter is remembered per PC in QSettings and restored at the next start.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CaseStatus, ReactionKind, Severity
from ...domain.text_limits import SEARCH_TEXT
from ...services import masterdata
from ...services.cases import CaseFilter, years
from ..context import AppContext

log = logging.getLogger(__name__)

SETTINGS_KEY = "case_list/filter"
OPEN = "open"
DEBOUNCE_MS = 150


class CaseFilterBar(QWidget):
    filter_changed = Signal(object)  # CaseFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, text or submitter… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Quick search"))
        self.search.setClearButtonEnabled(True)
        # the services refuse a longer search text; the box never lets one be typed
        self.search.setMaxLength(SEARCH_TEXT)
        self.year = self._combo(self.tr("Year"))
        self.location = self._combo(self.tr("Location"))
        self.status = self._combo(self.tr("Status"))
        self.kind = self._combo(self.tr("Kind"))
        self.severity = self._combo(self.tr("Severity"))
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setAccessibleName(self.tr("Overdue only"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.overdue)
        # Two rows of drop-downs (3 + 2): five in one row cut "Alle locaties" to "Alle
        # locat" on a 1280 px laptop, with the editor beside the list.
        bottom = QGridLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for index, combo in enumerate(self._combos()):
            bottom.addWidget(combo, index // 3, index % 3)
        for column in range(3):
            bottom.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.fill_choices()
        self._restore()
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.year, self.location, self.status, self.kind, self.severity):
            combo.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        return combo

    def _fit_combos(self) -> None:
        """Wide enough for the "All …" choice shown by default; the open list as wide as
        its longest item, so a long location name is readable there."""
        for combo in self._combos():
            fm = combo.fontMetrics()
            first = fm.horizontalAdvance(combo.itemText(0)) if combo.count() else 0
            combo.setMinimumWidth(first + 40)  # the arrow and the frame
            longest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                          default=0)  # fmt: skip
            combo.view().setMinimumWidth(longest + 30)

    # --- choices ------------------------------------------------------------------------
    def fill_choices(self) -> None:
        """(Re)fill the drop-downs from the database, keeping what was selected."""
        keep = {c: c.currentData() for c in self._combos()}
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in self.ctx.call(years, self.ctx.db) or []:
            self.year.addItem(str(year), year)
        self.location.addItem(self.tr("All locations"), None)
        for loc in self.ctx.call(masterdata.list_items, self.ctx.db, "location") or []:
            self.location.addItem(loc.name, loc.id)
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (not yet closed)"), OPEN)
        for status in CaseStatus:
            self.status.addItem(status.label, status.value)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ReactionKind:
            self.kind.addItem(kind.label, kind.value)
        self.severity.addItem(self.tr("Every severity"), None)
        for severity in Severity:
            self.severity.addItem(severity.label, severity.value)
        for combo, value in keep.items():
            self._select(combo, value)
            combo.blockSignals(False)
        self._fit_combos()

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.year, self.location, self.status, self.kind, self.severity)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    # --- the filter ---------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        status = self.status.currentData()
        kind = self.kind.currentData()
        severity = self.severity.currentData()
        return CaseFilter(
            text=self.search.text().strip(),
            year=self.year.currentData(),
            location_id=self.location.currentData(),
            statuses=(CaseStatus(status),) if status not in (None, OPEN) else (),
            open_only=status == OPEN,
            kind=ReactionKind(kind) if kind else None,
            severity=Severity(severity) if severity else None,
            overdue_only=self.overdue.isChecked(),
        )

    def _emit(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        self._remember()
        self.filter_changed.emit(flt)

    def flush(self) -> None:
        """Apply pending typing now (e.g. on Enter)."""
        if self._debounce.isActive():
            self._emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _remember(self) -> None:
        # The search text is not kept: what someone searched for (a child's name) is
        # personal data, and the settings file is no place for it.
        state = {
            "year": self.year.currentData(),
            "location_id": self.location.currentData(),
            "status": self.status.currentData(),
            "kind": self.kind.currentData(),
            "severity": self.severity.currentData(),
            "overdue_only": self.overdue.isChecked(),
        }
        self.ctx.qsettings.setValue(SETTINGS_KEY, json.dumps(state))

    def _restore(self) -> None:
        raw = self.ctx.qsettings.value(SETTINGS_KEY, "")
        try:
            state = json.loads(str(raw)) if raw else {}
        except ValueError:
            log.info("ignoring unreadable remembered filter %r", raw)
            state = {}
        if not isinstance(state, dict):
            return
        if "text" in state:  # kept by an older version: remove it from the settings file
            del state["text"]
            self.ctx.qsettings.setValue(SETTINGS_KEY, json.dumps(state))
        self._select(self.year, state.get("year"))
        self._select(self.location, state.get("location_id"))
        self._select(self.status, state.get("status"))
        self._select(self.kind, state.get("kind"))
        self._select(self.severity, state.get("severity"))
        self.overdue.setChecked(bool(state.get("overdue_only")))
