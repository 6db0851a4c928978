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
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

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


def test_dutch_is_installed_and_english_needs_nothing(qapp: QApplication) -> None:
    translators = install_translators(qapp, "nl")
    try:
        assert QCoreApplication.translate("CaseListModel", "Reference") == "Kenmerk"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("CaseListModel", "Reference") == "Reference"
    assert install_translators(qapp, "en") == []
