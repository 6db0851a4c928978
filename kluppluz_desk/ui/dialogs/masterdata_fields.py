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


def kinds() -> list[tuple[str, str, list[FieldSpec]]]:
    """(kind, tab title, fields) in the order of the dialog's tabs."""
    return [
        (
            "location",
            QCoreApplication.translate("MasterData", "Locations"),
            [
                FieldSpec("name", QCoreApplication.translate("MasterData", "Name")),
                FieldSpec(
                    "region_id",
                    QCoreApplication.translate("MasterData", "Region"),
                    "ref",
                    ref="region",
                    optional=False,
                ),
                FieldSpec("cluster", QCoreApplication.translate("MasterData", "Cluster")),
                FieldSpec(
                    "address", QCoreApplication.translate("MasterData", "Address"), "multiline"
                ),
                FieldSpec(
                    "location_manager_id",
                    QCoreApplication.translate("MasterData", "Location manager"),
                    "ref",
                    ref="staff",
                ),
                FieldSpec(
                    "cluster_manager_id",
                    QCoreApplication.translate("MasterData", "Cluster manager"),
                    "ref",
                    ref="staff",
                ),
                FieldSpec(
                    "regional_manager_id",
                    QCoreApplication.translate("MasterData", "Regional manager"),
                    "ref",
                    ref="staff",
                ),
                FieldSpec("active", QCoreApplication.translate("MasterData", "Active"), "bool"),
            ],
        ),
        (
            "staff",
            QCoreApplication.translate("MasterData", "Staff"),
            [
                FieldSpec("name", QCoreApplication.translate("MasterData", "Name")),
                FieldSpec(
                    "role", QCoreApplication.translate("MasterData", "Role"), "enum", enum=StaffRole
                ),
                FieldSpec("email", QCoreApplication.translate("MasterData", "E-mail")),
                FieldSpec("login", QCoreApplication.translate("MasterData", "Login name")),
                FieldSpec(
                    "is_administrator",
                    QCoreApplication.translate("MasterData", "Administrator"),
                    "bool",
                ),
                FieldSpec("active", QCoreApplication.translate("MasterData", "Active"), "bool"),
            ],
        ),
        (
            "category",
            QCoreApplication.translate("MasterData", "Categories"),
            [
                FieldSpec("name", QCoreApplication.translate("MasterData", "Name")),
                FieldSpec("sort_order", QCoreApplication.translate("MasterData", "Order"), "int"),
                FieldSpec("active", QCoreApplication.translate("MasterData", "Active"), "bool"),
            ],
        ),
        (
            "service",
            QCoreApplication.translate("MasterData", "Services"),
            [
                FieldSpec("name", QCoreApplication.translate("MasterData", "Name")),
                FieldSpec(
                    "default_funding",
                    QCoreApplication.translate("MasterData", "Funding"),
                    "enum",
                    enum=Funding,
                ),
                FieldSpec("active", QCoreApplication.translate("MasterData", "Active"), "bool"),
            ],
        ),
        (
            "region",
            QCoreApplication.translate("MasterData", "Regions"),
            [
                FieldSpec("name", QCoreApplication.translate("MasterData", "Name")),
                FieldSpec("ggd_name", QCoreApplication.translate("MasterData", "GGD")),
                FieldSpec("ggd_email", QCoreApplication.translate("MasterData", "GGD e-mail")),
                FieldSpec(
                    "ggd_address",
                    QCoreApplication.translate("MasterData", "GGD address"),
                    "multiline",
                ),
            ],
        ),
        (
            "external_body",
            QCoreApplication.translate("MasterData", "External bodies"),
            [
                FieldSpec(
                    "code",
                    QCoreApplication.translate("MasterData", "Body"),
                    "enum",
                    enum=EscalationBody,
                ),
                FieldSpec("name", QCoreApplication.translate("MasterData", "Name")),
                FieldSpec("website", QCoreApplication.translate("MasterData", "Website")),
                FieldSpec("email", QCoreApplication.translate("MasterData", "E-mail")),
                FieldSpec("phone", QCoreApplication.translate("MasterData", "Phone")),
                FieldSpec(
                    "address", QCoreApplication.translate("MasterData", "Address"), "multiline"
                ),
                FieldSpec(
                    "description",
                    QCoreApplication.translate("MasterData", "Description"),
                    "multiline",
                ),
            ],
        ),
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
            self.widget.addItem(QCoreApplication.translate("MasterData", "(none)"), None)
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
