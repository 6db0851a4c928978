"""`kluppluz-desk demo`: a realistic, fictional data set to try the program with.

Years 2021–this year, three regions and seven locations, every kind, category, status and
escalation, some cases overdue; 2021 holds just the two reactions of the organisation's
published report (with invented people). Built through the same services a user works with,
so the audit trail and timelines are real. Deterministic (seeded random).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from ...domain.enums import (
    Channel,
    EscalationBody,
    EscalationOutcome,
    ImprovementStatus,
    InformedRole,
    ReactionKind,
    SatisfactionOutcome,
    Severity,
)
from ...domain.errors import ValidationError
from ...domain.procedure import Step
from ...domain.today import today
from ...store.models import Case
from ..cases import editing as cases
from ..cases import records as case_records
from ..database import Database
from ..masterdata import items as masterdata
from ..masterdata.defaults import seed_defaults
from ..settings import AppSettings, Organisation, save_settings
from ..single_transaction import one_transaction
from .law_showcase import law_cases
from .showcase import (
    every_escalation_body,
    fresh_cases,
    letters_sent,
    running_work,
    walk,
)
from .texts import (
    CHILD_NAMES,
    FIRST_NAMES,
    LAST_NAMES,
    LOCATIONS,
    SEED_2021,
    STAFF,
    STREETS,
    TOPICS,
)

CASES_PER_YEAR = {2022: 14, 2023: 18, 2024: 22, 2025: 26}


Progress = Callable[[int, int], bool]
"""`progress(done, total)` after every step; returning False stops the load (nothing kept)."""


def load_demo(db: Database, *, cases_this_year: int = 24, progress: Progress | None = None) -> int:
    """Fill an empty database in one transaction; returns the number of cases made."""
    with one_transaction(db) as joined:
        return _fill(joined, cases_this_year, progress or (lambda _done, _total: True))


def _fill(db: Database, cases_this_year: int, progress: Progress) -> int:
    with db.unit() as session:
        if session.scalar(select(func.count()).select_from(Case)):
            raise ValidationError("De demogegevens kunnen alleen in een lege database.")
        seed_defaults(session)
    save_settings(db, AppSettings(organisation=Organisation()))
    ids = _master(db)
    # From here the demo's K&V officer does the work: the history and the letters name a
    # person of the demo, not whoever happens to load it ("root").
    db = replace(db, user=next(login for _n, role, login in STAFF if role == "quality_officer"))
    rng = random.Random(2021)
    this_year = today().year
    plan = {y: n for y, n in CASES_PER_YEAR.items() if y < this_year}
    plan[this_year] = cases_this_year
    total = len(SEED_2021) + sum(plan.values()) + 5
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if not progress(done, total):
            raise ValidationError(
                "Het laden van de demogegevens is afgebroken; er is niets opgeslagen."
            )

    made = 0
    for spec in SEED_2021:
        _seed_case(db, ids, spec)
        made += 1
        step()
    for year, count in sorted(plan.items()):
        for _ in range(count):
            _random_case(db, ids, rng, year)
            made += 1
            step()
    every_escalation_body(db)
    step()
    running_work(db, ids)
    step()
    made += fresh_cases(db, ids)
    step()
    made += law_cases(db, ids)
    step()
    letters_sent(db)
    step()
    return made


def _master(db: Database) -> dict[str, dict[str, int]]:
    regions = {r.name: r.id for r in masterdata.list_items(db, "region")}
    staff = {}
    for name, role, login in STAFF:
        staff[name] = masterdata.save_item(
            db,
            "staff",
            {"name": name, "role": role, "login": login, "email": f"{login}@kluppluz.example"},
        ).id
    managers = ["Fatima El Amrani", "Bas Mulder", "Lotte de Graaf", "Joost Timmermans"]
    locations = {}
    for index, (name, region, cluster) in enumerate(LOCATIONS):
        locations[name] = masterdata.save_item(
            db,
            "location",
            {
                "name": name,
                "region_id": regions[region],
                "cluster": cluster,
                "location_manager_id": staff[managers[index % len(managers)]],
                "cluster_manager_id": staff["Esther van den Berg" if index < 4 else "Hans Peeters"],
                "regional_manager_id": staff["Ruud Kuipers"],
            },
        ).id
    categories = {c.name: c.id for c in masterdata.list_items(db, "category")}
    return {"staff": staff, "locations": locations, "categories": categories}


def _seed_case(db: Database, ids: dict[str, dict[str, int]], spec: dict[str, Any]) -> None:
    received = date(*spec["received"])
    name, email = spec["submitter"]
    case = cases.register_case(
        db,
        values={
            "received_on": received,
            "channel": spec["channel"],
            "kind": spec["kind"],
            "location_id": ids["locations"][spec["location"]],
            "category_id": ids["categories"][spec["category"]],
            "submitter_name": name,
            "submitter_email": email,
            "child_name": spec["child"],
            "description": spec["description"],
        },
    )
    handler = ids["staff"]["Ruud Kuipers" if "Ulvenhout" in spec["location"] else "Bas Mulder"]
    case = cases.update_case(
        db, case_id=case.id, version=case.version, values={"handler_id": handler}
    )
    case_records.add_note(
        db,
        case_id=case.id,
        text="Telefonisch contact met ouder gehad; "
        "afgesproken om binnen twee weken terug te koppelen.",
        is_agreement=True,
    )
    walk(
        db,
        case,
        [
            (Step.ASSIGN_HANDLER, {}),
            (Step.ACKNOWLEDGE, {}),
            (Step.PROPOSE_SOLUTION, {"solution_text": spec["measure"]}),
            (Step.CLOSE, {"public_summary": spec["summary"], "public_measure": spec["measure"]}),
            (
                Step.CHECK_SATISFACTION,
                {"satisfaction_outcome": SatisfactionOutcome.SATISFIED.value},
            ),
        ],
        received,
        [0, 4, 16, 5, 14],
    )


def _random_case(
    db: Database, ids: dict[str, dict[str, int]], rng: random.Random, year: int
) -> None:
    last_day = min(date(year, 12, 31), today())
    if year == today().year and rng.random() < 0.6:
        # Recent work: these cases are still at every stage of the procedure.
        received = today() - timedelta(days=rng.randrange(0, 45))
    else:
        span = (last_day - date(year, 1, 1)).days + 1
        received = date(year, 1, 1) + timedelta(days=rng.randrange(span))
    category, description, summary, measure = rng.choice(TOPICS)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    kind = rng.choice(list(ReactionKind))
    serious = rng.random() < 0.12
    location = rng.choice(list(ids["locations"]))
    values: dict[str, Any] = {
        "received_on": received,
        "channel": rng.choice([c.value for c in Channel]),
        "kind": kind.value,
        "severity": (Severity.SERIOUS if serious else Severity.NORMAL).value,
        "funding": "youth_care" if rng.random() < 0.3 else "childcare",
        "location_id": ids["locations"][location],
        "category_id": ids["categories"][category],
        "submitter_name": f"{first} {last}",
        "submitter_email": f"{first.lower()}.{last.lower().replace(' ', '')}@example.org",
        "submitter_phone": f"06-{rng.randrange(10_000_000, 99_999_999)}",
        "submitter_address": f"{rng.choice(STREETS)} {rng.randrange(1, 180)}",
        "submitter_postcode": f"56{rng.randrange(10, 99)} {rng.choice(['AB', 'KL', 'TR'])}",
        "submitter_city": "Eindhoven",
        "child_name": rng.choice(CHILD_NAMES),
        "description": description,
    }
    case = cases.register_case(db, values=values)
    handler = rng.choice(
        [
            ids["staff"][n]
            for n in (
                "Fatima El Amrani",
                "Bas Mulder",
                "Lotte de Graaf",
                "Joost Timmermans",
                "Esther van den Berg",
                "Sven Bosman",
            )
        ]
    )
    age = (today() - received).days
    # How far the case got: old cases are finished, recent ones are at every stage.
    stage = 5 if age > 60 else rng.randrange(0, 6)
    if serious:
        case = case_records.record_informed(
            db,
            case_id=case.id,
            role=InformedRole.DIRECTOR,
            informed_on=received,
            staff_id=ids["staff"]["Wilma Hendriks"],
        )
        case = case_records.record_informed(
            db,
            case_id=case.id,
            role=InformedRole.CLUSTER_MANAGER,
            informed_on=received,
            staff_id=ids["staff"]["Esther van den Berg"],
        )
        first_step: tuple[Step, dict[str, Any]] = (
            Step.RECORD_DIRECTOR_DECISION,
            {
                "handler_id": handler,
                "director_decision": "De clustermanager neemt de afhandeling op zich.",
            },
        )
    else:
        first_step = (Step.ASSIGN_HANDLER, {"handler_id": handler})
    steps: list[tuple[Step, dict[str, Any]]] = [
        first_step,
        (Step.ACKNOWLEDGE, {}),
        (Step.PROPOSE_SOLUTION, {"solution_text": measure}),
        (Step.CLOSE, {"public_summary": summary, "public_measure": measure}),
        (
            Step.CHECK_SATISFACTION,
            {"satisfaction_outcome": rng.choice(list(SatisfactionOutcome)).value},
        ),
    ][:stage]
    late = rng.random() < 0.2
    gaps = [
        rng.randrange(0, 3),
        rng.randrange(2, 12 if late else 7),
        rng.randrange(8, 30 if late else 18),
        rng.randrange(2, 10),
        rng.randrange(10, 25),
    ]
    if stage >= 2 and rng.random() < 0.3:
        case = walk(db, case, steps[:2], received, gaps[:2])
        case = case_records.add_note(
            db,
            case_id=case.id,
            text="Gesprek met ouder gevoerd; afspraken vastgelegd in het dossier.",
            is_agreement=True,
        )
        if rng.random() < 0.4:
            case = case_records.add_extension(
                db,
                case_id=case.id,
                days=14,
                reason="Gesprek met alle betrokkenen kost meer tijd.",
                decided_on=min(received + timedelta(days=15), today()),
            )
        case = walk(
            db, case, steps[2:], min(received + timedelta(days=sum(gaps[:2])), today()), gaps[2:]
        )
    else:
        case = walk(db, case, steps, received, gaps)
    if 0 < stage < 3 and rng.random() < 0.1:
        case = cases.perform_step(
            db,
            case_id=case.id,
            version=case.version,
            step=Step.WITHDRAW,
            values={
                "withdraw_reason": "Ouder heeft de klacht ingetrokken "
                "na een goed gesprek op de locatie."
            },
        )
    if stage >= 4 and rng.random() < 0.25:
        started = min(received + timedelta(days=30), today())
        case_records.add_improvement(
            db,
            case_id=case.id,
            title=measure.split(";")[0].split(" en ")[0].rstrip("."),
            owner_id=ids["staff"]["Noor Vermeulen"],
            started_on=started,
            due_on=started + timedelta(days=90),
            parent_committee_involved=rng.random() < 0.5,
        )
        # Old actions are finished by now; recent ones are at every stage.
        if (today() - started).days > 150 or rng.random() < 0.5:
            detail = cases.get_case(db, case.id)
            case_records.update_improvement(
                db, improvement_id=detail.improvements[-1].id, status=ImprovementStatus.DONE
            )
    if kind in (ReactionKind.COMPLAINT, ReactionKind.DISSATISFACTION) and rng.random() < 0.12:
        body = (
            EscalationBody.AKJ
            if values["funding"] == "youth_care"
            else rng.choice([EscalationBody.COMPLAINTS_DESK, EscalationBody.DISPUTES_COMMITTEE])
        )
        submitted = min(received + timedelta(days=40), today())
        detail = case_records.add_escalation(db, case_id=case.id, body=body, submitted_on=submitted)
        if age > 120:
            case_records.record_escalation_outcome(
                db,
                escalation_id=detail.escalations[-1].id,
                outcome=rng.choice(
                    [
                        EscalationOutcome.RESOLVED,
                        EscalationOutcome.REJECTED,
                        EscalationOutcome.PARTLY_UPHELD,
                    ]
                ),
                outcome_on=min(submitted + timedelta(days=60), today()),
            )
