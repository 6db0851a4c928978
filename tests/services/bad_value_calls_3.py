"""Bad-value calls, part 3: what a user types or picks outside a case: file paths from a
file dialog (register, mapping, JSON export/import, spreadsheet, backup folder), the
database address, the first-start wizard, "who are you?", and a database login.

Each entry names the public service functions it calls ("package.function / ..."), the
call, and good arguments; the test replaces one argument with a hostile value.
"""

from __future__ import annotations

import time
from typing import Any

from kluppluz_desk.domain.enums import ReactionKind, StaffRole
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import (
    access,
    backup,
    identity,
    insight,
    masterdata,
    register_import,
    report,
    spreadsheet_export,
    transfer,
)
from kluppluz_desk.services.database import Database, open_database
from tests.services.bad_value_calls_2 import register_file
from tests.services.bad_values_harness import Call, Ctx


def _register_csv(c: Ctx) -> str:
    return register_file(c.folder, "ophalen")


def _mapping_file(c: Ctx) -> str:
    path = c.folder / f"koppeling-{time.monotonic_ns()}.json"
    path.write_text(register_import.RegisterMapping(header_row=0).to_json(), encoding="utf-8")
    return str(path)


def _export_and_read(db: Database, path: Any) -> None:
    transfer.export_json(db, path)
    transfer.read_document(path)


def _backup(db: Database, folder: Any, kind: Any) -> None:
    made = backup.make_backup(db, folder=folder, kind=kind)
    backup.describe(made.path)
    backup.list_copies(folder, made.path.stem.split("-")[0])


def _open_again(db: Database, url: Any, user: Any) -> None:
    open_database(url, user=user).dispose()


CALLS_3: dict[str, Call] = {
    "register_import.read_register": (
        lambda db, path, sheet: register_import.read_register(path, sheet),
        lambda c: {"path": _register_csv(c), "sheet": None},
    ),
    "register_import.read_mapping_file": (
        lambda db, path: register_import.read_mapping_file(path),
        lambda c: {"path": _mapping_file(c)},
    ),
    "transfer.export_json / transfer.read_document": (
        _export_and_read,
        lambda c: {"path": str(c.folder / f"export-{time.monotonic_ns()}.json")},
    ),
    "spreadsheet_export.write_tables": (
        lambda db, path: spreadsheet_export.write_tables(path, []),
        lambda c: {"path": str(c.folder / f"tabel-{time.monotonic_ns()}.xlsx")},
    ),
    "backup.make_backup / backup.describe / backup.list_copies": (
        _backup,
        lambda c: {"folder": c.folder / "backups", "kind": "handmatig"},
    ),
    "database.open_database": (
        _open_again,
        lambda c: {"url": c.db.url, "user": "kv-tester"},
    ),
    "masterdata.start_empty": (
        lambda db, **kw: masterdata.start_empty(db, **kw),
        lambda c: {
            "organisation_name": "KluppluZ",
            "place": "Eindhoven",
            "location_name": f"Locatie {time.monotonic_ns()}",
            "region_name": "Eindhoven",
            "staff": [(f"Nina {time.monotonic_ns()}", "quality_officer", "n@voorbeeld.nl")],
        },
    ),
    "identity.add_me / identity.claim": (
        lambda db, name, role, email, staff_id: (
            identity.add_me(db, name=name, role=role, email=email),
            identity.claim(db, staff_id),
        ),
        lambda c: {
            "name": "Karin de Vries",
            "role": StaffRole.QUALITY_OFFICER,
            "email": "k@voorbeeld.nl",
            "staff_id": c.s.staff["Kees Verhoeven"],
        },
    ),
    "insight.compute_insight / spreadsheet_export.export_insight": (
        lambda db, year, location_id, kind, path: spreadsheet_export.export_insight(
            insight.compute_insight(db, insight.InsightFilter(year, location_id, kind)), path
        ),
        lambda c: {
            "year": today().year,
            "location_id": c.s.locations["Venetiëstraat"],
            "kind": ReactionKind.COMPLAINT,
            "path": str(c.folder / f"inzicht-{time.monotonic_ns()}.xlsx"),
        },
    ),
    "report.set_counts_confidential": (
        lambda db, counted: report.set_counts_confidential(db, counted),
        lambda c: {"counted": True},
    ),
    "access.login_sql / access.group_sql": (
        lambda db, login, password, staff_id, master, database: (
            access.login_sql(login, password, staff_id, master=master),
            access.group_sql(database),
        ),
        lambda c: {
            "login": "k.devries",
            "password": "een lang wachtwoord",
            "staff_id": 1,
            "master": False,
            "database": "kluppluz",
        },
    ),
}
