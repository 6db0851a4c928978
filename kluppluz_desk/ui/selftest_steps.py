"""The Qt steps of `kluppluz-desk --self-test` (see kluppluz_desk/selftest.py): load the
translations and open the main window offscreen. Here because only ui/ imports Qt.

The self-test calls these steps and hands them what they need (the database, the time
limit); they never import the self-test back, so `ui/` stays below it."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from PySide6.QtCore import (
    QEventLoop,
    QLocale,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QLabel

from .. import APP_NAME
from ..domain.plural import plural_word
from .context import AppContext
from .i18n import i18n_folder, install_translators
from .icons import window_icon
from .main_window import MainWindow
from .user_dialogs import UserDialogs

log = logging.getLogger(__name__)


def qt_app(state: Any) -> Any:
    """One QApplication for the Qt steps; offscreen when there is no screen to show on."""
    if state.app is not None:
        return state.app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    state.app = app
    return app


def step_translations(state: Any) -> str:

    app = qt_app(state)
    ours = sorted(i18n_folder().glob("kluppluz_nl_*.qm"))
    if not ours:
        raise RuntimeError(f"geen vertaalbestanden (kluppluz_nl_*.qm) in {i18n_folder()}")
    state.locale = QLocale()
    installed = install_translators(app, "nl")
    state.translators.extend(installed)
    # Qt's own translation (buttons such as "Annuleren") comes first when it loaded.
    if len(installed) < len(ours) + 1:
        raise RuntimeError(
            f"{len(installed)} van {len(ours) + 1} vertalingen geladen (zie het logbestand)"
        )
    return f"Nederlands: Qt en {len(ours)} eigen vertaalbestanden geladen"


class PagesMissing(Exception):
    """Pages of the main window that this build does not contain (shown as placeholders)."""


def step_main_window(state: Any, db: Any, timeout_ms: int) -> str:
    app = qt_app(state)
    shown: list[str] = []

    class SilentDialogs(UserDialogs):
        """Nobody sits at the screen during a self-test: any message counts as a failure."""

        def _note(self, _parent: Any, title: str, text: str, *_rest: Any) -> None:
            shown.append(f"{title}: {text}")

        info = warning = crash = choose = _note  # type: ignore[assignment]

        def confirm(self, parent: Any, title: str, text: str) -> bool:
            self._note(parent, title, text)
            return False

        def save_discard_cancel(self, parent: Any, title: str, text: str) -> str:
            self._note(parent, title, text)
            return "discard"

        def open_file(self, *_args: Any, **_kwargs: Any) -> None:
            return None

        save_file = open_file

    problems: list[str] = []

    def on_qt_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            problems.append(message)
        log.info("Qt: %s", message)

    def on_exception(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        log.error("exception in self-test window", exc_info=(kind, exc, tb))
        problems.append(f"{kind.__name__}: {exc}")

    settings = QSettings(str(state.folder / "selftest.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db, dialogs=SilentDialogs(), settings=settings)
    previous_hook = sys.excepthook
    previous_handler = qInstallMessageHandler(on_qt_message)
    sys.excepthook = on_exception
    try:
        app.setWindowIcon(window_icon())
        window = MainWindow(ctx)
        loop = QEventLoop()
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        window.first_painted.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        window.tabs.setCurrentIndex(window.tabs.indexOf(window.cases))
        window.show()
        loop.exec()
        # Visit every page once, so each one builds and paints with the demo data.
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        count = window.tabs.count()
        pages = [(window.tabs.tabText(i), window.tabs.widget(i)) for i in range(count)]
        missing = [
            name for name, page in pages
            if isinstance(page, QLabel) and page.objectName() == "placeholder"
        ]  # fmt: skip
        icon_ok = not window.windowIcon().isNull()
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    if missing:
        raise PagesMissing(plural_word(len(missing), "pagina ", "pagina's ") + ", ".join(missing))
    if not painted:
        raise RuntimeError(f"het venster is niet binnen {timeout_ms // 1000} s getekend")
    if not icon_ok:
        raise RuntimeError("het programmapictogram kon niet worden geladen")
    if shown or problems:
        raise RuntimeError("; ".join([*shown, *problems]))
    platform = app.platformName()
    return f"getoond en gesloten ({platform}), {count} pagina's"


def restore_qt(state: Any) -> None:
    """Remove the self-test's translators and restore the locale (it may run in tests)."""
    for translator in state.translators:
        state.app.removeTranslator(translator)
    if state.locale is not None:
        QLocale.setDefault(state.locale)
