"""Buttons and menu items that send a list to Excel: the case list (its filter and sort),
the dashboard and the annual report's figures. Asks for the file (`.xlsx` or `.csv`),
writes it in the background with a progress dialog, and says where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..domain.errors import KnownProblem
from .background import BackgroundRunner
from .context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpreadsheetExport", text)


def ask_target(ctx: AppContext, parent: QWidget | None, title: str, suggested: str) -> str | None:
    path = ctx.dialogs.save_file(
        parent,
        title,
        suggested,
        _tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        kind="spreadsheet",
    )
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".xlsx"
    return path


def export_in_background(
    ctx: AppContext,
    parent: QWidget | None,
    title: str,
    suggested: str,
    write: Callable[[str, Callable[[int], None]], int],
    total: int = 0,
    runner: BackgroundRunner | None = None,
) -> str | None:
    """Ask for the file, run `write(path, progress)` behind a progress dialog; the path
    written, or None when cancelled or refused (the reason shown). `total` (rows, when
    known) makes the progress bar move; Cancel stops at the next progress report."""
    path = ask_target(ctx, parent, title, suggested)
    if not path:
        return None

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        def report(done: int) -> None:
            if cancelled():
                # The workbook is only saved at the end: nothing has been written yet.
                raise KnownProblem("Het exporteren is afgebroken; er is geen bestand geschreven.")
            progress(done, total)

        return write(path, report)

    runner = runner or BackgroundRunner(ctx)
    count = runner.run(parent, _tr("Writing %1…").replace("%1", Path(path).name), work, title)
    if count is None:
        return None
    ctx.dialogs.info(
        parent,
        title,
        QCoreApplication.translate(
            "SpreadsheetExport", "%n row(s) written to:\n%1", "", count
        ).replace("%1", path),
    )
    return path
