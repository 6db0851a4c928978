"""Several benchmark runs, their medians, ratios and goals: what issue 16 asks for as its
evidence ("the benchmark's JSON from three runs with medians and ratios").

    python -m kluppluz_desk.bench.runs [--runs 3] [--cases 100000] [--pg-url ADMIN_URL]
                                       [--out FILE]

Each run is `python -m kluppluz_desk.bench` in a fresh child process (one run's memory and
caches never help the next). With `--pg-url` (a PostgreSQL login that may create
databases) every SQLite run is followed by a PostgreSQL run into a scratch database on that
server, dropped afterwards, so both see the machine in the same minutes. The JSON holds
every run, the median of each numeric key, the ratios to the floors and the goals
(`bench.goals`) computed from the medians, PostgreSQL ÷ SQLite, and the load average
before and after. A summary of the goals goes to standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .goals import postgres_ratios, ratios, verdicts
from .row_security import scratch_database

TIMEOUT_S = 1800


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def one_run(cases: int, db_url: str | None = None) -> dict[str, Any]:
    """One benchmark in a child process; its JSON, or {"error": ...}."""
    command = [sys.executable, "-m", "kluppluz_desk.bench", "--cases", str(cases)]
    if db_url is not None:
        command += ["--db-url", db_url]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S,
                          check=False)  # fmt: skip
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    figures: dict[str, Any] = json.loads(done.stdout)
    figures["run_s"] = round(time.perf_counter() - started, 1)
    return figures


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of every numeric key over the runs that have it."""
    keys: list[str] = []
    for run in runs:
        keys += [k for k in run if k not in keys]
    out: dict[str, Any] = {}
    for key in keys:
        values = [r[key] for r in runs if isinstance(r.get(key), int | float)]
        values = [v for v in values if not isinstance(v, bool)]
        if values:
            out[key] = round(statistics.median(values), 2)
    return out


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    good = [r for r in runs if "error" not in r]
    middle = medians(good)
    return {"runs": runs, "median": middle, "ratios": ratios(middle), "goals": verdicts(middle)}


def run_all(count: int, cases: int, pg_url: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {"cases": cases, "runs": count, "load_before": _load(),
                              "started": time.strftime("%Y-%m-%d %H:%M:%S")}  # fmt: skip
    sqlite_runs: list[dict[str, Any]] = []
    pg_runs: list[dict[str, Any]] = []
    for number in range(count):
        print(f"run {number + 1}/{count}: SQLite", file=sys.stderr, flush=True)
        sqlite_runs.append(one_run(cases))
        if pg_url is not None:
            print(f"run {number + 1}/{count}: PostgreSQL", file=sys.stderr, flush=True)
            with scratch_database(pg_url) as url:
                pg_runs.append(one_run(cases, url))
    result["sqlite"] = summarise(sqlite_runs)
    if pg_url is not None:
        result["postgresql"] = summarise(pg_runs)
        result["postgresql"].update(
            postgres_ratios(result["sqlite"]["median"], result["postgresql"]["median"])
        )
    result["load_after"] = _load()
    return result


def _report(result: dict[str, Any]) -> str:
    lines = [f"{result['runs']} runs, {result['cases']} cases; load {result['load_before']}"
             f" -> {result['load_after']}"]  # fmt: skip
    for goal in result["sqlite"]["goals"]:
        lines.append(f"  {goal['state']:>12}  {goal['goal']}: {goal['value']} (limit "
                     f"{goal['limit']:g})")  # fmt: skip
    if "postgresql" in result:
        over = result["postgresql"]["over_limit"]
        lines.append(f"  PostgreSQL over {result['postgresql']['limit']:g}x SQLite: "
                     f"{', '.join(over) if over else 'none'}")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.runs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--pg-url", help="a PostgreSQL login that may create databases")
    parser.add_argument("--out", type=Path, help="write the JSON here instead of stdout")
    args = parser.parse_args(argv)
    result = run_all(args.runs, args.cases, args.pg_url)
    text = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(_report(result), file=sys.stderr)
    failed = [r for part in ("sqlite", "postgresql") for r in result.get(part, {}).get("runs", [])
              if "error" in r]  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":  # not when a test imports every module
    sys.exit(main())
