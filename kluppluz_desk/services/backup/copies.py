"""One backup copy: made with SQLite's online backup API, checked, and found again by name.

A copy is written to `<name>.tmp` (owner-only), switched to a self-contained file (journal
mode DELETE, so reading it later never needs `-wal`/`-shm` files), checked with `PRAGMA
integrity_check`, and only then renamed to its final name: a half-made or bad copy is never
listed. The backup API reads one consistent snapshot in its own read transaction, so a copy
never holds half a write, even while the program or a colleague is saving.

Names: `<stem>-<YYYYmmdd-HHMMSS>.sqlite3` for the regular copies, `<stem>-handmatig-…` for one
made with *Back-up maken*, `<stem>-voor-terugzetten-…` and `<stem>-voor-upgrade-<rev>-…`
(store/migrate.py) for safety copies, `.json` for the
PostgreSQL export. The time in the name, not the file's mtime, is the copy's time.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...domain.errors import StorageError, describe_os_error
from ...domain.path_values import MAX_NAME_BYTES, check_path
from ...domain.today import today
from ...domain.values import check_text
from ...store.migrate import head_revision
from ...store.sqlite_file import FileKind, check_file, inspect_sqlite_file, read_only_uri

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?:(?P<kind>voor-[a-z]+(?:-[0-9a-z]+)?|handmatig)-)?(?P<stamp>\d{8}-\d{6})(?:-\d+)?"
    r"\.(?P<ext>sqlite3|json)$"
)
RESTORE_KIND = "voor-terugzetten"
MANUAL_KIND = "handmatig"


class BackupFailed(StorageError):
    """A copy could not be made or did not pass its check (`source_damaged`: the database
    itself failed the same check)."""

    def __init__(self, message: str, *, source_damaged: bool = False) -> None:
        super().__init__(message)
        self.source_damaged = source_damaged


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    kind: str  # "" for a regular copy, else "voor-terugzetten", "voor-upgrade-0002", …
    size: int
    status: str = "ok"  # ok, damaged, foreign, newer
    cases: int | None = None

    @property
    def good(self) -> bool:
        return self.status == "ok"


def now() -> datetime:
    """The copy time: today's date from `domain.today` (tests freeze it) and the clock's time."""
    return datetime.combine(today(), datetime.now().time().replace(microsecond=0))


def ensure_folder(folder: Path) -> Path:
    """The backup folder, created owner-only when missing. Only its last part is created: a
    network share that is not mounted must not silently become a local folder."""
    try:
        if not folder.is_dir():
            if not folder.parent.is_dir():
                raise StorageError(
                    f"De back-upmap '{folder}' is niet bereikbaar (de map '{folder.parent}' "
                    "bestaat niet). Controleer de netwerkmap of kies een andere back-upmap."
                )
            folder.mkdir(mode=0o700)
    except OSError as exc:
        raise StorageError(
            f"De back-upmap '{folder}' kan niet worden gebruikt: {describe_os_error(exc)}."
        ) from exc
    return folder


def parse_name(stem: str, path: Path) -> tuple[str, datetime] | None:
    """(kind, time) of a backup of `stem`, or None when `path` is not one."""
    if not path.name.startswith(stem + "-"):
        return None
    match = _NAME.match(path.name[len(stem) + 1 :])
    if match is None:
        return None
    return match["kind"] or "", datetime.strptime(match["stamp"], STAMP)


def target_name(folder: Path, stem: str, made_at: datetime, kind: str, ext: str) -> Path:
    base = f"{stem}-{kind + '-' if kind else ''}{made_at.strftime(STAMP)}"
    target = folder / f"{base}.{ext}"
    n = 1
    while target.exists() or target.with_name(target.name + ".tmp").exists():
        target = folder / f"{base}-{n}.{ext}"
        n += 1
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private(path: Path) -> None:
    """Create `path` empty with mode 0600 (it must not exist yet)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def copy_database(source: Path, target: Path) -> None:
    """SQLite's backup API from `source` (read-only) into the new file `target`."""
    create_private(target)
    with (
        closing(sqlite3.connect(read_only_uri(source), uri=True, timeout=5)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")


def make_sqlite_copy(
    source: Path, folder: Path, *, kind: str = "", made_at: datetime | None = None
) -> Path:
    """Copy the database `source` into `folder`, check it, and return the copy's path.

    A copy that fails `integrity_check` is deleted and `BackupFailed` raised; whether the
    database itself is damaged is checked then and said in the message.
    """
    ensure_folder(folder)
    target = target_name(folder, source.stem, made_at or now(), kind, "sqlite3")
    tmp = target.with_name(target.name + ".tmp")
    try:
        copy_database(source, tmp)
        result = check_file(tmp, "integrity_check")
        if result != "ok":
            log.error("backup copy %s failed its check, deleted: %s", target, result[:2000])
            tmp.unlink()
            raise _failed_check(source)
        _fsync(tmp)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        log.error("backup of %s failed: %s", source, exc)
        raise BackupFailed(
            f"De back-up is niet gemaakt: de database kon niet worden gelezen ({exc})."
        ) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(
            f"De back-up in '{folder}' is niet gemaakt: {describe_os_error(exc)}."
        ) from exc
    log.info("backup made: %s", target)
    return target


def _failed_check(source: Path) -> BackupFailed:
    if check_file(source, "integrity_check") != "ok":
        return BackupFailed(
            "De back-up is niet bewaard: de database zelf is beschadigd. Zet de nieuwste goede "
            "back-up terug of neem contact op met uw beheerder.",
            source_damaged=True,
        )
    return BackupFailed(
        "De back-up is niet bewaard: de kopie was niet in orde (schijf of netwerkmap?). "
        "Probeer het opnieuw of kies een andere back-upmap."
    )


def _status(path: Path) -> tuple[str, int | None]:
    found = inspect_sqlite_file(path, count_cases=True)
    if found.kind is FileKind.DAMAGED:
        return "damaged", None
    if found.kind is not FileKind.OURS:
        return "foreign", None
    if found.revision is None or not _known_revision(found.revision):
        return "newer", found.cases
    return "ok", found.cases


def _known_revision(revision: str) -> bool:
    head = head_revision()
    if revision.isdigit() and head.isdigit():
        return int(revision) <= int(head)
    return revision == head


def describe(path: Path) -> BackupInfo:
    """A copy anywhere (e.g. chosen by the user), looked at read-only."""
    path = check_path(path, "De back-up")
    try:
        stat = path.stat()
    except OSError as exc:
        raise StorageError(f"De back-up '{path}' kan niet worden gelezen: "
                           f"{describe_os_error(exc)}.") from exc  # fmt: skip
    made_at = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    status, cases = _status(path)
    return BackupInfo(path, made_at, "", stat.st_size, status, cases)


def list_copies(folder: Path, stem: str, *, look_inside: bool = True) -> list[BackupInfo]:
    """The SQLite copies of `stem` in `folder`, newest first. `look_inside` opens each copy
    read-only for its state (quick_check) and number of cases."""
    folder = check_path(folder, "De back-upmap")
    stem = check_text(stem, "De naam van de database", limit=MAX_NAME_BYTES)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_name(stem, path)
        if parsed is None or path.suffix != ".sqlite3" or not path.is_file():
            continue
        kind, made_at = parsed
        status, cases = _status(path) if look_inside else ("ok", None)
        found.append(BackupInfo(path, made_at, kind, path.stat().st_size, status, cases))
    return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)
