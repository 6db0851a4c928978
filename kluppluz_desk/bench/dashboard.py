"""Benchmark of the dashboard: how long `compute_dashboard` takes on a big database.

    python -m kluppluz_desk.bench.dashboard                 # 100,000 cases, SQLite
    python -m kluppluz_desk.bench.dashboard --cases 20000
    python -m kluppluz_desk.bench.dashboard --url postgresql+psycopg://...  # empty DB
    python -m kluppluz_desk.bench.dashboard --url sqlite:///x.sqlite3 --cases 0

`fill_database` writes fictional cases quickly with SQLAlchemy Core inserts (no ORM, no
audit trail); `bench_dashboard(db)` times the computation and is what the lead's benchmark
script calls. The target is ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from ..domain.deadlines import Clock, DeadlineSettings, compute_deadlines
from ..domain.enums import (
    CaseStatus,
    Channel,
    EscalationBody,
    EscalationOutcome,
    ImprovementStatus,
    ReactionKind,
    Severity,
    StaffRole,
)
from ..domain.today import today
from ..services.dashboard.compute import compute_dashboard
from ..services.database import Database, open_database
from ..services.masterdata.defaults import seed_defaults
from ..store.models import Case, Escalation, Extension, ImprovementAction, Location, Pause, Staff
from ..store.models.master import Region

TARGET_MS = 300.0
_NEXT_CLOCK = {
    CaseStatus.REGISTERED: Clock.ACKNOWLEDGEMENT,
    CaseStatus.AWAITING_DIRECTOR: Clock.ACKNOWLEDGEMENT,
    CaseStatus.ASSIGNED: Clock.ACKNOWLEDGEMENT,
    CaseStatus.ACKNOWLEDGED: Clock.SOLUTION,
    CaseStatus.SOLUTION_PROPOSED: Clock.LEGAL,
    CaseStatus.CLOSED: Clock.SATISFACTION,
}


def bench_dashboard(db: Database, *, runs: int = 7) -> dict[str, Any]:
    """Time `compute_dashboard` on `db`: first (cold) run and the median of `runs` more."""
    with db.unit() as session:
        cases = int(session.scalar(select(func.count(Case.id))) or 0)
    started = time.perf_counter()
    dashboard = compute_dashboard(db)
    first_ms = (time.perf_counter() - started) * 1000
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        compute_dashboard(db)
        timings.append((time.perf_counter() - started) * 1000)
    median_ms = statistics.median(timings)
    return {
        "backend": db.backend,
        "cases": cases,
        "first_ms": round(first_ms, 1),
        "median_ms": round(median_ms, 1),
        "max_ms": round(max(timings), 1),
        "target_ms": TARGET_MS,
        "within_target": median_ms <= TARGET_MS,
        "counters": {k.value: v for k, v in dashboard.counters.items()},
    }


def fill_database(db: Database, cases: int, *, seed: int = 20261123) -> None:
    """Add `cases` fictional cases over the last ten years (plus master data if missing)."""
    rng = random.Random(seed)
    day = today()
    settings = DeadlineSettings()
    with db.unit() as session:
        seed_defaults(session)
        region_ids = list(session.scalars(select(Region.id)))
        if not session.scalar(select(func.count(Staff.id))):
            session.execute(
                insert(Staff),
                [
                    {"name": f"Behandelaar {i}", "role": StaffRole.LOCATION_MANAGER, "login": ""}
                    for i in range(1, 31)
                ],
            )
        if not session.scalar(select(func.count(Location.id))):
            session.execute(
                insert(Location),
                [
                    {"name": f"Locatie {i:02d}", "region_id": region_ids[i % len(region_ids)]}
                    for i in range(1, 61)
                ],
            )
        staff_ids = list(session.scalars(select(Staff.id)))
        location_ids = list(session.scalars(select(Location.id)))
        numbers: dict[int, int] = {
            year: number
            for year, number in session.execute(
                select(Case.year, func.max(Case.number)).group_by(Case.year)
            )
        }
        # Explicit ids, so pauses and the other records can point at their case directly.
        next_id = int(session.scalar(select(func.max(Case.id))) or 0) + 1
        rows: list[dict[str, Any]] = []
        records: dict[str, list[dict[str, Any]]] = {"pause": [], "ext": [], "imp": [], "esc": []}
        for case_id in range(next_id, next_id + cases):
            rows.append(_case_row(rng, day, settings, numbers, case_id, records))
            rows[-1]["handler_id"] = rng.choice(staff_ids) if rows[-1]["handler_id"] else None
            rows[-1]["location_id"] = rng.choice(location_ids)
            if len(rows) == 5000:
                session.execute(insert(Case), rows)
                rows = []
        if rows:
            session.execute(insert(Case), rows)
        for model, key in ((Pause, "pause"), (Extension, "ext")):
            if records[key]:
                session.execute(insert(model), records[key])
        for row in records["imp"]:
            row["owner_id"] = rng.choice(staff_ids)
        if records["imp"]:
            session.execute(insert(ImprovementAction), records["imp"])
        if records["esc"]:
            session.execute(insert(Escalation), records["esc"])


def _case_row(
    rng: random.Random,
    day: date,
    settings: DeadlineSettings,
    numbers: dict[int, int],
    case_id: int,
    records: dict[str, list[dict[str, Any]]],
) -> dict[str, Any]:
    age = rng.randrange(3650)  # ten years, evenly spread
    received = day - timedelta(days=age)
    number = numbers.get(received.year, 0) + 1
    numbers[received.year] = number
    if age < 8:
        status = rng.choice([CaseStatus.REGISTERED, CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED])
    elif age < 45:
        status = rng.choice(
            [CaseStatus.ACKNOWLEDGED, CaseStatus.SOLUTION_PROPOSED, CaseStatus.CLOSED]
        )
    elif age < 60:
        status = rng.choice([CaseStatus.CLOSED, CaseStatus.SATISFACTION_CHECKED])
    else:
        status = rng.choice([CaseStatus.SATISFACTION_CHECKED] * 30 + [CaseStatus.WITHDRAWN])
    if rng.random() < 0.03 and status in (CaseStatus.REGISTERED, CaseStatus.ASSIGNED):
        status = CaseStatus.AWAITING_DIRECTOR
    reached = list(CaseStatus).index(status)
    ack = received + timedelta(days=rng.randint(1, 9)) if reached >= 3 and age > 9 else None
    solved = received + timedelta(days=rng.randint(10, 25)) if reached >= 4 and age > 25 else None
    closed = received + timedelta(days=rng.randint(26, 40)) if reached >= 5 and age > 40 else None
    if status is CaseStatus.WITHDRAWN:
        ack = solved = closed = None
    paused = extended = 0
    if rng.random() < 0.02:
        paused = rng.randint(1, 14)
        records["pause"].append(
            {"case_id": case_id, "start_on": received, "days": paused, "reason": "meting"}
        )
    if rng.random() < 0.02:
        extended = rng.randint(7, 28)
        records["ext"].append(
            {"case_id": case_id, "days": extended, "reason": "meting", "decided_on": received}
        )
    if rng.random() < 0.005:
        records["imp"].append(
            {
                "case_id": case_id,
                "title": "Werkafspraak vastleggen",
                "status": rng.choice(list(ImprovementStatus)),
                "started_on": received,
                "due_on": day + timedelta(days=rng.randint(-20, 60)),
            }
        )
    if rng.random() < 0.002:
        records["esc"].append(
            {
                "case_id": case_id,
                "body": rng.choice(list(EscalationBody)),
                "submitted_on": received + timedelta(days=30),
                "outcome": rng.choice(list(EscalationOutcome)),
            }
        )
    deadlines = compute_deadlines(
        received, settings, pause_days=[paused], extension_days=[extended], closed_on=closed
    )
    clock = _NEXT_CLOCK.get(status)
    return {
        "id": case_id,
        "reference": f"KR-{received.year}-{number:05d}",
        "year": received.year,
        "number": number,
        "received_on": received,
        "channel": rng.choice(list(Channel)),
        "kind": rng.choice(list(ReactionKind)),
        "severity": Severity.SERIOUS if status is CaseStatus.AWAITING_DIRECTOR else Severity.NORMAL,
        "status": status,
        "location_id": None,
        "handler_id": status is not CaseStatus.REGISTERED or None,
        "description": "Fictieve klantreactie voor de meting.",
        "acknowledged_on": ack,
        "solution_proposed_on": solved,
        "closed_on": closed,
        "next_due_on": deadlines.as_dict()[clock] if clock else None,
        "next_due_clock": clock,
        "version": 1,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", help="database to use (default: a new temporary SQLite file)")
    parser.add_argument("--cases", type=int, default=100_000, help="cases to add first")
    args = parser.parse_args(argv)
    url = args.url or f"sqlite:///{tempfile.mkdtemp(prefix='kd-bench-')}/bench.sqlite3"
    db = open_database(url, user="bench")
    try:
        if args.cases:
            started = time.perf_counter()
            fill_database(db, args.cases)
            print(f"filled {args.cases} cases in {time.perf_counter() - started:.1f} s")
        for key, value in bench_dashboard(db).items():
            print(f"{key}: {value}")
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
