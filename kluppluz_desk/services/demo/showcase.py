"""The parts of the demo data that do not depend on the dice: this month's intake at every
stage, work in progress for the dashboard, each external body once, and the letters sent."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from ...domain.enums import (
    CaseStatus,
    Channel,
    EscalationBody,
    EscalationOutcome,
    Funding,
    ImprovementStatus,
    InformedRole,
    ReactionKind,
    Severity,
)
from ...domain.judgment import JudgmentPartData, Verdict
from ...domain.procedure import Step
from ...domain.today import today
from ...store.models import Case, Escalation
from ..cases import editing as cases
from ..cases import law as case_law
from ..cases import records as case_records
from ..database import Database
from ..dto import CaseDetail
from ..letters import record_letter
from .texts import FIRST_NAMES, LAST_NAMES, TOPICS


def walk(
    db: Database,
    case: CaseDetail,
    steps: list[tuple[Step, dict[str, Any]]],
    start: Any,
    gaps: list[int],
) -> CaseDetail:
    """Take `steps` one after another, each `gap` days after the previous (never later than
    today)."""
    on = start
    for (step, values), gap in zip(steps, gaps, strict=False):
        on = min(on + timedelta(days=gap), today())
        if step is Step.CLOSE and case.law is not None and case.law.regime.requires_judgment:
            case = _judge(db, case, values, on)
        case = cases.perform_step(
            db, case_id=case.id, version=case.version, step=step, on=on, values=values
        )
    return case


_VERDICTS = (Verdict.UPHELD, Verdict.PARTLY_UPHELD, Verdict.REJECTED, Verdict.PARTLY_UPHELD)


def _judge(db: Database, case: CaseDetail, values: dict[str, Any], on: Any) -> CaseDetail:
    """The reasoned judgment the law asks before a complaint is closed (demo wording)."""
    if case.fields.get("kind") != "complaint":
        return case
    measure = str(values.get("public_measure") or case.fields.get("public_measure") or "")
    verdict = _VERDICTS[case.id % len(_VERDICTS)]
    reasoning = (
        "Uit de gesprekken met ouder en locatie blijkt dat de zorg terecht is."
        if verdict is not Verdict.REJECTED
        else "Uit de gesprekken blijkt dat de afspraken zijn nagekomen; wel nemen wij de "
        "opmerking mee."
    )
    return case_law.save_judgment(
        db,
        case_id=case.id,
        version=case.version,
        parts=[JudgmentPartData(measure.split(";")[0] or "De klacht", verdict, reasoning)],
        measures_due_on=on + timedelta(days=28),
    )


def letters_sent(db: Database) -> None:
    """The letters K&V sent for the 2021 cases and for this month's cases, kept as sent."""
    with db.unit() as session:
        rows = session.execute(
            select(Case.id, Case.acknowledged_on, Case.closed_on)
            .where(Case.acknowledged_on.is_not(None))
            .where((Case.year == 2021) | (Case.received_on >= today() - timedelta(days=30)))
            .order_by(Case.id)
        ).all()
    for case_id, acknowledged_on, closed_on in rows:
        record_letter(db, case_id, "acknowledgement", letter_date=acknowledged_on)
        if closed_on is not None:
            record_letter(db, case_id, "judgment", letter_date=closed_on)


def running_work(db: Database, ids: dict[str, dict[str, int]]) -> None:
    """Work in progress the dashboard should show: an improvement under way and an
    escalation at the Klachtenloket that is still running."""
    with db.unit() as session:
        recent = session.scalars(
            select(Case.id)
            .where(
                Case.status.in_([CaseStatus.CLOSED, CaseStatus.SATISFACTION_CHECKED]),
                Case.kind == ReactionKind.COMPLAINT,
                Case.funding == Funding.CHILDCARE,
            )
            .order_by(Case.closed_on.desc())
            .limit(2)
        ).all()
    if not recent:
        return
    detail = case_records.add_improvement(
        db,
        case_id=recent[0],
        title="Werkinstructie overdracht bij het ophalen herzien",
        owner_id=ids["staff"]["Noor Vermeulen"],
        due_on=today() + timedelta(days=30),
        parent_committee_involved=True,
    )
    case_records.update_improvement(
        db, improvement_id=detail.improvements[-1].id, status=ImprovementStatus.IN_PROGRESS
    )
    case_records.add_escalation(
        db,
        case_id=recent[-1],
        body=EscalationBody.COMPLAINTS_DESK,
        submitted_on=today() - timedelta(days=3),
        note="Ouder vraagt bemiddeling via het Klachtenloket.",
    )


