"""The deadline dashboard, on a frozen clock: every section and every boundary."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Date, literal, select

from kluppluz_desk.domain.deadlines import DeadlineSettings, add_days
from kluppluz_desk.domain.enums import EscalationBody, EscalationOutcome, ImprovementStatus
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.dashboard import (
    Dashboard,
    SectionKey,
    compute_dashboard,
    dashboard_csv,
    reminder_text,
)
from kluppluz_desk.services.dashboard.trend import term_days
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.settings import load_settings, save_settings
from kluppluz_desk.store.models import ReportDraft
from tests.factories import Seeded, days_ago, make_case, seed

TODAY = date(2026, 3, 10)  # a Tuesday


@pytest.fixture(autouse=True)
def frozen_today() -> Iterator[None]:
    with frozen(TODAY):
        yield


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def refs(board: Dashboard, key: SectionKey) -> list[tuple[str, str, int | None]]:
    return [(i.reference, i.kind, i.days_left) for i in board.section(key).items]


def test_acknowledgement_due_today_tomorrow_and_one_day_late(db: Database, seeded: Seeded) -> None:
    late = make_case(db, seeded, received_on=days_ago(8))
    due_today = make_case(db, seeded, received_on=days_ago(7))
    tomorrow = make_case(db, seeded, received_on=days_ago(6))
    board = compute_dashboard(db)
    assert refs(board, SectionKey.OVERDUE) == [(late.reference, "acknowledgement", -1)]
    assert refs(board, SectionKey.TODAY) == [(due_today.reference, "acknowledgement", 0)]
    assert refs(board, SectionKey.WEEK) == [(tomorrow.reference, "acknowledgement", 1)]
    item = board.section(SectionKey.OVERDUE).items[0]
    assert item.days_text == "1 dag te laat"
    assert item.due_on == TODAY - timedelta(days=1)
    assert item.location == "Venetiëstraat"
    assert item.handler == "niet toegewezen"
    assert board.section(SectionKey.TODAY).items[0].days_text == "vandaag"
    assert board.section(SectionKey.WEEK).items[0].days_text == "morgen"
    assert board.counters[SectionKey.OVERDUE] == 1


def test_week_ends_seven_days_ahead(db: Database, seeded: Seeded) -> None:
    in_week = make_case(db, seeded, received_on=days_ago(14), upto=Step.ACKNOWLEDGE)
    make_case(db, seeded, received_on=days_ago(13), upto=Step.ACKNOWLEDGE)
    board = compute_dashboard(db)
    assert refs(board, SectionKey.WEEK) == [(in_week.reference, "solution", 7)]
    assert board.section(SectionKey.WEEK).items[0].handler == "Marloes van Dijk"


def test_every_running_clock_of_an_unanswered_case(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=days_ago(45))
    board = compute_dashboard(db)
    assert refs(board, SectionKey.OVERDUE) == [
        (case.reference, "acknowledgement", -38),
        (case.reference, "solution", -24),
        (case.reference, "legal", -3),
    ]
    assert [i.what for i in board.section(SectionKey.OVERDUE).items] == [
        "Ontvangstbevestiging",
        "Oplossing voorstellen",
        "Wettelijke afhandeltermijn",
    ]


def test_a_pause_moves_the_clock(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=days_ago(8))
    case_records.add_pause(
        db, case_id=case.id, start_on=days_ago(5), days=2, reason="Ouder op reis"
    )
    board = compute_dashboard(db)
    assert refs(board, SectionKey.OVERDUE) == []
    assert refs(board, SectionKey.WEEK) == [(case.reference, "acknowledgement", 1)]
    assert board.section(SectionKey.WEEK).items[0].remark == "incl. 2 dagen pauze"


def test_an_extension_moves_solution_and_legal_limit(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=days_ago(22), upto=Step.ACKNOWLEDGE)
    assert refs(compute_dashboard(db), SectionKey.OVERDUE) == [(case.reference, "solution", -1)]
    case_records.add_extension(db, case_id=case.id, days=1, reason="Wacht op gesprek")
    board = compute_dashboard(db)
    assert refs(board, SectionKey.OVERDUE) == []
    assert refs(board, SectionKey.TODAY) == [(case.reference, "solution", 0)]
    assert board.section(SectionKey.TODAY).items[0].remark == "incl. 1 dag verlenging"


def test_legal_limit_after_the_solution_was_proposed(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=days_ago(42), upto=Step.PROPOSE_SOLUTION)
    board = compute_dashboard(db)
    assert refs(board, SectionKey.TODAY) == [(case.reference, "legal", 0)]
    assert refs(board, SectionKey.OVERDUE) == []


def test_serious_case_waits_for_the_director(db: Database, seeded: Seeded) -> None:
    serious = make_case(db, seeded, received_on=days_ago(2), severity="serious")
    make_case(db, seeded, received_on=days_ago(2))
    board = compute_dashboard(db)
    assert refs(board, SectionKey.DIRECTOR) == [(serious.reference, "director", 5)]
    week = board.section(SectionKey.WEEK).items
    assert [i.remark for i in week if i.reference == serious.reference] == ["ernstig"]


def test_satisfaction_check_after_closure(db: Database, seeded: Seeded) -> None:
    # make_case closes four days after receipt; the check is due fourteen days later.
    closed = make_case(db, seeded, received_on=days_ago(18), upto=Step.CLOSE)
    make_case(db, seeded, received_on=days_ago(40), upto=Step.CHECK_SATISFACTION)
    board = compute_dashboard(db)
    assert refs(board, SectionKey.SATISFACTION) == [(closed.reference, "satisfaction", 0)]
    assert refs(board, SectionKey.TODAY) == [(closed.reference, "satisfaction", 0)]


def test_open_improvement_actions(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=days_ago(40), upto=Step.CHECK_SATISFACTION)
    owner = seeded.staff["Johan Smits"]
    detail = case_records.add_improvement(
        db, case_id=case.id, title="Overdracht", owner_id=owner, due_on=days_ago(1)
    )
    case_records.add_improvement(db, case_id=case.id, title="Zonder datum")
    done = case_records.add_improvement(db, case_id=case.id, title="Klaar", due_on=days_ago(3))
    case_records.update_improvement(
        db, improvement_id=done.improvements[-1].id, status=ImprovementStatus.DONE
    )
    board = compute_dashboard(db)
    items = board.section(SectionKey.IMPROVEMENTS).items
    assert [(i.what, i.days_left, i.handler) for i in items] == [
        ("Verbeteractie: Overdracht", -1, "Johan Smits"),
        ("Verbeteractie: Zonder datum", None, "geen eigenaar"),
    ]
    assert items[1].days_text == "geen datum"
    assert refs(board, SectionKey.OVERDUE) == [(case.reference, "improvement", -1)]
    assert detail.improvements[0].status is ImprovementStatus.PLANNED


def test_running_escalations(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=days_ago(60), upto=Step.CHECK_SATISFACTION)
    detail = case_records.add_escalation(
        db, case_id=case.id, body=EscalationBody.COMPLAINTS_DESK, submitted_on=days_ago(10)
    )
    board = compute_dashboard(db)
    [item] = board.section(SectionKey.ESCALATIONS).items
    assert item.what == "Escalatie: Klachtenloket Kinderopvang"
    assert item.remark == "ingediend 28-02-2026, loopt 10 dagen"
    case_records.record_escalation_outcome(
        db,
        escalation_id=detail.escalations[0].id,
        outcome=EscalationOutcome.RESOLVED,
        outcome_on=TODAY,
    )
    assert compute_dashboard(db).section(SectionKey.ESCALATIONS).items == ()


def test_geschillencommissie_window(db: Database, seeded: Seeded) -> None:
    ending = make_case(db, seeded, received_on=date(2025, 3, 15), upto=Step.CHECK_SATISFACTION)
    make_case(db, seeded, received_on=date(2025, 3, 9), upto=Step.CHECK_SATISFACTION)  # ended
    make_case(db, seeded, received_on=date(2025, 4, 12), upto=Step.CHECK_SATISFACTION)  # later
    make_case(db, seeded, received_on=date(2025, 3, 16), kind="suggestion")
    escalated = make_case(db, seeded, received_on=date(2025, 3, 20), upto=Step.CHECK_SATISFACTION)
    case_records.add_escalation(
        db, case_id=escalated.id, body=EscalationBody.DISPUTES_COMMITTEE, submitted_on=TODAY
    )
    last_day = make_case(db, seeded, received_on=date(2025, 4, 9), upto=Step.CHECK_SATISFACTION)
    board = compute_dashboard(db)
    assert refs(board, SectionKey.DISPUTE_WINDOW) == [
        (ending.reference, "dispute_window", 5),
        (last_day.reference, "dispute_window", 30),
    ]


def test_workload_per_handler_and_location(db: Database, seeded: Seeded) -> None:
    make_case(db, seeded, received_on=days_ago(9))  # overdue, no handler
    make_case(db, seeded, received_on=days_ago(2), upto=Step.ACKNOWLEDGE)
    make_case(
        db,
        seeded,
        received_on=days_ago(2),
        upto=Step.ASSIGN_HANDLER,
        location_id=seeded.locations["Arnhem Centrum"],
    )
    make_case(db, seeded, received_on=days_ago(40), upto=Step.CLOSE)  # not open any more
    board = compute_dashboard(db)
    assert [(r.name, r.open_cases, r.overdue) for r in board.by_handler] == [
        ("Marloes van Dijk", 2, 0),
        ("niet toegewezen", 1, 1),
    ]
    assert [(r.name, r.open_cases, r.overdue) for r in board.by_location] == [
        ("Venetiëstraat", 2, 1),
        ("Arnhem Centrum", 1, 0),
    ]


def test_trend_counts_and_on_time_shares(db: Database, seeded: Seeded) -> None:
    on_time = make_case(db, seeded, received_on=date(2026, 1, 5), upto=Step.ACKNOWLEDGE)
    late = make_case(db, seeded, received_on=date(2026, 1, 6), upto=Step.ASSIGN_HANDLER)
    cases.perform_step(
        db, case_id=late.id, version=late.version, step=Step.ACKNOWLEDGE, on=date(2026, 1, 15)
    )
    paused = make_case(db, seeded, received_on=date(2026, 1, 7), upto=Step.ASSIGN_HANDLER)
    paused = case_records.add_pause(
        db, case_id=paused.id, start_on=date(2026, 1, 8), days=3, reason="Ouder vroeg uitstel"
    )
    cases.perform_step(
        db, case_id=paused.id, version=paused.version, step=Step.ACKNOWLEDGE, on=date(2026, 1, 16)
    )
    make_case(db, seeded, received_on=date(2026, 1, 20))  # never acknowledged: late
    make_case(db, seeded, received_on=days_ago(1))  # not acknowledged yet, still in time
    make_case(db, seeded, received_on=date(2025, 3, 1), upto=Step.CLOSE)  # before the window
    board = compute_dashboard(db)
    assert [(m.year, m.month) for m in board.trend][0] == (2025, 4)
    assert [(m.year, m.month) for m in board.trend][-1] == (2026, 3)
    january = board.trend[9]
    assert january.label == "januari 2026"
    assert (january.received, january.acknowledgement_judged) == (4, 4)
    assert january.acknowledged_on_time == pytest.approx(2 / 4)
    # No solution proposed and all four solution targets have passed by March.
    assert (january.solution_judged, january.solution_on_time) == (4, 0.0)
    march = board.trend[11]
    assert (march.received, march.acknowledgement_judged, march.acknowledged_on_time) == (
        1,
        0,
        None,
    )
    assert on_time.status.value == "acknowledged"
    assert sum(m.closed for m in board.trend) == 0


@pytest.mark.parametrize(
    "start",
    # A plain week in March, and the weeks around Easter, King's Day, Ascension and Whitsun.
    [date(2026, 3, 9) + timedelta(days=n) for n in range(7)]
    + [date(2026, 4, 1) + timedelta(days=n) for n in range(0, 60, 3)],
)
def test_working_day_terms_in_sql_match_the_domain(db: Database, start: date) -> None:
    dialect = db.engine.dialect.name
    settings = DeadlineSettings(working_days=True, closing_days=("2026-05-15",))
    with db.unit() as session:
        for term in (1, 4, 5, 6, 7, 10, 21):
            expr = term_days(
                dialect, literal(start, Date), term, settings, start - timedelta(days=3), start
            )
            days = session.scalar(select(expr))
            assert start + timedelta(days=int(days)) == add_days(
                start, term, working_days=True, holidays=settings.holiday_rules
            )


def test_trend_with_working_days(db: Database, seeded: Seeded) -> None:
    settings = load_settings(db)
    save_settings(db, replace(settings, deadlines=replace(settings.deadlines, working_days=True)))
    # Friday 2 January + 7 working days = Tuesday 13 January.
    case = make_case(db, seeded, received_on=date(2026, 1, 2), upto=Step.ASSIGN_HANDLER)
    cases.perform_step(
        db, case_id=case.id, version=case.version, step=Step.ACKNOWLEDGE, on=date(2026, 1, 13)
    )
    other = make_case(db, seeded, received_on=date(2026, 1, 2), upto=Step.ASSIGN_HANDLER)
    cases.perform_step(
        db, case_id=other.id, version=other.version, step=Step.ACKNOWLEDGE, on=date(2026, 1, 14)
    )
    assert compute_dashboard(db).trend[9].acknowledged_on_time == pytest.approx(0.5)


def test_report_not_required_without_written_complaints(db: Database, seeded: Seeded) -> None:
    make_case(db, seeded, received_on=date(2025, 5, 1), kind="suggestion")
    report = compute_dashboard(db).report
    assert (report.year, report.required, report.drafted) == (2025, False, False)
    assert report.due_on == date(2026, 6, 1)
    assert report.days_left == 83
    assert report.complete


def test_report_status_follows_the_draft(db: Database, seeded: Seeded) -> None:
    make_case(db, seeded, received_on=date(2025, 5, 1), kind="dissatisfaction")
    report = compute_dashboard(db).report
    assert (report.required, report.written_complaints, report.drafted) == (True, 1, False)
    assert [(r.region, r.sent_on) for r in report.regions] == [
        ("Arnhem", None),
        ("Eindhoven", None),
    ]
    assert not report.complete
    content = {
        "distribution": {
            "ggd": {"Eindhoven": "2026-03-02", "Arnhem": None},
            "management": "2026-02-20",
            "parent_committee": "geen datum",
        }
    }
    with db.unit() as session:
        session.add(ReportDraft(year=2025, content=json.dumps(content)))
    report = compute_dashboard(db).report
    assert (report.drafted, report.generated) == (True, False)
    assert [(r.region, r.sent_on) for r in report.regions] == [
        ("Arnhem", None),
        ("Eindhoven", date(2026, 3, 2)),
    ]
    assert report.management_on == date(2026, 2, 20)
    assert report.parent_committee_on is None
    content["distribution"].update(ggd={"Eindhoven": "2026-03-02", "Arnhem": "2026-03-03"})
    content["distribution"]["parent_committee"] = "2026-03-04"
    with db.unit() as session:
        draft = session.get(ReportDraft, 2025)
        assert draft is not None
        draft.content = json.dumps(content)
        draft.pdf = b"%PDF-1.4"
        draft.generated_at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    report = compute_dashboard(db).report
    assert report.generated and report.sent_to_all_regions and report.complete


def test_dispute_alone_makes_the_report_required(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, received_on=date(2024, 11, 1), kind="signal")
    case_records.add_escalation(
        db, case_id=case.id, body=EscalationBody.DISPUTES_COMMITTEE, submitted_on=date(2025, 2, 1)
    )
    report = compute_dashboard(db).report
    assert (report.required, report.written_complaints, report.disputes) == (True, 0, 1)


def test_reminder_text(db: Database, seeded: Seeded) -> None:
    assert reminder_text(compute_dashboard(db)) is None
    make_case(db, seeded, received_on=days_ago(8))
    make_case(db, seeded, received_on=days_ago(7))
    make_case(db, seeded, received_on=days_ago(7))
    text = reminder_text(compute_dashboard(db))
    assert text == "Let op: 1 termijn is verstreken en 2 termijnen verlopen vandaag."


def test_today_can_be_given(db: Database, seeded: Seeded) -> None:
    make_case(db, seeded, received_on=days_ago(6))
    board = compute_dashboard(db, today=TODAY + timedelta(days=2))
    assert board.today == TODAY + timedelta(days=2)
    assert [i.days_left for i in board.section(SectionKey.OVERDUE).items] == [-1]


def test_csv_for_excel(db: Database, seeded: Seeded) -> None:
    late = make_case(db, seeded, received_on=days_ago(8))
    make_case(db, seeded, received_on=days_ago(2), upto=Step.ACKNOWLEDGE)
    data = dashboard_csv(compute_dashboard(db))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Termijnenoverzicht per 10-03-2026"]
    assert rows[1][:6] == ["Lijst", "Kenmerk", "Locatie", "Behandelaar", "Wat", "Uiterste datum"]
    assert rows[2] == [
        "Te laat",
        late.reference,
        "Venetiëstraat",
        "niet toegewezen",
        "Ontvangstbevestiging",
        "09-03-2026",
        "-1",
        "1 dag te laat",
        "",
    ]
    assert ["Venetiëstraat", "2", "1"] in rows
    assert ["maart 2026", "2", "0", "50", ""] in rows
    assert ["Jaarverslag 2025", "Stand"] in rows
    assert ["Verstuurd aan GGD Brabant-Zuidoost", "nog niet"] in rows
