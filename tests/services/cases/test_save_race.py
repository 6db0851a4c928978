"""Two people save the same case at the same moment: the later one is told what the other
changed, on PostgreSQL as on SQLite (the row is locked before its version is checked)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from kluppluz_desk.domain.errors import ConflictError
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases.editing import apply_changes, check_version
from kluppluz_desk.services.cases.view import load_case
from kluppluz_desk.services.database import Database, open_database
from tests.factories import make_case, seed


def _wait_until_blocked(db: Database, seconds: float = 5.0) -> None:
    if db.backend != "postgresql":
        time.sleep(0.5)  # SQLite: the second writer waits in BEGIN IMMEDIATE
        return
    deadline = time.monotonic() + seconds
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock'"
    )
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            if conn.execute(query).scalar():
                return
        time.sleep(0.02)
    pytest.fail("the second save never waited for the first")


def test_the_later_save_names_what_the_other_changed(db: Database, db_url: str) -> None:
    case = make_case(db, seed(db), submitter_name="Anne Zomer")
    other = open_database(db_url, user="kv-collega")
    outcome: list[BaseException | None] = []

    def second_save() -> None:
        try:
            cases.update_case(other, case_id=case.id, version=case.version,
                              values={"child_name": "Bram"})  # fmt: skip
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    try:
        with db.unit() as session:
            loaded = load_case(session, case.id)
            check_version(session, loaded, case.version)
            apply_changes(session, loaded, "kv-tester", {"submitter_name": "Anne Winter"})
            session.flush()
            racer = threading.Thread(target=second_save)
            racer.start()
            _wait_until_blocked(db)
        racer.join(10)
    finally:
        other.dispose()
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError), outcome
    error = outcome[0]
    assert error.changes and "Anne Winter" in error.message, error.message
    assert cases.get_case(db, case.id).fields["child_name"] != "Bram"
