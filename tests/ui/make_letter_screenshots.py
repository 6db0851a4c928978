"""Screenshots of the letter preview, the template editor, the annual report wizard and the
settings' letterhead tab, with the demo data, for docs/screenshots/ (issue 15).

Each dialog is sized to fit a 1280×720 laptop (the size the issue asks for):
    KLUPPLUZ_DESK_USER=nvermeulen QT_QPA_PLATFORM=offscreen \
        .venv/bin/python tests/ui/make_letter_screenshots.py docs/screenshots
Data is made through the services (the demo data set), in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["KLUPPLUZ_DESK_HOME"] = tempfile.mkdtemp(prefix="kd-letter-shots-")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kluppluz_desk.domain.enums import LetterKind  # noqa: E402
from kluppluz_desk.services.database import open_database  # noqa: E402
from kluppluz_desk.services.demo.load import load_demo  # noqa: E402
from kluppluz_desk.services.letters import acknowledgements_due, render_letter_pdf  # noqa: E402
from kluppluz_desk.ui.context import AppContext  # noqa: E402
from kluppluz_desk.ui.i18n import install_translators  # noqa: E402

LAPTOP_HEIGHT = 680  # 720 minus a taskbar


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, width: int, path: Path, ms: int = 600) -> None:
    widget.resize(width, LAPTOP_HEIGHT)
    widget.show()
    settle(ms)
    widget.grab().save(str(path))


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, "nl")
    home = Path(os.environ["KLUPPLUZ_DESK_HOME"])
    settings = QSettings(str(home / "shots.ini"), QSettings.Format.IniFormat)
    db = open_database(f"sqlite:///{home / 'demo.sqlite3'}", user="nvermeulen")
    load_demo(db)
    ctx = AppContext(db, settings=settings)

    from kluppluz_desk.ui.dialogs.settings import SettingsDialog
    from kluppluz_desk.ui.letters import TemplateEditorDialog
    from kluppluz_desk.ui.letters.preview import LetterPreviewDialog
    from kluppluz_desk.ui.report.wizard import ReportWizard

    # The oldest acknowledgement still due: late, so the preview shows its warning.
    case_id = acknowledgements_due(db)[0]
    letter = render_letter_pdf(db, case_id, LetterKind.ACKNOWLEDGEMENT)
    preview = LetterPreviewDialog.for_new(ctx, case_id, letter, None)
    shoot(preview, 760, target / "letter_preview.png", 1200)
    preview.close()

    editor = TemplateEditorDialog(ctx, None, LetterKind.ACKNOWLEDGEMENT)
    shoot(editor, 1100, target / "template_editor.png", 1200)
    editor.close()

    wizard = ReportWizard(ctx, 2025)
    wizard.show()
    settle()
    wizard.next()  # the year → the figures of the year
    shoot(wizard, 980, target / "report_wizard.png")
    wizard.close()

    dialog = SettingsDialog(ctx)
    dialog.tabs.setCurrentIndex(2)  # Briefhoofd
    shoot(dialog, 720, target / "settings_letterhead.png")
    dialog.close()
    del keep


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
