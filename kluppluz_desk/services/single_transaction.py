"""Running many service calls as ONE transaction (the demo data, bulk work).

Each service opens its own `Database.unit()`: one session, one commit. For a few hundred
calls in a row that means hundreds of commits, and worse, every call reloads its case with
all its collections into a fresh session. `one_transaction(db)` hands out a `Database` whose
`unit()` joins a single outer session instead: the identity map keeps what was loaded, the
services run unchanged (same data, same audit trail), and everything is committed at the
end or nothing at all (a failure or a cancel leaves the database as it was).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from .database import Database


@dataclass
class _JoinedDatabase(Database):
    """A `Database` whose units are steps of one open session (see `one_transaction`)."""

    outer: Session | None = field(default=None, repr=False)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        assert self.outer is not None, "only usable inside one_transaction()"
        # No commit and no close here: the outer unit commits or rolls back everything.
        # Flushing keeps the behaviour of a real unit (constraints checked per call).
        yield self.outer
        self.outer.flush()


@contextmanager
def one_transaction(db: Database) -> Iterator[Database]:
    """Yield a `Database` for services whose every unit joins one transaction of `db`."""
    with db.unit() as session:
        yield _JoinedDatabase(engine=db.engine, url=db.url, user=db.user, outer=session)
