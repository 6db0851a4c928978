"""The "Klantreacties" page: the filtered case list on the left, the case editor on the
right. Before another case is opened (or a new one started) the editor may ask to save.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.today import today
from ...services.dto import Change
from ..case_editor.editor import CaseEditor
from ..context import AppContext
from ..spreadsheet_actions import export_in_background
from .columns import apply_default_columns, key_columns_width, widen_cut_columns
from .filter_bar import CaseFilterBar
from .model import CaseListModel

log = logging.getLogger(__name__)
# Narrower than this, a list shows too little to choose a case from: it folds instead.
MIN_LIST_WIDTH = 260


class CasesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_id: int | None = None
        self._syncing = False
        self._layout_restored = False

        self.filter_bar = CaseFilterBar(ctx)
        self.model = CaseListModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Customer reactions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        apply_default_columns(self.table)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        left = QWidget()
        # The list may fold (see share_width): its filters' width is no floor for the window.
        left.setMinimumWidth(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.export_button = QPushButton(self.tr("To &Excel…"))
        self.export_button.setObjectName("exportList")
        self.export_button.setToolTip(
            self.tr("Save this list, with its filter and sort, as an Excel workbook or CSV")
        )
        self.export_button.clicked.connect(self.export_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        left_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("casesSplitter")
        self.splitter.addWidget(left)
        self.editor = CaseEditor(ctx, self.splitter)
        self.splitter.addWidget(self.editor)
        # Too narrow for both (a half screen, a big font): the list folds away to the
        # left edge, where its handle pulls it back; the editor never folds.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self._list_folded = False  # folded by share_width, not by the user
        self.splitter.splitterMoved.connect(self._moved_by_hand)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.model.set_filter(self.filter_bar.current_filter(), reload=False)
        self.table.setSortingEnabled(True)  # loads, sorted by the indicator: newest first
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        ctx.bus.changed.connect(self._on_change)
        self.editor.case_changed.connect(self._editor_changed)

    def export_list(self) -> str | None:
        """The list as shown (filter and sort) to .xlsx or .csv, in the background."""
        # Imported here: it pulls in the report's figures, not needed at start.
        from ...services import spreadsheet_export

        flt, sort = self.model.case_filter, self.model.case_sort
        total = self.model.rowCount()
        db = self.ctx.db
        return export_in_background(
            self.ctx, self, self.tr("Case list to Excel"),
            f"klantreacties-{today():%Y-%m-%d}.xlsx",
            lambda path, progress: spreadsheet_export.export_case_list(
                db, path, flt, sort, progress=progress),
            total)  # fmt: skip

    # --- opening cases ------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask the editor to save pending edits; False when the user cancels."""
        return self.editor.maybe_save()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id is None or case_id == self._current_id:
            return
        if not self.maybe_save():
            self._select(self._current_id)  # stay on the case with the unsaved edits
            return
        self.open_case(case_id)

    def open_case(self, case_id: int | None) -> None:
        self._current_id = case_id
        self.editor.load_case(case_id)

    def _activated(self, index: QModelIndex) -> None:
        self._row_changed(index, QModelIndex())
        if self.model.case_id(index.row()) == self._current_id:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editor.focusNextChild()

    def new_case(self) -> None:
        if not self.maybe_save():
            return
        self._current_id = None
        self._select(None)
        self.editor.new_case()

    def save(self) -> None:
        self.editor.save()

    def next_step(self) -> None:
        self.editor.next_step()

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def _select(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else None
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._syncing = False

    # --- refreshing ---------------------------------------------------------------------
    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n customer reaction(s)", "", count))
        if self._current_id is not None:
            self._select(self._current_id)

    def _editor_changed(self, change: Any) -> None:
        if isinstance(change, Change):
            if change.detail is not None:
                self._current_id = change.detail.id
            elif change.case_ids:
                self._current_id = change.case_ids[0]
        self.filter_bar.fill_choices()
        self.model.schedule_reload()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("masterdata", "import", "case"):
            self.filter_bar.fill_choices()
        self.model.schedule_reload()

    # --- remembered layout --------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("cases/splitter", self.splitter.saveState())
        settings.setValue("cases/header", self.table.horizontalHeader().saveState())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:
            # Only now has the page its real size; restored earlier, the splitter would
            # share out a size that the page does not have yet.
            self._layout_restored = True
            self.restore_state(self.ctx.qsettings)

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("cases/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            widen_cut_columns(self.table)
        splitter = settings.value("cases/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            # Once the window has laid out its real size (the show is still under way).
            QTimer.singleShot(0, self.share_width)
        else:
            QTimer.singleShot(0, self._keep_editor_usable)

    def share_width(self) -> None:
        """The list as wide as its key columns, the editor the rest. Where a list with
        its key columns and a usable editor do not both fit, the editor keeps its minimum
        and the list scrolls; below a narrow list's worth of room the list folds away."""
        total = self.splitter.width()
        left_widget = self.splitter.widget(0)
        left_extra = (left_widget.width() if left_widget else 0) - self.table.width()
        want = key_columns_width(self.table) + max(left_extra, 6)
        editor_min = self.editor.minimumSizeHint().width()
        room = total - editor_min - self.splitter.handleWidth()
        self._list_folded = room < MIN_LIST_WIDTH
        if self._list_folded:
            self.splitter.setSizes([0, total])
            return
        left = min(want, room)
        self.splitter.setSizes([left, max(total - left, editor_min)])

    def _moved_by_hand(self, _pos: int, _index: int) -> None:
        self._list_folded = False  # the user's choice now: a resize leaves it alone

    def list_folded(self) -> bool:
        """True while the list is folded away (the splitter gave it no room)."""
        return self.splitter.sizes()[0] == 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Folded for want of room, and the window is wider again: share anew.
        if self._list_folded and self._layout_restored:
            QTimer.singleShot(0, self.share_width)

    def _keep_editor_usable(self) -> None:
        # A splitter remembered on a wider screen may leave the editor below its minimum.
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] < self.editor.minimumSizeHint().width():
            self.share_width()
