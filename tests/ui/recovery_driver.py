"""Drives the real program in a subprocess for test_recovery_kill.py (not a test itself).

    python recovery_driver.py type CASE_ID OUT   type into three fields, wait, write OUT
    python recovery_driver.py restore OUT        answer the recovery dialog, save, write OUT

The program is started through `ui.app.run_gui`, exactly as a user starts it; this script
only adds timers that act on its windows the way a person would (QTest key clicks).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TEXTS = {
    "public_measure": "Vaste overdrachtsmomenten bij het ophalen ingevoerd.",
    "closure_text": "Afgesproken: na drie weken bellen we de moeder terug.",
    "submitter_city": "Ulvenhout",
}


def main_window() -> Any:
    from kluppluz_desk.ui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def type_three(case_id: int, out: Path) -> None:
    window = main_window()
    window.show_case(case_id)
    editor = window.cases.editor
    for name, text in TEXTS.items():
        editor.reveal(name)
        QTest.keyClicks(editor.fields[name].widget, text)
    # Longer than the promised two seconds; then tell the test it may kill us.
    QTimer.singleShot(2500, lambda: out.write_text(json.dumps({"typed": True})))


def restore(out: Path, result: dict[str, Any]) -> None:
    from kluppluz_desk.ui.recovery import recovery_scope, recovery_store
    from kluppluz_desk.ui.recovery_dialog import RecoveryDialog

    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, RecoveryDialog):
        QTimer.singleShot(100, lambda: restore(out, result))
        return
    table = dialog.table
    result["title"] = dialog.windowTitle()
    result["rows"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def after() -> None:
        window = main_window()
        editor = window.cases.editor
        result["on_screen"] = {name: editor.fields[name].value() for name in TEXTS}
        result["unsaved"] = editor.has_unsaved_changes()
        result["saved"] = editor.save()
        result["kept_after_save"] = len(recovery_store().entries(recovery_scope(window.ctx)))
        out.write_text(json.dumps(result))
        window.close()

    QTimer.singleShot(0, after)


def run() -> int:
    from kluppluz_desk.ui.app import run_gui

    app = QApplication(sys.argv[:1])
    assert app is not None
    if sys.argv[1] == "type":
        case_id, out = int(sys.argv[2]), Path(sys.argv[3])
        QTimer.singleShot(300, lambda: type_three(case_id, out))
    else:
        out = Path(sys.argv[2])
        QTimer.singleShot(100, lambda: restore(out, {}))
    return run_gui(None)


if __name__ == "__main__":
    sys.exit(run())
