"""Paths that read rows by id or count the whole year obey the rights too: the list's
page rows and the Excel rows leave out a case the viewer may not see even when its id is
asked for, a reference outside one's cases is "not found", and the annual report (figures,
appendix, PDF, figures to Excel) is K&V's alone — where it counts confidential cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from kluppluz_desk.domain.errors import DomainError, NotFoundError
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases, report
from kluppluz_desk.services.cases.listing import rows_for_ids
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.spreadsheet_export import export_report_figures
from kluppluz_desk.services.spreadsheet_export.tables import case_rows
from tests.services.access.world import act_as, build_world


def test_rows_by_id_leave_out_cases_outside_the_viewers(db: Database) -> None:
    world = build_world(db)
    asked = [world.own, world.other, world.secret, world.secret_named]
    ref = {i: cases.get_case(db, i).reference for i in asked}
    assert [r.id for r in rows_for_ids(db, asked)] == asked  # K&V: all of them
    act_as(db, "mvandijk")
    assert [r.id for r in rows_for_ids(db, asked)] == [world.own, world.secret_named]
    assert [row[0] for row in case_rows(db, asked)] == [ref[world.own], ref[world.secret_named]]
    with pytest.raises(NotFoundError, match="bestaat niet"):
        cases.find_case_id(db, ref[world.other])
    with pytest.raises(NotFoundError):
        cases.find_case_id(db, ref[world.secret])
    assert cases.find_case_id(db, ref[world.own]) == world.own


def test_the_annual_report_is_kv_only_and_counts_confidential_cases(
    db: Database, tmp_path: Path
) -> None:
    world = build_world(db)
    year = cases.get_case(db, world.own).fields["received_on"].year
    assert year in (today().year, today().year - 1)
    figures = report.compute_figures(db, year)
    assert sum(c.count for c in figures.by_kind) == 5  # the confidential two included
    assert len(report.appendix_cases(db, year)) == 5
    act_as(db, "mvandijk")
    refusal = "Alleen Kwaliteit & Veiligheid maakt het jaarverslag."
    for attempt in (
        lambda: report.compute_figures(db, year),
        lambda: report.year_overview(db, year),
        lambda: report.appendix_cases(db, year),
        lambda: report.render_report(db, year),
        lambda: report.load_draft(db, year),
        lambda: export_report_figures(db, year, tmp_path / "cijfers.xlsx"),
    ):
        with pytest.raises(DomainError, match=refusal):
            attempt()
    assert not (tmp_path / "cijfers.xlsx").exists()
