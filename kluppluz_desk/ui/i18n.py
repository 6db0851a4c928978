"""Loading the translations: Qt's own (buttons such as "Cancel") and ours per area.

Every `resources/i18n/kluppluz_<lang>_*.qm` is installed, so each part of the interface
keeps its own Linguist file. The language is a per-PC choice kept in QSettings
(default Dutch); English needs no translator because the source texts are English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .icons import resource_path

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def i18n_folder() -> Path:
    return resource_path("i18n")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and our translators for `language`; returns them (keep them alive)."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("no Qt translation qtbase_%s in %s", language, qt_folder)
    folder = i18n_folder()
    for qm in sorted(folder.glob(f"kluppluz_{language}_*.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load translation %s", qm)
    return installed
