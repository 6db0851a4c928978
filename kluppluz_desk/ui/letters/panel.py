"""The letters of one case: the list of letters sent, "Brief maken…" (the kind that fits
the case's status is preselected), "Openen" (the stored PDF exactly as sent) and
"Dossier exporteren…".

Entry point for the case editor: `LettersPanel(ctx)`, then `set_case(detail)` whenever the
editor shows another case or a fresh copy; `detail_changed(CaseDetail)` fires after a letter
is recorded (recording an acknowledgement can move the case on, so the editor takes the
new version), and a `Change` is published on `ctx.bus` as well.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import LetterKind
from ...private_files import write_private
from ...services.dto import CaseDetail, Change
from ...services.letters import (
    DOSSIER_PURPOSES,
    case_dossier_pdf,
    letter_pdf,
    render_letter_pdf,
    suggested_kind,
)
from ..context import AppContext
from .preview import LetterPreviewDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LettersPanel(QWidget):
    detail_changed = Signal(object)  # CaseDetail

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self.preview: LetterPreviewDialog | None = None
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Letter date"), self.tr("Kind"), self.tr("Subject"), self.tr("By")]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Letters sent"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.empty = QLabel(self.tr("No letters have been sent for this case yet."), self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of letter"))
        for kind in LetterKind:
            self.kind.addItem(kind.label, kind.value)
        self.make_button = QPushButton(self.tr("&Make letter…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.dossier_button = QPushButton(self.tr("Export &dossier…"), self)
        self.make_button.setToolTip(self.tr("Shows the letter first; nothing is recorded yet."))
        self.open_button.setToolTip(self.tr("The letter exactly as it was sent."))
        self.make_button.clicked.connect(self.make_letter)
        self.open_button.clicked.connect(self.open_letter)
        self.dossier_button.clicked.connect(self.export_dossier)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Letter:"), self))
        row.addWidget(self.kind)
        row.addWidget(self.make_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        # The dossier on a row of its own: beside the letter buttons it made the editor
        # wider than a 1280 px laptop leaves it beside the case list (issue 15).
        dossier_row = QHBoxLayout()
        dossier_row.addStretch(1)
        dossier_row.addWidget(self.dossier_button)
        column = QVBoxLayout(self)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        column.addLayout(dossier_row)
        self.setTabOrder(self.table, self.kind)
        self.setTabOrder(self.kind, self.make_button)
        self.setTabOrder(self.make_button, self.open_button)
        self.setTabOrder(self.open_button, self.dossier_button)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bus.changed.connect(self._on_change)
        self.set_case(None)

    # --- showing -------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail | None) -> None:
        """Show the letters of `detail` (None: no case, everything disabled)."""
        same_case = detail is not None and self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.model.removeRows(0, self.model.rowCount())
        for letter in [] if detail is None else detail.letters:
            cells = [
                letter.letter_date.strftime("%d-%m-%Y"),
                letter.kind.label,
                letter.subject,
                letter.author,
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            items[0].setData(letter.id, ID_ROLE)
            self.model.appendRow(items)
        self.empty.setVisible(detail is not None and not detail.letters)
        if detail is not None and not same_case:
            self.select_kind(suggested_kind(detail))
        self._update_buttons()

    def select_kind(self, kind: LetterKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def letter_rows(self) -> list[list[str]]:
        """What the user sees in the list, row by row."""
        return [
            [self.model.item(r, c).text() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]

    def selected_letter_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.model.item(rows[0].row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        has_case = self.detail is not None
        for widget in (self.kind, self.make_button, self.dossier_button):
            widget.setEnabled(has_case)
        self.open_button.setEnabled(self.selected_letter_id() is not None)

    def _on_change(self, change: Change) -> None:
        if self.detail is None or change.detail is None or change.detail.id != self.detail.id:
            return
        if change.detail is not self.detail:
            self.set_case(change.detail)

    def _recorded(self, detail: CaseDetail) -> None:
        self.set_case(detail)
        self.detail_changed.emit(detail)

    # --- actions -------------------------------------------------------------------------

    def make_letter(self) -> None:
        if self.detail is None:
            return
        kind = LetterKind(self.kind.currentData())
        letter = self.ctx.call(
            render_letter_pdf,
            self.ctx.db,
            self.detail.id,
            kind,
            parent=self,
            title=self.tr("No letter"),
        )
        if letter is None:
            return
        self.preview = LetterPreviewDialog.for_new(self.ctx, self.detail.id, letter, self)
        self.preview.recorded.connect(self._recorded)
        self.preview.open()

    def make_letter_of(self, kind: LetterKind) -> None:
        """The preview of a new letter of `kind` (the step panel's "Make the letter…")."""
        self.select_kind(kind)
        self.make_letter()

    def _activated(self, _index: QModelIndex) -> None:
        self.open_letter()

    def open_letter(self) -> None:
        letter_id = self.selected_letter_id()
        if self.detail is None or letter_id is None:
            return
        pdf = self.ctx.call(letter_pdf, self.ctx.db, letter_id, parent=self)
        if pdf is None:
            return
        view = next(x for x in self.detail.letters if x.id == letter_id)
        title = self.tr("Sent letter: {0} of {1}").format(
            view.kind.label, view.letter_date.strftime("%d-%m-%Y")
        )
        filename = f"{self.detail.reference}-{view.letter_date.isoformat()}-{view.kind.value}.pdf"
        self.preview = LetterPreviewDialog.for_stored(
            self.ctx, pdf, title=title, filename=filename, parent=self
        )
        self.preview.open()

    def export_dossier(self) -> None:
        detail = self.detail
        if detail is None:
            return
        purpose = self.ctx.dialogs.choose(
            self,
            self.tr("Export dossier"),
            self.tr(
                "The dossier holds personal data of the child and the parents. What is it "
                "for? This is printed on it and kept in the history."
            ),
            list(DOSSIER_PURPOSES.items()),
        )
        if purpose is None:
            return
        path = self.ctx.dialogs.save_file(
            self,
            self.tr("Save dossier"),
            f"Dossier {detail.reference}.pdf",
            self.tr("PDF files (*.pdf)"),
            kind="dossier",
        )
        if not path:
            return
        pdf = self.ctx.call(
            case_dossier_pdf,
            self.ctx.db,
            detail.id,
            DOSSIER_PURPOSES[purpose],
            parent=self,
            title=self.tr("No dossier"),
        )
        if pdf is None:
            return
        try:
            write_private(path, pdf)
        except OSError as exc:
            self.ctx.dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write {0}: {1}").format(path, exc.strerror),
            )
            return
        self.ctx.bus.publish(Change("case", (detail.id,)))
        self.ctx.dialogs.info(
            self, self.tr("Dossier exported"), self.tr("The dossier is saved as {0}.").format(path)
        )