def every_escalation_body(db: Database) -> None:
    """Make sure the demo shows each external body at least once, whatever the dice said."""
    with db.unit() as session:
        present = set(session.scalars(select(Escalation.body).distinct()))
        candidates = session.execute(
            select(Case.id, Case.closed_on, Case.funding)
            .where(
                Case.status == CaseStatus.SATISFACTION_CHECKED,
                Case.year < today().year,
                Case.year > 2021,
                Case.kind == ReactionKind.COMPLAINT,
            )
            .order_by(Case.received_on)
        ).all()
    pool = [(c[0], c[1] or today(), c[2]) for c in candidates]
    for body in EscalationBody:
        if body in present:
            continue
        funding = Funding.YOUTH_CARE if body is EscalationBody.AKJ else Funding.CHILDCARE
        match = next((c for c in pool if c[2] is funding), None) or pool[0]
        pool.remove(match)
        submitted = min(match[1] + timedelta(days=20), today())
        detail = case_records.add_escalation(
            db, case_id=match[0], body=body, submitted_on=submitted
        )
        case_records.record_escalation_outcome(
            db,
            escalation_id=detail.escalations[-1].id,
            outcome=EscalationOutcome.REJECTED,
            outcome_on=min(submitted + timedelta(days=45), today()),
        )


def fresh_cases(db: Database, ids: dict[str, dict[str, int]]) -> int:
    """This week's intake: one new, one serious waiting for the director, one withdrawn."""
    base = {
        "channel": Channel.WEBSITE.value,
        "kind": ReactionKind.COMPLAINT.value,
        "location_id": ids["locations"]["Eindhoven Strijp"],
        "category_id": ids["categories"]["Veiligheid"],
    }
    cases.register_case(
        db,
        values={
            **base,
            "received_on": today() - timedelta(days=1),
            "submitter_name": "Iris Vos",
            "description": "Ouder meldt dat haar zoon met een schaafwond is opgehaald zonder dat "
            "dit werd verteld.",
        },
    )
    serious = cases.register_case(
        db,
        values={
            **base,
            "received_on": today() - timedelta(days=2),
            "severity": Severity.SERIOUS.value,
            "submitter_name": "Paul Smeets",
            "description": "Kind is tijdens een uitstapje korte tijd zoekgeraakt.",
        },
    )
    case_records.record_informed(
        db,
        case_id=serious.id,
        role=InformedRole.DIRECTOR,
        informed_on=today() - timedelta(days=2),
        staff_id=ids["staff"]["Wilma Hendriks"],
    )
    withdrawn = cases.register_case(
        db,
        values={
            **base,
            "received_on": today() - timedelta(days=5),
            "kind": ReactionKind.SIGNAL.value,
            "category_id": ids["categories"]["Planning en plaatsing"],
            "submitter_name": "Kim Wouters",
            "description": "Ouder twijfelde over de plaatsing op de woensdag.",
        },
    )
    cases.perform_step(
        db,
        case_id=withdrawn.id,
        version=withdrawn.version,
        step=Step.WITHDRAW,
        values={
            "withdraw_reason": "Ouder heeft de vraag zelf met de groep "
            "opgelost en trekt de melding in."
        },
    )
    # And one of every later stage, whatever the dice gave the rest of the year.
    handler = ids["staff"]["Lotte de Graaf"]
    topic_summary, topic_measure = TOPICS[4][2], TOPICS[4][3]
    plan: list[tuple[Step, dict[str, Any]]] = [
        (Step.ASSIGN_HANDLER, {"handler_id": handler}),
        (Step.ACKNOWLEDGE, {}),
        (Step.PROPOSE_SOLUTION, {"solution_text": topic_measure}),
        (Step.CLOSE, {"public_summary": topic_summary, "public_measure": topic_measure}),
    ]
    for stages, days in ((2, 9), (3, 16), (4, 25)):
        case = cases.register_case(
            db,
            values={
                **base,
                "kind": ReactionKind.DISSATISFACTION.value,
                "category_id": ids["categories"][TOPICS[4][0]],
                "received_on": today() - timedelta(days=days),
                "submitter_name": f"{FIRST_NAMES[days % 18]} {LAST_NAMES[days % 16]}",
                "description": TOPICS[4][1],
            },
        )
        walk(db, case, plan[:stages], today() - timedelta(days=days), [1, 3, 10, 5])
    return 6
