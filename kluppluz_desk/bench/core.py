"""Benchmark: `python -m kluppluz_desk.bench [--cases N] [--keep FILE]`.

Generates N cases (default 100,000) over 10 years and 40 locations into a fresh SQLite
file and prints JSON figures, each beside the same work done in raw sqlite3 where that
makes sense (the floor). Keys are stable; see docs/benchmark.md. Later work adds keys.
"""

from __future__ import annotations

import argparse
import compileall
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.deadlines import DeadlineSettings
from ..domain.enums import CaseStatus, Channel, ReactionKind, SatisfactionOutcome
from ..process_memory import peak_memory_mb
from ..services.cases.first_page import ids_with_first_rows
from ..services.cases.listing import CaseFilter, CaseSort, case_ids, rows_for_ids
from ..services.database import Database, open_database
from ..services.masterdata.defaults import seed_defaults
from ..services.transfer.json_io import export_document, import_document
from .file_import import file_import_figures
from .goals import ratios, verdicts
from .timing import timed as _timed

YEARS = 10
LOCATIONS = 40


def build_document(template: dict[str, Any], count: int, seed: int = 7) -> dict[str, Any]:
    """An export document with `count` generated cases and 40 locations."""
    rng = random.Random(seed)
    doc: dict[str, Any] = json.loads(json.dumps(template))
    region_ids = [r["id"] for r in doc["region"]]
    doc["staff"] = [
        {
            "id": i,
            "name": f"Medewerker {i:02d}",
            "role": "location_manager",
            "email": f"m{i}@kluppluz.example",
            "login": f"m{i}",
            "active": True,
            "is_administrator": False,
        }
        for i in range(1, 41)
    ]
    doc["location"] = [
        {
            "id": i,
            "name": f"Locatie {i:02d}",
            "region_id": region_ids[i % len(region_ids)],
            "cluster": f"Cluster {i % 6}",
            "address": "",
            "location_manager_id": i,
            "cluster_manager_id": None,
            "regional_manager_id": None,
            "active": True,
        }
        for i in range(1, LOCATIONS + 1)
    ]
    category_ids = [c["id"] for c in doc["category"]]
    statuses = [s.value for s in CaseStatus]
    kinds = [k.value for k in ReactionKind]
    channels = [c.value for c in Channel]
    outcomes = [o.value for o in SatisfactionOutcome]
    first_year = date.today().year - YEARS + 1
    per_year: dict[int, int] = {}
    stamp = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    ds = DeadlineSettings()
    cases = []
    for i in range(1, count + 1):
        year = first_year + (i - 1) * YEARS // count
        received = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        received = min(received, date.today())
        per_year[year] = per_year.get(year, 0) + 1
        # As in real life: only recent cases are still open; older ones are finished.
        recent = (date.today() - received).days < 60
        status = (
            rng.choice(statuses)
            if recent
            else ("withdrawn" if rng.random() < 0.03 else "satisfaction_checked")
        )
        step = statuses.index(status) if status != "withdrawn" else 0
        # Step dates never lie in the future (the import's rules refuse them).
        now = date.today()
        acknowledged = min(received + timedelta(days=rng.randrange(1, 10)), now)
        proposed = min(received + timedelta(days=rng.randrange(5, 30)), now)
        closed = min(received + timedelta(days=30), now)
        checked = min(closed + timedelta(days=14), now)
        due, clock = {
            "registered": (received + timedelta(days=ds.acknowledgement_days), "acknowledgement"),
            "awaiting_director": (
                received + timedelta(days=ds.acknowledgement_days),
                "acknowledgement",
            ),
            "assigned": (received + timedelta(days=ds.acknowledgement_days), "acknowledgement"),
            "acknowledged": (received + timedelta(days=ds.solution_days), "solution"),
            "solution_proposed": (received + timedelta(days=ds.legal_days), "legal"),
            "closed": (closed + timedelta(days=ds.satisfaction_days), "satisfaction"),
        }.get(status, (None, None))
        cases.append(
            {
                "id": i,
                "reference": f"KR-{year}-{per_year[year]:05d}",
                "year": year,
                "number": per_year[year],
                "received_on": received.isoformat(),
                "channel": rng.choice(channels),
                "kind": rng.choice(kinds),
                "severity": "serious" if rng.random() < 0.05 else "normal",
                "status": status,
                "funding": "childcare",
                "location_id": rng.randrange(1, LOCATIONS + 1),
                "service_id": None,
                "category_id": rng.choice(category_ids),
                "handler_id": rng.randrange(1, 41),
                "submitter_kind": "parent",
                "submitter_name": f"Ouder {i}",
                "submitter_address": "",
                "submitter_postcode": "",
                "submitter_city": "",
                "submitter_email": f"ouder{i}@example.org",
                "submitter_phone": "",
                "child_name": "",
                "child_birth_date": None,
                "description": f"Omschrijving van klantreactie {i} over de opvang en communicatie.",
                "public_summary": f"Samenvatting {i}",
                "public_measure": f"Maatregel {i}",
                "director_decision": "",
                "director_decided_on": None,
                "acknowledged_on": acknowledged.isoformat() if step >= 3 else None,
                "solution_text": "",
                "solution_proposed_on": proposed.isoformat() if step >= 4 else None,
                "closed_on": closed.isoformat() if step >= 5 else None,
                "closure_text": "",
                "satisfaction_outcome": rng.choice(outcomes) if step >= 6 else None,
                "satisfaction_note": "",
                "satisfaction_checked_on": checked.isoformat() if step >= 6 else None,
                "withdraw_reason": "",
                "regime": None,
                "regime_reason": "",
                "measures_due_on": None,
                "confidential": False,
                "confidential_reason": "",
                "next_due_on": due.isoformat() if due else None,
                "next_due_clock": clock,
                "created_at": stamp,
                "created_by": "bench",
                "updated_at": stamp,
                "version": 1,
            }
        )
    doc["case_record"] = cases
    return doc


