"""AutoRecover: unsaved text kept on this PC so a crash, kill or power cut never costs a word.

While someone types, the editor writes what is on screen but not yet saved into a small
SQLite file in the user's data folder (folder 0700, file 0600: texts about parents and
children stay private to this login). It lives outside the case database on purpose: it
must survive exactly the moments when the database transaction did not happen.

Entries are kept per *scope* — which database, which staff login, which PC — so two people
working on one shared PostgreSQL (or two logins on one PC) never see each other's text, and
per *target* (what is edited: ``case:12``, ``case:new``, ``report:2025``,
``template:acknowledgement``) and *item* (the field). Every write is one SQLite
transaction, so a kill -9 halfway leaves the previous state, never a damaged file.

Values are JSON (dates as ISO text); reading them back into a widget is the UI's business.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from ..store.engine import sqlite_path

log = logging.getLogger(__name__)

FILE_NAME = "autorecover.sqlite3"
FOLDER_NAME = "autorecover"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    database   TEXT NOT NULL,
    login      TEXT NOT NULL,
    host       TEXT NOT NULL,
    target     TEXT NOT NULL,
    item       TEXT NOT NULL,
    label      TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (database, login, host, target, item)
)
"""


@dataclass(frozen=True)
class Scope:
    """Whose recovery data: one database, one staff login, one PC."""

    database: str
    login: str
    host: str


@dataclass(frozen=True)
class Pending:
    """What one field holds on screen: its label (for the dialog) and its value."""

    label: str
    value: Any


@dataclass(frozen=True)
class Entry:
    """A kept, unsaved value as read back from the store."""

    target: str
    item: str
    label: str
    value: Any
    updated_at: datetime


def database_identity(url: str) -> str:
    """The same database gives the same text however its URL was spelled: an SQLite file
    by its resolved path, a server by its URL without the password."""
    path = sqlite_path(url)
    if path is not None:
        return f"sqlite:{Path(path).resolve()}"
    try:
        return make_url(url).set(password=None).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy understands: the text itself is the identity
        return url


def scope_for(url: str, login: str, host: str | None = None) -> Scope:
    return Scope(database_identity(url), login, host or socket.gethostname())


def encode(value: Any) -> str:
    def default(obj: object) -> object:
        if isinstance(obj, date):
            return obj.isoformat()
        if hasattr(obj, "value"):  # an enum member: its stored value
            return obj.value
        raise TypeError(f"cannot keep {type(obj).__name__} for recovery")

    return json.dumps(value, default=default, ensure_ascii=False)


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, stat.S_IRWXU)


def _private_file(path: Path) -> None:
    # Created 0600 before SQLite opens it, so the texts are never readable by others,
    # not even for a moment.
    fd = os.open(path, os.O_CREAT | os.O_RDWR, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


class RecoveryStore:
    """The recovery file of this OS account; all methods take the scope explicitly."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            _private_folder(self.folder)
            _private_file(self.path)
            # Autocommit mode; every change below is one explicit transaction. The default
            # rollback journal with synchronous=FULL survives kill -9 and power cuts.
            conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(_SCHEMA)
            self._conn = conn
        return self._conn

    def replace(self, scope: Scope, target: str, items: Mapping[str, Pending]) -> None:
        """Make `items` the kept values of `target` (none: the target is cleared)."""
        conn = self._connection()
        now = datetime.now(UTC).isoformat()
        rows = [
            (*_key(scope), target, item, p.label, encode(p.value), now) for item, p in items.items()
        ]
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "DELETE FROM entry WHERE database=? AND login=? AND host=? AND target=?",
                (*_key(scope), target),
            )
            conn.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def clear(self, scope: Scope, target: str) -> None:
        self.replace(scope, target, {})

    def drop(self, scope: Scope, target: str, item: str) -> None:
        """Forget one field of a target (e.g. its value turned out to be saved already)."""
        self._connection().execute(
            "DELETE FROM entry WHERE database=? AND login=? AND host=? AND target=? AND item=?",
            (*_key(scope), target, item),
        )

    def entries(self, scope: Scope, target: str | None = None) -> list[Entry]:
        """Kept values of `scope` (of one target, or all), newest first."""
        sql = (
            "SELECT target, item, label, value, updated_at FROM entry "
            "WHERE database=? AND login=? AND host=?"
        )
        args: tuple[str, ...] = _key(scope)
        if target is not None:
            sql += " AND target=?"
            args = (*args, target)
        rows = self._connection().execute(sql + " ORDER BY updated_at DESC, rowid", args)
        found = []
        for target_, item, label, value, updated_at in rows.fetchall():
            try:
                decoded = json.loads(value)
            except ValueError:  # cannot happen through replace(); never let it stop a start
                log.warning("unreadable recovery value for %s/%s dropped", target_, item)
                continue
            found.append(Entry(target_, item, label, decoded, datetime.fromisoformat(updated_at)))
        return found

    def targets(self, scope: Scope) -> list[str]:
        """Targets with kept values, the most recently edited first."""
        seen: dict[str, None] = {}
        for entry in self.entries(scope):
            seen.setdefault(entry.target, None)
        return list(seen)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _key(scope: Scope) -> tuple[str, str, str]:
    return scope.database, scope.login, scope.host
