"""The case list query: filters, search, SQL sorting, rows in id order."""

from __future__ import annotations

from datetime import date, timedelta

from kluppluz_desk.domain.enums import CaseStatus, ReactionKind, Severity
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen, today
from kluppluz_desk.services import cases as case_list
from kluppluz_desk.services.cases import CaseFilter, CaseSort
from kluppluz_desk.services.database import Database
from tests.factories import days_ago, make_case, seed


def test_filters_search_and_sorting(db: Database) -> None:
    s = seed(db)
    a = make_case(db, s, received_on=days_ago(30), submitter_name="Anne Zomer", kind="signal")
    b = make_case(
        db,
        s,
        received_on=days_ago(2),
        location_id=s.locations["Arnhem Centrum"],
        upto=Step.ACKNOWLEDGE,
    )
    c = make_case(
        db,
        s,
        received_on=days_ago(10),
        severity=Severity.SERIOUS.value,
        description="Deur stond open_100%",
    )

    def ids(**kw: object) -> list[int]:
        sort = kw.pop("sort", None)
        return case_list.case_ids(db, CaseFilter(**kw), sort)  # type: ignore[arg-type]

    assert ids() == [b.id, c.id, a.id]  # newest first by default
    assert ids(sort=CaseSort("received_on", descending=False)) == [a.id, c.id, b.id]
    assert ids(text="zomer") == [a.id]
    assert ids(text=b.reference) == [b.id]
    assert ids(text="open_100%") == [c.id]  # wildcards are literal
    assert ids(text="_") == [c.id]
    assert ids(location_id=s.locations["Arnhem Centrum"]) == [b.id]
    assert ids(kind=ReactionKind.SIGNAL) == [a.id]
    assert ids(severity=Severity.SERIOUS) == [c.id]
    assert ids(statuses=(CaseStatus.ACKNOWLEDGED,)) == [b.id]
    assert ids(overdue_only=True) == [a.id, c.id] or set(ids(overdue_only=True)) == {a.id, c.id}
    assert ids(sort=CaseSort("location", descending=False))[0] == b.id
    rows = case_list.rows_for_ids(db, [a.id, b.id])
    assert [r.id for r in rows] == [a.id, b.id]
    assert rows[1].location == "Arnhem Centrum" and rows[1].handler == "Marloes van Dijk"
    assert case_list.years(db)[0] == today().year or case_list.years(db)[0] == days_ago(2).year


def test_overdue_follows_the_frozen_clock(db: Database) -> None:
    s = seed(db)
    with frozen(date(2026, 3, 1)):
        case = make_case(db, s, received_on=date(2026, 2, 20))
    assert case.next_due_on == date(2026, 2, 27)
    with frozen(date(2026, 2, 27)):
        assert case_list.case_ids(db, CaseFilter(overdue_only=True)) == []
    with frozen(date(2026, 2, 27) + timedelta(days=1)):
        assert case_list.case_ids(db, CaseFilter(overdue_only=True)) == [case.id]


def test_quick_search_index_follows_every_change(db: Database) -> None:
    from kluppluz_desk.services.cases import editing as cases

    s = seed(db)
    case = make_case(db, s, submitter_name="Wouter Maasdijk")
    assert case_list.case_ids(db, CaseFilter(text="MAASDIJK")) == [case.id]
    cases.update_case(
        db, case_id=case.id, version=case.version, values={"submitter_name": "Wouter Rijnveld"}
    )
    assert case_list.case_ids(db, CaseFilter(text="maasdijk")) == []
    assert case_list.case_ids(db, CaseFilter(text="rijnveld")) == [case.id]
    assert case_list.case_ids(db, CaseFilter(text="ophalen van haar")) == [case.id]
