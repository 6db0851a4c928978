"""Erasing the personal data of given cases, in the database and in backup copies.

One implementation for both: `erase_cases` works on a plain SQLAlchemy connection and only
touches the tables and columns that exist there, so it also erases inside an older backup
whose schema predates a column. The classification of the columns is `erasure_plan`.

Erased bytes must not linger: every SQLite connection runs with `secure_delete` (see
store.engine), the quick-search index is rebuilt without the erased words, and afterwards
the write-ahead log, which still holds the old pages, is checkpointed and truncated.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, inspect, text

from ...domain.errors import describe_os_error
from ...domain.privacy import KnownPersonalData, PublicText, scan_public_texts
from ...store.engine import make_engine
from ...store.search import SEARCH_TABLE
from .erasure_plan import (
    ATTACHMENT_TABLE,
    AUDIT_KEPT,
    AUDIT_TABLE,
    CASE_TABLE,
    ERASE,
    ERASED,
)

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


def _columns(conn: Connection) -> dict[str, set[str]]:
    inspector = inspect(conn)
    return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}


def _assignment(column: str, how: str) -> str:
    if how == "empty":
        return f"{column} = ''"
    if how == "marker":
        return f"{column} = CASE WHEN {column} = '' THEN '' ELSE :erased END"
    if how == "blob":
        return f"{column} = :blob"
    if how == "null":
        return f"{column} = NULL"
    raise AssertionError(how)


def _public_columns_to_erase(row: Any, names: Sequence[str]) -> list[str]:
    """The public texts of one case that hold the case's own personal data."""
    known = KnownPersonalData(
        submitter_names=tuple(n for n in (row.submitter_name, row.child_name) if n),
        emails=tuple(e for e in (row.submitter_email,) if e),
        phones=tuple(p for p in (row.submitter_phone,) if p),
        addresses=tuple(a for a in (row.submitter_address,) if a),
        postcodes=tuple(p for p in (row.submitter_postcode,) if p),
        birth_dates=(row.child_birth_date,) if isinstance(row.child_birth_date, date) else (),
    )
    texts = [PublicText("", name, getattr(row, name) or "") for name in names]
    return sorted({hit.field for hit in scan_public_texts(texts, known)})


