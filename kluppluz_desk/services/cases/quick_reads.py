"""Reads of the case list without a transaction around them, on PostgreSQL.

Every unit of work on a server costs round trips besides its statement: BEGIN before it and
COMMIT after it, each a message to the server and back. For the list's reads (the ids in
display order, a page of rows: one SELECT each, asked on every keystroke and scroll step)
that doubled the waits, which on a busy machine are what a person notices (issue 16).
One SELECT sees one consistent snapshot by itself, so without BEGIN/COMMIT
("autocommit") it returns the same rows. SQLite is in process: nothing to save there.

Pooled connections are no longer pinged before every unit (store/server_pool.py); when
the server dropped the connection in the moment since its last use, such a read, which
changes nothing, is simply asked once more on a new connection (`single_read`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ...domain.errors import StorageError
from ..database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")


def without_transaction(session: Session, backend: str) -> None:
    """Before the session's first statement: on PostgreSQL run its statements in
    autocommit. Only for reads whose SELECTs need not share one snapshot: a single one,
    or the list's ids and their first page (`first_page`), which were two units before and
    so never shared one either; a case gone in between is left out of the page."""
    if backend == "postgresql":
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def single_read(db: Database, read: Callable[[Session], T]) -> T:
    """`read(session)`, reads only (see `without_transaction`), in a unit without a
    transaction; once more on a new connection when the server had dropped the pooled
    one (a restart): reading again changes nothing."""
    try:
        return _read(db, read)
    except StorageError as exc:
        cause = exc.__cause__
        if not (isinstance(cause, DBAPIError) and cause.connection_invalidated):
            raise
        log.info("database connection lost; reading again on a new one: %s", cause.orig)
        return _read(db, read)


def _read(db: Database, read: Callable[[Session], T]) -> T:
    with db.unit() as session:
        without_transaction(session, db.backend)
        return read(session)
