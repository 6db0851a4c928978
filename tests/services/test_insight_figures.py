"""services.insight against the hand-counted reactions of tests/services/insight_world.py
(the comments there give each reaction's days): every figure, filters, an empty year, ties
in the categories, a reopened case, escalations with outcomes, year over year, and what a
manager may see."""

from __future__ import annotations

from datetime import date

import pytest

from kluppluz_desk.domain.enums import ReactionKind
from kluppluz_desk.domain.judgment import Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.insight import (
    CategoryRow,
    Insight,
    InsightFilter,
    Rate,
    compute_insight,
    insight_choices,
)
from tests.factories import make_case, seed
from tests.services.access.world import act_as
from tests.services.insight_world import DAY, build


def figures(db: Database, year: int = 2025, **kw: object) -> Insight:
    return compute_insight(db, InsightFilter(year, **kw), DAY)  # type: ignore[arg-type]


def clocks(insight: Insight) -> list[tuple[int, int]]:
    return [(c.on_time, c.judged) for c in insight.clocks]


def counts(rows: object) -> dict[str, int]:
    return {r.label: r.count for r in rows}  # type: ignore[attr-defined]


def test_every_figure_of_the_year(db: Database) -> None:
    build(db)
    got = figures(db)
    assert got.received == 6
    # ack: c1 c3 c5(day 7) c6 on time, c2 late, c4 withdrawn; solution: c2 late, c5 never
    # proposed; legal: c2 day 45, c3 reopened, c5 open; satisfaction: c2 day 21 late,
    # c6 closed, checked within 14 days.
    assert clocks(got) == [(4, 5), (3, 5), (2, 5), (2, 3)]
    assert [c.label for c in got.clocks] == [
        "Ontvangstbevestiging", "Oplossing voorstellen", "Wettelijke afhandeltermijn",
        "Tevredenheid verifiëren"]  # fmt: skip
    assert got.clocks[0].share == pytest.approx(0.8)
    # days: ack [2, 10, 2, 7, 2]; proposal [14, 28, 14, 14]; closure [35, 45, 35]
    assert [(d.count, d.median, d.p90) for d in got.durations] == [
        (5, 2.0, 10), (4, 14.0, 28), (3, 35.0, 45)]  # fmt: skip
    assert counts(got.judgments) == {
        "Gegrond": 1, "Deels gegrond": 1, "Ongegrond": 1, "Niet-ontvankelijk": 1,
        "Geen oordeel": 0}  # fmt: skip
    assert got.reopened == Rate(1, 4)  # c3 of c1 c2 c3 c6
    assert got.satisfaction == Rate(1, 2)  # c1 satisfied, c2 not; c6 gave no answer
    assert counts(got.satisfaction_outcomes)["Geen reactie"] == 1
    assert got.repeat_submitters == 2  # c1+c2 (e-mail), c3+c4 (name + postcode)
    assert got.submitters == 3  # and c6; c5 is anonymous
    assert got.improvements == Rate(1, 3)  # c1 on time; c2 late; c3 not done, term passed
    assert got.improvements_without_term == 1


def test_escalations_with_their_outcomes_by_year_of_submission(db: Database) -> None:
    build(db)
    got = {e.body: (e.total, {o.label: o.count for o in e.outcomes if o.count})
           for e in figures(db).escalations}  # fmt: skip
    assert got == {
        "Klachtenloket Kinderopvang": (1, {"Loopt nog": 1}),
        "Geschillencommissie": (1, {"Ongegrond": 1}),
        # p1 was received in 2024 and escalated in 2025; p2's 2024 escalation is not here
        "AKJ (Advies- en Klachtenbureau Jeugdzorg)": (1, {"Opgelost (bemiddeling)": 1}),
    }
    assert figures(db).escalation_total == 3
    assert figures(db, 2024).escalation_total == 1


def test_categories_tie_and_year_over_year(db: Database) -> None:
    build(db)
    got = figures(db)
    assert got.categories == (
        CategoryRow("Informatie/communicatie", 2, 2, 1),  # tied first: alphabetical
        CategoryRow("Veiligheid", 2, 1, 1),
        CategoryRow("Geen categorie", 1, 0, 3),  # tied third; rank 2 is skipped
        CategoryRow("Overig", 1, 0, 3),
    )
    assert [c.change for c in got.categories] == [0, 1, 1, 1]
    assert len(got.top_categories) == 4  # ranks 1, 1, 3, 3 are all within the top 5


