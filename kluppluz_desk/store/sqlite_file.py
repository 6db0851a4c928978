"""Look at an SQLite file before anything writes to it.

`inspect_sqlite_file` reads a file without changing a byte: is it absent, empty, a KluppluZ
Desk database, another program's database, not SQLite at all, or damaged (`PRAGMA
quick_check`)? And may we write to it (file mode, read-only mount)? The caller decides what
to open from that; a damaged, foreign or read-only file is never opened for writing.

Reading uses SQLite's `immutable=1` when there is no write-ahead log beside the file, so the
look itself creates no `-shm`/`-wal` files and takes no locks. That is safe because our
databases run in WAL mode and SQLite keeps the `-wal` file while any program has the database
open: no log, no writer. With a log present it opens read-only (`mode=ro`), so the log's
committed pages are seen too.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from ..domain.errors import StorageError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# A file is ours when it has these tables (alembic_version alone is any Alembic program's).
OUR_TABLES = frozenset({"alembic_version", "case_record", "location", "setting"})


class FileKind(Enum):
    MISSING_FOLDER = "missing_folder"  # the folder does not exist
    NEW = "new"  # the folder exists, the file does not
    EMPTY = "empty"  # zero bytes, or SQLite without a single table
    OURS = "ours"  # a KluppluZ Desk database
    FOREIGN = "foreign"  # SQLite with tables, but not ours
    NOT_SQLITE = "not_sqlite"  # some other kind of file
    DAMAGED = "damaged"  # SQLite header, but unreadable or failing quick_check


@dataclass(frozen=True)
class FileInspection:
    path: Path
    kind: FileKind
    read_only: str | None = None  # Dutch reason we may not write, None when we may
    problem: str = ""  # the check's own words (log only)
    tables: tuple[str, ...] = field(default_factory=tuple)
    revision: str | None = None
    cases: int | None = None


class NeedsConsent(StorageError):
    """Opening would create something the user did not ask for (a folder, a database in an
    empty file); `kind` says what. The GUI asks and tries again; the CLI shows the message."""

    def __init__(self, inspection: FileInspection) -> None:
        super().__init__(describe_refusal(inspection))
        self.kind = inspection.kind
        self.path = inspection.path


def read_only_reason(path: Path) -> str | None:
    """Why this program must not write to `path` (an existing file), or None.

    The owner's write bit is taken as the owner's wish even where the OS would let us write
    anyway (an administrator running as root): a file set to 0400 stays untouched.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    if not st.st_mode & stat.S_IWUSR:
        return "het bestand is alleen-lezen gemaakt"
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "de schijf of netwerkmap is alleen-lezen"
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        pass
    if not os.access(path, os.W_OK):
        return "u hebt geen schrijfrechten op het bestand"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite needs to create its journal beside the file.
        return "u hebt geen schrijfrechten op de map van het bestand"
    return None


def _wal_has_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A `file:` URI that opens `path` for reading only (`immutable`: no locks, no side files)."""
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


@contextmanager
def read_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to `path` or create files beside it (see module doc)."""
    immutable = not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=5)
    with closing(conn):
        conn.execute("PRAGMA query_only=ON")
        yield conn


def check_file(path: Path, pragma: str = "quick_check") -> str:
    """'ok', or what `PRAGMA quick_check` / `integrity_check` found (or why it could not run)."""
    try:
        with read_connection(path) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    text = "\n".join(str(r[0]) for r in rows)
    return "ok" if text == "ok" else text


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def inspect_sqlite_file(path: Path, *, count_cases: bool = False) -> FileInspection:
    """What `path` is, read without writing (see module doc)."""
    if not path.parent.is_dir():
        return FileInspection(path, FileKind.MISSING_FOLDER)
    if not path.exists():
        return FileInspection(path, FileKind.NEW)
    reason = read_only_reason(path)
    try:
        size = path.stat().st_size
        header = _header(path) if size else b""
    except OSError as exc:
        return FileInspection(path, FileKind.NOT_SQLITE, reason, problem=str(exc))
    if size == 0 and not _wal_has_content(path):
        return FileInspection(path, FileKind.EMPTY, reason)
    if size and header != SQLITE_HEADER:
        return FileInspection(path, FileKind.NOT_SQLITE, reason)
    try:
        with read_connection(path) as conn:
            tables = tuple(
                sorted(
                    str(r[0])
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                )
            )
            revision = None
            if "alembic_version" in tables:
                value = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(value[0]) if value else None
            cases = None
            try:
                if count_cases and "case_record" in tables:
                    cases = int(conn.execute("SELECT count(*) FROM case_record").fetchone()[0])
                result = "\n".join(str(r[0]) for r in conn.execute("PRAGMA quick_check"))
            except sqlite3.DatabaseError as exc:  # the schema reads, a page further on not
                result = str(exc) or "malformed"
    except sqlite3.DatabaseError as exc:
        return FileInspection(path, FileKind.DAMAGED, reason, problem=str(exc))
    if not tables:
        kind = FileKind.EMPTY
    elif not set(tables) >= OUR_TABLES:
        kind = FileKind.FOREIGN
    elif result != "ok":
        kind = FileKind.DAMAGED
    else:
        kind = FileKind.OURS
    return FileInspection(path, kind, reason, result, tables, revision, cases)


def describe_refusal(inspection: FileInspection) -> str:
    """The Dutch message for a file that will not be opened."""
    path = inspection.path
    if inspection.kind is FileKind.FOREIGN:
        shown = ", ".join(inspection.tables[:5]) + (", …" if len(inspection.tables) > 5 else "")
        return (
            f"Het bestand '{path}' is een database van een ander programma (tabellen: {shown}), "
            "geen KluppluZ Desk-database. Het is niet geopend en niet gewijzigd."
        )
    if inspection.kind is FileKind.NOT_SQLITE:
        return (
            f"Het bestand '{path}' is geen KluppluZ Desk-database (of is beschadigd). Het is "
            "niet geopend en niet gewijzigd."
        )
    if inspection.kind is FileKind.EMPTY:
        return (
            f"Het bestand '{path}' is leeg. Een leeg bestand kan een beschadigde database zijn; "
            "het wordt alleen een nieuwe database als u daarvoor kiest. Het is niet gewijzigd."
        )
    if inspection.kind is FileKind.MISSING_FOLDER:
        return (
            f"De map '{path.parent}' bestaat niet. Er is niets aangemaakt; kies een bestaande "
            "map of maak de map eerst aan."
        )
    if inspection.kind is FileKind.DAMAGED:
        return (
            f"Het databasebestand '{path}' is beschadigd. Het is niet gewijzigd. Zet een "
            "back-up terug (Bestand > Back-up terugzetten, of 'kluppluz-desk restore') of "
            "neem contact op met uw beheerder."
        )
    return f"Het bestand '{path}' kan niet worden gebruikt."
