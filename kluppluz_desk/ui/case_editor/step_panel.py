"""One procedure step on one panel: exactly the parts that step needs (step_fields.py), with
what is still missing marked on the part itself.

The panel does not copy field logic: it BORROWS the editor's own model-bound widgets (a
`BoundField`'s input and error line, the "informed" record box) from their place on the
"All details" tabs and gives them back when the panel shows another step or the user goes
to all details. Each borrowed widget remembers its home layout and position, so giving
back puts it exactly where it was. The panel talks to the editor only through signals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Viewer
from ...domain.procedure import Step
from ...services.dto import CaseDetail
from .field_rights import is_role_refusal, waiting_for
from .field_tabs import note_label, scrolling
from .fields import ERROR_STYLE, BoundField, DateField, chain_tab_order, form_layout
from .step_fields import (
    JUDGMENT,
    LETTERS,
    STEP_LETTERS,
    missing_parts,
    needs_judgment,
    parts_for,
)

# What is missing is marked on the field itself: a dynamic property "missing" on the input
# (set by `mark`, cleared as soon as the field is filled) and this style sheet on the
# panel's body, so the mark shows only while the field is on the panel. Parts that are not
# one input (the informed record, the judgment, the letter) get a red bar on their frame.
MISSING_STYLE = """
QFrame#stepPart[missing="true"] { border: none; border-left: 3px solid #b00020; }
QLineEdit[missing="true"], QPlainTextEdit[missing="true"], QComboBox[missing="true"],
QDateEdit[missing="true"] { border: 2px solid #b00020; border-radius: 3px; }
"""

_MISSING_MARKER_STYLE = ERROR_STYLE + " font-weight: bold;"
_WAITING_STYLE = "color: #555555; font-style: italic;"


@dataclass
class _Loan:
    widget: QWidget
    home: QBoxLayout
    index: int


@dataclass
class _Part:
    frame: QFrame
    label: QLabel
    marker: QLabel
    field: QWidget | None = None  # the input that carries the mark (a field's own widget)


def mark_target(field: BoundField) -> QWidget:
    """The input a person types in: a date field's date edit, else the field's widget."""
    widget = field.widget
    return widget.edit if isinstance(widget, DateField) else widget


def set_missing(widget: QWidget, missing: bool) -> None:
    """Set the dynamic property and make the style sheet look at it again."""
    if widget.property("missing") == missing:
        return
    widget.setProperty("missing", missing)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class StepPanel(QWidget):
    """The fields of one step; `step_requested` when its own button is pressed."""

    step_requested = Signal(object)  # Step
    judgment_requested = Signal()
    letters_requested = Signal(object)  # LetterKind: the step's letter, in its preview

    def __init__(
        self,
        fields: Mapping[str, BoundField],
        extras: Mapping[str, tuple[QWidget, Sequence[QWidget], str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.setAccessibleName(self.tr("Fields of this step"))
        self.fields = fields
        self.extras = extras  # part name → (widget to borrow, its Tab order, its label)
        self.step: Step | None = None
        # Who works here (the editor sets it): parts they may not fill wait for another role.
        self.viewer: Viewer | None = None
        self._loans: list[_Loan] = []
        self._parts: dict[str, _Part] = {}
        self.title = QLabel(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.hint = note_label("")
        self.body = QWidget()
        self.body.setStyleSheet(MISSING_STYLE)
        self.form: QFormLayout = form_layout()
        body_column = QVBoxLayout(self.body)
        body_column.addLayout(self.form)
        body_column.addStretch(1)
        self.take = QPushButton(self)
        self.take.setObjectName("stepPanelTake")
        self.take.setAutoDefault(False)
        self.take.clicked.connect(self._take)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(scrolling(self.body), 1)
        column.addLayout(buttons)
        # Built once: a judgment line and a letters line, shown on the steps that need them.
        self.judgment_text = QLabel()
        self.judgment_text.setWordWrap(True)
        self.judgment_button = QPushButton(self.tr("Judgment…"))
        self.judgment_button.setAutoDefault(False)
        self.judgment_button.clicked.connect(self.judgment_requested)
        self.letters_button = QPushButton(self.tr("Make the letter…"))
        self.letters_button.setAutoDefault(False)
        self.letters_button.setToolTip(
            self.tr("Shows the letter first; nothing is recorded until you record it as sent.")
        )
        self.letters_button.clicked.connect(self._make_letter)

    # --- which step ----------------------------------------------------------------------
    def show_step(
        self, step: Step, detail: CaseDetail | None, reasons: list[str], *, is_next: bool
    ) -> None:
        """Show the parts of `step` (giving back what the previous step borrowed)."""
        self.release()
        self.step = step
        self.title.setText(self.tr("Step: {0}").format(step.label))
        self.hint.setText(
            self.tr("Everything this step needs is here; what is still missing is marked red.")
            if not any(is_role_refusal(r) for r in reasons)
            else self.tr("This step is taken by someone else; you see what it still needs.")
        )
        while self.form.rowCount():
            self.form.removeRow(0)  # deletes the old frames (borrowed widgets are back home)
        self._parts = {}
        order: list[QWidget] = []
        for name in parts_for(step, detail):
            order += self._add_part(name)
        self.take.setText(self.tr("Take this step: {0}").format(step.label))
        self.take.setVisible(not is_next)  # the header's primary button takes the next step
        refused = [r for r in reasons if is_role_refusal(r)]
        self.take.setEnabled(not refused)  # not this person's step: no field changes that
        self.take.setToolTip(" ".join(refused))
        chain_tab_order([*order, self.take])
        self.mark(reasons, detail)

    def _add_part(self, name: str) -> list[QWidget]:
        frame = QFrame()
        frame.setObjectName("stepPart")
        column = QVBoxLayout(frame)
        column.setContentsMargins(6, 0, 0, 0)
        column.setSpacing(2)
        marker = QLabel(self.tr("Still to fill in"))
        marker.setStyleSheet(_MISSING_MARKER_STYLE)
        marker.setAccessibleName(self.tr("Still to fill in"))
        marker.hide()
        column.addWidget(marker)
        focus: list[QWidget]
        target: QWidget | None = None
        if name in self.fields:
            field = self.fields[name]
            self._borrow(field.widget, column)
            self._borrow(field.error, column)
            text, focus = field.spec.label, [field.widget]
            target = mark_target(field)
        elif name in self.extras:
            widget, chain, text = self.extras[name]
            focus = list(chain)
            self._borrow(widget, column)
        elif name == JUDGMENT:
            row = QHBoxLayout()
            row.addWidget(self.judgment_text, 1)
            row.addWidget(self.judgment_button)
            column.addLayout(row)
            text, focus = self.tr("Judgment"), [self.judgment_button]
        else:
            assert name == LETTERS and self.step in STEP_LETTERS
            kind = STEP_LETTERS[self.step]
            self.letters_button.setText(self.tr("Make the letter: {0}…").format(kind.label))
            row = QHBoxLayout()
            row.addWidget(self.letters_button)
            row.addStretch(1)
            column.addLayout(row)
            text, focus = self.tr("Letter"), [self.letters_button]
        label = QLabel(text + ":" if text else "")
        label.setBuddy(focus[0])
        if text:
            self.form.addRow(label, frame)
        else:
            self.form.addRow(frame)  # a titled box: the whole width
        label.show()  # now, not on the next turn of the event loop: the cursor goes there
        frame.show()
        self._parts[name] = _Part(frame, label, marker, target)
        return focus

    def _borrow(self, widget: QWidget, into: QVBoxLayout) -> None:
        parent = widget.parentWidget()
        home = parent.layout() if parent is not None else None
        assert isinstance(home, QBoxLayout), "a borrowed widget lives in a box layout"
        self._loans.append(_Loan(widget, home, home.indexOf(widget)))
        hidden = widget.isHidden()
        into.addWidget(widget)
        widget.setHidden(hidden)  # an error line without an error stays hidden

    def release(self) -> None:
        """Give every borrowed widget back to its place (last borrowed first)."""
        for part in self._parts.values():
            if part.field is not None:
                set_missing(part.field, False)  # at home on the tabs nothing is marked
        for loan in reversed(self._loans):
            hidden = loan.widget.isHidden()
            loan.home.insertWidget(loan.index, loan.widget)
            loan.widget.setHidden(hidden)
        self._loans = []
        for name in ("judgment_text", "judgment_button", "letters_button"):
            widget = getattr(self, name)
            widget.setParent(None)  # kept for the next step that shows it

    def holds(self, widget: QWidget) -> bool:
        return any(w is widget or w.isAncestorOf(widget) for w in (x.widget for x in self._loans))

    def home_of(self, widget: QWidget) -> QWidget:
        """Where a widget lives on the tabs, also while this panel borrows it."""
        for loan in self._loans:
            if loan.widget is widget or loan.widget.isAncestorOf(widget):
                parent = loan.home.parentWidget()
                return parent if parent is not None else widget
        return widget

    # --- what is missing ---------------------------------------------------------------
    def mark(self, reasons: list[str], detail: CaseDetail | None) -> None:
        """Mark the parts that a reason against the step still asks for."""
        if self.step is None:
            return
        missing = missing_parts(self.step, reasons, detail)
        for name, part in self._parts.items():
            # What this person may not fill in waits for the role that may: said in grey,
            # never red "still to fill in" on a field they cannot change.
            waiting = waiting_for(name, self.viewer) if name in missing else None
            is_missing = name in missing and waiting is None
            part.marker.setText(waiting or self.tr("Still to fill in"))
            part.marker.setAccessibleName(part.marker.text())
            part.marker.setStyleSheet(_WAITING_STYLE if waiting else _MISSING_MARKER_STYLE)
            part.marker.setProperty("waiting", waiting is not None)
            part.marker.setVisible(name in missing)
            if part.field is not None:
                set_missing(part.field, is_missing)
            else:
                set_missing(part.frame, is_missing)
            part.label.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if is_missing else "")
        if JUDGMENT in self._parts:
            self.judgment_text.setText(
                self.tr("No reasoned judgment yet.")
                if needs_judgment(detail)
                else self.tr("The judgment is recorded (or not required by the law).")
            )

    def missing(self) -> list[str]:
        """The parts marked as still to fill in, in panel order (for tests and focus)."""
        return [n for n, p in self._parts.items()
                if not p.marker.isHidden() and not p.marker.property("waiting")]  # fmt: skip

    def waiting(self) -> list[str]:
        """The parts still empty that another role fills in, in panel order."""
        return [n for n, p in self._parts.items()
                if not p.marker.isHidden() and p.marker.property("waiting")]  # fmt: skip

    def _make_letter(self) -> None:
        if self.step in STEP_LETTERS:
            self.letters_requested.emit(STEP_LETTERS[self.step])

    def _take(self) -> None:
        if self.step is not None:
            self.step_requested.emit(self.step)
