"""Input widgets for the case fields, built from `domain.case_fields.CASE_FIELDS`.

A `BoundField` pairs one input widget with its Dutch error line and remembers the value it
was loaded with, so the editor can tell exactly which fields the user changed (only those
are sent to the service, which keeps other people's changes to other fields intact).
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.case_fields import CASE_FIELDS, FieldSpec, clean_value
from ...domain.enums import Funding, Severity, SubmitterKind
from ...domain.errors import ValidationError
from ...domain.today import today
from ..text_limit import limit_line, limit_plain_text
from .date_edit import TypedDateEdit, ymd
from .refs import RefLists

translate = QCoreApplication.translate

# Below the lowest date the domain accepts: shown as "leeg" by the date edit.
_EMPTY_QDATE = QDate(1899, 12, 31)
ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 2px solid #b00020;"


def fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class DateField(QWidget):
    """A date with a calendar popup; optional dates have an explicit "leeg" state.

    The date can also be typed in the forms `domain.date_input` reads; a typed text that
    is no date shows its Dutch message under the field.
    """

    changed = Signal()

    def __init__(self, label: str, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        self.check: QCheckBox | None = None
        if optional:
            self.check = QCheckBox(self)
            self.check.setToolTip(
                translate("CaseFields", "Tick to fill in a date; untick to leave it empty")
            )
            self.check.setAccessibleName(translate("CaseFields", "{0} filled in").format(label))
            self.check.toggled.connect(self._on_toggled)
            layout.addWidget(self.check)
        self.edit = TypedDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setMinimumDate(_EMPTY_QDATE)
        self.edit.setMaximumDate(QDate(2200, 1, 1))
        self.edit.setSpecialValueText(translate("CaseFields", "empty"))
        self.edit.setAccessibleName(label)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.setMinimumWidth(130)
        self.edit.setToolTip(
            translate("CaseFields", "Type a date such as 3-12-2026, 3122026, 3/12 or 3 dec")
        )
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.typed_error = QLabel(self)
        self.typed_error.setStyleSheet(ERROR_STYLE)
        self.typed_error.setWordWrap(True)
        self.typed_error.setAccessibleName(translate("CaseFields", "Error for {0}").format(label))
        self.typed_error.hide()
        outer.addWidget(self.typed_error)
        self.edit.problem.connect(self._show_typed_problem)
        # A date picked or typed section by section replaces a rejected typed text.
        self.edit.dateChanged.connect(lambda _d: self._show_typed_problem(""))
        self.setFocusProxy(self.check or self.edit)
        self.set_date(None if optional else today())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date would open the calendar in 1899; show the current month instead
        # without selecting a day (selecting would change the value).
        if event.type() == QEvent.Type.Show and self.date() is None:
            now = today()
            self.edit.calendarWidget().setCurrentPage(now.year, now.month)
        return False

    def _show_typed_problem(self, message: str) -> None:
        self.typed_error.setText(message)
        self.typed_error.setVisible(bool(message))
        self.edit.setStyleSheet(INVALID_STYLE if message else "")
        self.edit.setAccessibleDescription(message)

    def _on_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setDate(QDate(*ymd(today())) if on else _EMPTY_QDATE)
        self.changed.emit()

    def date(self) -> dt.date | None:
        if self.check is not None and not self.check.isChecked():
            return None
        value = self.edit.date()
        if value == _EMPTY_QDATE:
            return None
        return date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        self._show_typed_problem("")
        blockers = [self.edit.blockSignals(True)]
        if self.check is not None:
            blockers.append(self.check.blockSignals(True))
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(*ymd(value)) if value else _EMPTY_QDATE)
        self.edit.blockSignals(blockers[0])
        if self.check is not None:
            self.check.blockSignals(blockers[1])


class BoundField(QObject):
    """One case field: its input widget, its error line and its loaded value."""

    edited = Signal(str)  # field name

    def __init__(self, spec: FieldSpec, refs: RefLists, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.refs = refs
        self.baseline: Any = None
        self.error = QLabel(parent)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("CaseFields", "Error for {0}").format(spec.label))
        self.error.hide()
        self.widget = self._make_widget(parent)
        self.widget.setAccessibleName(spec.label)
        self.widget.setObjectName(f"field_{spec.name}")

    def _make_widget(self, parent: QWidget) -> QWidget:
        spec = self.spec
        if spec.kind == "text":
            line = limit_line(QLineEdit(parent), spec.max_length)
            line.setMaximumWidth(520)
            line.textEdited.connect(self._emit)
            return line
        if spec.kind == "longtext":
            text = limit_plain_text(QPlainTextEdit(parent), spec.max_length)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(60)
            # Room for a paragraph; longer texts scroll inside the box.
            text.setMaximumHeight(150 if spec.name == "description" else 100)
            text.textChanged.connect(self._emit)
            return text
        if spec.kind == "date":
            field = DateField(spec.label, optional=not spec.required, parent=parent)
            field.changed.connect(self._emit)
            return field
        combo = QComboBox(parent)
        combo.setMaximumWidth(520)
        self._fill_combo(combo)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _fill_combo(self, combo: QComboBox) -> None:
        combo.clear()
        if self.spec.kind == "enum":
            assert self.spec.enum is not None
            if not self.spec.required or self.spec.name in ("channel", "kind"):
                combo.addItem(translate("CaseFields", "— choose —"), None)
            for member in self.spec.enum:
                combo.addItem(member.label, member.value)  # type: ignore[attr-defined]
            return
        combo.addItem(translate("CaseFields", "— choose —"), None)
        for item in self.refs.items(self.spec.ref or ""):
            text = (
                item.name
                if item.active
                else translate("CaseFields", "{0} (inactive)").format(item.name)
            )
            combo.addItem(text, item.id)

    def refill(self) -> None:
        """Reload a reference list (master data changed), keeping the chosen value."""
        if self.spec.kind != "ref":
            return
        combo = self.widget
        assert isinstance(combo, QComboBox)
        current = self.value()
        combo.blockSignals(True)
        self._fill_combo(combo)
        self._select(combo, current)
        combo.blockSignals(False)

    def _emit(self, *_args: object) -> None:
        self.check()
        self.edited.emit(self.spec.name)

    # --- value -------------------------------------------------------------------------
    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, DateField):
            return w.date()
        assert isinstance(w, QComboBox)
        return w.currentData()

    def set_value(self, value: Any) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QLineEdit):
            w.setText(value or "")
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, DateField):
            w.set_date(value)
        else:
            assert isinstance(w, QComboBox)
            self._select(w, value)
        w.blockSignals(False)
        self.show_error(None)

    def _select(self, combo: QComboBox, value: Any) -> None:
        data = value.value if hasattr(value, "value") else value
        index = combo.findData(data)
        if index < 0 and data is not None and self.spec.kind == "ref":
            # A record that is no longer listed (deleted meanwhile): keep it visible.
            combo.addItem(translate("CaseFields", "(unknown)"), data)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def load(self, value: Any, *, keep_edit: bool = False) -> None:
        """Take `value` as the saved value; with keep_edit, leave a user's edit on screen."""
        dirty = self.is_dirty()
        self.baseline = self.normal(value)
        if not (keep_edit and dirty):
            self.set_value(value)

    def normal(self, value: Any) -> Any:
        if hasattr(value, "value"):  # enums compare by their stored value
            return value.value
        if value is None and self.spec.kind in ("text", "longtext"):
            return ""
        return value

    def is_dirty(self) -> bool:
        return bool(self.normal(self.value()) != self.baseline)

    def display(self, value: Any) -> str:
        """How a value reads in the conflict dialog."""
        value = self.normal(value)
        if value is None or value == "":
            return translate("CaseFields", "(empty)")
        if self.spec.kind == "date":
            return fmt_date(value)
        if self.spec.kind == "enum":
            assert self.spec.enum is not None
            return str(self.spec.enum(value).label)  # type: ignore[attr-defined]
        if self.spec.kind == "ref":
            return self.refs.name(self.spec.ref or "", value)
        return str(value)

    # --- validation --------------------------------------------------------------------
    def check(self) -> str | None:
        """Validate the current value on screen; show and return the Dutch message."""
        message = None
        try:
            value = clean_value(self.spec, self.value())
            if self.spec.name == "received_on" and value is not None and value > today():
                message = "De datum van ontvangst ligt in de toekomst."
        except ValidationError as problem:
            message = problem.message
        self.show_error(message)
        return message

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        target = self.widget.edit if isinstance(self.widget, DateField) else self.widget
        target.setStyleSheet(INVALID_STYLE if message else "")
        target.setAccessibleDescription(message or "")


