"""`kluppluz-desk backup [--list]` and `kluppluz-desk restore FILE`: the backups headless.

`backup` makes a checked copy (SQLite) or the JSON export (PostgreSQL) in the backup folder
and applies the rotation; `--list` shows the copies with date, size, number of cases and
state. `restore` works on the file itself, without opening the database first, so a
database too damaged to open can still be put back. All of them: K&V only, or an
administrator of a local SQLite file (services/backup/permission.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_base import EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.errors import StorageError
from .domain.plural import plural
from .paths import backup_folder_for, resolve_database_url

STATUS_TEXT = {
    "ok": "goed",
    "damaged": "BESCHADIGD",
    "foreign": "geen KluppluZ-database",
    "newer": "nieuwere versie",
}


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    from .paths import current_login
    from .services.backup import list_copies, make_backup, require_backup_right
    from .services.backup import require_restore_right as require_file_right
    from .store.engine import sqlite_path

    url = resolve_database_url(args.db)
    folder = backup_folder_for(url)
    path = sqlite_path(url)
    if args.list:
        if path is None:
            raise StorageError("Een overzicht van back-ups is er alleen voor een SQLite-database.")
        require_file_right(path, current_login())
        copies = list_copies(folder, path.stem)
        print(f"Back-ups van {path} in {folder}:")
        if not copies:
            print("  (geen)")
        for info in copies:
            cases = "-" if info.cases is None else str(info.cases)
            kind = f"  ({info.kind})" if info.kind else ""
            print(
                f"  {info.made_at:%d-%m-%Y %H:%M:%S}  {_size(info.size):>9}  {cases:>6} "
                f"klantreacties  {STATUS_TEXT[info.status]:<22} {info.path.name}{kind}"
            )
        return 0
    db = _open(args)
    try:
        require_backup_right(db)
        outcome = make_backup(db, folder=folder)
    finally:
        db.dispose()
    print(f"Back-up gemaakt: {outcome.path}")
    if outcome.removed:
        removed = plural(len(outcome.removed), "oudere back-up", "oudere back-ups")
        print(f"{removed} opgeruimd volgens het bewaarschema.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .paths import current_login
    from .services.backup import require_restore_right, restore_sqlite
    from .services.database import open_database
    from .store.engine import sqlite_path

    url = resolve_database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise StorageError(
            "Terugzetten kan alleen bij een SQLite-database. Een PostgreSQL-database zet de "
            "beheerder terug met pg_restore (zie docs/installing.md)."
        )
    require_restore_right(path, current_login())
    folder = backup_folder_for(url)
    outcome = restore_sqlite(path, args.file.expanduser().resolve(), folder)
    if outcome.safety_copy:
        print(f"Veiligheidskopie van de vorige database: {outcome.safety_copy}")
    # Open it once: an older copy is brought up to this program's schema now, not later.
    open_database(url, backup_folder=folder).dispose()
    print(f"Teruggezet: {args.file} -> {path}")
    return 0


def register_backup(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup", help="maak nu een back-up (SQLite: gecontroleerde kopie; PostgreSQL: export)"
    )
    p.add_argument("--list", action="store_true", help="toon de back-ups in de back-upmap")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="zet een back-up terug (eerst een veiligheidskopie)")
    p.add_argument("file", type=Path, help="het back-upbestand")
    p.set_defaults(func=cmd_restore)


EXTRA_COMMANDS.append(register_backup)
