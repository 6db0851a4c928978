"""The dashboard's Inzicht tab with the demo data, at 1280×720, for docs/screenshots/.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python \
          tests/ui/make_insight_screenshot.py docs/screenshots
(or under Xvfb with QT_QPA_PLATFORM=xcb). Data is the demo data set, in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["KLUPPLUZ_DESK_HOME"] = tempfile.mkdtemp(prefix="kd-shots-")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kluppluz_desk.services.database import open_database  # noqa: E402
from kluppluz_desk.services.demo import load_demo  # noqa: E402
from kluppluz_desk.ui.context import AppContext  # noqa: E402
from kluppluz_desk.ui.i18n import install_translators  # noqa: E402


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, "nl")
    home = Path(os.environ["KLUPPLUZ_DESK_HOME"])
    settings = QSettings(str(home / "shots.ini"), QSettings.Format.IniFormat)
    db = open_database(f"sqlite:///{home / 'demo.sqlite3'}", user="nvermeulen")
    load_demo(db)
    from kluppluz_desk.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, settings=settings))
    window.resize(1280, 720)
    window.tabs.setCurrentIndex(1)
    window.show()
    settle()
    window.tabs.setCurrentWidget(window.dashboard)
    settle()
    page = window.dashboard.page()
    page.trend_tabs.setCurrentWidget(page.insight_page)
    settle(600)
    window.grab().save(str(target / "dashboard_inzicht.png"))
    del keep


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
