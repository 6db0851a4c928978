"""The floor of the start-up figure: a bare Qt window (a `QMainWindow` holding a
`QTableView` of 200 rows of text) from process start to its first paint, offscreen.
`python -m kluppluz_desk.ui.bare_start` prints "first paint after X s (cpu Y s)", the same
line `kluppluz-desk --quit-after-first-paint` prints, so the benchmark reads both alike."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from .process_start import process_started_at


class _FirstPaint(QObject):
    def __init__(self, started: float, app: QApplication) -> None:
        super().__init__()
        self.started, self.app, self.done = started, app, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"first paint after {time.time() - self.started:.3f} s "
              f"(cpu {time.process_time():.3f} s)")  # fmt: skip
        self.app.exit(0)


def main() -> int:
    started = process_started_at()
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(200, 8)
    for row in range(200):
        for column in range(8):
            model.setItem(row, column, QStandardItem(f"KR-2026-{row:05d} {column}"))
    window = QMainWindow()
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 720)
    watcher = _FirstPaint(started, app)
    table.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":  # not when a test imports every module
    sys.exit(main())
