"""The dashboard's CSV and Excel exports write a read entry for every confidential case
they list (issue 12.5), as the case list's export does; an ordinary case gets none, and a
manager's export marks only the confidential case she is named on (the only one her
dashboard lists)."""

from __future__ import annotations

from pathlib import Path

from kluppluz_desk.services.dashboard import compute_dashboard, export_dashboard_csv
from kluppluz_desk.services.dashboard.export_reads import EXPORTED, listed_case_ids
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.spreadsheet_export import export_dashboard
from tests.services.access.test_reads_out import _reads
from tests.services.access.world import act_as, build_world


def test_the_directors_dashboard_exports_are_recorded(db: Database, tmp_path: Path) -> None:
    world = build_world(db)
    act_as(db, "iwillems")
    board = compute_dashboard(db)
    assert {world.secret, world.secret_named, world.own} <= listed_case_ids(board)
    data = export_dashboard_csv(db, board)
    assert "Termijnenoverzicht" in data.decode("utf-8-sig")
    for case_id in (world.secret, world.secret_named):
        assert any("Ingrid Willems" in w and what == EXPORTED for w, what in _reads(db, case_id))
    assert _reads(db, world.own) == []  # not confidential: no read entry


def test_the_excel_export_records_and_a_manager_marks_only_what_she_listed(
    db: Database, tmp_path: Path
) -> None:
    world = build_world(db)
    act_as(db, "mvandijk")
    board = compute_dashboard(db)
    assert world.secret not in listed_case_ids(board)
    assert world.secret_named in listed_case_ids(board)
    export_dashboard(db, board, tmp_path / "termijnen.xlsx")
    assert (tmp_path / "termijnen.xlsx").stat().st_size > 0
    named = _reads(db, world.secret_named)
    assert any("Marloes van Dijk" in w and what == EXPORTED for w, what in named)
    assert [what for _w, what in _reads(db, world.secret) if what == EXPORTED] == []
