"""The annual report's appendix: every reaction of the year as the public reads it
(location, category, public summary and measure), with what the wizard needs to edit it.
A confidential case is counted but never described (confidential.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.report.data import AppendixEntry, AppendixLocation
from ...domain.access import Right
from ...domain.enums import OPEN_STATUSES, CaseStatus
from ...store.models import Case, Category, Location
from ..access import require
from ..database import Database
from .figures import NO_CATEGORY, check_year

OPEN_SUMMARY = "De klantreactie is nog in behandeling; een samenvatting volgt."
NO_SUMMARY = "Er is geen openbare samenvatting vastgelegd."
OPEN_MEASURE = "Nog in behandeling."
WITHDRAWN_MEASURE = "De indiener heeft de klantreactie ingetrokken."


@dataclass(frozen=True)
class AppendixCase:
    """One reaction in the appendix, with what the wizard needs to edit it."""

    case_id: int
    version: int
    reference: str
    location: str
    received_on: date
    status: CaseStatus
    category_id: int | None
    category: str
    summary: str
    measure: str
    confidential: bool = False

    def entry(self) -> AppendixEntry:
        """What the public reads; empty texts get a neutral sentence, never a blank."""
        open_case = self.status in OPEN_STATUSES
        summary = self.summary.strip() or (OPEN_SUMMARY if open_case else NO_SUMMARY)
        measure = self.measure.strip()
        if self.status == CaseStatus.WITHDRAWN:
            # Withdrawn reactions stay in the report (they were received), marked as such.
            measure = f"{measure} {WITHDRAWN_MEASURE}".strip()
        elif not measure and open_case:
            measure = OPEN_MEASURE
        return AppendixEntry(self.category, summary, measure)


def appendix_cases_in(session: Session, year: int) -> list[AppendixCase]:
    rows = session.execute(
        select(
            Case.id, Case.version, Case.reference, Location.name, Case.received_on, Case.status,
            Case.category_id, Category.name, Case.public_summary, Case.public_measure,
            Case.confidential,
        )
        .join(Location, Location.id == Case.location_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(Case.year == year)
        .order_by(Location.name, Case.received_on, Case.id)
    ).all()  # fmt: skip
    return [
        AppendixCase(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            CaseStatus(r[5]),
            r[6],
            r[7] or NO_CATEGORY,
            r[8] or "",
            r[9] or "",
            bool(r[10]),
        )  # fmt: skip
        for r in rows
    ]


def appendix_cases(db: Database, year: int) -> list[AppendixCase]:
    """The year's reactions ordered by location, then date of receipt."""
    require(db, Right.ANNUAL_REPORT)  # K&V only: the figures count every case
    year = check_year(year)
    with db.unit() as session:
        return appendix_cases_in(session, year)


def group_appendix(cases: Iterable[AppendixCase]) -> tuple[AppendixLocation, ...]:
    # A confidential case is never described: not even its location (confidential.py).
    groups: dict[str, list[AppendixEntry]] = {}
    for case in cases:
        if case.confidential:
            continue
        groups.setdefault(case.location, []).append(case.entry())
    return tuple(AppendixLocation(name, tuple(entries)) for name, entries in groups.items())
