"""The benchmark's goals and ratios (bench.goals) and the medians of several runs
(bench.runs), on figures made up by hand."""

from __future__ import annotations

from kluppluz_desk.bench.goals import postgres_ratios, ratios, verdicts
from kluppluz_desk.bench.runs import medians, summarise


def _state(figures: dict[str, object], key: str, ratio: bool = False) -> object:
    for goal in verdicts(figures):  # type: ignore[arg-type]
        if goal["key"] == key and (("÷" in goal["goal"]) == ratio):
            return goal["state"], goal["value"]
    raise AssertionError(key)


def test_a_figure_is_divided_by_the_floor_of_the_same_run() -> None:
    figures = {"import_ms": 120.0, "import_raw_sqlite_ms": 100.0, "dashboard_ms": 50.0}
    assert ratios(figures) == {"import_ms": 1.2}  # no floor for the dashboard: no ratio


def test_a_goal_is_met_at_its_limit_and_not_above_it() -> None:
    at = {"import_ms": 120.0, "import_raw_sqlite_ms": 100.0}
    above = {"import_ms": 121.0, "import_raw_sqlite_ms": 100.0}
    assert _state(at, "import_ms", ratio=True) == ("met", 1.2)
    assert _state(above, "import_ms", ratio=True) == ("NOT met", 1.21)
    assert _state({"letter_first_ms": 100.5}, "letter_first_ms") == ("NOT met", 100.5)


def test_a_figure_that_was_not_measured_is_said_so_not_met_nor_failed() -> None:
    assert _state({}, "first_paint_ms") == ("not measured", None)
    assert _state({"import_ms": 5.0, "import_raw_sqlite_ms": 0}, "import_ms", True) == (
        "not measured", None)  # fmt: skip
    assert _state({"first_paint_ms": True}, "first_paint_ms") == ("not measured", None)


def test_medians_take_each_key_over_the_runs_that_have_it() -> None:
    runs = [{"a_ms": 3.0, "b_ms": 1.0, "db": "x"}, {"a_ms": 1.0}, {"a_ms": 2.0, "b_ms": 5.0}]
    assert medians(runs) == {"a_ms": 2.0, "b_ms": 3.0}


def test_a_failed_run_is_kept_but_not_in_the_medians() -> None:
    runs = [{"import_ms": 10.0, "import_raw_sqlite_ms": 8.0}, {"error": "boom"}]
    summary = summarise(runs)
    assert summary["runs"][1] == {"error": "boom"}
    assert summary["median"] == {"import_ms": 10.0, "import_raw_sqlite_ms": 8.0}
    assert summary["ratios"] == {"import_ms": 1.25}


def test_postgresql_is_compared_key_by_key_and_the_keys_over_three_times_are_named() -> None:
    sqlite = {"page_200_sorted_ms": 2.0, "search_keystroke_ms": 1.0, "cases": 10}
    postgres = {"page_200_sorted_ms": 6.0, "search_keystroke_ms": 3.5, "cases": 10,
                "only_pg_ms": 4.0}  # fmt: skip
    compared = postgres_ratios(sqlite, postgres)
    assert compared["postgres_over_sqlite"] == {"page_200_sorted_ms": 3.0,
                                                "search_keystroke_ms": 3.5}  # fmt: skip
    assert compared["over_limit"] == ["search_keystroke_ms"]
