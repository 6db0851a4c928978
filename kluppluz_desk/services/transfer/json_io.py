"""Lossless import and export of a whole database as one versioned JSON document.

Every table is written as a list of rows with every column (binary data base64), so
export → import into an empty database → export gives the same document. An import is
checked completely before anything is written (format, version, JSON Schema, references,
duplicates, dates) and then written in one transaction: a bad file imports nothing and gets
one Dutch message naming the record and the field.
"""

from __future__ import annotations

import base64
import json
import logging
from datetime import date, datetime
from enum import Enum as PyEnum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Table,
    delete,
    func,
    select,
    text,
)

from ... import __version__
from ...collector import collector_paused
from ...domain.access import Right
from ...domain.errors import ValidationError, describe_os_error
from ...domain.path_values import check_path
from ...private_files import private_text_writer
from ...store.migrate import head_revision
from ...store.models import Case
from ...store.search import (
    set_aside_search_indexes,
    tidy_after_bulk_load,
    vacuum_after_bulk_load,
)
from .. import audit
from ..access import require
from ..database import Database
from ..identity import actor
from .cancel import CancellableWriter, Cancelled, Progress, TransferCancelled
from .checks import check_document
from .columns import INSERT_BATCH, batches
from .schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    tables,
)
from .stream import scan_document
from .writer import BatchWriter

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024


def _dump_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, PyEnum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_document(db: Database) -> dict[str, Any]:
    """The whole database as a JSON-ready dict, rows ordered by primary key."""
    require(db, Right.EXPORT)  # the whole database: K&V only (issue 12)
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "program_version": __version__,
        "schema_revision": head_revision(),
    }
    with db.unit() as session:
        for table in tables():
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            document[table.name] = [
                {c.name: _dump_value(c, row._mapping[c]) for c in table.columns} for row in rows
            ]
        # After the copy: the export itself is what was read (issue 12).
        audit.record_confidential_reads(session, who=actor(session, db.user), case_ids=None,
                                        what="geëxporteerd (JSON)")  # fmt: skip
    return document


def export_json(db: Database, path: str | Path, *, cancelled: Cancelled | None = None) -> int:
    """Write the export atomically; returns the number of cases written. `cancelled()`
    returning True stops it with `TransferCancelled` (no file is left)."""
    target = check_path(path, "Het exportbestand")
    document = export_document(db)
    try:
        with private_text_writer(target) as handle:  # owner-only, all or nothing
            out = handle if cancelled is None else CancellableWriter(handle, cancelled)
            json.dump(document, out, ensure_ascii=False, indent=1)
    except OSError as exc:
        raise ValidationError(
            f"Het bestand '{target}' kan niet worden geschreven: {describe_os_error(exc)}."
        ) from exc
    return len(document["case_record"])


def read_document(path: str | Path) -> dict[str, Any]:
    """The export file as a document whose tables are read as a stream (`stream.py`):
    a 150 MB file of 100,000 cases took 650 MB as one `json.loads` (issue 16)."""
    source = check_path(path, "Het exportbestand")
    try:
        size = source.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ValidationError(f"'{source.name}' is te groot om te importeren.")
        with source.open(encoding="utf-8-sig", newline="") as handle:
            data = scan_document(handle, frozenset(t.name for t in tables()))
    except OSError as exc:
        raise ValidationError(
            f"'{source}' kan niet worden gelezen: {describe_os_error(exc)}."
        ) from exc
    except UnicodeDecodeError:
        raise ValidationError(
            f"'{source.name}' is geen tekstbestand (UTF-8) en dus geen KluppluZ Desk-export."
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"'{source.name}' is geen geldig JSON-bestand (regel {exc.lineno}, kolom "
            f"{exc.colno}: {exc.msg}). Er is niets geïmporteerd."
        ) from None
    except RecursionError:
        raise ValidationError(
            f"'{source.name}' is te diep genest om een KluppluZ Desk-export te zijn. Er is "
            "niets geïmporteerd."
        ) from None
    except ValueError:  # a number of more than 4,300 digits
        raise ValidationError(
            f"'{source.name}' bevat een getal dat te groot is. Er is niets geïmporteerd."
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(f"'{source.name}' is geen KluppluZ Desk-export.")
    return data


def import_json(
    db: Database,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Import a file into a database without cases; returns the number of cases imported.
    `progress(rows, total)` follows the insert; `cancelled()` returning True stops it
    between two batches with `TransferCancelled` (the transaction is rolled back)."""
    return import_document(db, read_document(path), progress=progress, cancelled=cancelled)


def import_document(
    db: Database,
    document: dict[str, Any],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    with collector_paused():
        return _import_document(db, document, progress, cancelled)


def _import_document(
    db: Database, document: dict[str, Any], progress: Progress | None, cancelled: Cancelled | None
) -> int:
    # Checked whole first, then converted and inserted a batch at a time: a converted
    # copy of 100,000 cases and the driver's parameters for all of them at once took
    # 400 MB besides the document (issue 16). One transaction: all or nothing.
    check_document(document)
    with db.unit() as session:
        if session.scalar(select(func.count()).select_from(Case)):
            raise ValidationError(
                "Importeren kan alleen in een database zonder klantreacties. Kies een nieuwe, "
                "lege database (bijvoorbeeld de gedeelde server) en importeer daar."
            )
        for table in reversed(tables()):
            session.execute(delete(table))
        if db.backend == "postgresql":
            set_aside_search_indexes(session)  # built again by tidy_after_bulk_load
        count = len(document["case_record"])
        total, done = sum(len(document[t.name]) for t in tables()), 0
        writer = BatchWriter(session, db.backend)
        for table in tables():
            for rows in batches(document[table.name], INSERT_BATCH):
                if cancelled is not None and cancelled():
                    raise TransferCancelled(importing=True)  # rolls the transaction back
                write_rows(writer, table, rows)
                done += len(rows)
                if progress is not None:
                    progress(done, total)
        if db.backend == "postgresql":
            _reset_sequences(session, tables())
            tidy_after_bulk_load(session, [t.name for t in tables()])
    if db.backend == "postgresql":
        vacuum_after_bulk_load(db.engine, [t.name for t in tables()])
    log.info("imported %d cases", count)
    return count


def write_rows(writer: BatchWriter, table: Table, rows: list[dict[str, Any]]) -> None:
    """Convert and insert one batch of checked rows (a test slows this down)."""
    writer.insert(table, rows)


def _reset_sequences(session: Any, all_tables: list[Table]) -> None:
    for table in all_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].name == "id":
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
                )
            )
