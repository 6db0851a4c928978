"""An import into PostgreSQL sets the quick search's trigram indexes aside while its rows go
in and builds them again before it commits (store/search.py, issue 16 round 5): afterwards
the same five indexes exist, valid, the search statement can use them and finds what a
plain scan finds; an import that is cancelled leaves them as they were. After the commit
the import vacuums the tables it filled."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select, text

from kluppluz_desk.services.cases import CaseFilter, CaseSort, case_ids
from kluppluz_desk.services.cases.listing import _filtered
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.transfer import json_io as transfer
from kluppluz_desk.services.transfer.cancel import TransferCancelled
from kluppluz_desk.store.models import Case
from kluppluz_desk.store.search import PG_TRIGRAM_PREFIX
from tests.factories import make_case, seed

pytestmark = pytest.mark.postgres

NAMES = ["Zomer de Vries", "Anna Zomerdijk", "Piet Winter", "Özlem Zomer", "Kees Herfst"]


@pytest.fixture
def document(tmp_path: Path) -> dict[str, Any]:
    source = open_database(f"sqlite:///{tmp_path / 'bron.sqlite3'}", user="kv-tester")
    s = seed(source)
    for name in NAMES:
        make_case(source, s, submitter_name=name)
    exported = json.loads(json.dumps(transfer.export_document(source)))
    source.dispose()
    return exported


@pytest.fixture
def target(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, user="kv-tester")
    yield database
    database.dispose()


def _indexes(url: str) -> dict[str, tuple[str, bool]]:
    """Every trigram index of the case table: name → (definition, valid)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.relname, pg_get_indexdef(c.oid), i.indisvalid FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid "
                    "WHERE i.indrelid = 'case_record'::regclass"
                )
            ).all()
    finally:
        engine.dispose()
    return {r[0]: (r[1], r[2]) for r in rows if r[0].startswith(PG_TRIGRAM_PREFIX)}


def _vacuumed(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return bool(
                conn.scalar(
                    text(
                        "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables "
                        "WHERE relname = 'case_record'"
                    )
                )
            )
    finally:
        engine.dispose()


def _plan(url: str, phrase: str) -> str:
    query = _filtered(select(Case.id), CaseFilter(text=phrase), "postgresql")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            compiled = query.compile(dialect=conn.dialect)
            conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: force the choice
            return "\n".join(
                conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).scalars()
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_after_an_import_the_indexes_are_back_and_used(
    db_url: str, target: Database, document: dict[str, Any]
) -> None:
    before = _indexes(db_url)
    assert len(before) == 5 and all(valid for _d, valid in before.values())
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(target.engine, "before_cursor_execute", seen)
    assert transfer.import_document(target, copy.deepcopy(document)) == len(NAMES)
    event.remove(target.engine, "before_cursor_execute", seen)
    dropped = [s for s in statements if s.startswith("DROP INDEX")]
    built = [s for s in statements if s.startswith("CREATE INDEX")]
    assert len(dropped) == len(built) == 5  # set aside during the insert, built once after
    assert _indexes(db_url) == before  # the same five, the same definitions, valid
    assert _vacuumed(db_url)  # and vacuumed after the commit: no autovacuum a minute later
    plan = _plan(db_url, "zomer")
    for name in before:
        assert name in plan, plan
    found = case_ids(target, CaseFilter(text="zomer"), CaseSort("reference", descending=False))
    by_name = {c["id"]: c["submitter_name"] for c in document["case_record"]}
    assert sorted(by_name[i] for i in found) == sorted(n for n in NAMES if "zomer" in n.lower())


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_cancelled_import_leaves_the_indexes(
    db_url: str, target: Database, document: dict[str, Any]
) -> None:
    before = _indexes(db_url)
    asked: list[bool] = []

    def cancel_later() -> bool:
        asked.append(True)
        return len(asked) > 3  # after a few tables' rows went in

    with pytest.raises(TransferCancelled):
        transfer.import_document(target, copy.deepcopy(document), cancelled=cancel_later)
    assert _indexes(db_url) == before
