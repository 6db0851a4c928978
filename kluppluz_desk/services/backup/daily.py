"""The backups the program makes by itself, and the *Back-up maken* command.

- SQLite: a checked copy (copies.py) at the first start of each day and at close, then the
  rotation (rotation.py). The daily copy's `integrity_check` is the database's daily full
  check: the copy holds the same pages, so a failing copy with a failing source means the
  database itself is damaged (`BackupFailed.source_damaged`).
- PostgreSQL: the program's lossless JSON export (services/transfer.py) into the backup
  folder, owner-only, rotated the same way. The server's own `pg_dump` schedule is the
  administrator's (docs/installing.md).
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ... import paths
from ...domain.errors import StorageError, ValidationError, describe_os_error
from ...domain.path_values import check_path
from ...store.engine import sqlite_path
from ..database import Database
from .copies import (
    create_private,
    ensure_folder,
    list_copies,
    make_sqlite_copy,
    now,
    parse_name,
    target_name,
)
from .rotation import moments_to_keep, safety_copy_expired

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupOutcome:
    path: Path
    removed: tuple[Path, ...] = field(default_factory=tuple)


def backup_folder(db: Database) -> Path:
    return paths.backup_folder_for(db.url)


def _stem(db: Database) -> str:
    path = sqlite_path(db.url)
    if path is not None:
        return path.stem
    name = db.engine.url.database or "kluppluz"
    return f"{name}-export"


def rotate(
    folder: Path, stem: str, *, ext: str = "sqlite3", at: datetime | None = None
) -> list[Path]:
    """Delete the copies of `stem` the rotation does not keep; returns what was deleted."""
    moment = at or now()
    regular: dict[Path, datetime] = {}
    removed = []
    for path in folder.iterdir() if folder.is_dir() else ():
        parsed = parse_name(stem, path)
        if parsed is None or path.suffix != f".{ext}":
            continue
        kind, made_at = parsed
        if not kind:
            regular[path] = made_at
        elif safety_copy_expired(made_at, moment):
            removed.append(path)
    keep = moments_to_keep(regular.values())
    removed += [path for path, made_at in regular.items() if made_at not in keep]
    # Two copies in one second share a moment; the rule keeps the newest name of the two.
    by_moment: dict[datetime, list[Path]] = {}
    for path, made_at in regular.items():
        if made_at in keep:
            by_moment.setdefault(made_at, []).append(path)
    for same in by_moment.values():
        removed += sorted(same, key=lambda p: (len(p.name), p.name))[:-1]
    for path in removed:
        try:
            path.unlink()
            log.info("backup rotated out: %s", path)
        except OSError as exc:
            log.warning("cannot delete old backup %s: %s", path, exc)
    return removed


_KIND = re.compile(r"(?:voor-[a-z]+(?:-[0-9a-z]+)?|handmatig)?")  # as copies._NAME


def make_backup(
    db: Database, *, folder: Path | None = None, made_at: datetime | None = None, kind: str = ""
) -> BackupOutcome:
    """One backup now (SQLite copy or PostgreSQL export), then the rotation. `kind`
    "handmatig" (*Back-up maken*) keeps the copy out of the day's rotation, for a year:
    the copy at close must not replace the one the user asked for."""
    # a kind the names of copies cannot hold would make a copy the rotation never sees
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise ValidationError("Onbekende soort back-up.", field="kind")
    folder = backup_folder(db) if folder is None else check_path(folder, "De back-upmap")
    moment = made_at or now()
    source = sqlite_path(db.url)
    if source is None:
        path = _export_json(db, folder, moment, kind)
        return BackupOutcome(path, tuple(rotate(folder, _stem(db), ext="json", at=moment)))
    path = make_sqlite_copy(source, folder, made_at=moment, kind=kind)
    return BackupOutcome(path, tuple(rotate(folder, source.stem, at=moment)))


def daily_backup(
    db: Database, *, folder: Path | None = None, made_at: datetime | None = None
) -> BackupOutcome | None:
    """The first start of the day's copy (SQLite, writable); None when today has one."""
    source = sqlite_path(db.url)
    if source is None or db.read_only:
        return None
    folder = folder or backup_folder(db)
    moment = made_at or now()
    copies = list_copies(folder, source.stem, look_inside=False)
    if any(not c.kind and c.made_at.date() == moment.date() for c in copies):
        return None
    return make_backup(db, folder=folder, made_at=moment)


def _export_json(db: Database, folder: Path, moment: datetime, kind: str) -> Path:
    from ..transfer import export_document

    ensure_folder(folder)
    document = export_document(db)
    target = target_name(folder, _stem(db), moment, kind, "json")
    tmp = target.with_name(target.name + ".tmp")
    try:
        create_private(tmp)
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"De back-up in '{folder}' is niet gemaakt: {describe_os_error(exc)}."
        ) from exc
    log.info("backup (export) made: %s", target)
    return target
