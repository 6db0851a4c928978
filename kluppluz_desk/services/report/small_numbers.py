"""The privacy guard's small-numbers warning for a year's report (see
`domain.small_numbers`): the appendix lists every reaction under its location with its
category, so a location with one or two of them is named here."""

from __future__ import annotations

from ...domain.access import Right
from ...domain.small_numbers import SmallNumberWarning, small_number_warnings
from ..access import require
from ..database import Database
from .annual import appendix_cases_in
from .figures import check_year


def small_numbers(db: Database, year: int) -> list[SmallNumberWarning]:
    """Locations with one or two reactions in the year's report."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        cases = appendix_cases_in(session, year)
    return small_number_warnings((c.location, c.category) for c in cases)
