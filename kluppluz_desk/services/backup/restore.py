"""Putting a backup copy back in place of the database file.

Order, so nothing can be lost: (1) the copy is checked in full (`integrity_check`, ours, not
newer than this program) and refused otherwise; (2) the current file is copied into the
backup folder as a safety copy (`…-voor-terugzetten-…`), even when it is damaged; (3) the
copy is written beside the database under a temporary name, with the current file's mode,
and swapped in with one atomic rename. The caller closes its own connections first and
reopens the database afterwards. Works on paths only, so a database too damaged to open can
still be restored (`kluppluz-desk restore`).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import StorageError, describe_os_error
from ...store.sqlite_file import check_file, read_only_reason
from .copies import (
    RESTORE_KIND,
    copy_database,
    create_private,
    describe,
    ensure_folder,
    now,
    target_name,
)

log = logging.getLogger(__name__)

_REFUSED = {
    "damaged": "is beschadigd",
    "foreign": "is geen KluppluZ Desk-database",
    "newer": "is gemaakt met een nieuwere versie van KluppluZ Desk",
}


@dataclass(frozen=True)
class RestoreOutcome:
    restored: Path
    safety_copy: Path | None


def check_restorable(backup: Path) -> None:
    """Refuse (StorageError) a copy that must not be put back."""
    if not backup.is_file():
        raise StorageError(f"De back-up '{backup}' bestaat niet.")
    info = describe(backup)
    problem = _REFUSED.get(info.status)
    if problem is None and check_file(backup, "integrity_check") != "ok":
        problem = _REFUSED["damaged"]
    if problem is not None:
        raise StorageError(
            f"De back-up '{backup.name}' {problem} en wordt niet teruggezet. Kies een andere "
            "back-up; de database is niet gewijzigd."
        )


def _safety_copy(db_path: Path, folder: Path) -> Path:
    ensure_folder(folder)
    target = target_name(folder, db_path.stem, now(), RESTORE_KIND, "sqlite3")
    tmp = target.with_name(target.name + ".tmp")
    try:
        try:
            copy_database(db_path, tmp)
        except sqlite3.DatabaseError as exc:
            # Too damaged for SQLite to read: keep its bytes as they are.
            log.warning("safety copy of %s byte for byte: %s", db_path, exc)
            tmp.unlink(missing_ok=True)
            create_private(tmp)
            shutil.copyfile(db_path, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"Er kon geen veiligheidskopie van de huidige database worden gemaakt in '{folder}' "
            f"({describe_os_error(exc)}); er is niets teruggezet."
        ) from exc
    log.info("safety copy before restore: %s", target)
    return target


def _ensure_not_in_use(db_path: Path) -> None:
    """No other program may have the file open: its log would be lost in the swap."""
    wal = db_path.with_name(db_path.name + "-wal")
    if not wal.exists():
        return  # our databases run in WAL mode: no log file, nobody has it open
    busy = 1
    try:
        with closing(sqlite3.connect(db_path, timeout=1)) as conn:
            busy = int(conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
    except sqlite3.Error as exc:
        log.warning("checkpoint before restore failed: %s", exc)
        busy = 0 if not wal.exists() or wal.stat().st_size == 0 else 1
    if busy:
        raise StorageError(
            "De database is nog geopend in een ander programma of op een andere pc. Sluit "
            "KluppluZ Desk overal af en probeer het opnieuw; er is niets teruggezet."
        )


def restore_sqlite(db_path: Path, backup: Path, folder: Path) -> RestoreOutcome:
    """Put `backup` in place of `db_path` (see module doc)."""
    check_restorable(backup)
    if db_path.resolve() == backup.resolve():
        raise StorageError("Dit is de database zelf, geen back-up.")
    mode = 0o600
    safety = None
    if db_path.exists():
        reason = read_only_reason(db_path)
        if reason:
            raise StorageError(
                f"De database kan niet worden vervangen: {reason}. Er is niets teruggezet."
            )
        mode = db_path.stat().st_mode & 0o777
        _ensure_not_in_use(db_path)
        if db_path.stat().st_size:
            safety = _safety_copy(db_path, folder)
    tmp = db_path.with_name(db_path.name + ".terugzetten.tmp")
    try:
        tmp.unlink(missing_ok=True)
        copy_database(backup, tmp)
        os.chmod(tmp, mode)  # the new file gets the old one's mode, nothing more open
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        for side in ("-wal", "-shm"):
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
        raise StorageError(
            f"Terugzetten is mislukt ({reason}); de database is niet gewijzigd."
        ) from exc
    log.info("restored %s from %s (safety copy %s)", db_path, backup, safety)
    return RestoreOutcome(backup, safety)
