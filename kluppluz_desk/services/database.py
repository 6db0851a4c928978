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

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from .. import credentials
from ..domain.errors import ConflictError, KnownProblem, StorageError
from ..paths import current_login
from ..store.engine import make_engine, sqlite_path
from ..store.migrate import describe_db_error, upgrade_database

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An opened, migrated database and who works on it."""

    engine: Engine
    url: str
    user: str = field(default_factory=current_login)
    backup_made: str | None = None

    def __post_init__(self) -> None:
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
            raise StorageError(describe_db_error(exc) + " Er is niets opgeslagen.") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    url: str,
    *,
    user: str | None = None,
    backup_folder: Path | None = None,
    migrate: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) the database at `url`.

    A password in `url` is used but not kept: `Database.url` is the address without it, and
    one kept in the credential store is added for the connection only."""
    connect_url = credentials.with_password(url)
    url = credentials.split_password(url)[0]
    engine = make_engine(connect_url)
    try:
        backup = upgrade_database(engine, backup_folder) if migrate else None
        if sqlite_path(url) is not None:
            _check_sqlite_integrity(engine, backup_folder)
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


QUICK_CHECK_MAX_BYTES = 20 * 1024 * 1024


def _check_sqlite_integrity(engine: Engine, backup_folder: Path | None = None) -> None:
    # quick_check catches a truncated or garbled file before anyone works on it. It reads
    # the whole file, so very large databases skip it at start (`kluppluz-desk check` runs
    # the full integrity check; a damaged page still surfaces as a clear StorageError).
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is not None and path.exists() and path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    with engine.connect() as conn:
        result = conn.execute(text("PRAGMA quick_check")).scalar()
    if result != "ok":
        where = f" (in de map '{backup_folder}')" if backup_folder is not None else ""
        raise StorageError(
            f"Het databasebestand is beschadigd. Zet een reservekopie terug{where} of neem "
            "contact op met uw beheerder."
        )
