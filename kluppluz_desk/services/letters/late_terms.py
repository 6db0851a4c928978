"""Late wording in the extension and the judgment letter: a letter sent after a term never
promises something that has already passed (issue 15, point 6; the acknowledgement's
promise is in `promises`).

- The extension letter says "Daarmee blijven wij binnen de wettelijke termijn van …" only
  while that is true: the extended term has not passed and the promised date lies within
  the legal term. Otherwise it apologises for the term that was exceeded.
- The judgment letter says "Deze maatregelen zijn uiterlijk <datum> uitgevoerd" only while
  that date lies ahead. Past it, with improvement actions still running, it says the
  measures are late and names a new date; with none running, it says they have been done.

Each late wording comes with a warning for the preview, as the acknowledgement's does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...documents.letters.templates import dutch_date
from .promises import CATCH_UP_DAYS


@dataclass(frozen=True)
class Wording:
    """A sentence for a letter, the date it names (if any) and what the preview warns."""

    text: str
    date_text: str = ""
    warning: str = ""


def legal_term_sentence(
    *, promised: date, extended_due: date, legal_due: date, letter_date: date, term: str
) -> Wording:
    """The extension letter's sentence about the legal term (`term` in words, e.g. "tien
    weken"); `promised` is the date the letter names for the proposal."""
    if letter_date <= extended_due and promised <= legal_due:
        return Wording(f"Daarmee blijven wij binnen de wettelijke termijn van {term}.")
    if letter_date > legal_due or promised > legal_due:
        return Wording(
            f"Daarmee overschrijden wij de wettelijke termijn van {term}. Dat had niet mogen "
            "gebeuren; onze excuses daarvoor.",
            warning=(
                f"De wettelijke termijn ({dutch_date(legal_due)}) is overschreden. De brief "
                "zegt daarom niet dat wij binnen de wettelijke termijn blijven, maar biedt "
                "excuses aan."
            ),
        )
    return Wording(
        "Ook de verlengde termijn hebben wij helaas niet gehaald; onze excuses daarvoor.",
        warning=(
            f"De verlengde termijn ({dutch_date(extended_due)}) is al verstreken. De brief "
            "zegt daarom niet dat wij binnen de termijn blijven, maar biedt excuses aan."
        ),
    )


def measures_sentence(due: date | None, letter_date: date, *, running: bool) -> Wording:
    """The judgment letter's sentence about when the measures are done. `due` is the term
    for the measures (None: not known); `running` when improvement actions are still
    planned or in progress. Markup: the date the letter commits to is bold."""
    if due is None:
        return Wording("Deze maatregelen zijn uiterlijk **[datum]** uitgevoerd.", "[datum]")
    if letter_date <= due:
        text = dutch_date(due)
        return Wording(f"Deze maatregelen zijn uiterlijk **{text}** uitgevoerd.", text)
    if running:
        new = dutch_date(letter_date + timedelta(days=CATCH_UP_DAYS))
        return Wording(
            f"Wij hadden deze maatregelen uiterlijk {dutch_date(due)} willen uitvoeren. Dat "
            f"is nog niet helemaal gelukt: wij ronden ze zo spoedig mogelijk af, en uiterlijk "
            f"**{new}**.",
            new,
            warning=(
                f"De termijn voor de maatregelen ({dutch_date(due)}) is al verstreken en er "
                f"lopen nog verbeteracties. De brief meldt de vertraging en noemt uiterlijk "
                f"{new} ({CATCH_UP_DAYS} dagen na de briefdatum). Pas zo nodig de einddatum "
                "van de verbeteracties aan."
            ),
        )
    return Wording(
        f"Deze maatregelen zijn inmiddels uitgevoerd; de afgesproken datum was {dutch_date(due)}.",
        dutch_date(due),
        warning=(
            f"De termijn voor de maatregelen ({dutch_date(due)}) is al verstreken en er lopen "
            "geen verbeteracties meer. De brief meldt dat de maatregelen zijn uitgevoerd: "
            "controleer of dat klopt."
        ),
    )
