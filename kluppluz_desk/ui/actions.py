"""The menu bar and toolbar actions of the main window, in one place.

The main window connects each action's `triggered` to what it does; keeping the list here
keeps the window itself thin (Picard's `mainwindow/actions.py` idea).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenuBar, QStyle, QToolBar, QWidget


class MainActions(QObject):
    """Every command of the main window as a QAction with its Dutch text and shortcut."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        style = window.style()

        def icon(pixmap: QStyle.StandardPixmap) -> QIcon:
            return style.standardIcon(pixmap)

        sp = QStyle.StandardPixmap
        self.new_case = self._make(
            self.tr("&New customer reaction"), "Ctrl+N", icon(sp.SP_FileIcon)
        )
        self.take_in = self._make(
            self.tr("&Take in e-mail or scan…"), "Ctrl+Shift+O", icon(sp.SP_DialogOpenButton)
        )
        self.paste_in = self._make(self.tr("&Paste e-mail or scan"), "Ctrl+Shift+V")
        self.import_json = self._make(self.tr("&Import…"), None, icon(sp.SP_DialogOpenButton))
        self.export_json = self._make(self.tr("&Export…"), None, icon(sp.SP_DialogSaveButton))
        self.make_backup = self._make(self.tr("Make &backup"))
        self.import_register = self._make(self.tr("Import &register (Excel/CSV)…"))
        self.restore_backup = self._make(self.tr("&Restore backup…"))
        self.export_list = self._make(self.tr("Case &list to Excel…"))
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.save = self._make(self.tr("&Save"), "Ctrl+S", icon(sp.SP_DialogSaveButton))
        self.next_step = self._make(self.tr("Ne&xt step"), "Ctrl+Return", icon(sp.SP_ArrowForward))
        self.next_step.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.find = self._make(self.tr("&Find"), "Ctrl+F", icon(sp.SP_FileDialogContentsView))
        self.view_dashboard = self._make(self.tr("&Dashboard"), "Ctrl+1", icon(sp.SP_DesktopIcon))
        self.view_cases = self._make(
            self.tr("&Customer reactions"), "Ctrl+2", icon(sp.SP_FileDialogDetailedView)
        )
        self.view_report = self._make(
            self.tr("&Annual report"), "Ctrl+3", icon(sp.SP_FileDialogInfoView)
        )
        self.print_acknowledgements = self._make(
            self.tr("&Print acknowledgements due…"), None, icon(sp.SP_FileDialogDetailedView)
        )
        self.letter_templates = self._make(self.tr("&Letter templates…"))
        self.masterdata = self._make(self.tr("&Master data…"))
        self.settings = self._make(self.tr("&Settings…"))
        self.database = self._make(self.tr("&Database connection…"))
        self.retention = self._make(self.tr("Apply &retention period…"))
        self.about = self._make(self.tr("&About KluppluZ Desk"))
        for action in (self.view_dashboard, self.view_cases, self.view_report):
            action.setCheckable(True)

    def _make(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(
            f"{plain} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcut is not None
            else plain
        )
        return action

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_case)
        file_menu.addAction(self.take_in)
        file_menu.addAction(self.paste_in)
        file_menu.addSeparator()
        file_menu.addAction(self.print_acknowledgements)
        file_menu.addSeparator()
        file_menu.addAction(self.import_json)
        file_menu.addAction(self.export_json)
        file_menu.addSeparator()
        file_menu.addAction(self.import_register)
        file_menu.addAction(self.export_list)
        file_menu.addSeparator()
        file_menu.addAction(self.make_backup)
        file_menu.addAction(self.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.save)
        edit_menu.addAction(self.next_step)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.view_dashboard, self.view_cases, self.view_report):
            view_menu.addAction(action)
        tools_menu = bar.addMenu(self.tr("E&xtra"))
        tools_menu.addAction(self.letter_templates)
        tools_menu.addAction(self.masterdata)
        tools_menu.addAction(self.settings)
        tools_menu.addAction(self.database)
        tools_menu.addSeparator()
        tools_menu.addAction(self.retention)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self, toolbar: QToolBar) -> None:
        # The pages are tabs already, so the toolbar keeps to the daily work.
        for action in (self.new_case, self.save, self.next_step, self.find):
            toolbar.addAction(action)
