"""Opening a database and running one unit of work on it.

`Database.unit()` is the only way services touch the database: it opens a session, commits
or rolls back, and turns driver errors into `StorageError`/`ConflictError` with a Dutch
message, so the UI only has to show `KnownProblem.message`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from .. import credentials
from ..domain.errors import ConflictError, KnownProblem, StorageError, ValidationError
from ..domain.values import check_text, text_problem
from ..paths import current_login
from ..store.engine import make_engine, make_read_only_sqlite_engine, sqlite_path
from ..store.migrate import describe_db_error, upgrade_database
from .sqlite_open import SqlitePlan, check_read_only_revision, plan_sqlite_open

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An opened, migrated database and who works on it."""

    engine: Engine
    url: str
    user: str = field(default_factory=current_login)
    backup_made: str | None = None
    read_only: str | None = None  # Dutch reason it was opened read-only (None: writable)
    damage: str | None = None  # what the integrity check found in a damaged file
    # The person the program works for (domain.access.Viewer, set by services.access):
    # every session carries it so services/access/scope.py can limit what it sees.
    access: Any = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def adopt(self, fresh: Database) -> None:
        """Work on `fresh`'s connection from now on (after a restore): every window that
        holds this object sees the reopened database."""
        self.engine.dispose()
        self.engine, self.url = fresh.engine, fresh.url
        self.backup_made, self.read_only, self.damage = (
            fresh.backup_made,
            fresh.read_only,
            fresh.damage,
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def display_location(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        return credentials.hide_password(self.url)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        session = self._sessions()
        session.info["viewer"] = self.access
        try:
            yield session
            session.commit()
        except KnownProblem:
            session.rollback()
            raise
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "Iemand anders heeft deze gegevens intussen opgeslagen. Laad ze opnieuw."
            ) from exc
        except IntegrityError as exc:
            session.rollback()
            log.warning("integrity error: %s", exc.orig)
            raise StorageError(
                "De gegevens botsen met wat al in de database staat (dubbele of "
                "ontbrekende verwijzing); er is niets opgeslagen."
            ) from exc
        except DBAPIError as exc:
            session.rollback()
            log.warning("database error: %s", exc.orig)
            if self.read_only and "readonly" in str(exc.orig).lower():
                raise StorageError(
                    f"De database is alleen-lezen geopend ({self.read_only}); er is niets "
                    "opgeslagen."
                ) from exc
            raise StorageError(describe_db_error(exc) + " Er is niets opgeslagen.") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _checked_url(url: Any) -> str:
    """A database address as typed (connection dialog, --db, the settings file): text
    SQLAlchemy can read, else a Dutch message instead of its `ArgumentError`."""
    problem = text_problem(url, 10_000, allow_nul=False)
    if problem is None and not url.strip():
        problem = "is leeg"
    if problem is None:
        try:
            make_url(url)
        except ArgumentError:
            problem = "is geen databaseadres (bijvoorbeeld sqlite:///pad/naar/kluppluz.sqlite3)"
    if problem:
        raise ValidationError(f"Het databaseadres {problem}.", field="url")
    result: str = url
    return result


def open_database(
    url: str,
    *,
    user: str | None = None,
    backup_folder: Path | None = None,
    migrate: bool = True,
    create_folder: bool = False,
    new_file: bool = False,
    damaged_read_only: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) the database at `url`.

    An SQLite file is looked at first (services/sqlite_open.py): a foreign or damaged file is
    refused unchanged (`damaged_read_only`: a damaged one opens read-only instead), a
    read-only one opens read-only, and a missing folder or an empty file raise `NeedsConsent`
    unless `create_folder` / `new_file` say the user chose to create them.

    A password in `url` is used but not kept: `Database.url` is the address without it, and
    one kept in the credential store is added for the connection only.
    """
    url = _checked_url(url)
    if user is not None:
        user = check_text(user, "De gebruikersnaam", field="user", limit=1_000, strip=True)
    connect_url = credentials.with_password(url)
    url = credentials.split_password(url)[0]
    path = sqlite_path(url)
    if path is not None:
        plan = plan_sqlite_open(
            path,
            create_folder=create_folder,
            new_file=new_file,
            damaged_read_only=damaged_read_only,
            backup_folder=backup_folder,
        )
        if plan.read_only:
            return _open_read_only(url, path, plan, user)
    engine = make_engine(connect_url)
    try:
        backup = upgrade_database(engine, backup_folder) if migrate else None
    except KnownProblem:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StorageError(describe_db_error(exc)) from exc
    db = Database(engine=engine, url=url, backup_made=backup)
    if user:
        db.user = user
    return db


def open_read_only(url: str, reason: str, *, damage: str | None = None) -> Database:
    """Reopen an SQLite database read-only, e.g. when the daily check found it damaged
    while the program ran (quick_check at the next start may not see what it found)."""
    path = sqlite_path(url)
    if path is None:
        raise StorageError("Alleen een SQLite-database kan alleen-lezen worden geopend.")
    return _open_read_only(url, path, SqlitePlan(read_only=reason, damage=damage), None)


def _open_read_only(url: str, path: Path, plan: SqlitePlan, user: str | None) -> Database:
    engine = make_read_only_sqlite_engine(path)
    try:
        check_read_only_revision(engine, plan)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine=engine, url=url, read_only=plan.read_only, damage=plan.damage)
    if user:
        db.user = user
    log.warning("database %s opened read-only: %s", path, plan.read_only)
    return db
