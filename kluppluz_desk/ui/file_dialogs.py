"""Every file dialog of the program: where it opens and what it remembers.

A dialog first opens in the user's Documents folder, afterwards in the folder last used
for that KIND of file (letters, exports, logos, ...), remembered per PC in QSettings.
Only the folder is kept, never a file name (file names can carry a parent's name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

FOLDER_KEY = "file_dialogs/{kind}"


def start_folder(kind: str, settings: QSettings | None = None) -> str:
    """The folder last used for `kind` if it still exists, else Documents (else home)."""
    settings = settings or QSettings()
    last = str(settings.value(FOLDER_KEY.format(kind=kind), "") or "")
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def remember(kind: str, chosen: str, settings: QSettings | None = None) -> None:
    """Keep the folder of `chosen` (not its name) for the next dialog of this kind."""
    (settings or QSettings()).setValue(FOLDER_KEY.format(kind=kind), str(Path(chosen).parent))


def ask_open_file(parent: QWidget | None, kind: str, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(kind), filters)
    if not path:
        return None
    remember(kind, path)
    return path


def ask_save_file(
    parent: QWidget | None, kind: str, title: str, suggested: str, filters: str
) -> str | None:
    """`suggested` is a file name (placed in the start folder) or a full path (kept)."""
    proposal = (
        suggested if Path(suggested).is_absolute() else str(Path(start_folder(kind)) / suggested)
    )
    path, _ = QFileDialog.getSaveFileName(parent, title, proposal, filters)
    if not path:
        return None
    remember(kind, path)
    return path
