"""Every text of the interface has a finished Dutch translation, the compiled .qm files are
up to date with their .ts, and the loader really installs Dutch.

pyside6-lupdate scans ALL of kluppluz_desk/ui into a throwaway .ts; each (context, source)
it finds must be translated in one of the committed resources/i18n/kluppluz_nl_*.ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from kluppluz_desk.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "kluppluz_desk" / "ui"
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.fail(f"{name} is missing: install PySide6 (it ships the Qt Linguist tools)")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether a finished translation is there."""
    result: dict[tuple[str, str], bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                and (
                    bool((translation.text or "").strip())
                    or any((f.text or "").strip() for f in translation.iter("numerusform"))
                )
            )
            result[(name, source)] = result.get((name, source), False) or done
    return result


def test_every_source_text_has_a_finished_dutch_translation(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    scanned = tmp_path / "all.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(scanned)],
        check=True,
        capture_output=True,
    )
    needed = _messages(scanned)
    assert needed, "lupdate found no texts at all"
    translated: dict[tuple[str, str], bool] = {}
    for ts in sorted(I18N.glob("kluppluz_nl_*.ts")):
        for key, done in _messages(ts).items():
            translated[key] = translated.get(key, False) or done
    missing = [f"{ctx}: {src!r}" for (ctx, src) in needed if not translated.get((ctx, src))]
    assert not missing, f"{len(missing)} text(s) without Dutch translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("ts", sorted(I18N.glob("kluppluz_*.ts")), ids=lambda p: p.name)
def test_compiled_translation_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run pyside6-lrelease"
    fresh = tmp_path / committed.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is older than {ts.name}: run pyside6-lrelease"
    )


def test_dutch_is_installed_and_english_needs_only_its_plurals(qapp: QApplication) -> None:
    translators = install_translators(qapp, "nl")
    try:
        assert QCoreApplication.translate("CaseListModel", "Reference") == "Kenmerk"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("CaseListModel", "Reference") == "Reference"
    # English is the source language: only the plural forms ("1 row", "2 rows") are loaded.
    english = install_translators(qapp, "en")
    try:
        assert [Path(t.filePath()).name for t in english] == ["kluppluz_en_plurals.qm"]
        assert QCoreApplication.translate("CaseListModel", "Reference") == "Reference"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        for translator in english:
            qapp.removeTranslator(translator)


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_qt_file_dialog_speaks_dutch(qtbot: QtBot, dutch: None) -> None:
    # The non-native dialog (Linux without a desktop theme) uses Qt's own texts; the
    # qtbase_nl of PySide6 6.11 lacks "&Look in:" and "Files of &type:" (kluppluz_nl_qtgaps).
    dialog = QFileDialog(None, "Opslaan", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"}
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"Op&slaan", "Annuleren"} <= buttons
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert {"Terug", "Hogere map", "Nieuwe map aanmaken"} <= tips


def test_message_box_button_box_and_calendar_are_dutch(qtbot: QtBot, dutch: None) -> None:
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"&Ja", "&Nee", "Opslaan", "Verwerpen", "Annuleren"}
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Apply
    )
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"OK", "Sluiten", "Toepassen"}
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 3, 2))
    calendar.setCurrentPage(2026, 3)
    month = next(b for b in calendar.findChildren(QToolButton) if b.text() == "maart")
    assert month.isVisibleTo(calendar)
    days = calendar.findChild(QTableView)
    assert days is not None
    model = days.model()
    assert [model.data(model.index(0, c)) for c in range(1, 8)] == [
        "ma", "di", "wo", "do", "vr", "za", "zo"]  # fmt: skip
