"""The row-level security benchmark (bench/row_security.py) runs on a real server at a tiny
size and gives every key; the manager sees the same cases with the program's filter alone
as with the server's policies, and K&V through the policies sees all. No timings are
asserted (targets live in the benchmark)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kluppluz_desk.bench.row_security import row_security_figures

pytestmark = pytest.mark.postgres


def _once(func: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    return 1.0, func()


def test_row_security_keys_on_a_small_database(pg_admin_url: str) -> None:
    figures = row_security_figures(pg_admin_url, 200, _once)
    for suffix in ("", "_manager_norls", "_manager_rls", "_kv_rls"):
        for what in ("page_200_sorted", "search_keystroke", "dashboard"):
            assert f"pg_{what}{suffix}_ms" in figures
    seen = figures["pg_cases_seen_manager_rls"]
    assert 0 < seen < 200
    assert figures["pg_cases_seen_manager_norls"] == seen
    assert figures["pg_cases_seen_kv_rls"] == figures["pg_cases_seen"] == 200