def _erase_public_texts(conn: Connection, ids: list[int], present: dict[str, set[str]]) -> None:
    """Public texts go when they name the family; done before the names themselves go."""
    case_public = [c for c, how in ERASE[CASE_TABLE].items()
                   if how == "public" and c in present[CASE_TABLE]]  # fmt: skip
    wanted = ("submitter_name", "child_name", "submitter_email", "submitter_phone",
              "submitter_address", "submitter_postcode", "child_birth_date")  # fmt: skip
    if not set(wanted) <= present[CASE_TABLE]:
        case_public = []
    titles = "title" in present.get("improvement_action", set())
    select_ids = text(
        f"SELECT id, {', '.join(wanted + tuple(case_public))} FROM {CASE_TABLE} WHERE id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        for row in conn.execute(select_ids, {"ids": ids[start : start + 500]}):
            erase = _public_columns_to_erase(row, case_public)
            if erase:
                sets = ", ".join(f"{c} = :erased" for c in erase)
                conn.execute(text(f"UPDATE {CASE_TABLE} SET {sets} WHERE id = :id"),
                             {"erased": ERASED, "id": row.id})  # fmt: skip
            if not titles:
                continue
            actions = conn.execute(
                text("SELECT id, title FROM improvement_action WHERE case_id = :id"),
                {"id": row.id},
            ).all()
            for action in actions:
                if _public_columns_to_erase(_Title(row, action.title), ["title"]):
                    conn.execute(
                        text("UPDATE improvement_action SET title = :erased WHERE id = :id"),
                        {"erased": ERASED, "id": action.id},
                    )


class _Title:
    """A case row seen with one improvement title as its only public text."""

    def __init__(self, row: Any, title: str) -> None:
        self._row, self.title = row, title

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


def _audit_keep_condition() -> str:
    parts = []
    for entity, fields in sorted(AUDIT_KEPT.items()):
        names = ", ".join(f"'{f}'" for f in sorted(fields))
        parts.append(f"(entity = '{entity}' AND field IN ({names}))")
    return " OR ".join(parts)


def erase_cases(conn: Connection, ids: Iterable[int]) -> None:
    """Erase the personal data of the cases with these ids (see `erasure_plan`).

    The case row's version is raised, so an editor still holding the old text cannot save
    it back. Runs inside the caller's transaction.
    """
    ids = sorted(set(ids))
    if not ids:
        return
    present = _columns(conn)
    _erase_public_texts(conn, ids, present)
    params = {"erased": ERASED, "blob": b""}
    for table, plan in ERASE.items():
        if table not in present or table == ATTACHMENT_TABLE:
            continue
        sets = [_assignment(c, how) for c, how in plan.items()
                if c in present[table] and how not in ("public", "row")]  # fmt: skip
        if table == CASE_TABLE and "version" in present[table]:
            sets.append("version = version + 1")
        if not sets:
            continue
        key = "id" if table == CASE_TABLE else "case_id"
        where = f"{key} IN :ids"
        if table == AUDIT_TABLE:
            where += f" AND NOT ({_audit_keep_condition()})"
        for start in range(0, len(ids), 500):
            statement = text(f"UPDATE {table} SET {', '.join(sets)} WHERE {where}")
            conn.execute(statement.bindparams(bindparam("ids", expanding=True)),
                         {**params, "ids": ids[start : start + 500]})  # fmt: skip
    if ATTACHMENT_TABLE in present:
        for start in range(0, len(ids), 500):
            statement = text(f"DELETE FROM {ATTACHMENT_TABLE} WHERE case_id IN :ids")
            conn.execute(statement.bindparams(bindparam("ids", expanding=True)),
                         {"ids": ids[start : start + 500]})  # fmt: skip
    if conn.dialect.name == "sqlite" and SEARCH_TABLE in present:
        # FTS5 only marks deleted words; 'optimize' rewrites the index without them.
        conn.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"))


def checkpoint_wal(engine: Engine) -> None:
    """Copy the write-ahead log into the database file and truncate it to nothing: the log
    still holds the pages as they were before the erasure. No-op outside SQLite."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        # On the driver connection itself: no transaction may be open around a checkpoint.
        busy, _frames, _done = raw.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)"
        ).fetchone()
        if busy:
            log.warning("WAL checkpoint incomplete: another program is reading the database")
    finally:
        raw.close()


@dataclass
class BackupErasure:
    """What happened to the backup copies in one retention run."""

    erased: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def remove_expired_backups(folder: Path, max_age_days: int, result: BackupErasure) -> None:
    """Delete backup copies older than `max_age_days` (by file time), so no copy outlives
    the retention period. Kept separate so the backup schedule can call it too."""
    if not folder.is_dir():
        return
    limit = time.time() - max_age_days * 86400
    for path in sorted(folder.iterdir()):
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                result.removed.append(path)
        except OSError as exc:
            result.problems.append(f"{path.name}: {describe_os_error(exc)}")


def erase_in_backups(folder: Path, references: Sequence[str], result: BackupErasure) -> None:
    """Erase the given cases (by reference) inside every SQLite backup in `folder`."""
    if not folder.is_dir() or not references:
        return
    for path in sorted(folder.iterdir()):
        if not path.is_file() or not _is_sqlite_file(path):
            continue
        try:
            engine = make_engine(f"sqlite:///{path}")
        except Exception as exc:  # a refused file is reported, the others still get done
            result.problems.append(f"{path.name}: {exc}")
            continue
        try:
            with engine.begin() as conn:
                if CASE_TABLE not in inspect(conn).get_table_names():
                    continue
                select_ids = text(
                    f"SELECT id FROM {CASE_TABLE} WHERE reference IN :refs"
                ).bindparams(bindparam("refs", expanding=True))
                ids: list[int] = []
                for start in range(0, len(references), 500):
                    chunk = list(references[start : start + 500])
                    ids += [row[0] for row in conn.execute(select_ids, {"refs": chunk})]
                erase_cases(conn, ids)
            checkpoint_wal(engine)
            result.erased.append(path)
        except Exception as exc:  # a damaged copy must not stop the erasure of the others
            log.warning("erasing in backup %s failed: %s", path, exc)
            result.problems.append(f"{path.name}: kon niet worden bijgewerkt")
        finally:
            engine.dispose()
