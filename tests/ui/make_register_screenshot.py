"""Screenshot of the register import wizard's preview (docs/screenshots/register_import_
preview.png, 1280×720, Dutch): the messy test register with its unknown location mapped to
"create" and its unknown category left open, so the red row and its problem show.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.make_register_screenshot docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kluppluz_desk.services.database import open_database
from kluppluz_desk.services.register_import import CREATE
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.i18n import install_translators
from kluppluz_desk.ui.register_import import RegisterImportWizard
from tests.factories import seed
from tests.services.register_import.registers import write_messy_register


def main(target: Path) -> Path:
    app = QApplication.instance() or QApplication(sys.argv)
    keep = install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp(prefix="kluppluz-shot-"))
    db = open_database(f"sqlite:///{folder / 'shot.sqlite3'}", user="kv-tester")
    seed(db)
    ctx = AppContext(db)
    wizard = RegisterImportWizard(ctx)
    wizard.resize(1280, 720)
    wizard.show()
    register = write_messy_register(folder / "klachtenregister 2021.xlsx")
    assert wizard.file_page.open_path(str(register))
    wizard.next()
    for _ in range(5):
        app.processEvents()
    wizard.grab().save("/tmp/excel_mapping_page.png")  # looked at, not published
    wizard.back()
    for _ in range(5):
        app.processEvents()
    wizard.grab().save("/tmp/excel_file_page.png")
    wizard.next()
    state = wizard.state
    state.mapping = state.mapping.with_value("location", "Kindcentrum De Zeppelin", CREATE)
    wizard.next()
    for _ in range(5):
        app.processEvents()
    out = target / "register_import_preview.png"
    wizard.grab().save(str(out))
    wizard.close()
    db.dispose()
    del keep
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
