"""Screenshot of a case made from an e-mail (docs/screenshots/intake_email.png, 1280×720):
an Outlook .msg from a parent, taken in over the demo data, as the case editor shows it
before saving, with the location it names offered above the form.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_intake_screenshot docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ["KLUPPLUZ_DESK_HOME"] = tempfile.mkdtemp(prefix="kd-shots-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from kluppluz_desk.services import intake  # noqa: E402
from kluppluz_desk.services.database import open_database  # noqa: E402
from kluppluz_desk.services.demo.load import load_demo  # noqa: E402
from kluppluz_desk.store.models import Location  # noqa: E402
from kluppluz_desk.ui.context import AppContext  # noqa: E402
from kluppluz_desk.ui.i18n import install_translators  # noqa: E402
from tests.mailfiles import files  # noqa: E402
from tests.ui.make_screenshots import settle  # noqa: E402


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, "nl")
    home = Path(os.environ["KLUPPLUZ_DESK_HOME"])
    settings = QSettings(str(home / "shots.ini"), QSettings.Format.IniFormat)
    db = open_database(f"sqlite:///{home / 'demo.sqlite3'}", user="k.verhoeven")
    load_demo(db)
    with db.unit() as session:
        location = session.scalars(select(Location.name).order_by(Location.id)).first()
    body = (
        "Beste mevrouw, meneer,\r\n\r\n"
        f"Gisteren heb ik mijn dochter Lotte om 17.30 uur opgehaald bij {location}. "
        "De pedagogisch medewerker wist niet dat mijn schoonmoeder haar zou ophalen, terwijl "
        "ik dat 's ochtends had doorgegeven. Lotte heeft daardoor een half uur in de gang "
        "gewacht.\r\n\r\nIk wil graag weten hoe dit kan en wat u eraan doet.\r\n\r\n"
        "Met vriendelijke groet,\r\nAnna de Vries\r\n06-12345678"
    )
    sent = datetime.now().astimezone() - timedelta(days=1, hours=3)
    data = files.msg(sent=sent, subject="Ophalen van Lotte ging mis", body=body,
                     attachments=[])  # fmt: skip
    draft = intake.read_intake(db, filename="Ophalen van Lotte ging mis.msg", data=data)
    from kluppluz_desk.ui.case_editor.editor import CaseEditor

    # The editor on its own: the whole window is wider than 1280 (list plus editor).
    editor = CaseEditor(AppContext(db, settings=settings))
    editor.resize(1280, 720)
    editor.show()
    settle(app)
    editor.new_case_from(draft)
    settle(app, 600)
    editor.grab().save(str(target / "intake_email.png"))
    editor.discard()
    editor.close()
    del keep


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
