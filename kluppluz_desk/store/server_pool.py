"""Pooled PostgreSQL connections: checked before use only when they may have gone stale.

A connection in the pool can be dead without knowing it: the server restarted, a network
device dropped an idle connection, an administrator ended the session. SQLAlchemy's
`pool_pre_ping` sends a statement to the server before EVERY unit of work to find out. On
the case list that doubled the messages to the server per keystroke and scroll step (a
ping, then the SELECT, twice: 4 round trips for a search), and on a busy machine each
message waits for a processor: `search_keystroke_ms` was 4.6 times SQLite's (issue 16).

Here the ping is sent only when the connection has lain unused in the pool for
`PING_AFTER_IDLE_S` or longer, which is when it may have gone stale; a person typing or
scrolling reuses a connection checked a moment ago. A failed ping makes the pool throw
away every connection made before it and connect afresh, exactly as `pool_pre_ping` does.
A server that went away within that short interval is met by the unit's statement
itself: SQLAlchemy then also throws the pool away, `Database.unit` says so in Dutch
("De databaseserver is niet bereikbaar…"), and the next unit connects again; the case
list's reads, a single SELECT each, are simply read once more
(services/cases/quick_reads.py). tests/store/test_server_pool.py ends the sessions from
the server's side to check both.

The pool hands out the most recently returned connection first (LIFO): with the default
order (FIFO) two pooled connections would take turns and each would lie idle twice as
long, and the ones nobody needs are left to idle out.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import InvalidatePoolError

# A person's keystrokes, scroll steps and clicks come well within this of each other.
PING_AFTER_IDLE_S = 2.0

_RETURNED_AT = "kluppluz_returned_at"


def pool_options() -> dict[str, Any]:
    """`create_engine` options for a PostgreSQL engine (used with `ping_when_idle`)."""
    return {"pool_pre_ping": False, "pool_use_lifo": True}


def ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before use when it was idle `PING_AFTER_IDLE_S` or
    longer (see the module doc)."""
    dialect = engine.dialect

    def returned(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None:  # None: the connection was thrown away
            record.info[_RETURNED_AT] = time.monotonic()

    def handed_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        # A new connection has no mark: it was made just now.
        since = record.info.get(_RETURNED_AT)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            # The pool catches this, discards every connection made before now and hands
            # out a new one (what pool_pre_ping does); a server that is really down then
            # fails to connect, which Database.unit says in Dutch.
            raise InvalidatePoolError(str(exc)) from exc

    event.listen(engine, "checkin", returned)
    event.listen(engine, "checkout", handed_out)