def add_rows(form: QFormLayout, fields: dict[str, BoundField], names: list[str]) -> None:
    """Put fields in a form: label with buddy, input, and the error line under it."""
    for name in names:
        field = fields[name]
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        field.widget.setParent(box)
        field.error.setParent(box)
        column.addWidget(field.widget)
        column.addWidget(field.error)
        label = QLabel(field.spec.label + ":")
        label.setBuddy(field.widget)
        if field.spec.personal:
            label.setText(field.spec.label + " " + translate("CaseFields", "(GDPR)") + ":")
            label.setToolTip(
                translate("CaseFields", "Personal data: never appears in the annual report")
            )
        form.addRow(label, box)


_NEW_DEFAULTS: dict[str, Any] = {
    "severity": Severity.NORMAL,
    "funding": Funding.CHILDCARE,
    "submitter_kind": SubmitterKind.PARENT,
}


def new_case_value(name: str) -> Any:
    """What field `name` starts with on a blank intake form."""
    return today() if name == "received_on" else _NEW_DEFAULTS.get(name)


def make_fields(names: list[str], refs: RefLists, parent: QWidget) -> dict[str, BoundField]:
    return {name: BoundField(CASE_FIELDS[name], refs, parent) for name in names}


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return form


def focus_parts(widget: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside one input (a DateField has two)."""
    if isinstance(widget, DateField):
        return [w for w in (widget.check, widget.edit) if w is not None]
    return [widget]


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab moves through `widgets` in the order a person fills them in."""
    parts = [part for widget in widgets for part in focus_parts(widget)]
    for first, second in zip(parts, parts[1:], strict=False):
        QWidget.setTabOrder(first, second)
