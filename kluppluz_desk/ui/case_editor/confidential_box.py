"""The "Confidential" box on the Handling tab: K&V marks a case confidential, with the
reason (meldcode, about a staff member, safety), and names the staff who may still see it
besides K&V, the director and the handler (`services.access.set_confidential`).

Everyone else sees the same box read-only, with the reason why as tooltip: the services
refuse the change as well, and on PostgreSQL the server's policies do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import ConfidentialReason, Right
from ...services import access, cases
from ..context import AppContext
from .records import RecordTab
from .refs import RefLists

translate = QCoreApplication.translate


class ConfidentialBox(RecordTab):
    """Confidentiality of the case shown in the editor, stored at once by its button."""

    def __init__(self, ctx: AppContext, refs: RefLists, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.refs = refs
        group = QGroupBox(self.tr("Confidential"), self)
        self.flag = QCheckBox(self.tr("Confidential case"), group)
        self.flag.setToolTip(
            self.tr(
                "Seen only by Quality & Safety, the director, the handler and the staff "
                "named below."
            )
        )
        self.flag.toggled.connect(self._follow_flag)
        self.reason = QComboBox(group)
        self.reason.setAccessibleName(self.tr("Reason for confidentiality"))
        for member in ConfidentialReason:
            self.reason.addItem(member.label, member.value)
        self.named = QListWidget(group)
        self.named.setAccessibleName(self.tr("Staff who may see this case"))
        self.named.setMaximumHeight(110)
        self.store = QPushButton(self.tr("Store confidentiality"), group)
        self.store.clicked.connect(self._store)
        self.note = QLabel(group)
        self.note.setWordWrap(True)
        # The flag above its reason: side by side they were wider than the editor beside
        # the list at 1280 px.
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reason:"), group))
        top.addWidget(self.reason, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.store)
        column = QVBoxLayout(group)
        column.addWidget(self.flag, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(top)
        column.addWidget(QLabel(self.tr("Staff named on the case (may see it as well):"), group))
        column.addWidget(self.named)
        column.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(group)

    def _may_change(self) -> str | None:
        """None when the current person may change confidentiality, else why not."""
        viewer = self.ctx.db.access
        return viewer.why_not(Right.MARK_CONFIDENTIAL) if viewer is not None else None

    def refresh(self) -> None:
        d = self.detail
        state = None
        if d is not None:
            state = self.ctx.call(access.confidentiality, self.ctx.db, d.id, parent=self)
        named = set(state.named_staff_ids) if state is not None else set()
        self.flag.setChecked(bool(state and state.confidential))
        if state is not None and state.reason is not None:
            self.reason.setCurrentIndex(self.reason.findData(state.reason.value))
        self.named.clear()
        for item in self.refs.items("staff"):
            if item.active or item.id in named:
                row = QListWidgetItem(item.name, self.named)
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = item.id in named
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        refusal = self._may_change()
        editable = d is not None and refusal is None
        for widget in (self.flag, self.named, self.store):
            widget.setEnabled(editable)
        self.reason.setEnabled(editable and self.flag.isChecked())
        self.note.setText(refusal or "")
        self.setToolTip(refusal or "")

    def _follow_flag(self, on: bool) -> None:
        self.reason.setEnabled(on and self.flag.isEnabled())

    def named_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.named.count()):
            item = self.named.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def _store(self) -> None:
        d = self.detail
        if d is None:
            return
        reason = ConfidentialReason(self.reason.currentData()) if self.flag.isChecked() else None
        stored = self.ctx.call(
            access.set_confidential, self.ctx.db, d.id, reason, self.named_ids(), parent=self,
            title=translate("Records", "Not saved"),
        )  # fmt: skip
        if stored is None:
            return
        # The case's version moved on: the editor takes the fresh detail as its base.
        detail = self.ctx.call(cases.get_case, self.ctx.db, d.id, parent=self)
        if detail is not None:
            self.detail_changed.emit(detail)
        done = self.tr("Stored: confidential.") if reason else self.tr("Stored: not confidential.")
        self.note.setText(done)
