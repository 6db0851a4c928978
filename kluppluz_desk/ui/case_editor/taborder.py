"""Tab order per tab: the order in which a person fills the form in, not creation order."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .editor_base import EditorBase
from .field_tabs import CLOSURE_FIELDS, INTAKE_FIELDS, SUBMITTER_FIELDS
from .fields import chain_tab_order
from .tab_handling import HANDLING_FIELDS


def set_tab_orders(editor: EditorBase) -> None:
    f = editor.fields

    def widgets(names: list[str]) -> list[QWidget]:
        return [f[name].widget for name in names]

    h = editor.handling
    chain_tab_order([editor.reference, *widgets(INTAKE_FIELDS)])
    chain_tab_order(widgets(SUBMITTER_FIELDS))
    chain_tab_order(
        [
            *widgets(HANDLING_FIELDS[:1]),
            h.informed.role,
            h.informed.staff,
            h.informed.on,
            h.informed.note,
            h.informed.add,
            *widgets(HANDLING_FIELDS[1:]),
            h.extensions.days,
            h.extensions.reason,
            h.extensions.notified,
            h.extensions.add,
            h.pauses.start,
            h.pauses.days,
            h.pauses.reason,
            h.pauses.add,
        ]
    )
    chain_tab_order(widgets(CLOSURE_FIELDS))
