"""What opening an SQLite file may do, decided before anything writes to it.

| the file                         | opening                                            |
|----------------------------------|----------------------------------------------------|
| a KluppluZ Desk database         | read-write (read-only when the file or disk is)    |
| absent, folder exists            | a new database                                     |
| absent, folder missing           | `NeedsConsent` unless the user chose to create it  |
| empty (0 bytes, or no tables)    | `NeedsConsent` unless the user chose "new"         |
| another program's SQLite / other | refused, unchanged                                 |
| damaged (quick_check fails)      | refused, or read-only when asked (the GUI's banner) |

Every existing file is checked with `PRAGMA quick_check`, whatever its size (30 MB: about
30 ms). The full `integrity_check` runs daily on the backup copy (services/backup).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import StorageError
from ..store.migrate import describe_db_error, head_revision
from ..store.sqlite_file import FileKind, NeedsConsent, describe_refusal, inspect_sqlite_file
from ..store.sqlite_prefetch import take_inspection

log = logging.getLogger(__name__)

DAMAGED_REASON = "het bestand is beschadigd"


@dataclass(frozen=True)
class SqlitePlan:
    read_only: str | None = None  # Dutch reason to open read-only; None: read-write
    damage: str | None = None


def plan_sqlite_open(
    path: Path,
    *,
    create_folder: bool,
    new_file: bool,
    damaged_read_only: bool,
    backup_folder: Path | None = None,
) -> SqlitePlan:
    """How to open `path`, or a `StorageError` / `NeedsConsent` (see the table above)."""
    # The look begun at start-up (store.sqlite_prefetch), when the file is unchanged since.
    found = take_inspection(path) or inspect_sqlite_file(path)
    kind = found.kind
    if kind is FileKind.MISSING_FOLDER:
        if not create_folder:
            raise NeedsConsent(found)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"De map '{path.parent}' kan niet worden gemaakt: {exc}.") from exc
        log.info("created database folder %s", path.parent)
        return SqlitePlan()
    if kind is FileKind.NEW:
        return SqlitePlan()
    if kind is FileKind.EMPTY:
        if found.read_only:
            raise StorageError(
                f"Het bestand '{path}' is leeg en alleen-lezen ({found.read_only}); er kan "
                "geen database in worden gemaakt. Het is niet gewijzigd."
            )
        if not new_file:
            raise NeedsConsent(found)
        log.info("making a new database in the empty file %s", path)
        return SqlitePlan()
    if kind is FileKind.DAMAGED:
        log.error("database %s is damaged: %s", path, found.problem[:2000])
        if not damaged_read_only or not found.tables:
            where = f" De back-ups staan in de map '{backup_folder}'." if backup_folder else ""
            raise StorageError(describe_refusal(found) + where)
        return SqlitePlan(read_only=DAMAGED_REASON, damage=found.problem)
    if kind is not FileKind.OURS:
        log.warning("refused %s: %s (tables: %s)", path, kind.value, ", ".join(found.tables))
        raise StorageError(describe_refusal(found))
    return SqlitePlan(read_only=found.read_only)


def check_read_only_revision(engine: Engine, plan: SqlitePlan) -> None:
    """A read-only database cannot be upgraded: it must already be at this program's schema."""
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise StorageError(describe_db_error(exc)) from exc
    if revision == head_revision():
        return
    raise StorageError(
        f"De database kan alleen worden gelezen ({plan.read_only}), maar is van een andere "
        f"versie van KluppluZ Desk (schema {revision}, dit programma: {head_revision()}) en "
        "moet daarvoor worden bijgewerkt. Dat kan niet zonder te schrijven; de database is "
        "niet gewijzigd."
    )
