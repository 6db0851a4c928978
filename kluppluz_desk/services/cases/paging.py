"""A broad quick search, fast: the first page and the count first, every id only when needed.

A search such as "oud" matches every case (it is in "Ouder"). Reading all 100,000 matching
ids in display order took 0.4-0.5 s per keystroke: SQLite looked up every hit by id and
sorted them all (issue 16). For the list a person sees, the first page and the number of
matches are enough; the list model asks for every id only when someone scrolls past the
first page (or a selected case has to be found further down).

The first page walks the sort column's index and checks each case against the search
index's hits, stopping at the page's end: bounded by one pass over the index even when
the hits are few. Only SQLite searches through the trigram index take this road; other
filters are fast already and keep reading every id at once (`search_start` gives None).

A click on a column header takes the same road for any filter (`sorted_start`): reading
all 100,000 ids in the new order cost 65-390 ms, the count and one page with LIMIT a few.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import text as sql_text

from ...domain.values import check_int
from ...store.models import Case
from ...store.search import SEARCH_TABLE, clean_search_text, match_phrase, usable_for
from ..database import Database
from .listing import (
    SORT_KEYS,
    CaseFilter,
    CaseSort,
    _filtered,
    _joined,
    check_filter,
    check_sort,
)
from .quick_reads import single_read

# Up to this many matches, every id is read at once (a few milliseconds).
READ_ALL_UP_TO = 2000


@dataclass(frozen=True)
class SearchStart:
    """The first ids of a search in display order, and how many cases match in all."""

    first_ids: list[int]
    total: int


def search_start(db: Database, flt: CaseFilter, sort: CaseSort, page: int) -> SearchStart | None:
    """The first `page` ids and the count of a broad text search; None when the filter is
    no such search (or it matches few cases): then read every id with `case_ids`."""
    flt, sort = check_filter(flt), check_sort(sort)
    page = check_int(page, "De paginagrootte", field="page", low=1, high=100_000)
    text = clean_search_text(flt.text)
    if db.backend != "sqlite" or not usable_for(text):
        return None
    with db.unit() as session:
        counted: Any
        if flt == replace(CaseFilter(), text=flt.text):
            # Only the text: the search index counts its own hits, without the table.
            counted = sql_text(
                f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase"
            ).bindparams(phrase=match_phrase(text))
        else:
            counted = _filtered(select(func.count()).select_from(Case), flt, db.backend)
        total = int(session.scalar(counted) or 0)
        if total <= max(READ_ALL_UP_TO, page):
            return None
        columns = SORT_KEYS.get(sort.key, SORT_KEYS["received_on"])
        order = [c.desc() if sort.descending else c.asc() for c in columns]
        query = select(Case.id)
        if sort.key in ("location", "category", "handler"):
            query = _joined(query)
        query = _filtered(query, flt, db.backend, scan=True).order_by(*order).limit(page)
        return SearchStart(list(session.scalars(query)), total)


def sorted_start(
    db: Database, flt: CaseFilter, sort: CaseSort, page: int, known_total: int | None = None
) -> SearchStart | None:
    """The first `page` ids in the order of `sort` and the count, for any filter (a header
    click); None when the list is short enough to read every id with `case_ids`.
    `known_total`: the count of the same filter a moment ago (only the order changed), so
    the list is not counted again (PostgreSQL's exact count of 100,000 rows is 3-4 ms)."""
    flt = check_filter(flt)
    if known_total is not None and not (
        db.backend == "sqlite" and usable_for(clean_search_text(flt.text))
    ):
        return _first_ids(db, flt, sort, page, known_total)
    start = search_start(db, flt, sort, page)
    if start is not None or (db.backend == "sqlite" and usable_for(clean_search_text(flt.text))):
        return start  # a text search: `search_start` decided
    flt, sort = check_filter(flt), check_sort(sort)  # search_start checked the page
    # One statement: the first page with the count beside each id (a subquery the server
    # runs once, not correlated with the page's rows), so on PostgreSQL one message to the
    # server and back without BEGIN/COMMIT instead of four (issue 16, round 5). The access
    # rule (services/access/scope.py) limits the subquery's cases as it does the page's.
    counted = _filtered(select(func.count()).select_from(Case), flt, db.backend)
    columns = SORT_KEYS.get(sort.key, SORT_KEYS["received_on"])
    order = [c.desc() if sort.descending else c.asc() for c in columns]
    query = select(Case.id, counted.correlate(None).scalar_subquery())
    if sort.key in ("location", "category", "handler"):
        query = _joined(query)
    query = _filtered(query, flt, db.backend).order_by(*order).limit(page)
    rows = single_read(db, lambda session: session.execute(query).all())
    total = int(rows[0][1]) if rows else 0
    if total <= max(READ_ALL_UP_TO, page):
        return None
    return SearchStart([row[0] for row in rows], total)


def _first_ids(
    db: Database, flt: CaseFilter, sort: CaseSort, page: int, total: int
) -> SearchStart | None:
    """`sorted_start` with the count known: only the first page's ids (a LIMIT)."""
    flt, sort = check_filter(flt), check_sort(sort)
    page = check_int(page, "De paginagrootte", field="page", low=1, high=100_000)
    total = check_int(total, "Het aantal zaken", field="known_total", low=0)
    if total <= max(READ_ALL_UP_TO, page):
        return None
    columns = SORT_KEYS.get(sort.key, SORT_KEYS["received_on"])
    query = select(Case.id)
    if sort.key in ("location", "category", "handler"):
        query = _joined(query)
    query = (
        _filtered(query, flt, db.backend)
        .order_by(*(c.desc() if sort.descending else c.asc() for c in columns))
        .limit(page)
    )
    return SearchStart(single_read(db, lambda session: list(session.scalars(query))), total)
