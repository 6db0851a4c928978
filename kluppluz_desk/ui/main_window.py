"""The main window: it only assembles the pages, menus, toolbar and status bar.

Pages: Dashboard, Klantreacties (list + editor) and Jaarverslag. Window geometry, the
current page, the splitter and the list's columns are remembered per PC in QSettings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..services.backup import BackupFailed
from ..services.dto import Change
from .actions import MainActions
from .background import BackgroundRunner
from .backup_actions import (
    DailyBackup,
    backup_at_close,
    file_to_restore,
    make_backup_now,
    switch_to_read_only,
)
from .banner import DatabaseBanner
from .case_list.page import CasesPage
from .context import AppContext
from .intake import IntakeController, has_intake_files
from .lazy_page import LazyPage
from .retention_actions import apply_retention_confirmed
from .screen_fit import clamp_to_screen
from .transfer_actions import export_to_file, import_from_file
from .window_base import MainWindowBase

log = logging.getLogger(__name__)

PAGE_DASHBOARD, PAGE_CASES, PAGE_REPORT = 0, 1, 2


class MainWindow(MainWindowBase):
    first_painted = Signal()  # the case list has been painted for the first time

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._painted = False

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("pages")
        self.dashboard = LazyPage(lambda parent: _dashboard_page(ctx, parent), self.tabs)
        self.cases = CasesPage(ctx, self.tabs)
        self.report = LazyPage(lambda parent: _report_page(ctx, parent), self.tabs)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.cases, self.tr("Customer reactions"))
        self.tabs.addTab(self.report, self.tr("Annual report"))
        self.banner = DatabaseBanner(ctx)
        self.banner.restore_requested.connect(self.restore_backup)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.daily_backup = DailyBackup(ctx)
        self._closing = False
        self.close_runner = BackgroundRunner(ctx)  # the closing backup's dialog (tests see it)
        self.daily_backup.finished.connect(self._daily_backup_done)
        self.daily_backup.failed.connect(self._daily_backup_failed)
        # A page may ask to open a case (e.g. a dashboard deadline).
        for lazy in (self.dashboard, self.report):
            lazy.created.connect(self._connect_page)

        self.actions_ = MainActions(self)
        self.actions_.build_menus(self.menuBar())
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_.build_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.intake = IntakeController(ctx, self)
        self.intake.draft_ready.connect(self.new_case_from)
        # Queued: the registered case is shown first, then the next dropped message opens.
        self.cases.editor.intake_bar.registered.connect(
            self.intake.next_waiting, Qt.ConnectionType.QueuedConnection
        )
        self.cases.editor.intake_bar.set_aside.connect(self.intake.set_aside)
        self.setAcceptDrops(True)  # an e-mail or scan dropped anywhere: a new case
        self._connect_actions()
        self._take_shortcuts_from_editor()

        self.location_label = QLabel()
        self.user_label = QLabel()
        self.location_label.setAccessibleName(self.tr("Database location"))
        # A long path must not widen the window: the label may shrink, its tooltip has it all.
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.update_status()

        self.tabs.currentChanged.connect(self._page_changed)
        self.cases.table.viewport().installEventFilter(self)
        self.restore_state()
        self._page_changed(self.tabs.currentIndex())

    def _connect_actions(self) -> None:
        a = self.actions_
        a.new_case.triggered.connect(self.new_case)
        a.take_in.triggered.connect(self.intake.choose_file)
        a.paste_in.triggered.connect(self.intake.paste)
        a.import_json.triggered.connect(lambda: import_from_file(self.ctx, self))
        a.export_json.triggered.connect(lambda: export_to_file(self.ctx, self))
        a.make_backup.triggered.connect(lambda: make_backup_now(self.ctx, self))
        a.import_register.triggered.connect(self.open_register_import)
        a.restore_backup.triggered.connect(self.restore_backup)
        a.export_list.triggered.connect(self.export_case_list)
        a.quit.triggered.connect(self.close)
        a.save.triggered.connect(self.cases.save)
        a.next_step.triggered.connect(self.cases.next_step)
        self.cases.editor.actions_changed.connect(self._update_case_actions)
        a.find.triggered.connect(self.focus_search)
        a.view_dashboard.triggered.connect(lambda: self.tabs.setCurrentIndex(PAGE_DASHBOARD))
        a.view_cases.triggered.connect(lambda: self.tabs.setCurrentIndex(PAGE_CASES))
        a.view_report.triggered.connect(lambda: self.tabs.setCurrentIndex(PAGE_REPORT))
        a.print_acknowledgements.triggered.connect(self.print_acknowledgements)
        a.letter_templates.triggered.connect(self.open_letter_templates)
        a.masterdata.triggered.connect(self.open_masterdata)
        a.settings.triggered.connect(self.open_settings)
        a.database.triggered.connect(self.open_database_dialog)
        a.retention.triggered.connect(self.apply_retention)
        a.about.triggered.connect(self.open_about)

    def _take_shortcuts_from_editor(self) -> None:
        """Ctrl+S and Ctrl+Enter belong to the window's Save / Next step actions, so they work
        wherever the focus is on the Klantreacties page: the list, the filters, the editor
        (the actions are disabled on the other pages). The editor has the same keys as its
        own shortcuts, for when it stands alone; two enabled shortcuts for one key make Qt
        see an ambiguous key and do nothing, so the editor's are switched off here and both
        routes end in the same `CaseEditor.save` / `next_step`."""
        ours = {
            k.toString()
            for a in (self.actions_.save, self.actions_.next_step)
            for k in a.shortcuts()
        }
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for shortcut in self.cases.editor.findChildren(QShortcut, options=direct):
            keys = shortcut.keys()  # a QShortcut's key sequences, not a mapping
            if any(k.toString() in ours for k in keys):
                shortcut.setEnabled(False)

    # The letters feature imports ReportLab, pypdf and QtPdf: only when it is first used.
    def print_acknowledgements(self) -> None:
        from .letters import print_due_acknowledgements

        print_due_acknowledgements(self.ctx, self)

    def open_letter_templates(self) -> None:
        from .letters import TemplateEditorDialog

        TemplateEditorDialog(self.ctx, self).exec()

    def _connect_page(self, page: QWidget) -> None:
        at = getattr(page, "open_case_at_requested", None)
        if at is not None:
            at.connect(self.show_case_at)
            return
        signal = getattr(page, "open_case_requested", None)
        if signal is not None:
            signal.connect(self.show_case)

    # --- commands -----------------------------------------------------------------------
    def new_case(self) -> None:
        self.tabs.setCurrentIndex(PAGE_CASES)
        self.cases.new_case()

    def new_case_from(self, draft: object) -> None:
        self.tabs.setCurrentIndex(PAGE_CASES)
        if self.cases.maybe_save():
            self.cases.editor.new_case_from(draft)  # type: ignore[arg-type]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if has_intake_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if self.intake.take_mime(event.mimeData()):
            event.acceptProposedAction()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(PAGE_CASES)
        self.cases.focus_search()

    def show_case(self, case_id: int) -> None:
        self.tabs.setCurrentIndex(PAGE_CASES)
        if self.cases.maybe_save():
            self.cases.open_case(case_id)
            self.cases.model.schedule_reload()

    def show_case_at(self, case_id: int, due_kind: str) -> None:
        """Open a case at the part of the editor where the due step is done."""
        self.show_case(case_id)
        if self.cases.editor.detail is not None and self.cases.editor.detail.id == case_id:
            self.cases.editor.show_part(due_kind)

    def open_register_import(self) -> None:
        from .register_import import RegisterImportWizard

        RegisterImportWizard(self.ctx, self).exec()

    def export_case_list(self) -> None:
        self.tabs.setCurrentIndex(PAGE_CASES)
        self.cases.export_list()

    def open_masterdata(self) -> None:
        from .dialogs.masterdata import MasterDataDialog

        MasterDataDialog(self.ctx, self).exec()

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def open_database_dialog(self) -> None:
        from .dialogs.database import DatabaseDialog

        DatabaseDialog(self.ctx.dialogs, self.ctx.db.url, self).exec()

    def apply_retention(self) -> None:
        # The open case may be among those erased: its unsaved edits are settled first.
        if not self.cases.maybe_save():
            return
        result = apply_retention_confirmed(self.ctx, self)
        detail = self.cases.editor.detail
        if result is not None and detail is not None and detail.reference in result.references:
            self.cases.open_case(detail.id)  # show it as it is now, without personal data

    def restore_backup(self) -> None:
        from .dialogs.restore import RestoreDialog

        if file_to_restore(self.ctx, self) is None or not self.cases.maybe_save():
            return
        self.daily_backup.wait()  # its copy must not read the file while it is swapped
        dialog = RestoreDialog(self.ctx, self)
        dialog.exec()
        if dialog.restored:
            self.database_reopened()

    def database_reopened(self) -> None:
        """Another file is behind ctx.db now: every view starts afresh."""
        self.cases.open_case(None)
        self.ctx.bus.publish(Change("masterdata"))
        self.ctx.bus.publish(Change("import"))
        self.banner.refresh()
        self.update_status()

    def start_daily_backup(self) -> None:
        self.daily_backup.start()

    def _daily_backup_done(self, outcome: object) -> None:
        if outcome is not None:
            self.statusBar().showMessage(self.tr("Today's backup has been made."), 8000)

    def _daily_backup_failed(self, problem: object) -> None:
        if isinstance(problem, BackupFailed) and problem.source_damaged:
            switch_to_read_only(self.ctx)
            self.banner.refresh()
        message = getattr(problem, "message", str(problem))
        self.ctx.dialogs.warning(self, self.tr("Today's backup"), message)

    def open_about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self.ctx.db, self).exec()

    # --- state --------------------------------------------------------------------------
    def update_status(self) -> None:
        self.location_label.setText(
            self.tr("Database: {location}").format(location=self.ctx.db.display_location)
        )
        self.location_label.setToolTip(self.ctx.db.display_location)
        from ..services.access import apply_access
        from ..services.identity import who_am_i
        from .access_actions import apply_rights

        me = self.ctx.call(who_am_i, self.ctx.db)
        # From here on every service works for this person (issue 12).
        viewer = self.ctx.call(apply_access, self.ctx.db)
        apply_rights(self.actions_, viewer, local_file=self.ctx.db.backend == "sqlite")
        # A person, not a login: "Gebruiker: Jan de Vries (Medewerker K&V)".
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(name=me.name, role=me.role_label)
            if me is not None
            else self.tr("User: unknown (login {login})").format(login=self.ctx.db.user)
        )

    def _page_changed(self, index: int) -> None:
        a = self.actions_
        for i, action in enumerate((a.view_dashboard, a.view_cases, a.view_report)):
            action.setChecked(i == index)
        self._update_case_actions()

    def _update_case_actions(self) -> None:
        """Save and Next step are enabled only when they can act: on the Klantreacties
        page, with unsaved changes / a next step that is not blocked."""
        a, editor = self.actions_, self.cases.editor
        on_cases = self.tabs.currentIndex() == PAGE_CASES
        a.save.setEnabled(on_cases and editor.has_unsaved_changes())
        a.next_step.setEnabled(on_cases and editor.can_take_next_step())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def restore_state(self) -> None:
        s = self.ctx.qsettings
        geometry = s.value("main/geometry")
        self._remembered_geometry = geometry is not None and self.restoreGeometry(geometry)
        if not self._remembered_geometry:
            self.resize(1280, 800)
        clamp_to_screen(self)  # remembered on a larger screen than this one
        state = s.value("main/state")
        if state is not None:
            self.restoreState(state)
        try:
            page = int(str(s.value("main/page", PAGE_CASES)))
        except ValueError:
            page = PAGE_CASES
        self.tabs.setCurrentIndex(page if 0 <= page < self.tabs.count() else PAGE_CASES)

    def save_state(self) -> None:
        s = self.ctx.qsettings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        s.setValue("main/page", self.tabs.currentIndex())
        self.cases.save_state(s)
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self._remembered_geometry:
            # Only a shown window has its frame (title bar, borders): a remembered size is
            # fitted once more, frame included, so no edge lies off a smaller screen.
            self._remembered_geometry = False
            QTimer.singleShot(0, lambda: clamp_to_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:  # a second close while the closing backup's dialog is up
            event.ignore()
            return
        if not self.cases.maybe_save():
            event.ignore()
            return
        self.save_state()
        self.daily_backup.wait()
        self._closing = True
        try:
            backup_at_close(self.ctx, self, self.close_runner)
        finally:
            self._closing = False
        event.accept()


# The pages import ReportLab and more; importing them on first use keeps the start fast.
def _dashboard_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from .dashboard.page import DashboardPage

    return DashboardPage(ctx, parent)


def _report_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from .report.page import ReportPage

    return ReportPage(ctx, parent)
