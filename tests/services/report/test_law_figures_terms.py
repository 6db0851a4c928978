"""The law figures' edge cases against hand counts (issue 16 counts the improvement actions
and pauses per case in SQL): an action done on the very day of the measures' term is on
time; one action still open keeps a running term out of the count; a pause moves the
legal term of the decision."""

from __future__ import annotations

from datetime import date

from kluppluz_desk.documents.report.law_data import LawFigures, RegimeFigures
from kluppluz_desk.domain.enums import ImprovementStatus
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report.law_figures import law_figures_in
from kluppluz_desk.services.settings import load_settings
from tests.factories import make_case, seed

TODAY = date(2026, 6, 30)


def _judged_with_two_actions(db: Database, case: object, due: date) -> list[int]:
    detail = cases.get_case(db, case.id)  # type: ignore[attr-defined]
    cases.save_judgment(
        db,
        case_id=detail.id,
        version=detail.version,
        parts=[JudgmentPartData("Toon", Verdict.REJECTED, "Niet gebleken.")],
        measures_due_on=due,
    )
    for title in ("Overdrachtsprotocol", "Teamoverleg"):
        cases.add_improvement(db, case_id=detail.id, title=title)
    return [a.id for a in cases.get_case(db, detail.id).improvements]


def _done(db: Database, action_id: int, on: date) -> None:
    with frozen(on):
        cases.update_improvement(db, improvement_id=action_id, status=ImprovementStatus.DONE)


def test_actions_on_the_last_day_open_actions_and_pauses(db: Database) -> None:
    s = seed(db)
    with frozen(date(2026, 4, 1)):
        # E: term 15-04 passed; actions done on 10-04 and on 15-04 itself -> on time.
        # Open past its six weeks (13-04): a late decision.
        e = make_case(db, s, received_on=date(2026, 3, 2), upto=Step.PROPOSE_SOLUTION)
        first, last = _judged_with_two_actions(db, e, date(2026, 4, 15))
    _done(db, first, date(2026, 4, 10))
    _done(db, last, date(2026, 4, 15))
    with frozen(date(2026, 5, 10)):
        # G: six weeks from 01-05 ended 12-06, but a pause of 30 days moves it to 12-07:
        # still running on 30-06, so the open case is not counted.
        g = make_case(db, s, received_on=date(2026, 5, 1), upto=Step.ACKNOWLEDGE)
        cases.add_pause(db, case_id=g.id, start_on=date(2026, 5, 10), days=30, reason="Ziek")
    with frozen(date(2026, 6, 10)):
        # F: term 31-08 still running, one of its two actions open -> not counted.
        f = make_case(db, s, received_on=date(2026, 6, 1), upto=Step.PROPOSE_SOLUTION)
        first, _open = _judged_with_two_actions(db, f, date(2026, 8, 31))
    _done(db, first, date(2026, 6, 20))
    settings = load_settings(db).deadlines
    with db.unit() as session:
        figures = law_figures_in(session, 2026, settings, TODAY)
    assert figures == LawFigures(
        (
            RegimeFigures(
                "Wet kinderopvang",
                complaints=3,
                judged=2,
                upheld=0,
                measures_on_time=1,
                measures_counted=1,
                decisions_on_time=0,
                decisions_counted=1,
                extended=0,
            ),
        )
    )
