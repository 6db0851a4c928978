"""Starting the GUI: application object, translations, logging, crash handler, database,
first-run screen and the main window.

A database that cannot be opened (newer than this program, damaged, locked, server
unreachable) never ends in a traceback: a Dutch message offers to choose another database
or to quit.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSettings, QTime, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.engine import make_url

from .. import APP_NAME, __version__, credentials, paths
from ..crashguard import EndedSession, SessionMarker, send_native_stderr_to
from ..domain.errors import KnownProblem
from ..logsetup import configure_logging
from ..private_files import private_dir, tighten_file, write_private
from ..process_memory import peak_memory_mb
from ..services import masterdata
from ..services.database import Database, open_database
from ..store.migrate import LOGIN_FAILED
from ..store.sqlite_file import FileKind, NeedsConsent
from .context import AppContext
from .errors import ExceptionHandler, install_exception_hook
from .i18n import chosen_language, install_translators
from .icons import window_icon
from .process_start import process_started_at
from .qt_versions import installed_problem
from .user_dialogs import UserDialogs

log = logging.getLogger(__name__)


def open_with_recovery(
    url: str,
    dialogs: UserDialogs,
    choose_other: Callable[[str], str | None],
    parent: QWidget | None = None,
) -> Database | None:
    """Open `url`; when that fails, say why and offer another database or quitting.

    `choose_other(current_url)` lets the user pick another database and returns its URL
    (None: cancelled). Returns None when the user chooses to quit.
    """
    create_folder = new_file = False
    while True:
        try:
            return open_database(
                url,
                backup_folder=paths.backup_folder_for(url),
                create_folder=create_folder,
                new_file=new_file,
                damaged_read_only=True,  # a damaged file opens read-only, with a banner
            )
        except NeedsConsent as asked:
            answer = _ask_to_create(asked, dialogs, parent)
            if answer == "create":
                create_folder = create_folder or asked.kind is FileKind.MISSING_FOLDER
                new_file = new_file or asked.kind is FileKind.EMPTY
                continue
            if answer != "other":
                return None
        except KnownProblem as problem:
            log.warning("cannot open database %s: %s", _display(url), problem.message)
            if problem.message == LOGIN_FAILED and _ask_password(url, dialogs, parent):
                continue
            answer = dialogs.choose(
                parent,
                QCoreApplication.translate("Startup", "The database cannot be opened"),
                QCoreApplication.translate(
                    "Startup",
                    "KluppluZ Desk cannot open the database.\n\n{reason}\n\nDatabase: "
                    "{url}\n\nYou can choose another database (a file or a shared server) "
                    "or quit.",
                ).format(reason=problem.message, url=_display(url)),
                [
                    ("other", QCoreApplication.translate("Startup", "Choose another database…")),
                    ("quit", QCoreApplication.translate("Startup", "Quit")),
                ],
            )
            if answer != "other":
                return None
        other = choose_other(url)
        if other:
            url = other
            create_folder = new_file = False


def _ask_to_create(asked: NeedsConsent, dialogs: UserDialogs, parent: QWidget | None) -> str | None:
    """Ask before making a folder or a database in an empty file: "create", "other" or None."""
    if asked.kind is FileKind.MISSING_FOLDER:
        title = QCoreApplication.translate("Startup", "The folder does not exist")
        text = QCoreApplication.translate(
            "Startup",
            "The folder {folder} does not exist.\n\nShould KluppluZ Desk create it and make "
            "a new, empty database {file} in it?",
        )
        create = QCoreApplication.translate("Startup", "Create folder and new database")
    else:
        title = QCoreApplication.translate("Startup", "The database file is empty")
        text = QCoreApplication.translate(
            "Startup",
            "The file {file} in {folder} is empty (0 bytes). An empty file can be a "
            "database that went wrong; a backup may hold its data.\n\nMake a new, empty "
            "database in this file?",
        )
        create = QCoreApplication.translate("Startup", "New database in this file")
    return dialogs.choose(
        parent,
        title,
        text.format(folder=asked.path.parent, file=asked.path.name),
        [
            ("create", create),
            ("other", QCoreApplication.translate("Startup", "Choose another database…")),
            ("quit", QCoreApplication.translate("Startup", "Quit")),
        ],
    )


def _ask_password(url: str, dialogs: UserDialogs, parent: QWidget | None) -> bool:
    """The server refused the login: ask for the password (kept in the credential store,
    or for this run only on a PC without one). False when cancelled or not applicable."""
    if credentials.credential_key(url) is None or make_url(url).password is not None:
        return False
    user = make_url(url).username
    password = dialogs.ask_password(
        parent,
        QCoreApplication.translate("Startup", "Password for the database server"),
        QCoreApplication.translate(
            "Startup", "The server {server} did not accept the login.\n\nPassword for {user}:"
        ).format(server=_display(url), user=user),
    )
    if not password:
        return False
    credentials.save_password(url, password)
    return True


def _display(url: str) -> str:
    return credentials.hide_password(url)


def _choose_database(dialogs: UserDialogs, url: str) -> str | None:
    from .dialogs.database import DatabaseDialog

    dialog = DatabaseDialog(dialogs, url, applies_now=True)
    return dialog.chosen_url if dialog.exec() else None


def _first_run(ctx: AppContext) -> str | None:
    """Show the first-run screen; returns a new database URL when the user picked a server."""
    from .dialogs.first_run import SERVER, FirstRunDialog

    dialog = FirstRunDialog(ctx)
    dialog.exec()
    if dialog.choice == SERVER:
        return _choose_database(ctx.dialogs, ctx.db.url)
    return None


def _make_settings_private(path: Path) -> None:
    # Window layout and filters only, but still nobody else's business. Qt would create the
    # file 0644; its atomic rewrites keep the mode of the file they replace, so create it
    # owner-only first (Windows keeps these settings in the user's part of the registry).
    if os.name != "posix":
        return
    if not path.exists():
        private_dir(path.parent)
        write_private(path, "")
    tighten_file(path)


def announce_unexpected_end(
    dialogs: UserDialogs, ended: list[EndedSession], log_path: Path
) -> None:
    """Say, once, that the program closed unexpectedly last time and where the log is."""
    if not ended:
        return
    last = max(ended, key=lambda session: session.started)
    dialogs.warning(
        None,
        QCoreApplication.translate("Startup", "KluppluZ Desk closed unexpectedly"),
        QCoreApplication.translate(
            "Startup",
            "KluppluZ Desk closed unexpectedly last time (started {when}).\n\n"
            "Text that was not saved yet is offered to you again when you open the customer "
            "reaction, the annual report or the letter template.\n\n"
            "What happened is in the log file:\n{log}",
        ).format(
            when=QLocale().toString(
                QDateTime(
                    QDate(last.started.year, last.started.month, last.started.day),
                    QTime(last.started.hour, last.started.minute),
                ),
                "d MMMM yyyy, HH:mm",
            ),
            log=str(log_path),
        ),
    )


def announce_upgrade_backup(dialogs: UserDialogs, backup: str | None) -> None:
    """Say once that the database was upgraded, and where the copy made before it is."""
    if not backup:
        return
    dialogs.info(
        None,
        QCoreApplication.translate("Startup", "Database upgraded"),
        QCoreApplication.translate(
            "Startup",
            "The database was upgraded for this version of KluppluZ Desk. A copy of it as it "
            "was before, checked and complete, is kept in:\n{path}",
        ).format(path=backup),
    )


def run_gui(db_url: str | None, *, quit_after_first_paint: bool = False) -> int:
    started = process_started_at()
    log_path = configure_logging()
    send_native_stderr_to(log_path)
    marker = SessionMarker(paths.data_dir() / "sessions")
    ended = marker.begin(__version__)
    try:
        return _run_gui(db_url, started, ended, log_path, quit_after_first_paint)
    finally:
        marker.end()


def _run_gui(
    db_url: str | None,
    started: float,
    ended: list[EndedSession],
    log_path: Path,
    quit_after_first_paint: bool,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("KluppluZ")
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("kluppluz-desk")  # matches installer/kluppluz-desk.desktop
    app.setApplicationVersion(__version__)
    app.setWindowIcon(window_icon())
    settings = QSettings()
    _make_settings_private(Path(settings.fileName()))
    translators = install_translators(app, chosen_language(settings))
    dialogs = UserDialogs()
    handler = ExceptionHandler(dialogs, lambda: app.activeWindow(), app)
    install_exception_hook(handler)
    log.info("KluppluZ Desk %s starting", __version__)
    if problem := installed_problem():
        log.error("%s: install the version from installer/constraints.txt", problem)
    if not quit_after_first_paint:
        announce_unexpected_end(dialogs, ended, log_path)

    url = paths.resolve_database_url(db_url)
    while True:
        db = open_with_recovery(url, dialogs, lambda u: _choose_database(dialogs, u))
        if db is None:
            return 1
        ctx = AppContext(db, dialogs=dialogs, settings=settings)
        if quit_after_first_paint or not ctx.call(masterdata.is_empty, db):
            break
        new_url = _first_run(ctx)
        if not new_url:
            break
        db.dispose()
        url = new_url

    if not quit_after_first_paint:
        from .dialogs.identity import ensure_identity

        if ensure_identity(ctx) is None:
            db.dispose()
            return 1

    from .main_window import MainWindow

    window = MainWindow(ctx)
    if quit_after_first_paint:
        window.tabs.setCurrentIndex(window.tabs.indexOf(window.cases))

        def report() -> None:
            rows = window.cases.model.rowCount()
            cpu = time.process_time()
            print(f"first paint after {time.time() - started:.3f} s (cpu {cpu:.3f} s; "
                  f"{rows} cases in the list; peak {peak_memory_mb()} MB)")  # fmt: skip
            # exit(), not quit(): quit() closes the window first, and the close makes the
            # backup copy of the file (seconds for 100,000 cases) that a timing run must not.
            app.exit(0)

        window.first_painted.connect(lambda: QTimer.singleShot(0, report))
    else:
        from .recovery.startup import offer_at_start

        # Text kept after a crash is offered once the window stands.
        QTimer.singleShot(0, lambda: offer_at_start(window))
        if ctx.db.backup_made:
            QTimer.singleShot(0, lambda: announce_upgrade_backup(dialogs, ctx.db.backup_made))
        from .warm_up import start_warm_up

        start_warm_up(ctx.db)  # fonts and letter styles, in a pool thread after the first paint
    window.show()
    if not quit_after_first_paint:
        window.start_daily_backup()
    code = app.exec()
    db.dispose()
    del translators
    return code
