"""`bench.side_by_side` fills SQLite and PostgreSQL with the same cases and reports each
list figure of both with their ratio (figures are not judged here: machines are noisy)."""

from __future__ import annotations

import pytest

from kluppluz_desk.bench.side_by_side import side_by_side
from kluppluz_desk.services.cases import CaseFilter, case_ids
from kluppluz_desk.services.database import open_database

KEYS = ("search_keystroke_ms", "search_keystroke_two_statements_ms", "page_200_sorted_ms",
        "sort_by_location_ms", "header_click_location_ms",
        "header_click_known_count_ms")  # fmt: skip


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_both_databases_in_turns(db_url: str) -> None:
    out = side_by_side(40, db_url, blocks=1, vacuum=True)
    assert out["cases"] == 40 and out["vacuumed"]
    assert len(out["load_before"]) == len(out["load_after"]) == 3
    for key in KEYS:
        figures = out[key]
        assert figures["sqlite"] > 0 and figures["postgresql"] > 0, key
        assert figures["ratio"] == round(figures["postgresql"] / figures["sqlite"], 2), key
    db = open_database(db_url)
    try:
        assert len(case_ids(db, CaseFilter())) == 40  # the server got the generated cases
    finally:
        db.dispose()
