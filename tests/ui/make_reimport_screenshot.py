"""Screenshot of the register import preview on a register imported before (docs/
screenshots/register_import_present.png, 1280×720, Dutch): last year's rows shown as
"al aanwezig" with their count, one new row to import.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.make_reimport_screenshot docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication

from kluppluz_desk.services.database import open_database
from kluppluz_desk.services.register_import import CREATE, import_register, open_register
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
    register = write_messy_register(folder / "klachtenregister 2021.xlsx")
    rows, mapping = open_register(db, register)
    mapping = mapping.with_value("location", "Kindcentrum De Zeppelin", CREATE)
    mapping = mapping.with_value("category", "Communicatie", "Informatie/communicatie")
    import_register(db, rows, mapping)
    book = openpyxl.load_workbook(register)
    book["Register 2021"].append(
        [5, date(2021, 9, 1), "Arnhem Centrum", "Klacht", "Veiligheid", "Eva Mol", "Traphek", None]
    )
    book.save(register)
    ctx = AppContext(db)
    wizard = RegisterImportWizard(ctx)
    wizard.resize(1280, 720)
    wizard.show()
    assert wizard.file_page.open_path(str(register))
    wizard.next()
    wizard.next()
    for _ in range(5):
        app.processEvents()
    out = target / "register_import_present.png"
    wizard.grab().save(str(out))
    wizard.close()
    db.dispose()
    del keep
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
