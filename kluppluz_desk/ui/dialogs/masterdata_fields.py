"""Which fields each kind of master data has, and the input widget for each field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain.enums import EscalationBody, Funding, LabelledEnum, StaffRole


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text, multiline, bool, int, enum, ref
    enum: type[LabelledEnum] | None = None
    ref: str | None = None  # master-data kind the id points to
    optional: bool = True


def _t(text: str) -> str:
    return QCoreApplication.translate("MasterData", text)


def kinds() -> list[tuple[str, str, list[FieldSpec]]]:
    """(kind, tab title, fields) in the order of the dialog's tabs."""
    return [
        ("location", _t("Locations"), [
            FieldSpec("name", _t("Name")),
            FieldSpec("region_id", _t("Region"), "ref", ref="region", optional=False),
            FieldSpec("cluster", _t("Cluster")),
            FieldSpec("address", _t("Address"), "multiline"),
            FieldSpec("location_manager_id", _t("Location manager"), "ref", ref="staff"),
            FieldSpec("cluster_manager_id", _t("Cluster manager"), "ref", ref="staff"),
            FieldSpec("regional_manager_id", _t("Regional manager"), "ref", ref="staff"),
            FieldSpec("active", _t("Active"), "bool"),
        ]),
        ("staff", _t("Staff"), [
            FieldSpec("name", _t("Name")),
            FieldSpec("role", _t("Role"), "enum", enum=StaffRole),
            FieldSpec("email", _t("E-mail")),
            FieldSpec("login", _t("Login name")),
            FieldSpec("active", _t("Active"), "bool"),
        ]),
        ("category", _t("Categories"), [
            FieldSpec("name", _t("Name")),
            FieldSpec("sort_order", _t("Order"), "int"),
            FieldSpec("active", _t("Active"), "bool"),
        ]),
        ("service", _t("Services"), [
            FieldSpec("name", _t("Name")),
            FieldSpec("default_funding", _t("Funding"), "enum", enum=Funding),
            FieldSpec("active", _t("Active"), "bool"),
        ]),
        ("region", _t("Regions"), [
            FieldSpec("name", _t("Name")),
            FieldSpec("ggd_name", _t("GGD")),
            FieldSpec("ggd_email", _t("GGD e-mail")),
            FieldSpec("ggd_address", _t("GGD address"), "multiline"),
        ]),
        ("external_body", _t("External bodies"), [
            FieldSpec("code", _t("Body"), "enum", enum=EscalationBody),
            FieldSpec("name", _t("Name")),
            FieldSpec("website", _t("Website")),
            FieldSpec("email", _t("E-mail")),
            FieldSpec("phone", _t("Phone")),
            FieldSpec("address", _t("Address"), "multiline"),
            FieldSpec("description", _t("Description"), "multiline"),
        ]),
    ]


class FieldInput:
    """One input widget with get/set of the service value."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.spec = spec
        widget: QWidget
        if spec.kind == "multiline":
            widget = QPlainTextEdit(parent)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(64)
        elif spec.kind == "bool":
            widget = QCheckBox(spec.label, parent)
        elif spec.kind == "int":
            widget = QSpinBox(parent)
            widget.setRange(0, 9999)
        elif spec.kind in ("enum", "ref"):
            widget = QComboBox(parent)
            if spec.enum is not None:
                for value, label in spec.enum.choices():
                    widget.addItem(label, value)
        else:
            widget = QLineEdit(parent)
        widget.setAccessibleName(spec.label)
        widget.setObjectName(f"field_{spec.name}")
        self.widget = widget

    def set_choices(self, items: list[tuple[int, str]]) -> None:
        """For a reference field: the records it may point to."""
        assert isinstance(self.widget, QComboBox)
        keep = self.widget.currentData()
        self.widget.clear()
        if self.spec.optional:
            self.widget.addItem(_t("(none)"), None)
        for item_id, name in items:
            self.widget.addItem(name, item_id)
        self.set(keep)

    def get(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        assert isinstance(w, QLineEdit)
        return w.text()

    def set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QCheckBox):
            w.setChecked(True if value is None else bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QComboBox):
            index = w.findData(str(value) if self.spec.enum is not None and value else value)
            w.setCurrentIndex(max(index, 0) if w.count() else -1)
        else:
            assert isinstance(w, QLineEdit)
            w.setText(str(value or ""))
