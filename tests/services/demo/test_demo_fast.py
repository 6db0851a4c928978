"""The demo data loads in one transaction, reports its progress and can be cancelled
without leaving anything behind."""

from __future__ import annotations

import time

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import masterdata
from kluppluz_desk.services.cases.listing import CaseFilter, case_ids
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.demo import load_demo


def test_progress_counts_every_step_up_to_the_total(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    started = time.perf_counter()
    made = load_demo(db, progress=lambda done, total: seen.append((done, total)) or True)
    elapsed = time.perf_counter() - started
    assert [done for done, _ in seen] == list(range(1, len(seen) + 1))
    assert {total for _, total in seen} == {len(seen)}
    assert len(case_ids(db, CaseFilter())) == made > 60
    # The target (5 s) is the benchmark's demo_load_ms; a test only reports the time.
    print(f"demo load {elapsed:.1f} s")


def test_cancelling_keeps_nothing(db: Database) -> None:
    def stop_at_ten(done: int, _total: int) -> bool:
        return done < 10

    with pytest.raises(ValidationError, match="afgebroken"):
        load_demo(db, progress=stop_at_ten)
    assert masterdata.is_empty(db)
    assert case_ids(db, CaseFilter()) == []
    assert load_demo(db) > 60  # and it can be loaded after all
