"""The Bijlagen tab: the original e-mail or scanned letter kept with the case.

Files come in by drag and drop (onto this tab or anywhere on the editor) or through
"Toevoegen…". "Openen" writes the stored copy to a private temporary folder and hands it
to the system's viewer; the database copy stays the original.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...private_files import write_private
from ...services import cases
from ..context import AppContext
from .records import RecordTab, RecordTable, fmt_datetime, fmt_size

log = logging.getLogger(__name__)
# Reading a file far beyond the limit into memory only to refuse it would be wasteful.
_READ_LIMIT = 10 * cases.MAX_ATTACHMENT_BYTES


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class AttachmentsTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self.table = RecordTable(
            [self.tr("Name"), self.tr("Size"), self.tr("Added by"), self.tr("Added on")],
            self.tr("Attachments"),
            self,
            text_column=0,
        )
        self.table.activated.connect(lambda _i: self.open_selected())
        limit = cases.MAX_ATTACHMENT_BYTES // 1_048_576
        hint = QLabel(
            self.tr("Drag files onto the editor, or choose Add…. At most {0} MB per file.").format(
                limit
            ),
            self,
        )
        hint.setWordWrap(True)  # wraps on a narrow editor instead of widening it
        self.add = QPushButton(self.tr("Add…"), self)
        self.add.clicked.connect(self.choose)
        self.open = QPushButton(self.tr("Open"), self)
        self.open.clicked.connect(self.open_selected)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.add)
        row.addWidget(self.open)
        row.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        self._temp: tempfile.TemporaryDirectory[str] | None = None

    def write_widgets(self) -> Sequence[QWidget]:
        return (self.add, self.remove)  # Open stays: reading needs no right

    def refresh(self) -> None:
        items = [] if self.detail is None else self.detail.attachments
        self.table.set_rows(
            [
                (a.id, [a.filename, fmt_size(a.size), a.added_by, fmt_datetime(a.added_at)])
                for a in items
            ]
        )

    def choose(self) -> None:
        path = self.ctx.dialogs.open_file(
            self, self.tr("Add attachment"), self.tr("All files (*)"), kind="attachment"
        )
        if path:
            self.add_files([Path(path)])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if self.detail is None:
                return
            try:
                size = path.stat().st_size
                if size > _READ_LIMIT:
                    raise OSError(self.tr("the file is far too large"))
                data = path.read_bytes()
            except OSError as exc:
                self.ctx.dialogs.warning(
                    self,
                    self.tr("Attachment not added"),
                    self.tr("'{0}' could not be read: {1}").format(path.name, exc),
                )
                continue
            self.run(cases.add_attachment, case_id=self.detail.id, filename=path.name, data=data)

    def open_selected(self) -> None:
        chosen = self.table.selected_id()
        if chosen is None:
            return
        found = self.ctx.call(cases.attachment_data, self.ctx.db, chosen, parent=self)
        if found is None:
            return
        name, data = found
        if self._temp is None:
            # Removed with the editor; the viewer may still hold the file until then.
            self._temp = tempfile.TemporaryDirectory(prefix="kluppluz-bijlage-")
        folder = Path(self._temp.name) / str(chosen)
        folder.mkdir(exist_ok=True)
        target = folder / Path(name).name
        write_private(target, data)
        log.info("opening attachment %s with the system viewer", chosen)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.ctx.dialogs.warning(
                self,
                self.tr("Cannot open"),
                self.tr("No program was found to open '{0}'. It was saved as {1}.").format(
                    name, target
                ),
            )

    def remove_selected(self) -> None:
        chosen = self.table.selected_id()
        if chosen is None or self.detail is None:
            return
        name = next(a.filename for a in self.detail.attachments if a.id == chosen)
        if self.ctx.dialogs.confirm(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove '{0}' from this case? The history keeps a note of it.").format(name),
        ):
            self.run(cases.remove_attachment, attachment_id=chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.detail is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.add_files(files)
