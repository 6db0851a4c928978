"""Screenshots for docs/access.md (issue 12, "Done means"): the case list as a location
manager and as K&V on the same demo database with one confidential case, and the
director's decision step as K&V (her decision waits for her) and as the director (her own
step button). 1280×720, Dutch.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python \
    tests/ui/make_access_screenshots.py docs/screenshots
Data is made through the services (the demo data set), in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["KLUPPLUZ_DESK_HOME"] = tempfile.mkdtemp(prefix="kd-access-shots-")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kluppluz_desk.domain.access import ConfidentialReason  # noqa: E402
from kluppluz_desk.domain.enums import CaseStatus  # noqa: E402
from kluppluz_desk.services import access, cases  # noqa: E402
from kluppluz_desk.services.cases import CaseFilter  # noqa: E402
from kluppluz_desk.services.database import Database, open_database  # noqa: E402
from kluppluz_desk.services.demo.load import load_demo  # noqa: E402
from kluppluz_desk.ui.context import AppContext  # noqa: E402
from kluppluz_desk.ui.i18n import install_translators  # noqa: E402

MANAGER = "felamrani"  # Fatima El Amrani, location manager in the demo


def settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _prepare(url: str) -> str:
    """The demo, with one case at the manager's location made confidential by K&V;
    returns its reference."""
    kv = open_database(url, user="nvermeulen")
    load_demo(kv)
    access.apply_access(kv)
    manager = open_database(url, user=MANAGER)
    access.apply_access(manager)
    hers = cases.case_ids(manager, CaseFilter())
    manager.dispose()
    access.set_confidential(kv, hers[0], ConfidentialReason.ABOUT_STAFF)
    reference = cases.get_case(kv, hers[0]).reference
    kv.dispose()
    return reference


def _window(app: QApplication, db: Database, settings: QSettings):  # type: ignore[no-untyped-def]
    from kluppluz_desk.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, settings=settings))
    window.resize(1280, 720)
    window.tabs.setCurrentIndex(1)
    window.show()
    settle(app)
    return window


def _open_status(app: QApplication, window, status: CaseStatus) -> None:  # type: ignore[no-untyped-def]
    editor = window.cases.editor
    for row in range(window.cases.table.model().rowCount()):
        window.cases.table.selectRow(row)
        settle(app, 50)
        if editor.detail is not None and editor.detail.status is status:
            break
    editor.views.show_step_view()
    settle(app, 300)


def _row_of(window, reference: str) -> int:  # type: ignore[no-untyped-def]
    model = window.cases.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == reference:
            return row
    raise AssertionError(f"{reference} not in the list")


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, "nl")
    home = Path(os.environ["KLUPPLUZ_DESK_HOME"])
    settings = QSettings(str(home / "shots.ini"), QSettings.Format.IniFormat)
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    secret = _prepare(url)
    for login, name in ((MANAGER, "access_list_manager"), ("nvermeulen", "access_list_kv")):
        db = open_database(url, user=login)
        window = _window(app, db, settings)
        window.cases.table.selectRow(_row_of(window, secret) if login != MANAGER else 0)
        settle(app)
        window.grab().save(str(target / f"{name}.png"))
        if login == "nvermeulen":
            _open_status(app, window, CaseStatus.AWAITING_DIRECTOR)
            window.grab().save(str(target / "access_step_director_as_kv.png"))
        window.close()
        db.dispose()
    db = open_database(url, user="whendriks")  # the demo's director
    window = _window(app, db, settings)
    _open_status(app, window, CaseStatus.AWAITING_DIRECTOR)
    window.grab().save(str(target / "access_step_director_as_director.png"))
    window.close()
    db.dispose()
    del keep


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
