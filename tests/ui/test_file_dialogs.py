"""File dialogs open in Documents, then in the folder last used for that kind of file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from kluppluz_desk.ui import file_dialogs


def test_first_documents_then_the_last_folder_per_kind(
    tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(documents))
    )
    letters = tmp_path / "brieven"
    letters.mkdir()
    asked: list[str] = []

    def fake_save(_parent: object, _title: str, proposal: str, _filters: str):  # type: ignore[no-untyped-def]
        asked.append(proposal)
        return str(letters / "Brief KR-2026-001 Jansen.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(file_dialogs, "QSettings", lambda: qsettings)
    assert file_dialogs.ask_save_file(None, "letter", "Opslaan", "brief.pdf", "*.pdf")
    assert asked == [str(documents / "brief.pdf")]
    file_dialogs.ask_save_file(None, "letter", "Opslaan", "brief2.pdf", "*.pdf")
    assert asked[-1] == str(letters / "brief2.pdf")
    # Another kind still starts in Documents; only the folder is remembered, no name.
    assert file_dialogs.start_folder("export", qsettings) == str(documents)
    stored = [str(qsettings.value(k)) for k in qsettings.allKeys()]
    assert str(letters) in stored and not any("Jansen" in v for v in stored)
    # A remembered folder that is gone falls back to Documents.
    letters.rmdir()
    assert file_dialogs.start_folder("letter", qsettings) == str(documents)
