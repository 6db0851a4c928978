"""Figures that show whether complaint handling works, per regime, against hand counts:
judged and upheld, measures within their concrete term, decisions within the legal term
(Wkkgz: six weeks plus a lawful extension), extensions used; an empty year has none."""

from __future__ import annotations

from datetime import date

import pytest

from kluppluz_desk.documents.report.law_data import LawFigures, RegimeFigures
from kluppluz_desk.domain.enums import ImprovementStatus
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report.law_figures import law_figures_in
from kluppluz_desk.services.settings import load_settings
from tests.factories import Seeded, make_case, seed

TODAY = date(2026, 6, 30)


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def figures(db: Database, year: int) -> LawFigures:
    settings = load_settings(db).deadlines
    with db.unit() as session:
        return law_figures_in(session, year, settings, TODAY)


def test_figures_per_regime_match_a_hand_count(db: Database, seeded: Seeded) -> None:
    with frozen(TODAY):
        # Wet kinderopvang A: closed in 4 days, gegrond; measures by 28-07 (still running),
        # but its one action is done already -> counted, on time.
        a = make_case(db, seeded, received_on=date(2026, 3, 2), upto=Step.CLOSE)
        cases.add_improvement(db, case_id=a.id, title="Overdrachtsprotocol")
        action = cases.get_case(db, a.id).improvements[0]
        cases.update_improvement(db, improvement_id=action.id, status=ImprovementStatus.DONE)
        # Wet kinderopvang B: open past its six weeks (late decision); ongegrond; measures
        # term 15-04 passed with no action done -> counted, late.
        b = make_case(db, seeded, received_on=date(2026, 3, 2), upto=Step.PROPOSE_SOLUTION)
        cases.save_judgment(
            db,
            case_id=b.id,
            version=b.version,
            parts=[JudgmentPartData("Toon", Verdict.REJECTED, "Niet gebleken.")],
            measures_due_on=date(2026, 4, 15),
        )
        # Wkkgz C: extended by 28 days with notice; open, term runs to 10-08: not counted.
        c = make_case(
            db, seeded, received_on=date(2026, 6, 1), upto=Step.ACKNOWLEDGE, funding="wkkgz_care"
        )
        cases.add_extension(
            db,
            case_id=c.id,
            days=28,
            reason="Wacht op verslag",
            decided_on=date(2026, 6, 20),
            notified_on=date(2026, 6, 20),
        )
        # Wkkgz D: closed in time, gegrond.
        make_case(db, seeded, received_on=date(2026, 1, 5), upto=Step.CLOSE, funding="wkkgz_care")
        # Not a complaint: left out of every figure.
        make_case(db, seeded, received_on=date(2026, 2, 2), kind="suggestion")
    assert figures(db, 2026) == LawFigures(
        (
            RegimeFigures(
                "Wet kinderopvang",
                complaints=2,
                judged=2,
                upheld=1,
                measures_on_time=1,
                measures_counted=2,
                decisions_on_time=1,
                decisions_counted=2,
                extended=0,
            ),
            RegimeFigures(
                "Wkkgz (zorg)",
                complaints=2,
                judged=1,
                upheld=1,
                measures_on_time=0,
                measures_counted=0,
                decisions_on_time=1,
                decisions_counted=1,
                extended=1,
            ),
        )
    )


def test_an_empty_year_has_no_regimes(db: Database, seeded: Seeded) -> None:
    with frozen(TODAY):
        make_case(db, seeded, received_on=date(2026, 3, 2))
    assert figures(db, 2025) == LawFigures(())
    assert figures(db, 2025).complaints == 0
