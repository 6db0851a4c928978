"""Bring a database to the schema this program knows, safely.

- An empty database is created at the head revision.
- An older one is upgraded, after a backup copy (SQLite: the file, via SQLite's backup API).
- A newer one (a revision this program does not know) is refused with a clear message.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import StorageError
from .engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration. Kept here so an up-to-date database opens without importing Alembic
# (a fifth of the start-up time); tests/store/test_migrations.py holds it equal to the scripts.
HEAD_REVISION = "0013"

log = logging.getLogger(__name__)

LOGIN_FAILED = "Aanmelden bij de databaseserver is mislukt (gebruikersnaam of wachtwoord)."


def alembic_config() -> Config:
    """Alembic's configuration. The database is never put in it: Alembic's ConfigParser
    reads `%` as interpolation, so a URL-encoded password or socket path (`%40`, `%2F`)
    would break every start, and the password would sit in one more place. The connection
    is handed over in `attributes` instead (see migrations/env.py)."""
    from alembic.config import Config

    cfg = Config()
    location = resources.files("kluppluz_desk.store") / "migrations"
    # An install folder with a '%' in its name must not trip the interpolation either.
    cfg.set_main_option("script_location", str(location).replace("%", "%%"))
    return cfg


def script_head() -> str:
    """The head according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def head_revision() -> str:
    return HEAD_REVISION


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return str(value) if value is not None else None
    except DBAPIError as exc:
        raise StorageError(describe_db_error(exc)) from exc


def describe_db_error(exc: DBAPIError) -> str:
    """A Dutch sentence for the common reasons a database cannot be opened."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return "Het databasebestand is beschadigd of is geen KluppluZ Desk-database."
    if "locked" in text or "busy" in text:
        return (
            "De database is bezet door een ander programma. Probeer het over een ogenblik opnieuw."
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return "De schijf is vol of niet bereikbaar."
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return "Het databasebestand kan niet worden geopend of beschreven (rechten?)."
    # Before "connection": psycopg reports a refused login as "connection failed: ...".
    if "password" in text or "authentication" in text:
        return LOGIN_FAILED
    if "connection" in text or "could not connect" in text or "timeout" in text:
        return "De databaseserver is niet bereikbaar. Controleer de verbinding en het adres."
    return "De database gaf een onverwachte fout; zie het logbestand voor details."


def upgrade_database(engine: Engine, backup_folder: Path | None = None) -> str | None:
    """Migrate to head. Returns the path of the backup made, if any."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise StorageError(
                "Deze database is gemaakt met een nieuwere versie van KluppluZ Desk "
                f"(schema {current}). Installeer de nieuwste versie; de database is niet "
                "gewijzigd."
            ) from exc
    backup = None
    if current is not None and backup_folder is not None:
        backup = _backup_sqlite(engine, backup_folder, current)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except DBAPIError as exc:
        raise StorageError(describe_db_error(exc)) from exc
    log.info("database migrated from %s to %s", current, head)
    return str(backup) if backup else None


def _backup_sqlite(engine: Engine, folder: Path, revision: str) -> Path | None:
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None or not path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-voor-upgrade-{revision}-{stamp}.sqlite3"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    target.chmod(0o600)
    # A copy that is not sound is no backup: refuse to upgrade rather than keep it as one.
    check = sqlite3.connect(target)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()
    finally:
        check.close()
    if result is None or result[0] != "ok":
        target.unlink(missing_ok=True)
        raise StorageError(
            "De reservekopie vóór het bijwerken van de database is niet in orde; de database "
            "is niet bijgewerkt. Controleer de schijf en probeer het opnieuw."
        )
    log.info("backup before migration: %s", target)
    return target
