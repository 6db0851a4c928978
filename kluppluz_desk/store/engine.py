"""Engines for the embedded SQLite file and for a shared PostgreSQL server.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so a second program on the
same file waits briefly instead of failing, and with secure_delete, so erased data is
overwritten. A new file is created readable by its owner only, and an existing file's mode
is never changed. A read-only engine (`make_read_only_sqlite_engine`) opens the file with
`mode=ro` and `query_only`, and changes nothing: not the journal mode, not a byte.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..credentials import hide_password
from ..domain.errors import StorageError, describe_os_error
from .server_pool import ping_when_idle, pool_options

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None (PostgreSQL, in-memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Switch off pysqlite's own transaction handling; the "begin" hook emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Overwrite deleted and replaced content with zeros instead of leaving it in free
    # space: erased personal data must not be recoverable from the file. Many builds have
    # it off by default, so it is never left to the machine.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front: two writers queue instead of deadlocking.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _on_sqlite_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_sqlite_begin_read_only(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")  # IMMEDIATE would ask for the write lock


def make_read_only_sqlite_engine(path: Path) -> Engine:
    """An engine that can only read `path` (see module doc)."""
    from .sqlite_file import read_only_uri

    # On a read-only mount nobody can write and SQLite cannot create its -shm file there:
    # read without locks (immutable) when no write-ahead log is left beside the file.
    no_log = not path.with_name(path.name + "-wal").exists()
    uri = read_only_uri(path, immutable=no_log and not os.access(path.parent, os.W_OK))

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "connect", _on_sqlite_connect_read_only)
    event.listen(engine, "begin", _on_sqlite_begin_read_only)
    return engine


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for `url`; an unusable URL raises a `StorageError` in Dutch."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        shown = hide_password(url)
        raise StorageError(f"Het databaseadres '{shown}' is niet geldig.") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            _prepare_sqlite_file(path)
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"connect_timeout": 5, "application_name": "kluppluz-desk"},
            **pool_options(),
        )
        ping_when_idle(engine)  # instead of a ping before every unit (store/server_pool.py)
        return engine
    raise StorageError(
        f"Databasesoort '{backend}' wordt niet ondersteund; gebruik een SQLite-bestand of "
        "een PostgreSQL-server."
    )


def _prepare_sqlite_file(path: Path) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            # Create it owner-only before SQLite writes anything personal into it. An existing
            # file keeps its mode: a file set read-only stays read-only (see sqlite_file.py).
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
            os.close(fd)
    except OSError as exc:
        raise StorageError(
            f"De databasemap '{path.parent}' kan niet worden gebruikt: {describe_os_error(exc)}."
        ) from exc
