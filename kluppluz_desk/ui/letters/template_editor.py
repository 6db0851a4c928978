"""Editing the department's wording of the four letters.

Per kind: a one-line subject and the body in the light markup (blank line = new paragraph,
**bold**, "- " bullets, {{placeholder}}). The placeholders are listed beside the editor;
a double-click (or Enter) inserts one at the cursor. Mistakes are shown live under the
editor and "Opslaan" stays disabled until there are none. "Voorbeeld" fills the text in
for the newest case; "Standaardtekst herstellen" goes back to the built-in wording.

Entry point for the main window's menu: `TemplateEditorDialog(ctx, parent).exec()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import LetterKind
from ...services.letters import (
    PLACEHOLDERS,
    get_template,
    preview_template,
    reset_template,
    save_template,
    template_problems,
)
from ..context import AppContext
from ..recovery.texts import TextsRecovery
from ..screen_fit import clamp_to_screen
from .preview import LetterPreviewDialog


class TemplateEditorDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, kind: LetterKind | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Letter templates"))
        self.resize(1100, 760)
        clamp_to_screen(self)  # 760 pixels do not fit a 1280×720 laptop
        self.preview: LetterPreviewDialog | None = None
        self._loaded: tuple[str, str] = ("", "")
        self._last_editor: QLineEdit | QPlainTextEdit | None = None
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of letter"))
        for item in LetterKind:
            self.kind.addItem(item.label, item.value)
        self.state = QLabel(self)
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Text of the letter"))
        self.body.setTabChangesFocus(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems in the template"))
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholders = QListWidget(self)
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        for name, description in PLACEHOLDERS.items():
            entry = QListWidgetItem(f"{{{{{name}}}}}")
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setToolTip(description)
            self.placeholders.addItem(entry)
        self.placeholders.itemActivated.connect(self._insert)
        self.placeholders.itemDoubleClicked.connect(self._insert)
        self.placeholder_help = QLabel(self)
        self.placeholder_help.setWordWrap(True)
        self.placeholders.currentItemChanged.connect(
            lambda item, _old: self.placeholder_help.setText(item.toolTip() if item else "")
        )
        hint = QLabel(
            self.tr(
                'Blank line: new paragraph · **text**: bold · a line starting with "- ": '
                "bullet · {{name}}: placeholder (double-click one on the right)"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.reset_button = QPushButton(self.tr("&Restore standard text"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.preview_button.clicked.connect(self.show_preview)
        self.reset_button.clicked.connect(self.restore_default)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.subject.textChanged.connect(self._check)
        self.body.textChanged.connect(self._check)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        form = QFormLayout()
        form.addRow(self.tr("Letter:"), self.kind)
        form.addRow("", self.state)
        form.addRow(self.tr("Subject:"), self.subject)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(QLabel(self.tr("Text:"), self))
        editor.addWidget(self.body, 1)
        editor.addWidget(hint)
        editor.addWidget(self.problems)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Placeholders (double-click to insert):"), self))
        side.addWidget(self.placeholders, 1)
        side.addWidget(self.placeholder_help)
        top = QHBoxLayout()
        top.addLayout(editor, 3)
        top.addLayout(side, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(top, 1)
        column.addLayout(buttons)
        self._current = LetterKind(self.kind.currentData())
        self.recovery = TextsRecovery(
            self,
            ctx,
            {"subject": (self.tr("Subject"), self.subject), "body": (self.tr("Text"), self.body)},
            target=lambda: f"template:{self._current.value}",
            saved=lambda: dict(zip(("subject", "body"), self._loaded, strict=True)),
        )
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self._load(LetterKind(self.kind.currentData()))

    # --- state ---------------------------------------------------------------------------

    def texts(self) -> tuple[str, str]:
        return self.subject.text(), self.body.toPlainText()

    def is_dirty(self) -> bool:
        return self.texts() != self._loaded

    def current_problems(self) -> list[str]:
        return template_problems(*self.texts())

    def _load(self, kind: LetterKind) -> None:
        info = self.ctx.call(get_template, self.ctx.db, kind, parent=self)
        if info is None:
            return
        self._current = kind
        with self.recovery.tracker.paused():
            self.subject.setText(info.subject)
            self.body.setPlainText(info.body)
        self._loaded = self.texts()
        if info.is_default:
            self.state.setText(self.tr("Standard text (not changed by the department)"))
        else:
            when = (
                info.updated_at.astimezone().strftime("%d-%m-%Y %H:%M") if info.updated_at else ""
            )
            self.state.setText(
                self.tr("Own text, last changed {0} by {1}").format(when, info.updated_by)
            )
        self._check()
        self.recovery.offer(self.tr("the letter template '{0}'").format(kind.label))

    def _check(self) -> None:
        problems = self.current_problems()
        if problems:
            self.problems.setText(
                self.tr("⚠ Not saved while these problems remain:")
                + "\n"
                + "\n".join(f"• {p}" for p in problems)
            )
            self.problems.setStyleSheet("color: #9c1c1c; font-weight: bold;")
        else:
            self.problems.setText(self.tr("✓ No problems found."))
            self.problems.setStyleSheet("color: #1b5e20;")
        self.save_button.setEnabled(not problems and self.is_dirty())
        self.preview_button.setEnabled(not problems)

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.FocusIn:
            if watched is self.subject:
                self._last_editor = self.subject
            elif watched is self.body:
                self._last_editor = self.body
        return False

    def _insert(self, item: QListWidgetItem) -> None:
        text = f"{{{{{item.data(Qt.ItemDataRole.UserRole)}}}}}"
        if self._last_editor is self.subject:
            self.subject.insert(text)
            self.subject.setFocus()
        else:
            self.body.insertPlainText(text)
            self.body.setFocus()

    def _ask_to_keep(self) -> bool:
        """Unsaved changes: save, discard or stay. True when it is fine to move on."""
        if not self.is_dirty():
            return True
        answer = self.ctx.dialogs.save_discard_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("The text of '{0}' has changed. Save it?").format(self._current.label),
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.recovery.clear()
            return True
        return False

    def _kind_changed(self, _index: int) -> None:
        kind = LetterKind(self.kind.currentData())
        if kind is self._current:
            return
        if not self._ask_to_keep():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self._current.value))
            self.kind.blockSignals(False)
            return
        self._load(kind)

    # --- actions -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.current_problems():
            self._check()
            return False
        info = self.ctx.call(
            save_template,
            self.ctx.db,
            self._current,
            *self.texts(),
            parent=self,
            title=self.tr("Not saved"),
        )
        if info is None:
            return False
        self._load(self._current)
        self.recovery.tracker.sync()  # saved: no longer kept for recovery
        return True

    def restore_default(self) -> None:
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Restore standard text"),
            self.tr(
                "Replace the department's text of '{0}' by the standard text? Letters "
                "already sent stay as they were."
            ).format(self._current.label),
        ):
            return
        if self.ctx.call(reset_template, self.ctx.db, self._current, parent=self) is not None:
            self.recovery.clear()  # the user chose the standard text over what was typed
            self._load(self._current)

    def show_preview(self) -> None:
        letter = self.ctx.call(
            preview_template,
            self.ctx.db,
            self._current,
            *self.texts(),
            parent=self,
            title=self.tr("No preview"),
        )
        if letter is None:
            return
        self.preview = LetterPreviewDialog(
            self.ctx,
            letter.pdf,
            title=self.tr("Preview: {0}").format(self._current.label),
            filename=letter.filename,
            parent=self,
        )
        self.preview.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ask_to_keep():
            event.accept()
        else:
            event.ignore()
