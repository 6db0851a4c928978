"""Step 2: which column is which field (guessed from the Dutch headers), and what the
register's words mean here: a location or category the program does not know is mapped
to an existing one or created; an unknown kind or channel is mapped to one of ours."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizardPage,
)

from ...domain.enums import Channel, ReactionKind
from ...services import register_import as ri
from .state import ImportState

UNUSED = ""


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Columns and values"))
        self.setSubTitle(self.tr(
            "Check which column holds which field, and choose what the words in the register "
            "mean. The choices are remembered for next year's register."))  # fmt: skip
        self.columns: dict[str, QComboBox] = {}
        # The fields in a scroll area: with 19 fields the form would make the wizard taller
        # than a 720-pixel laptop screen.
        fields = QWidget()
        form = QFormLayout(fields)
        scroll = QScrollArea()
        scroll.setObjectName("columnFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)
        columns_box = QGroupBox(self.tr("Columns"))
        QHBoxLayout(columns_box).addWidget(scroll)
        for spec in ri.IMPORT_FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(spec.label)
            combo.currentIndexChanged.connect(lambda _i, name=spec.name: self._column_changed(name))
            self.columns[spec.name] = combo
            form.addRow(spec.label + ":", combo)
        self.default_kind = QComboBox()
        for kind in ReactionKind:
            self.default_kind.addItem(kind.label, kind.value)
        self.default_channel = QComboBox()
        for channel in Channel:
            self.default_channel.addItem(channel.label, channel.value)
        self.default_kind.currentIndexChanged.connect(self._defaults_changed)
        self.default_channel.currentIndexChanged.connect(self._defaults_changed)
        form.addRow(self.tr("Kind when empty:"), self.default_kind)
        form.addRow(self.tr("Channel when empty:"), self.default_channel)
        self.unknown = QTableWidget(0, 3)
        self.unknown.setObjectName("unknownValues")
        self.unknown.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the register"), self.tr("Becomes")]
        )
        self.unknown.horizontalHeader().setStretchLastSection(True)
        self.unknown.verticalHeader().hide()
        self.unknown_note = QLabel()
        self.unknown_note.setWordWrap(True)
        values_box = QGroupBox(self.tr("Values the program does not know"))
        values_layout = QFormLayout(values_box)
        values_layout.addRow(self.unknown_note)
        values_layout.addRow(self.unknown)
        layout = QHBoxLayout(self)
        layout.addWidget(columns_box, 2)
        layout.addWidget(values_box, 3)
        self._filling = False

    def initializePage(self) -> None:
        state = self.state
        assert state.rows is not None
        rows = state.rows.rows
        header_row = state.mapping.header_row or 0
        names = ri.complete_mapping(state.rows, state.mapping, header_row)
        state.mapping = names
        available = [] if not rows else ri.header_names(rows[header_row])
        self._filling = True
        for name, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(not used)"), UNUSED)
            for header in available:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(state.mapping.columns.get(name, UNUSED))))
        self.default_kind.setCurrentIndex(self.default_kind.findData(state.mapping.default_kind))
        self.default_channel.setCurrentIndex(
            self.default_channel.findData(state.mapping.default_channel)
        )
        self._filling = False
        self.refresh_unknown()

    def _column_changed(self, name: str) -> None:
        if self._filling:
            return
        header = self.columns[name].currentData()
        columns = {k: v for k, v in self.state.mapping.columns.items() if k != name}
        if header:
            # A column holds one field: taking it here frees it elsewhere.
            columns = {k: v for k, v in columns.items() if v != header}
            columns[name] = header
        self.state.mapping = replace(self.state.mapping, columns=columns)
        self._filling = True
        for other, combo in self.columns.items():
            combo.setCurrentIndex(max(0, combo.findData(columns.get(other, UNUSED))))
        self._filling = False
        self.refresh_unknown()

    def _defaults_changed(self) -> None:
        if not self._filling:
            self.state.mapping = replace(
                self.state.mapping, default_kind=self.default_kind.currentData(),
                default_channel=self.default_channel.currentData())  # fmt: skip
            self.refresh_unknown()

    def refresh_unknown(self) -> None:
        state = self.state
        assert state.rows is not None
        with state.ctx.busy():
            state.preview = ri.preview_register(state.ctx.db, state.rows, state.mapping)
            master = ri.master_names(state.ctx.db)
        pairs = [(field, raw) for field, values in state.preview.unknown.items() for raw in values]
        self.unknown.setRowCount(len(pairs))
        for row, (field, raw) in enumerate(pairs):
            self.unknown.setItem(row, 0, QTableWidgetItem(ri.FIELDS_BY_NAME[field].label))
            self.unknown.setItem(row, 1, QTableWidgetItem(raw))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Becomes"))
            combo.addItem(self.tr("— choose —"), None)
            if field in ("location", "category"):
                combo.addItem(self.tr("Create new: %1").replace("%1", " ".join(raw.split())),
                              ri.CREATE)  # fmt: skip
                table = master.locations if field == "location" else master.categories
                for _id, name in sorted(table.values(), key=lambda t: t[1].lower()):
                    combo.addItem(name, name)
            elif field in ("handler", "service"):
                combo.addItem(self.tr("Leave empty"), ri.LEAVE_EMPTY)
                table = master.staff if field == "handler" else master.services
                # Staff are listed under name and login: each person once.
                for name in sorted({n for _id, n in table.values()}, key=str.lower):
                    combo.addItem(name, name)
            else:
                for member in ri.ENUMS[field]:
                    combo.addItem(member.label, member.value)
            combo.currentIndexChanged.connect(
                lambda _i, f=field, r=raw, c=combo: self._value_chosen(f, r, c)
            )
            self.unknown.setCellWidget(row, 2, combo)
        self.unknown.resizeColumnsToContents()
        self.unknown_note.setText(
            self.tr("Every value is known.") if not pairs else self.tr(
                "%n value(s) need a choice before the register can be imported.", "",
                len(pairs)))  # fmt: skip

    def _value_chosen(self, field: str, raw: str, combo: QComboBox) -> None:
        target = combo.currentData()
        if target is not None:
            self.state.mapping = self.state.mapping.with_value(field, raw, target)
            self.state.preview = None
