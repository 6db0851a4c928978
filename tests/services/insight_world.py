"""Hand-counted reactions for the insight tests: six in 2025 and three in 2024, with dates
chosen so every figure can be counted on paper (see the expected values in the tests).

Terms (the default settings, calendar days): acknowledgement 7, solution 21, legal 42
(Wet kinderopvang), satisfaction check 14 days after closure. "Today" is 1 March 2026, so
every 2025 term has passed except one improvement action's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kluppluz_desk.domain.enums import (
    CaseStatus,
    EscalationBody,
    EscalationOutcome,
    ImprovementStatus,
    ReactionKind,
    SatisfactionOutcome,
)
from kluppluz_desk.domain.judgment import Verdict
from kluppluz_desk.services.database import Database
from kluppluz_desk.store.models import (
    AuditEntry,
    Case,
    Escalation,
    ImprovementAction,
    JudgmentPart,
)
from tests.factories import Seeded, seed

DAY = date(2026, 3, 1)
D = date
S = CaseStatus


@dataclass(frozen=True)
class World:
    seeded: Seeded
    ids: dict[str, int]


def _case(seeded: Seeded, number: int, received: date, **values: Any) -> Case:
    location = values.pop("location", "Venetiëstraat")
    category = values.pop("category", "Veiligheid")
    return Case(
        reference=f"{received.year}-{number:04d}",
        year=received.year,
        number=number,
        received_on=received,
        channel="email",
        kind=values.pop("kind", ReactionKind.COMPLAINT),
        location_id=seeded.locations[location],
        category_id=seeded.categories[category] if category else None,
        description="Verhaal over de gezinssituatie dat nooit in een figuur komt.",
        **values,
    )


def build(db: Database) -> World:
    seeded = seed(db)
    sat = SatisfactionOutcome
    plan: dict[str, Case] = {
        # 2 / 14 / 35 days, satisfaction checked 10 days after closure: all on time.
        "c1": _case(seeded, 1, D(2025, 1, 6), status=S.SATISFACTION_CHECKED,
                    acknowledged_on=D(2025, 1, 8), solution_proposed_on=D(2025, 1, 20),
                    closed_on=D(2025, 2, 10), satisfaction_checked_on=D(2025, 2, 20),
                    satisfaction_outcome=sat.SATISFIED,
                    submitter_name="Sanne Bakker", submitter_email="sanne@example.org"),
        # 10 / 28 / 45 days, check 21 days after closure: all late. Same e-mail as c1.
        "c2": _case(seeded, 2, D(2025, 2, 3), status=S.SATISFACTION_CHECKED,
                    acknowledged_on=D(2025, 2, 13), solution_proposed_on=D(2025, 3, 3),
                    closed_on=D(2025, 3, 20), satisfaction_checked_on=D(2025, 4, 10),
                    satisfaction_outcome=sat.DISSATISFIED,
                    submitter_name="SANNE  bakker ", submitter_email=" Sanne@Example.org"),
        # Closed after 28 days, then reopened: no closure now, its legal term has passed.
        "c3": _case(seeded, 3, D(2025, 3, 3), status=S.ACKNOWLEDGED,
                    location="Arnhem Centrum", category="Informatie/communicatie",
                    kind=ReactionKind.DISSATISFACTION,
                    acknowledged_on=D(2025, 3, 5), solution_proposed_on=D(2025, 3, 17),
                    submitter_name="Piet Jansen", submitter_postcode="5611 AB"),
        # Withdrawn before anything: judged on no clock. Same name and postcode as c3.
        "c4": _case(seeded, 4, D(2025, 4, 7), status=S.WITHDRAWN, withdraw_reason="Opgelost",
                    location="Arnhem Centrum", category="Informatie/communicatie",
                    submitter_name="piet jansen", submitter_postcode="5611ab"),
        # Acknowledged on day 7 exactly (on time), then nothing: solution and legal late.
        "c5": _case(seeded, 5, D(2025, 5, 5), status=S.ACKNOWLEDGED, category=None,
                    kind=ReactionKind.SUGGESTION, acknowledged_on=D(2025, 5, 12)),
        # 2 / 14 / 35 days, checked in time but no answer; confidential; two escalations.
        "c6": _case(seeded, 6, D(2025, 6, 2), status=S.SATISFACTION_CHECKED, category="Overig",
                    acknowledged_on=D(2025, 6, 4), solution_proposed_on=D(2025, 6, 16),
                    closed_on=D(2025, 7, 7), satisfaction_checked_on=D(2025, 7, 10),
                    satisfaction_outcome=sat.NO_RESPONSE, confidential=True,
                    confidential_reason="about_staff",
                    submitter_name="Eva de Wit", submitter_email="eva@example.org"),
        "p1": _case(seeded, 1, D(2024, 3, 1), status=S.CLOSED, closed_on=D(2024, 4, 1),
                    category="Informatie/communicatie", submitter_name="Oud Jaar"),
        "p2": _case(seeded, 2, D(2024, 5, 1), status=S.CLOSED, closed_on=D(2024, 6, 1)),
        "p3": _case(seeded, 3, D(2024, 9, 2), status=S.CLOSED, closed_on=D(2024, 10, 1),
                    location="Arnhem Centrum", category="Informatie/communicatie"),
    }  # fmt: skip
    parts = {
        "c1": [Verdict.UPHELD],
        "c2": [Verdict.UPHELD, Verdict.REJECTED],
        "c3": [Verdict.REJECTED],
        "c6": [Verdict.INADMISSIBLE],
    }
    I = ImprovementStatus  # noqa: E741,N806
    actions = [
        ("c1", D(2025, 2, 10), D(2025, 4, 1), D(2025, 3, 15), I.DONE),  # on time
        ("c2", D(2025, 3, 20), D(2025, 5, 1), D(2025, 5, 10), I.DONE),  # late
        ("c6", D(2025, 7, 7), D(2026, 6, 1), None, I.IN_PROGRESS),  # term still running
        ("c6", D(2025, 7, 7), None, None, I.PLANNED),  # no term
        ("c2", D(2025, 3, 20), D(2025, 4, 1), None, I.CANCELLED),  # cancelled: left out
        ("c3", D(2025, 4, 1), D(2025, 6, 1), None, I.IN_PROGRESS),  # late, not done
    ]
    with db.unit() as session:
        session.add_all(plan.values())
        session.flush()
        for key, verdicts in parts.items():
            for position, verdict in enumerate(verdicts, start=1):
                session.add(JudgmentPart(case_id=plan[key].id, position=position,
                                         subject="Onderdeel", verdict=verdict,
                                         reasoning="Gemotiveerd."))  # fmt: skip
        for key, started, due, done, status in actions:
            session.add(ImprovementAction(case_id=plan[key].id, title="Actie", started_on=started,
                                          due_on=due, done_on=done, status=status))  # fmt: skip
        E, O = EscalationBody, EscalationOutcome  # noqa: E741,N806
        for key, body, submitted, outcome in (
            ("c6", E.DISPUTES_COMMITTEE, D(2025, 8, 1), O.REJECTED),
            ("c6", E.COMPLAINTS_DESK, D(2025, 7, 20), O.PENDING),
            ("p1", E.AKJ, D(2025, 1, 15), O.RESOLVED),  # a 2024 case, escalated in 2025
            ("p2", E.AKJ, D(2024, 7, 1), O.UPHELD),  # escalated in 2024: not in 2025
        ):
            session.add(Escalation(case_id=plan[key].id, body=body, submitted_on=submitted,
                                   outcome=outcome))  # fmt: skip
        # c3 was closed on day 28 and reopened: the trail as services.cases writes it.
        session.add_all([
            AuditEntry(case_id=plan["c3"].id, entity="case", field="status",
                       old_value="solution_proposed", new_value="closed", who="kv-tester"),
            AuditEntry(case_id=plan["c3"].id, entity="case", field="status",
                       old_value="closed", new_value="acknowledged", who="kv-tester"),
        ])  # fmt: skip
        ids = {key: case.id for key, case in plan.items()}
    return World(seeded, ids)
