"""A keystroke's ids and first page in one call (`ids_with_first_rows`, one statement on
PostgreSQL): the same ids and rows as `case_ids` followed by `rows_for_ids` of the first
page, for filters and sorts, under the access rule of a location manager (confidential
cases left out), with no hits and with more hits than a page."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases as case_list
from kluppluz_desk.services.cases import CaseFilter, CaseSort
from kluppluz_desk.services.cases.first_page import ids_with_first_rows
from kluppluz_desk.services.database import Database
from tests.factories import days_ago, make_case, seed
from tests.services.access.world import act_as, build_world

SORTS = [CaseSort(key, d) for key in ("received_on", "location", "handler", "status")
         for d in (True, False)]  # fmt: skip


def _plain(db: Database, flt: CaseFilter, sort: CaseSort, page: int) -> tuple[list, list]:  # type: ignore[type-arg]
    ids = case_list.case_ids(db, flt, sort)
    return ids, case_list.rows_for_ids(db, ids[:page])


def _same(db: Database, flt: CaseFilter, sort: CaseSort, page: int) -> int:
    ids, rows = _plain(db, flt, sort, page)
    got = ids_with_first_rows(db, flt, sort, page)
    assert got.ids == ids, (flt, sort)
    assert got.rows == rows, (flt, sort)
    return len(ids)


def test_the_same_ids_and_rows_as_the_two_calls(db: Database) -> None:
    s = seed(db)
    locations = list(s.locations.values())
    for i in range(12):
        make_case(
            db,
            s,
            received_on=days_ago(i % 4 + 1),  # equal dates: the id breaks the tie
            location_id=locations[i % len(locations)],
            upto=Step.ASSIGN_HANDLER if i % 3 else None,
        )
    nothing = CaseFilter(text="geen zaak heeft dit")
    filters = (CaseFilter(), CaseFilter(text="zorgen"), CaseFilter(open_only=True),
               CaseFilter(location_id=locations[0]), nothing)  # fmt: skip
    counts = []
    for flt in filters:
        for sort in SORTS:
            for page in (1, 5, 200):
                counts.append(_same(db, flt, sort, page))
    assert 0 in counts and 12 in counts  # the empty result and every case
    assert ids_with_first_rows(db, nothing, CaseSort(), 200).rows == []


def test_a_location_manager_gets_only_the_cases_the_rule_allows(db: Database) -> None:
    world = build_world(db)  # five cases; a location manager sees three, no foreign secret
    act_as(db, "mvandijk")
    for sort in SORTS:
        got = ids_with_first_rows(db, CaseFilter(), sort, 2)
        assert set(got.ids) == {world.own, world.handled, world.secret_named}
        assert world.secret not in got.ids
        assert [r.id for r in got.rows] == got.ids[:2]
        _same(db, CaseFilter(), sort, 2)


def test_more_hits_than_a_page(db: Database) -> None:
    s = seed(db)
    for i in range(205):
        make_case(db, s, received_on=days_ago(i % 30 + 1))
    newest = CaseSort()
    assert _same(db, CaseFilter(), newest, 200) == 205
    got = ids_with_first_rows(db, CaseFilter(), CaseSort("location", False), 200)
    assert len(got.ids) == 205 and len(got.rows) == 200


def test_a_page_size_out_of_range_is_a_dutch_message(db: Database) -> None:
    with pytest.raises(ValidationError, match="paginagrootte"):
        ids_with_first_rows(db, CaseFilter(), CaseSort(), 0)
