"""Reopening a closed case (issue 14.4): refused without a reason, the reason in the history
and on the timeline, the first closure kept in the history, the satisfaction check dropped
on reopening and due again after the new closure; the insight's reopen rate still counts it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kluppluz_desk.domain.deadlines import Clock
from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.dashboard import SectionKey, compute_dashboard
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.dto import CaseDetail
from kluppluz_desk.services.insight import InsightFilter, Rate, compute_insight
from tests.factories import make_case, seed

RECEIVED = date(2026, 3, 2)  # a Monday; make_case takes one step a day: closed on 6 March
REASON = "De ouder meldt dat de afspraak over de overdracht nog niet wordt nagekomen."


def _closed(db: Database) -> CaseDetail:
    return make_case(db, seed(db), upto=Step.CLOSE, received_on=RECEIVED)


def _satisfaction_refs(db: Database, day: date) -> list[str]:
    section = compute_dashboard(db, today=day).section(SectionKey.SATISFACTION)
    return [item.reference for item in section.items]


def test_reopening_without_a_reason_is_refused_and_changes_nothing(db: Database) -> None:
    with frozen(date(2026, 3, 20)):
        closed = _closed(db)
        for missing in ("", "   \n ", None):
            with pytest.raises(ValidationError) as refused:
                cases.perform_step(db, case_id=closed.id, version=closed.version,
                                   step=Step.REOPEN, reason=missing)  # type: ignore[arg-type]  # fmt: skip
            assert str(refused.value) == "Geef de reden op waarom de klantreactie wordt heropend."
        still = cases.get_case(db, closed.id)
    assert still.status is CaseStatus.CLOSED and still.closed_on == date(2026, 3, 6)
    assert still.version == closed.version
    assert not [h for h in still.history if h.field == "reopen_reason"]


def test_a_too_long_reason_is_refused(db: Database) -> None:
    with frozen(date(2026, 3, 20)):
        closed = _closed(db)
        with pytest.raises(ValidationError, match="De reden van heropenen"):
            cases.perform_step(db, case_id=closed.id, version=closed.version,
                               step=Step.REOPEN, reason="x" * 2001)  # fmt: skip


def test_reopening_keeps_the_first_closure_and_records_the_reason(db: Database) -> None:
    with frozen(date(2026, 3, 20)):
        closed = _closed(db)
        reopened = cases.perform_step(db, case_id=closed.id, version=closed.version,
                                      step=Step.REOPEN, on=date(2026, 3, 18),
                                      reason=f"  {REASON}  ")  # fmt: skip
    assert reopened.status is CaseStatus.ACKNOWLEDGED and reopened.closed_on is None
    texts = [h.text for h in reopened.history]
    assert "Afgesloten op ingevuld: 06-03-2026" in texts
    assert "Afgesloten op gewist (was 06-03-2026)" in texts  # the first closure stays visible
    assert "Status gewijzigd van Afgesloten naar Ontvangst bevestigd" in texts
    reason_lines = [h for h in reopened.history if h.field == "reopen_reason"]
    assert [h.new_value for h in reason_lines] == [REASON]  # stripped
    assert reason_lines[0].text.startswith("Reden van heropenen ingevuld: De ouder meldt")
    notes = [n for n in reopened.notes if n.text.startswith("Heropend op")]
    assert [n.text for n in notes] == [
        f"Heropend op 18-03-2026 (eerder afgesloten op 06-03-2026). Reden: {REASON}"
    ]
    assert not notes[0].is_system  # written by the person who reopened it


def test_the_satisfaction_check_is_dropped_on_reopening_and_due_after_the_new_closure(
    db: Database,
) -> None:
    with frozen(date(2026, 3, 20)):
        closed = _closed(db)
        # Closed on 6 March: the satisfaction check is due 14 days later, on the dashboard.
        assert closed.next_due_clock is Clock.SATISFACTION
        assert closed.next_due_on == closed.deadlines.satisfaction == date(2026, 3, 20)
        assert _satisfaction_refs(db, date(2026, 3, 20)) == [closed.reference]
        reopened = cases.perform_step(db, case_id=closed.id, version=closed.version,
                                      step=Step.REOPEN, reason=REASON)  # fmt: skip
        # Reopened: no satisfaction clock; the solution clock runs again.
        assert reopened.deadlines.satisfaction is None
        assert reopened.next_due_clock is Clock.SOLUTION
        assert _satisfaction_refs(db, date(2026, 3, 20)) == []
    with frozen(date(2026, 4, 1)):
        again = cases.perform_step(db, case_id=reopened.id, version=reopened.version,
                                   step=Step.PROPOSE_SOLUTION, on=date(2026, 3, 25),
                                   values={"solution_text": "Nieuwe afspraak."})  # fmt: skip
        again = cases.perform_step(db, case_id=again.id, version=again.version,
                                   step=Step.CLOSE, on=date(2026, 3, 30))  # fmt: skip
        # The clock is back, counted from the NEW closure (30 March + 14 days).
        assert again.closed_on == date(2026, 3, 30)
        assert again.next_due_clock is Clock.SATISFACTION
        assert again.next_due_on == date(2026, 3, 30) + timedelta(days=14)
        assert _satisfaction_refs(db, date(2026, 4, 1)) == [again.reference]
        # Both closures are in the history, in order.
        closures = [(h.old_value, h.new_value) for h in again.history if h.field == "closed_on"]
        assert closures == [("", "2026-03-06"), ("2026-03-06", ""), ("", "2026-03-30")]


def test_reopening_after_the_satisfaction_check_drops_its_outcome(db: Database) -> None:
    with frozen(date(2026, 3, 20)):
        checked = make_case(db, seed(db), upto=Step.CHECK_SATISFACTION, received_on=RECEIVED)
        assert checked.status is CaseStatus.SATISFACTION_CHECKED
        reopened = cases.perform_step(db, case_id=checked.id, version=checked.version,
                                      step=Step.REOPEN, reason=REASON)  # fmt: skip
        got = compute_insight(db, InsightFilter(2026))
    assert reopened.fields["satisfaction_outcome"] is None
    assert reopened.satisfaction_checked_on is None
    texts = [h.text for h in reopened.history]
    assert "Tevredenheid geverifieerd op gewist (was 07-03-2026)" in texts
    assert "Uitkomst tevredenheid gewist (was Tevreden)" in texts
    # The insight reads the reopening from the status change in the audit trail.
    assert got.reopened == Rate(1, 1)
    assert got.satisfaction == Rate(0, 0)  # the dropped answer no longer counts
