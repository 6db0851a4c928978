"""Fields the current person may not change are shown locked, with the reason as tooltip,
instead of being refused only when saving (the services check the same table:
`domain.access.FIELD_RIGHTS`, enforced in `services/access/scope.py`).

Steps follow the same table (`domain.access.STEP_RIGHTS`): a step the person may not take
gets the role's reason among its reasons against (`step_refusal`), which greys it out like
a step the status does not allow. A part of a step's panel the person may not fill is
"waiting for" the role that may (`waiting_for`), not "still to fill in".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.access import REFUSALS, RIGHTS, AccessRole, Right, Viewer, field_right, step_right
from ...domain.procedure import Step

translate = QCoreApplication.translate

LOCKED = "kluppluzLockedByRole"
_OWN_TIP = "kluppluzOwnToolTip"
_ROLE_REFUSALS = frozenset(REFUSALS.values())
# Parts of a step's panel that are not one case field (step_fields.py) and their right:
# the informed record and the judgment are K&V's records, the letter is sent by K&V.
_PART_RIGHTS: dict[str, Right] = {
    "informed": Right.EDIT_CASE,
    "judgment": Right.EDIT_CASE,
    "letters": Right.SEND_LETTERS,
}


def apply_field_rights(fields: dict[str, Any], viewer: Viewer | None) -> None:
    """Lock or unlock each editor field (`BoundField`) for `viewer` (None: everything open)."""
    for name, field in fields.items():
        _lock(field.widget, viewer.why_not(field_right(name)) if viewer is not None else None)


def lock_for_role(widgets: Sequence[QWidget], right: Right, viewer: Viewer | None) -> None:
    """Lock the widgets that record something needing `right` when `viewer` lacks it (the
    reason as tooltip), as the fields are; unlock them again when they have it."""
    reason = viewer.why_not(right) if viewer is not None else None
    for widget in widgets:
        _lock(widget, reason)


def _lock(widget: QWidget, reason: str | None) -> None:
    if reason is not None:
        if not widget.property(LOCKED):  # its own tooltip comes back when unlocked
            widget.setProperty(_OWN_TIP, widget.toolTip())
        widget.setEnabled(False)
        widget.setToolTip(reason)
        widget.setProperty(LOCKED, True)
    elif widget.property(LOCKED):
        widget.setEnabled(True)
        widget.setToolTip(str(widget.property(_OWN_TIP) or ""))
        widget.setProperty(LOCKED, False)


def is_role_refusal(reason: str) -> bool:
    """True for a reason that is the person's role, not the case (no field settles it)."""
    return reason in _ROLE_REFUSALS


def step_refusal(step: Step, viewer: Viewer | None) -> str | None:
    """The role's reason why `viewer` may not take `step`; None when they may."""
    return viewer.why_not(step_right(step)) if viewer is not None else None


def part_right(name: str) -> Right:
    """The right needed to fill in a part of a step's panel (a field or a record)."""
    return _PART_RIGHTS.get(name, field_right(name))


def _role_name(role: AccessRole) -> str:
    names = {
        AccessRole.QUALITY_OFFICER: translate("FieldRights", "Quality & Safety"),
        AccessRole.DIRECTOR: translate("FieldRights", "the director"),
        AccessRole.HANDLER: translate("FieldRights", "the handler"),
        AccessRole.ADMINISTRATOR: translate("FieldRights", "an administrator"),
    }
    return names[role]


def waiting_for(name: str, viewer: Viewer | None) -> str | None:
    """ "Waiting for <role>" when `viewer` may not fill in part `name`; None when they may."""
    right = part_right(name)
    if viewer is None or viewer.may(right):
        return None
    holders = [_role_name(role) for role in AccessRole if right in RIGHTS[role]]
    return translate("FieldRights", "Waiting for {0}").format(
        translate("FieldRights", " or ").join(holders)
    )
