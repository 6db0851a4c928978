"""Rows of a register that are already a case: importing the same register twice, or last
year's register again with this year's rows added, must not register anything twice.

No column of its own is needed: a row is the same reaction as a case in the database when
  1. the register's own number (when that column is mapped) equals the number an earlier
     import wrote in the case's import note, for a case received in the same year (registers
     number from 1 each year); or else
  2. its fingerprint equals the case's: date received, location, kind, the submitter's
     name and the first 60 characters of the description, compared without regard to
     case, accents or spacing. That also finds a reaction typed in by hand before the
     register was imported. Two rows that both carry a number but different numbers are
     two reactions, however alike; this is the same rule as the check for a row repeated
     inside the file (validating.py), which compares every mapped column.
Each case stands for one row at most, so a register with two identical reactions where the
database has one imports the second.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...store.models import Case, TimelineNote
from .fields import fold
from .validating import Preview

NOTE_START = "Geïmporteerd uit het register "
NUMBER_LABEL = "Nummer in het register: "
TEXT_PREFIX = 60
# The number runs to the full stop that ends the sentence (another sentence or the end
# follows), so a number with a dot in it ("2021.14") is read whole.
_NUMBER = re.compile(re.escape(NUMBER_LABEL) + r"(.+?)\.(?=\s+[A-Z]|\s*$)")

Fingerprint = tuple[date, int, str, str, str]


def fingerprint(
    received: date, location_id: int, kind: str, submitter: str, description: str
) -> Fingerprint:
    return (received, location_id, str(kind), fold(submitter), fold(description)[:TEXT_PREFIX])


def number_in_note(text: str) -> str:
    """The register number an import note records ("" when none)."""
    match = _NUMBER.search(text)
    return match.group(1).strip() if match else ""


@dataclass
class _Known:
    reference: str
    numbered: bool


class ExistingCases:
    """The cases a register's rows are compared with; `match` hands each out once."""

    def __init__(self) -> None:
        self.by_number: dict[tuple[int, str], str] = {}
        self.by_print: dict[Fingerprint, list[_Known]] = defaultdict(list)
        self.used: set[str] = set()

    def add(self, reference: str, print_: Fingerprint, number: str) -> None:
        key = fold(number)
        if key:
            self.by_number.setdefault((print_[0].year, key), reference)
        self.by_print[print_].append(_Known(reference, bool(key)))

    def match(self, values: dict[str, Any]) -> str | None:
        received, location = values.get("received_on"), values.get("location")
        if received is None or location is None or location[0] is None or not values.get("kind"):
            return None  # not checked yet, or a location still to be created: not present
        number = fold(values.get("old_reference", ""))
        if number:
            found = self.by_number.get((received.year, number))
            if found is not None and found not in self.used:
                self.used.add(found)
                return found
        print_ = fingerprint(
            received,
            location[0],
            values["kind"],
            values.get("submitter_name", ""),
            values.get("description", ""),
        )
        for known in self.by_print.get(print_, []):
            if known.reference in self.used or (number and known.numbered):
                continue
            self.used.add(known.reference)
            return known.reference
        return None


def load_existing(session: Session, first: date, last: date) -> ExistingCases:
    """The cases received from `first` to `last`, with the numbers their import notes give."""
    existing = ExistingCases()
    in_range = Case.received_on.between(first, last)
    numbers: dict[int, str] = {}
    notes = (
        select(TimelineNote.case_id, TimelineNote.text)
        .join(Case)
        .where(in_range, TimelineNote.is_system.is_(True), TimelineNote.text.like(NOTE_START + "%"))
    )
    for case_id, text in session.execute(notes):
        numbers.setdefault(case_id, number_in_note(text))
    cases = select(
        Case.id,
        Case.reference,
        Case.received_on,
        Case.location_id,
        Case.kind,
        Case.submitter_name,
        func.substr(Case.description, 1, 200),
    ).where(in_range)
    for case_id, reference, received, location_id, kind, name, text in session.execute(cases):
        print_ = fingerprint(received, location_id, kind.value, name or "", text or "")
        existing.add(reference, print_, numbers.get(case_id, ""))
    return existing


def mark_present(session: Session, preview: Preview, include: bool) -> None:
    """Note on every row that is a case already which case; unless `include`, such a row is
    skipped ("al aanwezig als KR-…") and not imported again."""
    dates = [r.values["received_on"] for r in preview.rows
             if not r.skipped and r.values.get("received_on") is not None]  # fmt: skip
    if not dates:
        return
    existing = load_existing(session, min(dates), max(dates))
    for row in preview.rows:
        if row.skipped:
            continue
        found = existing.match(row.values)
        if found is not None:
            row.present = found
            if not include:
                row.skipped = f"al aanwezig als {found}"
