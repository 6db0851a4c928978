"""Extra > Bewaartermijn toepassen: erase personal data of old finished cases (AVG).

The erasure cannot be undone, so the user first sees what a dry run of
`services.maintenance.apply_retention` found (how many cases, which references, the cut-off
date) and must confirm; only then is it applied, and the outcome reported.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..services.dto import Change
from ..services.maintenance import RetentionResult, apply_retention
from .background import BackgroundRunner
from .context import AppContext

log = logging.getLogger(__name__)

# A longer list of references would make the question taller than the screen.
SHOWN_REFERENCES = 15


def references_text(references: tuple[str, ...]) -> str:
    """The references, comma separated; past SHOWN_REFERENCES only how many more."""
    shown = ", ".join(references[:SHOWN_REFERENCES])
    rest = len(references) - SHOWN_REFERENCES
    if rest <= 0:
        return shown
    return QCoreApplication.translate("Retention", "{shown} and %n more", "", rest).format(
        shown=shown
    )


def apply_retention_confirmed(
    ctx: AppContext, parent: QWidget | None, runner: BackgroundRunner | None = None
) -> RetentionResult | None:
    """Dry run, confirm, apply. Returns what was erased; None when nothing was done.
    Both run in a worker behind a progress dialog (seconds with 100,000 cases); only the
    dry run, which writes nothing, can be cancelled."""
    title = QCoreApplication.translate("Retention", "Apply retention period")
    runner = runner or BackgroundRunner(ctx)
    preview = runner.run(
        parent,
        QCoreApplication.translate("Retention", "Looking for customer reactions past the period…"),
        lambda _progress, _cancelled: apply_retention(ctx.db, dry_run=True),
        title,
    )
    if preview is None:
        return None
    cutoff = f"{preview.cutoff:%d-%m-%Y}"
    if not preview.count:
        ctx.dialogs.info(
            parent,
            title,
            QCoreApplication.translate(
                "Retention",
                "No customer reaction finished before {cutoff} still holds personal data. "
                "There is nothing to erase.",
            ).format(cutoff=cutoff),
        )
        return None
    question = QCoreApplication.translate(
        "Retention",
        "The retention period has passed for %n customer reaction(s) finished before "
        "{cutoff}: {references}.\n\n"
        "Their personal data will be erased for good: the details of the submitter and the "
        "child, the internal description, the notes, the attachments and the stored "
        "letters. The reference, dates, location, category, kind, status and the anonymised "
        "summary remain, so the annual figures stay correct.\n\n"
        "This cannot be undone. Erase the personal data now?",
        "",
        preview.count,
    ).format(cutoff=cutoff, references=references_text(preview.references))
    if not ctx.dialogs.confirm(parent, title, question):
        return None
    result = runner.run(
        parent,
        QCoreApplication.translate("Retention", "Erasing the personal data…"),
        lambda _progress, _cancelled: apply_retention(ctx.db, dry_run=False),
        title,
        cancellable=False,
    )
    if result is None:
        return None
    log.info("retention applied before %s to %s case(s)", result.cutoff, result.count)
    ctx.bus.publish(Change("case"))
    ctx.dialogs.info(
        parent,
        title,
        QCoreApplication.translate(
            "Retention",
            "The personal data of %n customer reaction(s) were erased. The history of each "
            "of them records that the retention period was applied.",
            "",
            result.count,
        ),
    )
    return result