def test_an_empty_year(db: Database) -> None:
    build(db)
    got = figures(db, 2023)
    assert got.received == 0
    assert clocks(got) == [(0, 0)] * 4
    assert all(c.share is None for c in got.clocks)
    assert [(d.count, d.median, d.p90) for d in got.durations] == [(0, None, None)] * 3
    assert set(counts(got.judgments).values()) == {0}
    assert got.reopened == Rate(0, 0) and got.reopened.share is None
    assert got.satisfaction.share is None
    assert got.escalation_total == 0 and got.repeat_submitters == 0
    assert got.improvements == Rate(0, 0)
    assert got.categories == ()
    # The year after the last one: nothing this year, last year's categories stay visible.
    after = figures(db, 2026)
    assert after.received == 0 and after.top_categories == ()
    assert [(c.name, c.count, c.previous, c.rank) for c in after.categories] == [
        ("Informatie/communicatie", 0, 2, None), ("Veiligheid", 0, 2, None),
        ("Geen categorie", 0, 1, None), ("Overig", 0, 1, None)]  # fmt: skip


def test_filter_by_location_and_by_kind(db: Database) -> None:
    world = build(db)
    arnhem = figures(db, location_id=world.seeded.locations["Arnhem Centrum"])
    assert arnhem.location_name == "Arnhem Centrum"
    assert arnhem.received == 2  # c3, c4
    assert clocks(arnhem) == [(1, 1), (1, 1), (0, 1), (0, 0)]
    assert arnhem.reopened == Rate(1, 1)
    assert arnhem.repeat_submitters == 1
    assert arnhem.improvements == Rate(0, 1)  # c3's action, late
    assert arnhem.escalation_total == 0
    assert [(c.name, c.count, c.previous) for c in arnhem.categories] == [
        ("Informatie/communicatie", 2, 1)]  # fmt: skip
    complaints = figures(db, kind=ReactionKind.COMPLAINT)
    assert complaints.kind_label == "Klacht"
    assert complaints.received == 4  # c1 c2 c4 c6
    assert clocks(complaints) == [(2, 3), (2, 3), (2, 3), (2, 3)]
    assert complaints.repeat_submitters == 1  # c1 + c2; c4 alone without c3
    both = figures(db, location_id=world.seeded.locations["Arnhem Centrum"],
                   kind=ReactionKind.SUGGESTION)  # fmt: skip
    assert both.received == 0


def test_a_manager_sees_only_the_cases_he_may_see(db: Database) -> None:
    build(db)
    act_as(db, "mvandijk")  # manager of the locations; c6 is confidential
    got = figures(db)
    assert got.received == 5
    assert clocks(got)[0] == (3, 4)
    assert counts(got.judgments)["Niet-ontvankelijk"] == 0
    assert got.escalation_total == 1  # only p1's; c6's two are not visible
    assert got.submitters == 2
    act_as(db, "kv-tester")
    assert figures(db).received == 6


def test_a_case_reopened_through_the_procedure_counts(db: Database) -> None:
    seeded = seed(db)
    with frozen(date(2026, 3, 20)):
        case = make_case(db, seeded, upto=Step.CLOSE, received_on=date(2026, 3, 2))
        closed_only = make_case(db, seeded, upto=Step.CLOSE, received_on=date(2026, 3, 2))
        case = cases.perform_step(db, case_id=case.id, version=case.version, step=Step.REOPEN,
                                  reason="De afspraak wordt niet nagekomen.")  # fmt: skip
        got = compute_insight(db, InsightFilter(2026))
    assert case.status.value == "acknowledged" and closed_only.id
    assert got.reopened == Rate(1, 2)
    assert counts(got.judgments)["Gegrond"] == 2


def test_choices_list_years_and_locations_with_reactions(db: Database) -> None:
    world = build(db)
    with frozen(DAY):
        years, locations = insight_choices(db)
    assert years == (2026, 2025, 2024)
    assert [name for _id, name in locations] == ["Arnhem Centrum", "Venetiëstraat"]
    assert dict(locations)[world.seeded.locations["Arnhem Centrum"]] == "Arnhem Centrum"


def test_verdict_order_is_the_judgment_vocabulary() -> None:
    from kluppluz_desk.services.insight.compute import VERDICTS

    assert set(VERDICTS) == set(Verdict)
