"""Reads of the case list without a transaction around them, on PostgreSQL.

Every unit of work on a server costs round trips besides its statement: BEGIN before it and
COMMIT after it, each a message to the server and back. For the list's reads (the ids in
display order, a page of rows: one SELECT each, asked on every keystroke and scroll step)
that doubled the waits, which on a busy machine are what a person notices (issue 16).
One SELECT sees one consistent snapshot by itself, so without BEGIN/COMMIT
("autocommit") it returns the same rows. SQLite is in process: nothing to save there.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def without_transaction(session: Session, backend: str) -> None:
    """Before the session's first statement: on PostgreSQL run its statements in
    autocommit. Only for units that run a single SELECT."""
    if backend == "postgresql":
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