def _raw_floor_import(path: Path, doc: dict[str, Any]) -> tuple[float, float]:
    """The same rows into the same schema (indexes and search triggers included) with
    plain sqlite3 `executemany`, in one transaction: what the import cannot beat. Wall
    clock and processor time in ms."""
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for table in ("region", "staff", "location", "category", "service", "case_record"):
        rows = doc[table]
        if not rows:
            continue
        columns = list(rows[0])
        conn.execute(f"DELETE FROM {table}")
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [tuple(r[c] for c in columns) for r in rows],
        )
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    conn.close()
    return round(elapsed, 1), round(cpu_ms, 1)


def run(count: int, keep: Path | None, db_url: str | None = None) -> dict[str, Any]:
    """With `db_url` (an empty PostgreSQL database) the same figures there; the floors in
    raw sqlite3 and the window figures, which open a file, are then left out."""
    _compile_program()
    folder = Path(tempfile.mkdtemp(prefix="kluppluz-bench-"))
    db_path = keep or folder / "bench.sqlite3"
    if db_url is None and db_path.exists():
        db_path.unlink()
    db = open_database(db_url or f"sqlite:///{db_path}", user="bench")
    with db.unit() as session:
        seed_defaults(session)
    doc = build_document(export_document(db), count)
    figures: dict[str, Any] = {"cases": count, "database": db.backend if db_url else str(db_path)}

    start, cpu = time.perf_counter(), time.process_time()
    import_document(db, doc)
    figures["import_ms"] = round((time.perf_counter() - start) * 1000, 1)
    # Processor time too: on a shared machine the wall clock says more about the others.
    figures["import_cpu_ms"] = round((time.process_time() - cpu) * 1000, 1)
    if db_url is None:
        floor = _raw_floor_import(folder / "floor.sqlite3", doc)
        figures["import_raw_sqlite_ms"], figures["import_raw_sqlite_cpu_ms"] = floor
    del doc

    figures.update(_list_figures(db, None if db_url else db_path))
    if db_url is None:  # the demo always goes into a new SQLite file
        figures["demo_load_ms"] = demo_load_ms(folder / "demo.sqlite3")
        figures.update(file_import_figures(db, folder))  # a child process, like a person
    figures.update(_optional_figures(db))
    figures["peak_memory_mb"] = peak_memory_mb()
    db.dispose()
    figures["ratios"] = ratios(figures)  # each figure ÷ its floor (bench.goals)
    figures["goals"] = verdicts(figures)
    return figures


def _compile_program() -> None:
    """The program's bytecode written before anything is timed, as an installed program
    has it (pip and the bundle compile every module). Without it, a checkout run with
    PYTHONDONTWRITEBYTECODE compiled every changed module again in each child process:
    0.1-0.15 s of the first paint and of the report command."""
    compileall.compile_dir(str(Path(__file__).resolve().parents[1]), quiet=1)


def demo_load_ms(path: Path) -> float:
    """The first-run "Load demo data" into a new file, once (it takes seconds)."""
    from ..services.demo import load_demo

    demo_db = open_database(f"sqlite:///{path}", user="bench")
    start = time.perf_counter()
    load_demo(demo_db)
    elapsed = (time.perf_counter() - start) * 1000
    demo_db.dispose()
    return round(elapsed, 1)


def _list_figures(db: Database, db_path: Path | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    newest = CaseSort("received_on", descending=True)
    out["id_list_ms"], ids = _timed(lambda: case_ids(db, CaseFilter(), newest))
    out["page_200_sorted_ms"], _ = _timed(lambda: rows_for_ids(db, ids[:200]))
    out["search_keystroke_ms"], _ = _timed(  # what the list model's reload calls
        lambda: ids_with_first_rows(db, CaseFilter(text="Ouder 4711"), newest, 200)
    )
    out["sort_by_location_ms"], _ = _timed(
        lambda: rows_for_ids(db, case_ids(db, CaseFilter(), CaseSort("location"))[:200])
    )
    if db_path is None:
        return out
    conn = sqlite3.connect(db_path)
    out["id_list_raw_sqlite_ms"], _ = _timed(
        lambda: conn.execute(
            "SELECT id FROM case_record ORDER BY received_on DESC, id DESC"
        ).fetchall()
    )
    page = ids[:200]
    out["page_200_raw_sqlite_ms"], _ = _timed(
        lambda: conn.execute(
            "SELECT c.id, c.reference, c.received_on, l.name, g.name, c.kind, s.name, c.status, "
            "c.next_due_on, c.next_due_clock, c.severity, c.confidential FROM case_record c "
            "JOIN location l ON l.id = c.location_id "
            "LEFT JOIN category g ON g.id = c.category_id LEFT JOIN staff s ON s.id = c.handler_id "
            f"WHERE c.id IN ({', '.join('?' for _ in page)})",
            page,
        ).fetchall()
    )
    conn.close()
    return out


def _optional_figures(db: Database) -> dict[str, Any]:
    """Figures of the report, dashboard and letters parts (`bench.parts`)."""
    # Imported here: the parts pull in ReportLab, which the case-list figures do not need.
    from .parts import figures
    from .sql_floors import sql_floors

    extra: dict[str, Any] = figures(db, _timed)
    extra.update(sql_floors(db, _timed))
    return extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the generated database at this path")
    parser.add_argument(
        "--db-url", help="an EMPTY PostgreSQL database to measure instead of a new SQLite file"
    )
    args = parser.parse_args(argv)
    json.dump(run(args.cases, args.keep, args.db_url), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
