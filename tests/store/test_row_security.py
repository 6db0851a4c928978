"""Row-level security tested as an outsider would (issue 12): with a manager's own
PostgreSQL login and plain SQLAlchemy — no program code in between — every case table
returns only that manager's cases and no confidential one; UPDATE/DELETE of another case
changes nothing; a login without a staff member sees nothing; a K&V login sees all; and
the program opened with the manager's login shows the same set."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access, cases
from kluppluz_desk.services.cases import CaseFilter
from kluppluz_desk.services.database import open_database
from kluppluz_desk.services.masterdata import items as masterdata
from tests.conftest import _drop_pg_database, _new_pg_database
from tests.factories import make_case, seed

pytestmark = pytest.mark.postgres
PASSWORD = "een-lang-testwachtwoord"
_n = itertools.count()
CASE_TABLES = ("case_record", "timeline_note", "audit_entry", "informed", "letter",
               "attachment", "case_named_staff")  # fmt: skip


@dataclass
class Server:
    owner_url: str
    manager_url: str
    kv_url: str
    nobody_url: str
    mine: set[int]
    all_ids: set[int]
    secret: int


def _url(base: str, login: str) -> str:
    url = make_url(base).set(username=login, password=PASSWORD)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def server(pg_admin_url: str, pg_template: str) -> Iterator[Server]:
    db_url = _new_pg_database(pg_admin_url, pg_template)
    tag = f"{os.getpid()}_{next(_n)}"
    manager, kv, nobody = (f"t_manager_{tag}", f"t_kv_{tag}", f"t_nobody_{tag}")
    db = open_database(db_url, user="kv-tester")  # the owner (superuser here)
    seeded = seed(db)
    piet = masterdata.save_item(db, "staff", {"name": "Piet Jansen", "role": "location_manager"}).id
    breda = masterdata.save_item(
        db, "location", {"name": "Breda Noord", "region_id": seeded.regions["Eindhoven"],
                         "location_manager_id": piet},
    ).id  # fmt: skip
    own = make_case(db, seeded).id
    cases.add_note(db, case_id=own, text="Notitie bij eigen zaak")
    other = make_case(db, seeded, location_id=breda).id
    cases.add_note(db, case_id=other, text="Notitie bij andermans zaak")
    secret = make_case(db, seeded).id
    access.apply_access(db)
    access.set_confidential(db, secret, ConfidentialReason.MELDCODE)
    db.access = None  # the database owner gives the logins, as `grant-access` does
    access.grant_access(db, seeded.staff["Marloes van Dijk"], manager, PASSWORD)
    access.grant_access(db, seeded.staff["Kees Verhoeven"], kv, PASSWORD)
    with db.unit() as session:  # a login with the group's grants but no staff member
        session.execute(text(f"CREATE ROLE \"{nobody}\" LOGIN PASSWORD '{PASSWORD}'"))
        session.execute(text(f'GRANT kluppluz_user TO "{nobody}"'))
    db.dispose()
    yield Server(db_url, _url(db_url, manager), _url(db_url, kv), _url(db_url, nobody),
                 {own}, {own, other, secret}, secret)  # fmt: skip
    owner = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        for role in (manager, kv, nobody):
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()
    _drop_pg_database(pg_admin_url, db_url)


def _ids(url: str, table: str) -> set[int]:
    column = "id" if table == "case_record" else "case_id"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
            return {row[column] for row in rows if row[column] is not None}
    finally:
        engine.dispose()


def test_a_manager_login_reads_only_their_cases_in_every_table(server: Server) -> None:
    assert _ids(server.manager_url, "case_record") == server.mine
    for table in CASE_TABLES[1:]:
        assert _ids(server.manager_url, table) <= server.mine, table
    assert _ids(server.manager_url, "timeline_note") == server.mine
    assert server.secret not in _ids(server.manager_url, "audit_entry")


def test_a_manager_login_cannot_change_another_case(server: Server) -> None:
    engine = create_engine(server.manager_url)
    others = sorted(server.all_ids - server.mine)
    try:
        with engine.begin() as conn:
            for case_id in others:
                changed = conn.execute(
                    text("UPDATE case_record SET description = 'weg' WHERE id = :i"), {"i": case_id}
                )
                assert changed.rowcount == 0
                gone = conn.execute(text("DELETE FROM timeline_note WHERE case_id = :i"),
                                    {"i": case_id})  # fmt: skip
                assert gone.rowcount == 0
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("UPDATE staff SET role = 'quality_officer'"))
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("INSERT INTO db_login VALUES ('x', 1)"))
    finally:
        engine.dispose()
    assert _ids(server.kv_url, "timeline_note") == server.all_ids - {server.secret}


def test_kv_sees_everything_and_a_login_without_a_person_nothing(server: Server) -> None:
    assert _ids(server.kv_url, "case_record") == server.all_ids
    assert _ids(server.nobody_url, "case_record") == set()
    assert _ids(server.nobody_url, "timeline_note") == set()


def test_the_program_with_the_managers_login_shows_the_same_set(server: Server) -> None:
    db = open_database(server.manager_url, user="iemand-anders")
    try:
        viewer = access.apply_access(db)
        assert viewer is not None and viewer.name == "Marloes van Dijk"
        assert set(cases.case_ids(db, CaseFilter())) == server.mine
        db.access = None  # even without the program's own filter the server decides
        assert set(cases.case_ids(db, CaseFilter())) == server.mine
    finally:
        db.dispose()
