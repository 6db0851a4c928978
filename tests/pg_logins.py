"""Personal PostgreSQL logins for tests: a fresh database with a location manager
(Marloes van Dijk), the director and K&V, each with their own login made by
`grant_access`, as a team server has them. Used by the field-rights and identity tests."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kluppluz_desk.services import access
from kluppluz_desk.services.database import open_database
from tests.conftest import _drop_pg_database, _new_pg_database
from tests.factories import make_case, seed

PASSWORD = "een-lang-testwachtwoord"
_n = itertools.count()


@dataclass
class Logins:
    manager: str
    director: str
    kv: str
    case_id: int
    owner: str
    staff: dict[str, int]


def _url(base: str, login: str) -> str:
    return (
        make_url(base).set(username=login, password=PASSWORD).render_as_string(hide_password=False)
    )


@pytest.fixture
def logins(pg_admin_url: str, pg_template: str) -> Iterator[Logins]:
    db_url = _new_pg_database(pg_admin_url, pg_template)
    tag = f"{os.getpid()}_{next(_n)}"
    names = {who: f"t_{who}_{tag}" for who in ("manager", "director", "kv")}
    db = open_database(db_url, user="kv-tester")
    seeded = seed(db)
    case_id = make_case(db, seeded).id  # Marloes van Dijk's location
    for who, person in (("manager", "Marloes van Dijk"), ("director", "Ingrid Willems"),
                        ("kv", "Kees Verhoeven")):  # fmt: skip
        access.grant_access(db, seeded.staff[person], names[who], PASSWORD)
    db.dispose()
    urls = (_url(db_url, names[w]) for w in ("manager", "director", "kv"))
    yield Logins(*urls, case_id, db_url, seeded.staff)
    owner = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        for role in names.values():
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()
    _drop_pg_database(pg_admin_url, db_url)
