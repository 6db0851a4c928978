"""The report's terms (services.report.terms: whole days from the database, deadlines as
days after receipt, computed once per distinct key) equal the plain rule applied reaction
by reaction (`compute_deadlines` + `term_kept` on dates), on SQLite and PostgreSQL, for
random reactions with pauses, extensions, withdrawals and steps not taken, judged on
several days (before, inside and after the terms)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from kluppluz_desk.domain.deadlines import compute_deadlines, term_kept
from kluppluz_desk.domain.enums import CaseStatus, ReactionKind
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.insight.stats import median
from kluppluz_desk.services.report.confidential import report_scope, set_counts_confidential
from kluppluz_desk.services.report.terms import year_terms
from kluppluz_desk.services.settings import load_settings_in
from kluppluz_desk.store.models import Case, Extension, Pause
from tests.factories import seed


def _plain(db: Database, year: int, day: date, public_only: bool) -> tuple[object, ...]:
    """The rule reaction by reaction, on dates, as the report computed it before."""
    with db.unit() as session:
        deadlines = load_settings_in(session).deadlines
        query = select(Case).where(Case.year == year)
        if public_only:
            query = query.where(Case.confidential.is_(False))
        ack: list[bool] = []
        sol: list[bool] = []
        ack_days: list[int] = []
        sol_days: list[int] = []
        for case in session.scalars(query):
            due = compute_deadlines(
                case.received_on,
                deadlines,
                pause_days=[sum(p.days for p in case.pauses)],
                extension_days=[sum(e.days for e in case.extensions)],
            )
            stopped = case.status is CaseStatus.WITHDRAWN
            for done, deadline, kept, days in (
                (case.acknowledged_on, due.acknowledgement, ack, ack_days),
                (case.solution_proposed_on, due.solution, sol, sol_days),
            ):
                verdict = term_kept(done, deadline, day, stopped=stopped)
                if verdict is not None:
                    kept.append(verdict)
                if done is not None:
                    days.append((done - case.received_on).days)
    return (sum(ack), len(ack), median(ack_days), sum(sol), len(sol), median(sol_days))


def _fast(db: Database, year: int, day: date) -> tuple[object, ...]:
    with db.unit() as session:
        report_scope(session)
        a, s = year_terms(session, year, load_settings_in(session).deadlines, day)
    return (a.on_time, a.total, a.median_days, s.on_time, s.total, s.median_days)


def test_fast_terms_equal_the_rule_reaction_by_reaction(db: Database) -> None:
    seeded = seed(db)
    rng = random.Random(16)
    location = next(iter(seeded.locations.values()))
    with db.unit() as session:
        for number in range(1, 121):
            received = date(2025, 1, 1) + timedelta(days=rng.randint(0, 364))
            acknowledged = received + timedelta(days=rng.randint(0, 12))
            proposed = acknowledged + timedelta(days=rng.randint(0, 40))
            case = Case(
                reference=f"2025-{number:04d}", year=2025, number=number,
                received_on=received, channel="email", kind=ReactionKind.COMPLAINT,
                location_id=location, description="Verhaal.",
                status=rng.choice([CaseStatus.ACKNOWLEDGED, CaseStatus.WITHDRAWN]),
                acknowledged_on=rng.choice([acknowledged, None]),
                solution_proposed_on=rng.choice([proposed, None, None]),
                confidential=rng.random() < 0.2,
            )  # fmt: skip
            for _ in range(rng.choice([0, 0, 1, 2])):
                case.pauses.append(
                    Pause(start_on=received, days=rng.randint(1, 20), reason="Wacht op ouder")
                )
            for _ in range(rng.choice([0, 0, 1])):
                case.extensions.append(
                    Extension(days=rng.randint(7, 28), reason="Onderzoek", decided_on=received)
                )
            session.add(case)
    days = [date(2025, 1, 1), date(2025, 6, 15), date(2025, 11, 20), date(2026, 3, 1)]
    for day in days:
        plain = _plain(db, 2025, day, public_only=False)
        assert _fast(db, 2025, day) == plain
    assert plain[1] > 50 and plain[0] < plain[1]  # judged, some late
    assert _fast(db, 2024, days[-1]) == (0, 0, None, 0, 0, None)
    set_counts_confidential(db, False)
    for day in days:
        assert _fast(db, 2025, day) == _plain(db, 2025, day, public_only=True)
