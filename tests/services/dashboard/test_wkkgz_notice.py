"""The Wkkgz extension notice is a clock of its own: the written notice of an extension must
go out before the first term ends. It is on the dashboard (today / this week) and in the
case's law data for a running Wkkgz case without an extension — and nowhere else."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.regimes import Regime
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.dashboard import SectionKey, compute_dashboard
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.dto import CaseDetail
from tests.factories import Seeded, days_ago, make_case, seed

TODAY = date(2026, 3, 10)  # a Tuesday; no holidays near (calendar-day terms anyway)


@pytest.fixture(autouse=True)
def frozen_today() -> Iterator[None]:
    with frozen(TODAY):
        yield


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def wkkgz_case(db: Database, seeded: Seeded, received_days_ago: int) -> CaseDetail:
    case = make_case(
        db, seeded, received_on=days_ago(received_days_ago), upto=Step.PROPOSE_SOLUTION
    )
    return cases.change_regime(
        db, case_id=case.id, version=case.version, regime=Regime.WKKGZ, reason="Zorg (Wkkgz)"
    )


def notices(db: Database) -> dict[SectionKey, list[tuple[str, str, int | None]]]:
    board = compute_dashboard(db)
    return {
        key: [
            (i.reference, i.what, i.days_left)
            for i in board.section(key).items
            if i.kind == "wkkgz_notice"
        ]
        for key in (SectionKey.OVERDUE, SectionKey.TODAY, SectionKey.WEEK)
    }


def test_notice_is_due_this_week_today_and_gone_the_day_after(db: Database, seeded: Seeded) -> None:
    in_two_days = wkkgz_case(db, seeded, 40)
    today = wkkgz_case(db, seeded, 42)
    passed = wkkgz_case(db, seeded, 43)
    wkkgz_case(db, seeded, 34)  # first term ends in 8 days: not yet on the dashboard
    found = notices(db)
    due = TODAY + timedelta(days=2)
    assert found[SectionKey.WEEK] == [
        (in_two_days.reference, f"Verlengingsbericht Wkkgz uiterlijk {due:%d-%m-%Y}", 2)
    ]
    assert found[SectionKey.TODAY] == [
        (today.reference, f"Verlengingsbericht Wkkgz uiterlijk {TODAY:%d-%m-%Y}", 0)
    ]
    # After the first term the notice can no longer be given: not shown as "late"; the
    # legal clock itself is overdue.
    assert found[SectionKey.OVERDUE] == []
    board = compute_dashboard(db)
    assert (passed.reference, "legal") in [
        (i.reference, i.kind) for i in board.section(SectionKey.OVERDUE).items
    ]


def test_no_notice_for_child_care_or_once_extended_or_closed(db: Database, seeded: Seeded) -> None:
    make_case(db, seeded, received_on=days_ago(40), upto=Step.PROPOSE_SOLUTION)  # Wko
    extended = wkkgz_case(db, seeded, 40)
    cases.add_extension(
        db,
        case_id=extended.id,
        days=28,
        reason="Wacht op gesprek met de zorgverlener",
        decided_on=TODAY,
        notified_on=TODAY,
    )
    assert notices(db) == {SectionKey.OVERDUE: [], SectionKey.TODAY: [], SectionKey.WEEK: []}
    assert cases.get_case(db, extended.id).law.extension_notice_due is None  # type: ignore[union-attr]


def test_the_case_carries_its_notice_day_while_it_matters(db: Database, seeded: Seeded) -> None:
    case = wkkgz_case(db, seeded, 40)
    received: date = case.fields["received_on"]
    assert case.law is not None and case.law.extension_notice_due == received + timedelta(42)
    cases.add_pause(db, case_id=case.id, start_on=days_ago(5), days=3, reason="Ouder op reis")
    paused = cases.get_case(db, case.id)
    assert paused.law is not None
    assert paused.law.extension_notice_due == received + timedelta(45)  # the pause moves it
    childcare = make_case(db, seeded, received_on=days_ago(40), upto=Step.PROPOSE_SOLUTION)
    assert childcare.law is not None and childcare.law.extension_notice_due is None
