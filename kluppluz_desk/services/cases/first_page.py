"""A quick search keystroke: every matching id and the first page's rows in one statement.

The case list reads, on every keystroke, the ids of the matching cases in display order
and then the display rows of the first page: on PostgreSQL two statements, two messages to
the server and back, each planned on its own. At 100,000 cases that was 2.2-3.0 ms beside
SQLite's 0.7-1.0 ms (issue 16, must-have 4: within 3×). Here PostgreSQL gets one
statement: the matching ids numbered in display order (a CTE with `row_number()`), the
first page's rows joined to the first numbers, and every id as one array on the first row.
SQLite is in process, without messages to save: it keeps `case_ids` and `rows_for_ids`.

The result is the same as `case_ids` followed by `rows_for_ids` of its first `page` ids
(tests/services/cases/test_first_page.py); the access rule (services/access/scope.py) is
added to every mention of the case table, the CTE's included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ...domain.errors import StorageError
from ...domain.values import check_int
from ...store.migrate import describe_db_error
from ...store.models import Case
from ..database import Database
from .listing import (
    _PAGE_COLUMNS,
    CaseFilter,
    CaseRow,
    CaseSort,
    case_ids,
    case_row,
    check_filter,
    check_sort,
    ids_and_order,
    rows_for_ids,
)
from .quick_reads import single_read


@dataclass(frozen=True)
class FirstPage:
    """Every matching id in display order, and the display rows of the first `page` ids."""

    ids: list[int]
    rows: list[CaseRow]


def ids_with_first_rows(db: Database, flt: CaseFilter, sort: CaseSort, page: int) -> FirstPage:
    """`case_ids(db, flt, sort)` and `rows_for_ids` of its first `page` ids, in one
    statement on PostgreSQL."""
    flt, sort = check_filter(flt), check_sort(sort)
    page = check_int(page, "De paginagrootte", field="page", low=1, high=10_000)
    if db.backend != "postgresql":
        ids = case_ids(db, flt, sort)
        return FirstPage(ids, rows_for_ids(db, ids[:page]))
    query = _one_statement(flt, sort, db.backend, page)

    def read(session: Session) -> list[Any]:
        try:
            return list(session.execute(query).all())
        except DBAPIError as exc:
            raise StorageError(describe_db_error(exc)) from exc

    result = single_read(db, read)
    if not result:
        return FirstPage([], [])
    return FirstPage(list(result[0][-1]), [case_row(r) for r in result])


def _one_statement(flt: CaseFilter, sort: CaseSort, backend: str, page: int) -> Any:
    ids, order = ids_and_order(flt, sort, backend)
    numbered = ids.add_columns(func.row_number().over(order_by=order).label("pos")).cte("numbered")
    every_id = select(
        func.array_agg(aggregate_order_by(numbered.c.id, numbered.c.pos))
    ).scalar_subquery()
    # The array only on the first row: the server computes it once (an InitPlan) and sends
    # it once, not with each of the page's rows.
    return (
        _PAGE_COLUMNS.add_columns(case((numbered.c.pos == 1, every_id)))
        .join(numbered, numbered.c.id == Case.id)
        .where(numbered.c.pos <= page)
        .order_by(numbered.c.pos)
    )
