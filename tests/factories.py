"""Factories for tests: seeded master data and cases in any state of the procedure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kluppluz_desk.domain.enums import InformedRole
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.dto import CaseDetail
from kluppluz_desk.services.masterdata import items as masterdata
from kluppluz_desk.services.masterdata.defaults import seed_defaults


@dataclass(frozen=True)
class Seeded:
    regions: dict[str, int]
    locations: dict[str, int]
    staff: dict[str, int]
    categories: dict[str, int]
    services: dict[str, int]


def seed(db: Database) -> Seeded:
    """Default lists plus two locations and four staff members (fictional people)."""
    with db.unit() as session:
        seed_defaults(session)
    regions = {r.name: r.id for r in masterdata.list_items(db, "region")}
    staff = {}
    for name, role, login in (
        ("Marloes van Dijk", "location_manager", "mvandijk"),
        ("Johan Smits", "cluster_manager", "jsmits"),
        ("Ingrid Willems", "director", "iwillems"),
        ("Kees Verhoeven", "quality_officer", "kv-tester"),
    ):
        staff[name] = masterdata.save_item(
            db,
            "staff",
            {"name": name, "role": role, "email": f"{login}@kluppluz.example", "login": login},
        ).id
    locations = {}
    for name, region in (
        ("Venetiëstraat", "Eindhoven"),
        ("KluppluZ Ulvenhout", "Eindhoven"),
        ("Arnhem Centrum", "Arnhem"),
    ):
        locations[name] = masterdata.save_item(
            db,
            "location",
            {
                "name": name,
                "region_id": regions[region],
                "cluster": "Cluster Zuid",
                "location_manager_id": staff["Marloes van Dijk"],
                "cluster_manager_id": staff["Johan Smits"],
            },
        ).id
    categories = {c.name: c.id for c in masterdata.list_items(db, "category")}
    services = {s.name: s.id for s in masterdata.list_items(db, "service")}
    return Seeded(regions, locations, staff, categories, services)


def case_values(seeded: Seeded, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "received_on": today() - timedelta(days=3),
        "channel": "email",
        "kind": "complaint",
        "location_id": seeded.locations["Venetiëstraat"],
        "category_id": seeded.categories["Veiligheid"],
        "submitter_name": "Sanne Bakker",
        "submitter_email": "sanne.bakker@example.org",
        "description": "Ouder maakt zich zorgen over het ophalen van haar zoon.",
    }
    values.update(overrides)
    return values


def judge(db: Database, case: CaseDetail, verdict: Verdict = Verdict.UPHELD) -> CaseDetail:
    """Record the reasoned judgment the law asks before a complaint can be closed."""
    return cases.save_judgment(
        db,
        case_id=case.id,
        version=case.version,
        parts=[
            JudgmentPartData(
                "De overdracht bij het ophalen", verdict, "De afspraken waren niet duidelijk."
            )
        ],
        measures_due_on=today() + timedelta(days=28),
    )


def make_case(
    db: Database,
    seeded: Seeded,
    *,
    upto: Step | None = None,
    judged: bool = True,
    **overrides: Any,
) -> CaseDetail:
    """Register a case and walk it through the procedure up to and including `upto`
    (with a reasoned judgment before closing, unless `judged` is False)."""
    case = cases.register_case(db, values=case_values(seeded, **overrides))
    if upto is None:
        return case
    handler = seeded.staff["Marloes van Dijk"]
    plan: list[tuple[Step, dict[str, Any]]] = [
        (Step.ASSIGN_HANDLER, {"handler_id": handler}),
        (Step.ACKNOWLEDGE, {}),
        (Step.PROPOSE_SOLUTION, {"solution_text": "Gesprek met ouder en extra overdracht."}),
        (
            Step.CLOSE,
            {
                "public_summary": "Ouder had vragen over de overdracht bij het ophalen.",
                "public_measure": "Werkwijze voor de overdracht is aangescherpt.",
            },
        ),
        (Step.CHECK_SATISFACTION, {"satisfaction_outcome": "satisfied"}),
    ]
    if case.status.value == "awaiting_director":
        case = case_records.record_informed(
            db,
            case_id=case.id,
            role=InformedRole.DIRECTOR,
            informed_on=case.fields["received_on"],
            staff_id=seeded.staff["Ingrid Willems"],
        )
        plan[0] = (
            Step.RECORD_DIRECTOR_DECISION,
            {"handler_id": handler, "director_decision": "Locatieverantwoordelijke pakt op."},
        )
    on = case.fields["received_on"]
    for step, values in plan:
        on = min(on + timedelta(days=1), today())
        if step is Step.CLOSE and judged:
            case = judge(db, case)
        case = cases.perform_step(
            db,
            case_id=case.id,
            version=case.version,
            step=step,
            on=max(on, case.fields["received_on"]),
            values=values,
        )
        if step is upto:
            break
    return case


def days_ago(n: int) -> date:
    return today() - timedelta(days=n)
