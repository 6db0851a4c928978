"""Sorting the case list by location, category or handler: the ids come in exactly the
order of `ORDER BY name, id` (PostgreSQL sorts by a rank of the names since issue 16),
with names that only a real collation orders (capitals, accents) and cases without a
category or handler (NULL), in both directions and under a filter. A header click's first
page (`sorted_start`, LIMIT on the names themselves: on PostgreSQL that walks the name
index and stops, where the rank would sort every case) is the start of that same order,
since the list shows the rest from `case_ids`."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases as case_list
from kluppluz_desk.services.cases import CaseFilter, CaseSort, paging
from kluppluz_desk.services.cases.listing import SORT_KEYS, _filtered, _joined
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.masterdata import items as masterdata
from kluppluz_desk.store.models import Case
from tests.factories import days_ago, make_case, seed
from tests.services.access.world import act_as, build_world


def _by_name(db: Database, flt: CaseFilter, sort: CaseSort) -> list[int]:
    """The plain way: join the named tables and sort by the name itself, then the id."""
    columns = SORT_KEYS[sort.key]
    query = _filtered(_joined(select(Case.id)), flt, db.backend)
    query = query.order_by(*(c.desc() if sort.descending else c.asc() for c in columns))
    with db.unit() as session:
        return list(session.scalars(query))


def _varied_cases(db: Database) -> list[int]:
    s = seed(db)
    for name in ("ärger", "Zwemmen", "Èten", "appel"):  # case and accents: collation decides
        s.categories[name] = masterdata.save_item(db, "category", {"name": name}).id
    locations = list(s.locations.values())
    categories = [*s.categories.values(), None]
    made = []
    for i in range(24):
        case = make_case(
            db,
            s,
            received_on=days_ago(i % 7 + 1),
            location_id=locations[i % len(locations)],
            category_id=categories[i % len(categories)],
            upto=Step.ASSIGN_HANDLER if i % 3 else None,  # a third without a handler
        )
        made.append(case.id)
    some_null = case_list.rows_for_ids(db, made)
    assert any(r.category == "" for r in some_null) and any(r.handler == "" for r in some_null)
    return made


def test_name_sorts_give_the_order_of_the_names(db: Database) -> None:
    _varied_cases(db)
    for flt in (CaseFilter(), CaseFilter(text="zorgen"), CaseFilter(open_only=True)):
        for key in ("location", "category", "handler"):
            for descending in (False, True):
                sort = CaseSort(key, descending)
                expected = _by_name(db, flt, sort)
                assert expected, (flt, sort)
                assert case_list.case_ids(db, flt, sort) == expected, (flt, sort)


def test_a_header_clicks_first_page_starts_the_same_order(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _varied_cases(db)
    monkeypatch.setattr(paging, "READ_ALL_UP_TO", 0)  # the first-page road for 24 cases
    for flt in (CaseFilter(), CaseFilter(open_only=True), CaseFilter(text="zorgen")):
        for key in ("location", "category", "handler", "received_on"):
            for descending in (False, True):
                sort = CaseSort(key, descending)
                everything = case_list.case_ids(db, flt, sort)
                start = case_list.sorted_start(db, flt, sort, 7)
                assert start is not None, (flt, sort)
                assert start.total == len(everything), (flt, sort)
                assert start.first_ids == everything[:7], (flt, sort)
    assert len(case_list.case_ids(db, CaseFilter())) == len(made)


def test_a_header_clicks_count_is_the_viewers_cases_only(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(db)  # five cases; a location manager sees three of them
    monkeypatch.setattr(paging, "READ_ALL_UP_TO", 0)
    act_as(db, "mvandijk")
    for key in ("location", "received_on"):
        sort = CaseSort(key, descending=False)
        start = case_list.sorted_start(db, CaseFilter(), sort, 2)
        assert start is not None
        assert start.total == 3  # the count's subquery follows the access rule too
        assert start.first_ids == case_list.case_ids(db, CaseFilter(), sort)[:2]
        assert set(case_list.case_ids(db, CaseFilter(), sort)) == {
            world.own,
            world.handled,
            world.secret_named,
        }
