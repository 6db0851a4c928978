"""Screenshots of the main window (list, dashboard, annual report page) and the first-run
screen, with the demo data, for docs/screenshots/.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1280x720x24" env QT_QPA_PLATFORM=xcb \
    /tmp/venv/bin/python tests/ui/make_screenshots.py docs/screenshots
Data is made through the services (the demo data set), in a temporary folder.
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
from kluppluz_desk.services.demo.load import load_demo  # noqa: E402
from kluppluz_desk.ui.context import AppContext  # noqa: E402
from kluppluz_desk.ui.i18n import install_translators  # noqa: E402


def settle(app: QApplication, ms: int = 400) -> None:
    # A local loop: QApplication.quit() would also close every window (Qt 6).
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, "nl")
    home = Path(os.environ["KLUPPLUZ_DESK_HOME"])
    settings = QSettings(str(home / "shots.ini"), QSettings.Format.IniFormat)

    empty = open_database(f"sqlite:///{home / 'empty.sqlite3'}", user="k.verhoeven")
    from kluppluz_desk.ui.dialogs.first_run import FirstRunDialog

    first = FirstRunDialog(AppContext(empty, settings=settings))
    first.show()
    settle(app)
    first.grab().save(str(target / "first_run.png"))
    first.pages.setCurrentIndex(1)
    settle(app, 200)
    first.grab().save(str(target / "first_run_form.png"))
    first.close()

    # Work as the demo's quality officer, so the status bar shows a person.
    db = open_database(f"sqlite:///{home / 'demo.sqlite3'}", user="nvermeulen")
    load_demo(db)
    from kluppluz_desk.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, settings=settings))
    window.resize(1280, 720)  # the most common office laptop (issue 15)
    window.tabs.setCurrentIndex(1)
    window.show()
    settle(app)
    window.cases.table.selectRow(2)
    settle(app)
    window.grab().save(str(target / "main_window.png"))
    editor = window.cases.editor
    # The step panel (issue 15.1): a case waiting to be closed, and one for the director.
    from kluppluz_desk.domain.enums import CaseStatus

    for status, name in (
        (CaseStatus.SOLUTION_PROPOSED, "editor_step_close"),
        (CaseStatus.AWAITING_DIRECTOR, "editor_step_director"),
    ):
        for row in range(window.cases.table.model().rowCount()):
            window.cases.table.selectRow(row)
            settle(app, 50)
            if editor.detail is not None and editor.detail.status is status:
                break
        editor.views.show_step_view()
        settle(app, 200)
        window.grab().save(str(target / f"{name}.png"))
        if status is CaseStatus.SOLUTION_PROPOSED:
            # "Brief maken…" on the closing panel: the closure letter's own preview.
            editor.step_panel.letters_button.click()
            settle(app, 600)
            preview = editor.letters.panel.preview if editor.letters.panel else None
            if preview is not None:
                preview.grab().save(str(target / "editor_step_close_letter.png"))
                preview.reject()
    for page, name in (
        (editor.intake, "editor_intake"),
        (editor.handling, "editor_behandeling"),
        (editor.closure, "editor_afsluiting"),
        (editor.improvements, "editor_verbeteracties"),
    ):
        editor.show_tab(page)
        settle(app, 200)
        window.grab().save(str(target / f"{name}.png"))
    editor.header.menu.popup(
        editor.header.other.mapToGlobal(editor.header.other.rect().bottomLeft())
    )
    settle(app, 200)
    editor.header.menu.grab().save(str(target / "editor_other_step_menu.png"))
    editor.header.menu.hide()
    window.tabs.setCurrentIndex(0)
    settle(app, 800)
    window.grab().save(str(target / "dashboard.png"))
    window.tabs.setCurrentIndex(2)
    settle(app, 800)
    window.grab().save(str(target / "report_page.png"))
    window.close()
    del keep


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
