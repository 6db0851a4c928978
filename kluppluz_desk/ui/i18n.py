"""Loading the translations: Qt's own (buttons such as "Cancel") and ours per area.

Every `resources/i18n/kluppluz_<lang>_*.qm` is installed, so each part of the interface
keeps its own Linguist file. The language is a per-PC choice kept in QSettings
(default Dutch). The source texts are English, so English needs no translation of words,
only of counted ones: Qt's way for "%n row(s)" is a numerus translation into the source
language, so English loads `kluppluz_en_plurals` ("1 row", "2 rows") and nothing else.
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
    if language != "en":
        _install_qt_own(app, language, installed)
    folder = i18n_folder()
    for qm in sorted(folder.glob(f"kluppluz_{language}_*.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load translation %s", qm)
    return installed


def _install_qt_own(app: QCoreApplication, language: str, installed: list[QTranslator]) -> None:
    """Qt's own texts ("Cancel", the calendar's days); English is Qt's source language."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("no Qt translation qtbase_%s in %s", language, qt_folder)
