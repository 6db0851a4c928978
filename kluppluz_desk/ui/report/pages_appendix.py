"""The appendix review (each reaction's public texts, per location) and the privacy check.

Appendix texts are the cases' own public summary and measure: they are saved on the case
(services.cases.update_case), so the case editor and next year's figures agree with the
report. Report texts found by the privacy check are corrected in the draft.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import cases, masterdata, report
from ...services.dto import Change
from ...services.report import AppendixCase, ReviewedHit
from .draft_page import DraftPage

CASE_ROLE = Qt.ItemDataRole.UserRole


class AppendixPage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The appendix: every reaction per location"))
        self.setSubTitle(
            self.tr("This is what the public reads. Changes are saved on the reaction itself.")
        )
        self.cases: dict[int, AppendixCase] = {}
        self.current: int | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("appendixTree")
        self.tree.setAccessibleName(self.tr("Reactions per location"))
        self.tree.setHeaderLabels(
            [self.tr("Location / reaction"), self.tr("Category"), self.tr("Public summary")]
        )
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("No reactions were received in this year: the appendix says so.")
        )
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("appendixSummary")
        self.summary.setAccessibleName(self.tr("Public summary"))
        self.summary.setTabChangesFocus(True)
        self.measure = QPlainTextEdit()
        self.measure.setObjectName("appendixMeasure")
        self.measure.setAccessibleName(self.tr("Measure"))
        self.measure.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save this reaction"))
        self.save_button.clicked.connect(self.save_current)
        editor = QWidget()
        form = QFormLayout(editor)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("Public &summary:"), self.summary)
        form.addRow(self.tr("&Measure:"), self.measure)
        form.addRow("", self.save_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.tree.currentItemChanged.connect(self._item_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.report_wizard()
        self.category.clear()
        self.category.addItem(self.tr("(none)"), None)
        for item in wizard.call(masterdata.list_items, wizard.ctx.db, "category") or []:
            self.category.addItem(item.name, item.id)
        self.reload()

    def reload(self) -> None:
        wizard = self.report_wizard()
        rows = wizard.call(report.appendix_cases, wizard.ctx.db, wizard.year) or []
        self.cases = {row.case_id: row for row in rows}
        self.current = None
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            parent = parents.get(row.location)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [row.location])
                parent.setFirstColumnSpanned(False)
                parents[row.location] = parent
            entry = row.entry()
            item = QTreeWidgetItem(
                parent,
                [f"{row.reference} ({row.received_on:%d-%m})", entry.category, entry.summary],
            )
            item.setData(0, CASE_ROLE, row.case_id)
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        self._set_editor(None)
        first = next(iter(parents.values()), None)
        child = first.child(0) if first is not None and first.childCount() else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def _set_editor(self, row: AppendixCase | None) -> None:
        for widget in (self.category, self.summary, self.measure, self.save_button):
            widget.setEnabled(row is not None)
        self.summary.setPlainText(row.summary if row else "")
        self.measure.setPlainText(row.measure if row else "")
        self.category.setCurrentIndex(max(self.category.findData(row.category_id), 0) if row else 0)

    def _dirty(self) -> bool:
        row = self.cases.get(self.current) if self.current is not None else None
        return row is not None and (
            self.summary.toPlainText() != row.summary
            or self.measure.toPlainText() != row.measure
            or self.category.currentData() != row.category_id
        )

    def _item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if self._dirty():
            self.save_current()
        case_id = item.data(0, CASE_ROLE) if item is not None else None
        self.current = case_id
        self._set_editor(self.cases.get(case_id) if case_id is not None else None)

    def save_current(self) -> bool:
        if self.current is None or not self._dirty():
            return True
        wizard = self.report_wizard()
        row = self.cases[self.current]
        values = {
            "public_summary": self.summary.toPlainText().strip(),
            "public_measure": self.measure.toPlainText().strip(),
            "category_id": self.category.currentData(),
        }
        detail = wizard.call(
            cases.update_case,
            wizard.ctx.db,
            case_id=row.case_id,
            version=row.version,
            values=values,
        )
        if detail is None:
            return False
        wizard.ctx.bus.publish(Change("case", (row.case_id,), detail))
        updated = replace(
            row,
            version=detail.version,
            summary=values["public_summary"],
            measure=values["public_measure"],
            category_id=values["category_id"],
            category=self.category.currentText() if values["category_id"] else row.category,
        )
        self.cases[row.case_id] = updated
        item = self.tree.currentItem()
        if item is not None and item.data(0, CASE_ROLE) == row.case_id:
            entry = updated.entry()
            item.setText(1, entry.category)
            item.setText(2, entry.summary)
        return True

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.save_current() and super().validatePage()


class PrivacyPage(DraftPage):
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Privacy check"))
        self.setSubTitle(
            self.tr(
                "The report is public: it may not name or reveal anyone. "
                "Correct each finding, or accept it with a reason."
            )
        )
        self.review: list[ReviewedHit] = []
        self.result = QLabel()
        self.result.setObjectName("privacyResult")
        self.result.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("privacyHits")
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("Text"),
                self.tr("What"),
                self.tr("Found"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("privacyText")
        self.text.setAccessibleName(self.tr("Text with the finding"))
        self.text.setTabChangesFocus(True)
        self.fix_button = QPushButton(self.tr("Save &corrected text"))
        self.fix_button.clicked.connect(self.save_fix)
        self.reason = QLineEdit()
        self.reason.setObjectName("acceptReason")
        self.reason.setAccessibleName(self.tr("Reason to accept"))
        self.reason.setPlaceholderText(self.tr("Why may this stay in the public report?"))
        self.accept_button = QPushButton(self.tr("&Accept with this reason"))
        self.accept_button.clicked.connect(self.accept_current)
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.reason, 1)
        accept_row.addWidget(self.accept_button)
        self.small_numbers = QLabel()
        self.small_numbers.setObjectName("smallNumbers")
        self.small_numbers.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.small_numbers)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(accept_row)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.rescan()

    def rescan(self) -> None:
        wizard = self.report_wizard()
        self.review = wizard.call(report.privacy_review, wizard.ctx.db, wizard.year) or []
        self.table.setRowCount(len(self.review))
        for row, reviewed in enumerate(self.review):
            hit = reviewed.hit
            status = (
                self.tr("Accepted: {reason}").format(reason=reviewed.accepted.reason)
                if reviewed.accepted
                else self.tr("To do")
            )
            cells = (hit.reference, report.field_label(hit.field), hit.kind, hit.snippet, status)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        open_hits = sum(1 for r in self.review if r.accepted is None)
        if not self.review:
            self.result.setText(self.tr("No personal data found. The report can be made."))
        elif open_hits:
            self.result.setText(self.tr("%n finding(s) still to correct or accept.", "", open_hits))
        else:
            self.result.setText(self.tr("Every finding is accepted with a reason."))
        warnings = wizard.call(report.small_numbers, wizard.ctx.db, wizard.year) or []
        self.small_numbers.setVisible(bool(warnings))
        self.small_numbers.setText(
            "\n".join(
                [self.tr("Small numbers (a warning; it does not block the report):")]
                + [f"• {w.message}" for w in warnings]
            )
        )
        first_open = next((i for i, r in enumerate(self.review) if r.accepted is None), 0)
        self.table.setCurrentCell(first_open if self.review else -1, 0)
        self._show(first_open if self.review else -1)
        self.completeChanged.emit()

    def _selected(self) -> ReviewedHit | None:
        row = self.table.currentRow()
        return self.review[row] if 0 <= row < len(self.review) else None

    def _source_text(self, reviewed: ReviewedHit) -> str | None:
        hit = reviewed.hit
        wizard = self.report_wizard()
        if hit.reference == report.TEXTS_REFERENCE:
            return str(getattr(wizard.content.texts, hit.field))
        if hit.field in ("public_summary", "public_measure"):
            row = self._case(hit.reference)
            if row is not None:
                return row.summary if hit.field == "public_summary" else row.measure
        return None  # an improvement title: corrected in the case editor

    def _case(self, reference: str) -> AppendixCase | None:
        wizard = self.report_wizard()
        rows = wizard.call(report.appendix_cases, wizard.ctx.db, wizard.year) or []
        return next((r for r in rows if r.reference == reference), None)

    def _show(self, row: int) -> None:
        reviewed = self.review[row] if 0 <= row < len(self.review) else None
        source = self._source_text(reviewed) if reviewed else None
        self.explanation.setText(reviewed.hit.explanation if reviewed else "")
        if reviewed is not None and source is None:
            self.explanation.setText(
                reviewed.hit.explanation
                + " "
                + self.tr("Correct this improvement action in the reaction itself.")
            )
        self.text.setPlainText(source or "")
        self.text.setEnabled(source is not None)
        self.fix_button.setEnabled(source is not None)
        self.accept_button.setEnabled(reviewed is not None)
        self.reason.setEnabled(reviewed is not None)
        if reviewed is not None and source:
            start = source.find(reviewed.hit.snippet)
            if start >= 0:
                cursor = self.text.textCursor()
                cursor.setPosition(start)
                cursor.setPosition(
                    start + len(reviewed.hit.snippet), QTextCursor.MoveMode.KeepAnchor
                )
                self.text.setTextCursor(cursor)

    def save_fix(self) -> None:
        reviewed = self._selected()
        if reviewed is None:
            return
        hit, wizard, new_text = reviewed.hit, self.report_wizard(), self.text.toPlainText()
        if hit.reference == report.TEXTS_REFERENCE:
            texts = replace(wizard.content.texts, **{hit.field: new_text.strip()})
            if not wizard.store(replace(wizard.content, texts=texts)):
                return
        else:
            row = self._case(hit.reference)
            if row is None:
                return
            detail = wizard.call(
                cases.update_case,
                wizard.ctx.db,
                case_id=row.case_id,
                version=row.version,
                values={hit.field: new_text.strip()},
            )
            if detail is None:
                return
            wizard.ctx.bus.publish(Change("case", (row.case_id,), detail))
        self.rescan()

    def accept_current(self) -> None:
        reviewed = self._selected()
        if reviewed is None:
            return
        wizard = self.report_wizard()
        if not self.reason.text().strip():
            wizard.ctx.dialogs.warning(
                self,
                self.tr("Reason needed"),
                self.tr("Say why this may stay in the public report."),
            )
            return
        assert wizard.loaded is not None
        stored = wizard.call(
            report.accept_hit,
            wizard.ctx.db,
            wizard.year,
            reviewed.hit,
            self.reason.text(),
            wizard.loaded.version,
        )
        if wizard.adopt(stored):
            self.reason.clear()
            self.rescan()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return all(r.accepted is not None for r in self.review)
