"""Bestand > Importeren / Exporteren: the whole database to or from one JSON file.

The work is done by `services.transfer`; this module asks for the file, shows a busy
cursor and reports the outcome in Dutch.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..services.dto import Change
from .context import AppContext

log = logging.getLogger(__name__)


def export_to_file(ctx: AppContext, parent: QWidget | None) -> int | None:
    from ..services.transfer import export_json

    path = ctx.dialogs.save_file(
        parent,
        QCoreApplication.translate("Transfer", "Export database"),
        f"kluppluz-desk-export-{date.today():%Y-%m-%d}.json",
        QCoreApplication.translate("Transfer", "KluppluZ Desk export (*.json)"),
        kind="export",
    )
    if not path:
        return None
    count = ctx.call_busy(export_json, ctx.db, path, parent=parent)
    if count is not None:
        ctx.dialogs.info(
            parent,
            QCoreApplication.translate("Transfer", "Export ready"),
            QCoreApplication.translate(
                "Transfer",
                "%n customer reaction(s) and all master data were exported to:\n%1",
                "",
                count,
            ).replace("%1", path),
        )
    return count


def import_from_file(ctx: AppContext, parent: QWidget | None) -> int | None:
    from ..services.transfer import import_json

    path = ctx.dialogs.open_file(
        parent,
        QCoreApplication.translate("Transfer", "Import database"),
        QCoreApplication.translate("Transfer", "KluppluZ Desk export (*.json)"),
        kind="export",
    )
    if not path:
        return None
    if not ctx.dialogs.confirm(
        parent,
        QCoreApplication.translate("Transfer", "Import database"),
        QCoreApplication.translate(
            "Transfer",
            "Importing is only possible into a database without customer reactions. The "
            "master data and settings of this database are replaced by those in the file. "
            "Continue?",
        ),
    ):
        return None
    count = ctx.call_busy(import_json, ctx.db, path, parent=parent)
    if count is not None:
        log.info("imported %s cases from %s", count, path)
        ctx.bus.publish(Change("import"))
        ctx.dialogs.info(
            parent,
            QCoreApplication.translate("Transfer", "Import ready"),
            QCoreApplication.translate(
                "Transfer", "%n customer reaction(s) were imported.", "", count
            ),
        )
    return count
