"""A quick search keystroke: every matching id and the first page's rows in one unit.

The case list reads, on every keystroke, the ids of the matching cases in display order
and then the display rows of the first page. As two calls (`case_ids`, `rows_for_ids`)
that was two units of work, each with its own session, connection checkout and access
rule set-up: at 100,000 cases on PostgreSQL 2.2-3.0 ms beside SQLite's 0.7-1.0 ms (issue
16, must-have 4: within 3×), and about a third of it in the client. Here both statements
run in one unit on one connection, without a transaction (`quick_reads.single_read`).

Not one statement: the ids numbered in a CTE (`row_number()`) with the page joined to
its first numbers and every id as an array on the first row gave the same rows, but
PostgreSQL planned it in 0.5 ms (the ids alone 0.2 ms) and ran it in 1.2 ms, where the
page statement by itself is prepared and answered in 0.1 ms including the round trip on
this machine: 2.6-2.9 ms per keystroke against 2.0 ms for two statements in one unit.

The result is the same as `case_ids` followed by `rows_for_ids` of its first `page` ids
(tests/services/cases/test_first_page.py), the access rule included: both statements go
through the session, which adds it to every statement over the case table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ...domain.errors import StorageError
from ...domain.values import check_int
from ...store.migrate import describe_db_error
from ..database import Database
from .listing import (
    _PAGE_QUERY,
    _PAGE_QUERY_PG,
    CaseFilter,
    CaseRow,
    CaseSort,
    case_row,
    check_filter,
    check_sort,
    ordered_ids,
)
from .quick_reads import single_read


@dataclass(frozen=True)
class FirstPage:
    """Every matching id in display order, and the display rows of the first `page` ids."""

    ids: list[int]
    rows: list[CaseRow]


def ids_with_first_rows(db: Database, flt: CaseFilter, sort: CaseSort, page: int) -> FirstPage:
    """`case_ids(db, flt, sort)` and `rows_for_ids` of its first `page` ids, in one unit."""
    flt, sort = check_filter(flt), check_sort(sort)
    page = check_int(page, "De paginagrootte", field="page", low=1, high=10_000)
    ids_query = ordered_ids(flt, sort, db.backend)
    page_query = _PAGE_QUERY_PG if db.backend == "postgresql" else _PAGE_QUERY

    def read(session: Session) -> tuple[list[int], list[Any]]:
        ids = list(session.scalars(ids_query))
        if not ids:
            return ids, []
        try:
            return ids, list(session.execute(page_query, {"ids": ids[:page]}).all())
        except DBAPIError as exc:
            raise StorageError(describe_db_error(exc)) from exc

    ids, result = single_read(db, read)
    rows = {r[0]: case_row(r) for r in result}
    return FirstPage(ids, [rows[i] for i in ids[:page] if i in rows])
