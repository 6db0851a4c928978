"""The case list sorted by a name (location, category, handler) on PostgreSQL, cheaply.

Sorting 10,000 ids by `location.name` made PostgreSQL compare the names with the
database's collation for every pair of rows (strcoll, 10-15 ms at 10,000 cases, four times
SQLite's plain byte comparison; issue 16). Here the few names are ranked once
(`dense_rank() OVER (ORDER BY name)`, the same collation) and the cases are sorted by that
integer: the same order, ties included, since equal names get the same rank and the case
id breaks ties as before. A case without a category or handler gets no rank (NULL), which
sorts where a NULL name sorted. SQLite keeps sorting by the name: its byte comparison is
as cheap as an integer's.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from ...store.models import Case, Category, Location, Staff

# sort key → (the named table, the case's column pointing at it, inner join?)
_NAMED: dict[str, tuple[Any, Any, bool]] = {
    "location": (Location, Case.location_id, True),
    "category": (Category, Case.category_id, False),
    "handler": (Staff, Case.handler_id, False),
}


def ranked_keys() -> frozenset[str]:
    return frozenset(_NAMED)


def name_ranked(query: Select, key: str, descending: bool) -> tuple[Select, list[Any]]:  # type: ignore[type-arg]
    """`query` (over Case) joined to the ranked names of `key`, and the ORDER BY terms
    (rank, id) that give the names' order."""
    model, column, inner = _NAMED[key]
    ranks = select(model.id, func.dense_rank().over(order_by=model.name).label("rank")).subquery()
    on = ranks.c.id == column
    query = query.join(ranks, on) if inner else query.outerjoin(ranks, on)
    return query, [c.desc() if descending else c.asc() for c in (ranks.c.rank, Case.id)]
