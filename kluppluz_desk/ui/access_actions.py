"""The rights table in the menus: what the current person may not do is disabled, and the
tooltip and status tip say why (the same Dutch reason the services give when refusing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.access import Right, Viewer, backup_refusal

if TYPE_CHECKING:
    from .actions import MainActions


def apply_rights(actions: MainActions, viewer: Viewer | None, *, local_file: bool = True) -> None:
    """Enable or disable the actions a role governs; nobody known: everything enabled
    (the first-start question "who are you?" comes first). `local_file`: the database is
    an SQLite file on this PC (an administrator may handle its backups)."""
    governed = (
        (actions.new_case, Right.REGISTER_CASE),
        (actions.export_json, Right.EXPORT),
        (actions.export_list, Right.EXPORT),
        (actions.view_report, Right.ANNUAL_REPORT),
        (actions.masterdata, Right.MASTER_DATA),
        (actions.settings, Right.SETTINGS),
    )
    backup = backup_refusal(viewer, local_file=local_file)
    reasons = [(a, viewer.why_not(r) if viewer is not None else None) for a, r in governed]
    reasons += [(actions.make_backup, backup), (actions.restore_backup, backup)]
    for action, reason in reasons:
        action.setEnabled(reason is None)
        action.setToolTip(reason or action.text().replace("&", "").rstrip("…"))
        action.setStatusTip(reason or "")
