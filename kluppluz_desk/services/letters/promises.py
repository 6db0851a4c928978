"""A letter never promises a date that has already passed.

The acknowledgement says "Uiterlijk <datum> doen wij u een voorstel"; when it goes out after
that date (a batch of late acknowledgements, a case that waited), the letter names a new,
realistic date instead, says honestly that the term was not met, and the preview warns the
person who sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...documents.letters.templates import dutch_date

# A late letter promises a proposal within this many days of the letter date: long enough
# to talk to the parent and the location first, short enough to make up for the delay.
CATCH_UP_DAYS = 14


@dataclass(frozen=True)
class Promise:
    """The date a letter names, and what it says and warns about when the term is past."""

    date_text: str
    # A paragraph for the {{termijn_verstreken}} block; empty when the term still stands.
    apology: str = ""
    warning: str = ""


def solution_promise(due: date, letter_date: date) -> Promise:
    """The date to promise for the proposed solution (`due` is the case's deadline)."""
    if letter_date <= due:
        return Promise(dutch_date(due))
    new = letter_date + timedelta(days=CATCH_UP_DAYS)
    apology = (
        f"Het spijt ons dat u lang op bericht hebt moeten wachten. Wij hadden u uiterlijk "
        f"{dutch_date(due)} een voorstel willen doen; die termijn hebben wij overschreden. U "
        f"krijgt ons voorstel zo spoedig mogelijk, en uiterlijk {dutch_date(new)}."
    )
    warning = (
        f"De termijn voor het voorstel ({dutch_date(due)}) is al verstreken. De brief belooft "
        f"daarom uiterlijk {dutch_date(new)} ({CATCH_UP_DAYS} dagen na de briefdatum) en biedt "
        "excuses aan voor de vertraging. Leg zo nodig een verlenging vast."
    )
    return Promise(dutch_date(new), apology, warning)
