"""`python -m kluppluz_desk.bench.side_by_side --db-url URL [--cases 10000] [--blocks 15]`:
the case list's figures on SQLite and PostgreSQL measured in turns, in one process.

The full benchmark runs SQLite and PostgreSQL one after the other, minutes apart; on a
shared machine whose load changes by the minute their ratio then says more about the
load than about the database (a run gave `letter_one_ms` 15 ms on SQLite and 55 ms on
PostgreSQL, for the same code). Here both databases hold the same generated cases and
each figure is taken in alternating blocks of 20 calls, SQLite then PostgreSQL, so both
see the same minutes; the medians of all calls and their ratio are printed as JSON with
the load average before and after. `--db-url` must name an EMPTY PostgreSQL database.
With `--vacuum` the server's case table is vacuumed first (`VACUUM (ANALYZE)`): the state
a minute after an import, once autovacuum came by; without it the figures are taken while
autovacuum may still be working through the freshly imported rows, as in the full
benchmark.

Keys (the calls of `bench.core._list_figures`, plus the header click as the list does it
since round 4b): `search_keystroke_ms` (`ids_with_first_rows`, as the list since round
5b), `search_keystroke_two_statements_ms` (`case_ids`, then `rows_for_ids`: before round
5b), `page_200_sorted_ms`, `sort_by_location_ms`,
`header_click_location_ms` (`sorted_start` and the rows of its first page),
`header_click_known_count_ms` (the same with the count the list already has: a header
click since round 5b), each as
`<key>` → {"sqlite": ms, "postgresql": ms, "ratio": pg ÷ sqlite}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..services.cases.first_page import ids_with_first_rows
from ..services.cases.listing import CaseFilter, CaseSort, case_ids, rows_for_ids
from ..services.cases.paging import sorted_start
from ..services.database import Database, open_database
from ..services.masterdata.defaults import seed_defaults
from ..services.transfer.json_io import export_document, import_document
from .core import build_document

BLOCK = 20
NEWEST = CaseSort("received_on", descending=True)


def _filled(url: str, count: int) -> Database:
    db = open_database(url, user="bench")
    with db.unit() as session:
        seed_defaults(session)
    import_document(db, build_document(export_document(db), count))
    return db


def _calls(db: Database) -> dict[str, Callable[[], object]]:
    page = case_ids(db, CaseFilter(), NEWEST)[:200]

    def header_click(known_total: int | None = None) -> object:
        by_location = CaseSort("location", descending=False)
        start = sorted_start(db, CaseFilter(), by_location, 200, known_total)
        if start is None:
            return ids_with_first_rows(db, CaseFilter(), by_location, 200)
        return rows_for_ids(db, start.first_ids[:200])

    total = len(case_ids(db, CaseFilter()))

    return {
        "search_keystroke_ms": lambda: ids_with_first_rows(
            db, CaseFilter(text="Ouder 4711"), NEWEST, 200
        ),
        # the same before round 5b: two statements (ids, then the page)
        "search_keystroke_two_statements_ms": lambda: rows_for_ids(
            db, case_ids(db, CaseFilter(text="Ouder 4711"), NEWEST)[:200]
        ),
        "page_200_sorted_ms": lambda: rows_for_ids(db, page),
        "sort_by_location_ms": lambda: rows_for_ids(
            db, case_ids(db, CaseFilter(), CaseSort("location"))[:200]
        ),
        "header_click_location_ms": header_click,
        # the list's header click since round 5b: the count of its last reload is reused
        "header_click_known_count_ms": lambda: header_click(total),
    }


def side_by_side(count: int, pg_url: str, blocks: int, *, vacuum: bool = False) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="kluppluz-side-"))
    dbs = {
        "sqlite": _filled(f"sqlite:///{folder / 'bench.sqlite3'}", count),
        "postgresql": _filled(pg_url, count),
    }
    if vacuum:
        with dbs["postgresql"].engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM (ANALYZE) case_record"
            )
    out: dict[str, Any] = {"cases": count, "vacuumed": vacuum, "load_before": os.getloadavg()}
    calls = {name: _calls(db) for name, db in dbs.items()}
    for key in calls["sqlite"]:
        times: dict[str, list[float]] = {name: [] for name in dbs}
        for _ in range(blocks):
            for name in dbs:  # in turns: both databases see the same minutes
                call = calls[name][key]
                for _ in range(BLOCK):
                    start = time.perf_counter()
                    call()
                    times[name].append((time.perf_counter() - start) * 1000)
        medians = {name: round(statistics.median(t), 2) for name, t in times.items()}
        out[key] = {**medians, "ratio": round(medians["postgresql"] / medians["sqlite"], 2)}
    out["load_after"] = os.getloadavg()
    for db in dbs.values():
        db.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.side_by_side")
    parser.add_argument("--db-url", required=True, help="an EMPTY PostgreSQL database")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--blocks", type=int, default=15)
    parser.add_argument("--vacuum", action="store_true", help="VACUUM the server's cases first")
    args = parser.parse_args(argv)
    out = side_by_side(args.cases, args.db_url, args.blocks, vacuum=args.vacuum)
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
