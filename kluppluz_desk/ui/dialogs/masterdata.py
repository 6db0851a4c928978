"""Extra > Stamgegevens: locations, staff, categories, services, regions and external bodies.

One tab per kind: the records on the left, the selected record's form on the right.
Everything is saved through `services.masterdata`, which checks and audits it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import masterdata
from ...services.dto import Change
from ..context import AppContext
from ..enter_guard import guard_enter
from .database_login import DatabaseLoginButton, StaffLogin
from .masterdata_fields import FieldInput, FieldSpec, kinds

log = logging.getLogger(__name__)


class MasterDataTab(QWidget):
    def __init__(
        self, ctx: AppContext, kind: str, specs: list[FieldSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.item_id: int | None = None
        self.items: list[Any] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records"))
        self.new_button = QPushButton(self.tr("&New"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.inputs = {spec.name: FieldInput(spec, self) for spec in specs}
        form = QFormLayout()
        for spec in specs:
            label = "" if spec.kind == "bool" else spec.label
            form.addRow(label, self.inputs[spec.name].widget)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        self.bottom_row = QHBoxLayout()  # the staff page puts "Database login…" here
        self.bottom_row.addStretch(1)
        self.bottom_row.addWidget(self.save_button)
        right.addLayout(self.bottom_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.list.currentRowChanged.connect(self._show_row)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.login_button: DatabaseLoginButton | None = None
        if kind == "staff":
            self.login_button = DatabaseLoginButton(ctx, self.current_staff, self)
            self.bottom_row.insertWidget(0, self.login_button)
        self.reload()

    def current_staff(self) -> StaffLogin | None:
        """The saved staff member selected in the list (None while a new one is typed)."""
        item = next((i for i in self.items if i.id == self.item_id), None)
        if item is None:
            return None
        return StaffLogin(item.id, item.name, getattr(item, "login", "") or "")

    def reload(self, select_id: int | None = None) -> None:
        for field_input in self.inputs.values():
            if field_input.spec.ref is not None:
                refs = self.ctx.call(masterdata.list_items, self.ctx.db, field_input.spec.ref)
                field_input.set_choices([(r.id, r.name) for r in refs or []])
        self.items = self.ctx.call(masterdata.list_items, self.ctx.db, self.kind) or []
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            text = getattr(item, "name", str(item.id))
            if getattr(item, "active", True) is False:
                text = self.tr("{name} (inactive)").format(name=text)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        ids = [item.id for item in self.items]
        if select_id in ids:
            self.list.setCurrentRow(ids.index(select_id))
        elif ids:
            self.list.setCurrentRow(0)
        else:
            self.start_new()

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.item_id = item.id
        for name, field_input in self.inputs.items():
            field_input.set(getattr(item, name, None))
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.item_id = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        for field_input in self.inputs.values():
            field_input.set(None)
        self.delete_button.setEnabled(False)
        first = next(iter(self.inputs.values()))
        first.widget.setFocus()

    def values(self) -> dict[str, Any]:
        return {name: field_input.get() for name, field_input in self.inputs.items()}

    def save(self) -> bool:
        saved = self.ctx.call(
            masterdata.save_item, self.ctx.db, self.kind, self.values(), self.item_id, parent=self
        )
        if saved is None:
            return False
        self.ctx.bus.publish(Change("masterdata"))
        self.reload(select_id=saved.id)
        return True

    def delete_current(self) -> None:
        if self.item_id is None:
            return
        name = self.list.currentItem().text() if self.list.currentItem() else ""
        if not self.ctx.dialogs.confirm(
            self, self.tr("Delete"), self.tr("Delete '{name}'?").format(name=name)
        ):
            return
        item_id = self.item_id

        def delete() -> bool:
            masterdata.delete_item(self.ctx.db, self.kind, item_id)
            return True

        if self.ctx.call(delete, parent=self) is None:
            return
        self.ctx.bus.publish(Change("masterdata"))
        self.reload()


class MasterDataDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Master data"))
        self.tabs = QTabWidget()
        self.pages: dict[str, MasterDataTab] = {}
        for kind, title, specs in kinds():
            page = MasterDataTab(ctx, kind, specs, self.tabs)
            self.pages[kind] = page
            self.tabs.addTab(page, title)
        # References (regions in locations, staff as managers) follow changes on other tabs.
        self.tabs.currentChanged.connect(self._tab_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(820, 520)
        guard_enter(self)

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, MasterDataTab):
            page.reload(select_id=page.item_id)
