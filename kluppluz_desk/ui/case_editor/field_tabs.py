"""Tabs that are plain forms of case fields: Intake, Indiener and Afsluiting.

Which field goes on which tab follows the work: intake at registration, the submitter's
details (personal data) apart, closure texts at the end of the procedure.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from .fields import BoundField, add_rows, form_layout

translate = QCoreApplication.translate

INTAKE_FIELDS = [
    "received_on",
    "channel",
    "kind",
    "category_id",
    "severity",
    "location_id",
    "service_id",
    "funding",
    "description",
    "public_summary",
    "public_measure",
]
SUBMITTER_FIELDS = [
    "submitter_kind",
    "submitter_name",
    "submitter_form_of_address",  # the letters' salutation: "Geachte mevrouw De Vries"
    "submitter_address",
    "submitter_postcode",
    "submitter_city",
    "submitter_email",
    "submitter_phone",
    "child_name",
    "child_birth_date",
]
CLOSURE_FIELDS = ["closure_text", "satisfaction_outcome", "satisfaction_note", "withdraw_reason"]


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: its inputs are
    area.setWidget(content)
    return area


def note_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #505050;")
    return label


class FieldTab(QWidget):
    """A form of case fields, optionally with an explanation above it."""

    def __init__(
        self,
        fields: dict[str, BoundField],
        names: list[str],
        *,
        intro: str = "",
        reference: QLineEdit | None = None,
    ) -> None:
        super().__init__()
        inner = QWidget()
        column = QVBoxLayout(inner)
        if intro:
            column.addWidget(note_label(intro))
        form = form_layout()
        if reference is not None:
            label = QLabel(translate("FieldTab", "Reference:"))
            label.setBuddy(reference)
            form.addRow(label, reference)
        add_rows(form, fields, names)
        column.addLayout(form)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))
        self.first = fields[names[0]].widget


def reference_box() -> QLineEdit:
    box = QLineEdit()
    box.setReadOnly(True)
    box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    box.setAccessibleName(translate("FieldTab", "Reference"))
    box.setMaximumWidth(520)
    box.setStyleSheet("QLineEdit { background: palette(window); }")
    box.setPlaceholderText(translate("FieldTab", "assigned when saved"))
    return box


def intake_tab(fields: dict[str, BoundField], reference: QLineEdit) -> FieldTab:
    return FieldTab(
        fields,
        INTAKE_FIELDS,
        reference=reference,
        intro=translate(
            "FieldTab",
            "The public summary and measure go into the annual report: write them without "
            "names or other traceable details.",
        ),
    )


def submitter_tab(fields: dict[str, BoundField]) -> FieldTab:
    return FieldTab(
        fields,
        SUBMITTER_FIELDS,
        intro=translate(
            "FieldTab",
            "Everything on this tab is personal data (GDPR): it stays in this database and "
            "never appears in the annual report. Record only what the handling needs.",
        ),
    )


def closure_tab(fields: dict[str, BoundField]) -> FieldTab:
    return FieldTab(
        fields,
        CLOSURE_FIELDS,
        intro=translate(
            "FieldTab",
            "Record the agreements made at closure and, after the satisfaction check, its "
            "outcome. A reason for withdrawal is only needed when the submitter withdraws.",
        ),
    )
