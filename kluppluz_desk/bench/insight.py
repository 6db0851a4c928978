"""Benchmark of the Inzicht figures: "insight_year_ms" is `compute_insight` for the busiest
year, every location and kind (the heaviest selection), median of five runs; the target
is ≤ 300 ms for a year of 10,000 cases (100,000 cases over ten years).

    python -m kluppluz_desk.bench.insight --cases 10000             # ten years, SQLite
    python -m kluppluz_desk.bench.insight --cases 10000 --one-year  # all in one year

`--one-year` moves every generated case into the busiest year, to time a year of exactly
`--cases` reactions without generating ten times as many.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from typing import Any

from sqlalchemy import update

from ..services.database import Database, open_database
from ..services.insight import InsightFilter, compute_insight
from ..store.models import Case
from .timing import timed
from .years import busiest_year

TARGET_MS = 300.0


def insight_figures(db: Database, timed: Callable[..., tuple[float, Any]]) -> dict[str, Any]:
    year = busiest_year(db)
    if year is None:
        return {}
    ms, _ = timed(lambda: compute_insight(db, InsightFilter(year)))
    return {"insight_year_ms": ms}


def main(argv: list[str] | None = None) -> int:
    from .dashboard import fill_database

    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.insight")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--one-year", action="store_true", help="put every case in one year")
    args = parser.parse_args(argv)
    db = open_database(f"sqlite:///{tempfile.mkdtemp(prefix='kd-insight-')}/b.sqlite3",
                       user="bench")  # fmt: skip
    try:
        fill_database(db, args.cases)
        year = busiest_year(db)
        if args.one_year and year is not None:
            with db.unit() as session:
                session.execute(
                    update(Case).values(year=year, number=Case.id + 1_000_000)
                )  # unique pair
        out = {"cases": args.cases, "year": year, **insight_figures(db, timed)}
        with db.unit() as session:
            out["cases_in_year"] = session.query(Case).filter(Case.year == year).count()
        out["target_ms"] = TARGET_MS
    finally:
        db.dispose()
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
