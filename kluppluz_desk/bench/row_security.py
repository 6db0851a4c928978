"""Benchmark of row-level security on PostgreSQL (issue 12): the case list's page, a
search keystroke and the dashboard, with and without the server's policies.

    python -m kluppluz_desk.bench.row_security --pg-url postgresql+psycopg://postgres@host/postgres

(Its own command, like bench.dashboard: the main benchmark runs on SQLite.)

The URL is an administrator's connection (CREATEDB and CREATEROLE): a fresh database with
N generated cases (5 % confidential) is made on that server and dropped afterwards, with
two personal logins (`grant_access`). `--keep-database NAME` builds that database once and
reuses it on later runs (filling 100,000 cases takes over a minute; a reused one is upgraded to
the newest migration, so a before/after comparison needs no rebuild). Three ways of
working are timed:

- `pg_<x>_ms`: the database owner, no filter at all (K&V on a server without logins);
- `pg_<x>_manager_norls_ms`: the owner's connection with the program's own filter for a
  location manager (what the manager saw before row-level security);
- `pg_<x>_manager_rls_ms`: the manager's own login, the server's policies and field
  triggers on top of the program's filter; `pg_<x>_kv_rls_ms`: a K&V login through the
  policies (which see everything).

<x> is `page_200_sorted` (id list newest first + one page of 200 rows),
`search_keystroke` ("Ouder 4711": filtered ids + first page) and `dashboard`.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import make_url

from ..domain.access import Viewer
from ..services.access import apply_access, grant_access, viewer_in
from ..services.cases.listing import CaseFilter, CaseSort, case_ids, rows_for_ids
from ..services.dashboard.compute import compute_dashboard
from ..services.database import Database, open_database
from ..services.masterdata.defaults import seed_defaults
from ..services.transfer.json_io import export_document, import_document
from ..store.models import Case, Staff

Timer = Callable[..., tuple[float, Any]]
_NEWEST = CaseSort("received_on", descending=True)


def _work(db: Database, timed: Timer, suffix: str) -> dict[str, Any]:
    def page() -> Any:
        return rows_for_ids(db, case_ids(db, CaseFilter(), _NEWEST)[:200])

    def search() -> Any:
        return rows_for_ids(db, case_ids(db, CaseFilter(text="Ouder 4711"), _NEWEST)[:200])

    out: dict[str, Any] = {}
    out[f"pg_page_200_sorted{suffix}_ms"], rows = timed(page)
    out[f"pg_search_keystroke{suffix}_ms"], _ = timed(search)
    out[f"pg_dashboard{suffix}_ms"], _ = timed(lambda: compute_dashboard(db))
    out[f"pg_cases_seen{suffix}"] = len(case_ids(db, CaseFilter()))
    del rows
    return out


@contextmanager
def scratch_database(admin_url: str, keep: str | None = None) -> Iterator[str]:
    """A database on the server of `admin_url`: a fresh one dropped afterwards, or the
    kept database `keep` (created when missing, never dropped)."""
    name = keep or f"kluppluz_bench_rls_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if keep is None:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if keep is None or not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        if keep is None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _drop_logins(url: str, logins: list[str]) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for login in logins:
            conn.execute(text(f'DROP OWNED BY "{login}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    engine.dispose()


def _login_url(url: str, login: str, password: str) -> str:
    return (
        make_url(url).set(username=login, password=password).render_as_string(hide_password=False)
    )


_KV_LOGIN = "kv-bench"


def _fill(db: Database, count: int) -> tuple[int, int]:
    """`count` cases, every twentieth confidential; returns (manager id, K&V id). A kept
    database that already holds cases is used as it is."""
    from .core import build_document

    with db.unit() as session:
        kv_id = session.scalar(select(Staff.id).where(Staff.login == _KV_LOGIN))
        if kv_id is not None and session.scalar(select(func.count(Case.id))):
            return 1, kv_id
        seed_defaults(session)
    import_document(db, build_document(export_document(db), count))
    with db.unit() as session:
        session.execute(
            update(Case).where(Case.id % 20 == 0).values(confidential=True,
                                                         confidential_reason="safety")
        )  # fmt: skip
        session.execute(text("ANALYZE"))  # fresh statistics, as autovacuum would give
        kv = Staff(name="K&V Benchmark", role="quality_officer", email="", login=_KV_LOGIN)
        session.add(kv)
        session.flush()
        return 1, kv.id  # staff 1 manages "Locatie 01" (bench.core)


def _ratios(out: dict[str, Any]) -> dict[str, float]:
    """RLS / no RLS per key: the manager against the program's filter alone, K&V against
    the owner without any filter (issue 12.7: each at most 2)."""
    ratios = {}
    for what in ("page_200_sorted", "search_keystroke", "dashboard"):
        for rls, plain in (("_manager_rls", "_manager_norls"), ("_kv_rls", "")):
            base = out[f"pg_{what}{plain}_ms"]
            ratios[f"pg_{what}{rls}_ratio"] = round(out[f"pg_{what}{rls}_ms"] / base, 2)
    return ratios


def row_security_figures(
    admin_url: str, count: int, timed: Timer, keep: str | None = None
) -> dict[str, Any]:
    """The keys of the module docstring for `count` cases on the server of `admin_url`
    (in the kept database `keep` when given)."""
    tag = f"{os.getpid()}"
    password = secrets.token_urlsafe(18)
    manager_login, kv_login = f"bench_manager_{tag}", f"bench_kv_{tag}"
    out: dict[str, Any] = {"pg_rls_cases": count}
    with scratch_database(admin_url, keep) as url:
        owner = open_database(url, user="bench")
        try:
            manager_id, kv_id = _fill(owner, count)
            grant_access(owner, manager_id, manager_login, password)
            grant_access(owner, kv_id, kv_login, password)
            out.update(_work(owner, timed, ""))
            with owner.unit() as session:
                manager: Viewer | None = viewer_in(session, "m1")
            owner.access = manager
            out.update(_work(owner, timed, "_manager_norls"))
        finally:
            owner.dispose()
        try:
            for login, suffix in ((manager_login, "_manager_rls"), (kv_login, "_kv_rls")):
                db = open_database(_login_url(url, login, password), user="bench")
                try:
                    apply_access(db)
                    out.update(_work(db, timed, suffix))
                finally:
                    db.dispose()
        finally:
            _drop_logins(url, [manager_login, kv_login])
    out["pg_rls_cases"] = out["pg_cases_seen"]
    out.update(_ratios(out))
    out["load_average_1_5_15"] = [round(x, 2) for x in os.getloadavg()]
    return out


def main(argv: list[str] | None = None) -> int:
    from .timing import timed as _timed

    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.row_security")
    parser.add_argument("--pg-url", required=True, help="an administrator's PostgreSQL URL")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--keep-database", metavar="NAME", help="build once, reuse later")
    args = parser.parse_args(argv)
    figures = row_security_figures(args.pg_url, args.cases, _timed, args.keep_database)
    json.dump(figures, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
