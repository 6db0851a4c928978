"""What the command-line tests share: a seeded SQLite file and a count of its cases."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kluppluz_desk.services.database import open_database
from kluppluz_desk.store.models import Case
from tests.factories import seed


@pytest.fixture
def seeded_file(sqlite_url: str) -> str:
    db = open_database(sqlite_url, user="kv-tester")
    seed(db)
    db.dispose()
    return sqlite_url


def case_count(url: str) -> int:
    db = open_database(url, user="kv-tester")
    try:
        with db.unit() as session:
            return int(session.scalar(select(func.count()).select_from(Case)) or 0)
    finally:
        db.dispose()
