"""Fields the current person may not change are shown locked, with the reason as tooltip,
instead of being refused only when saving (the services check the same table:
`domain.access.FIELD_RIGHTS`, enforced in `services/access/scope.py`)."""

from __future__ import annotations

from typing import Any

from ...domain.access import Viewer, field_right

LOCKED = "kluppluzLockedByRole"


def apply_field_rights(fields: dict[str, Any], viewer: Viewer | None) -> None:
    """Lock or unlock each editor field (`BoundField`) for `viewer` (None: everything open)."""
    for name, field in fields.items():
        widget = field.widget
        reason = viewer.why_not(field_right(name)) if viewer is not None else None
        if reason is not None:
            widget.setEnabled(False)
            widget.setToolTip(reason)
            widget.setProperty(LOCKED, True)
        elif widget.property(LOCKED):
            widget.setEnabled(True)
            widget.setToolTip("")
            widget.setProperty(LOCKED, False)
