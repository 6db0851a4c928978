"""The case list: filtering, sorting and paging done in SQL, so 100,000 cases stay fast.

The list model asks for `case_ids` once per filter/sort (cheap: one integer column) and then
fetches the visible rows page by page with `rows_for_ids`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ARRAY, Integer, Select, and_, any_, bindparam, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from ...domain.deadlines import Clock
from ...domain.enums import OPEN_STATUSES, CaseStatus, ReactionKind, Severity
from ...domain.errors import StorageError, ValidationError
from ...domain.text_limits import SEARCH_TEXT
from ...domain.today import today
from ...domain.values import check_id, check_ids, check_int, check_text, describe
from ...store.migrate import describe_db_error
from ...store.models import Case, Category, Location, Staff
from ...store.search import (
    SEARCH_TABLE,
    case_variants,
    clean_search_text,
    match_phrase,
    usable_for,
)
from ..database import Database
from .name_order import name_ranked, ranked_keys
from .quick_reads import single_read

SORT_KEYS = {
    "reference": (Case.year, Case.number),
    "received_on": (Case.received_on, Case.id),
    "location": (Location.name, Case.id),
    "category": (Category.name, Case.id),
    "kind": (Case.kind, Case.id),
    "handler": (Staff.name, Case.id),
    "status": (Case.status, Case.id),
    "next_due_on": (Case.next_due_on, Case.id),
}


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    year: int | None = None
    location_id: int | None = None
    statuses: tuple[CaseStatus, ...] = ()
    open_only: bool = False
    kind: ReactionKind | None = None
    severity: Severity | None = None
    overdue_only: bool = False
    handler_id: int | None = None


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a third of a page's time
class CaseRow:
    id: int
    reference: str
    received_on: date
    location: str
    category: str
    kind: ReactionKind
    handler: str
    status: CaseStatus
    next_due_on: date | None
    next_due_clock: Clock | None
    severity: Severity
    confidential: bool = False  # marked in the list (issue 12: K&V must see it at once)


@dataclass(frozen=True)
class CaseSort:
    key: str = "received_on"
    descending: bool = True


def _text_condition(text: str, backend: str, *, scan: bool = False) -> Any:
    if backend == "sqlite" and usable_for(text):
        hits = sql_text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase")
        # `scan`: "id + 0" keeps SQLite from looking every hit up by id and sorting them
        # all; it walks the sort column's index instead and stops at LIMIT (see paging).
        column = Case.id + 0 if scan else Case.id
        return column.in_(hits.bindparams(phrase=match_phrase(text)))
    columns = (Case.reference, Case.submitter_name, Case.child_name, Case.public_summary,
               Case.description)  # fmt: skip
    spellings = case_variants(text) if backend == "sqlite" else [text]
    return or_(*(c.icontains(s, autoescape=True) for c in columns for s in spellings))


def _filtered(query: Select, flt: CaseFilter, backend: str, *, scan: bool = False) -> Select:  # type: ignore[type-arg]
    conditions = []
    if flt.year is not None:
        conditions.append(Case.year == flt.year)
    if flt.location_id is not None:
        conditions.append(Case.location_id == flt.location_id)
    if flt.statuses:
        conditions.append(Case.status.in_(flt.statuses))
    if flt.open_only:
        conditions.append(Case.status.in_(OPEN_STATUSES))
    if flt.kind is not None:
        conditions.append(Case.kind == flt.kind)
    if flt.severity is not None:
        conditions.append(Case.severity == flt.severity)
    if flt.handler_id is not None:
        conditions.append(Case.handler_id == flt.handler_id)
    if flt.overdue_only:
        conditions.append(and_(Case.next_due_on.is_not(None), Case.next_due_on < today()))
    text = clean_search_text(flt.text)
    if text:
        conditions.append(_text_condition(text, backend, scan=scan))
    return query.where(*conditions) if conditions else query


def _joined(query: Select) -> Select:  # type: ignore[type-arg]
    return (
        query.join(Location, Location.id == Case.location_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Staff, Staff.id == Case.handler_id)
    )


def _searchable(text: Any) -> Any:
    """A typed search text without what no stored text holds (lone surrogates, NUL); cut
    one past the limit first, so a 10 MB paste is refused without being scanned whole."""
    return clean_search_text(text[: SEARCH_TEXT + 1]) if isinstance(text, str) else text


def check_filter(flt: Any) -> CaseFilter:
    """A filter as a caller gives it, checked with the shared value rules."""
    if not isinstance(flt, CaseFilter):
        raise ValidationError("Het filter is onleesbaar.")

    def enum(value: Any, kind: type[Any], label: str) -> Any:
        try:
            return None if value is None else kind(value)
        except (ValueError, TypeError):
            raise ValidationError(f"{label}: onbekende waarde {describe(value)}.") from None

    if not isinstance(flt.statuses, tuple | list):
        raise ValidationError(f"De status: onbekende waarde {describe(flt.statuses)}.")
    return replace(
        flt,
        # any text is searched for as plain text (clean_search_text drops what cannot be
        # stored), but not a pasted document: the trigram search of 10 MB took minutes
        text=check_text(_searchable(flt.text), "De zoektekst", field="text", limit=SEARCH_TEXT),
        year=None if flt.year is None else check_int(flt.year, "Het jaar", low=1900, high=2200),
        location_id=None if flt.location_id is None else check_id(flt.location_id),
        handler_id=None if flt.handler_id is None else check_id(flt.handler_id),
        statuses=tuple(enum(s, CaseStatus, "De status") for s in flt.statuses),
        kind=enum(flt.kind, ReactionKind, "De soort"),
        severity=enum(flt.severity, Severity, "De ernst"),
        open_only=bool(flt.open_only),
        overdue_only=bool(flt.overdue_only),
    )


def check_sort(sort: Any) -> CaseSort:
    sort = sort or CaseSort()
    if not isinstance(sort, CaseSort) or not isinstance(sort.key, str):
        raise ValidationError("De sortering is onleesbaar.")
    return sort


def case_ids(db: Database, flt: CaseFilter, sort: CaseSort | None = None) -> list[int]:
    """All ids that match, in display order."""
    query = ordered_ids(check_filter(flt), check_sort(sort), db.backend)
    return single_read(db, lambda session: list(session.scalars(query)))


def ordered_ids(flt: CaseFilter, sort: CaseSort, backend: str) -> Select:  # type: ignore[type-arg]
    """The SELECT of `case_ids`: every matching id in display order (checked arguments)."""
    query, order = ids_and_order(flt, sort, backend)
    return query.order_by(*order)


def ids_and_order(flt: CaseFilter, sort: CaseSort, backend: str) -> tuple[Select, list[Any]]:  # type: ignore[type-arg]
    """`ordered_ids` without its ORDER BY, and the ORDER BY terms apart."""
    query = _filtered(select(Case.id), flt, backend)
    if backend == "postgresql" and sort.key in ranked_keys():
        return name_ranked(query, sort.key, sort.descending)  # same order, cheaper
    columns = SORT_KEYS.get(sort.key, SORT_KEYS["received_on"])
    if sort.key in ("location", "category", "handler"):
        query = _joined(query)
    return query, [c.desc() if sort.descending else c.asc() for c in columns]


_handler = aliased(Staff)
# Built once: the page query runs on every scroll step, so it is compiled and cached once.
# SQLite takes the ids as one expanding parameter (an IN list); PostgreSQL as one array
# parameter (`= ANY(:ids)`): SQLAlchemy no longer renders and binds 200 parameters per page
# and the server gets the same statement text whatever the page size (issue 16).
_PAGE_COLUMNS = (
    select(
        Case.id,
        Case.reference,
        Case.received_on,
        Location.name,
        Category.name,
        Case.kind,
        _handler.name,
        Case.status,
        Case.next_due_on,
        Case.next_due_clock,
        Case.severity,
        Case.confidential,
    )
    .join(Location, Location.id == Case.location_id)
    .outerjoin(Category, Category.id == Case.category_id)
    .outerjoin(_handler, _handler.id == Case.handler_id)
)
_PAGE_QUERY = _PAGE_COLUMNS.where(Case.id.in_(bindparam("ids", expanding=True)))
_PAGE_QUERY_PG = _PAGE_COLUMNS.where(Case.id == any_(bindparam("ids", type_=ARRAY(Integer))))


MAX_PAGE_IDS = 10_000


def rows_for_ids(db: Database, ids: list[int]) -> list[CaseRow]:
    """The display rows for `ids`, in the same order."""
    ids = check_ids(ids, "De zaaknummers", most=MAX_PAGE_IDS)
    if not ids:
        return []
    # Through a session, not a bare connection: the access rule (services/access/scope.py)
    # is added to every ORM statement, so an id outside the viewer's cases yields no row.
    query = _PAGE_QUERY_PG if db.backend == "postgresql" else _PAGE_QUERY

    def read(session: Session) -> list[Any]:
        try:
            return list(session.execute(query, {"ids": list(ids)}).all())
        except DBAPIError as exc:
            raise StorageError(describe_db_error(exc)) from exc

    rows = {r[0]: case_row(r) for r in single_read(db, read)}
    return [rows[i] for i in ids if i in rows]


def case_row(r: Any) -> CaseRow:
    """A row of `_PAGE_COLUMNS` (its first twelve columns) as a `CaseRow`."""
    return CaseRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6] or "", r[7], r[8], r[9], r[10],
                   bool(r[11]))  # fmt: skip


def years(db: Database) -> list[int]:
    with db.unit() as session:
        return list(session.scalars(select(Case.year).distinct().order_by(Case.year.desc())))
