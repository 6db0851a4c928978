"""The small-numbers warning of the privacy guard: a location with only one or two reactions
in the public report. Without a single name in it, "Locatie De Boomgaard: one complaint
about safety" can still point to one family, for the parents and staff of that location.
The warning does not block the report (K&V weighs it: a large location with one reaction
is no risk); it says which locations and categories to look at.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SMALL = 2  # one or two reactions at a location


@dataclass(frozen=True)
class SmallNumberWarning:
    location: str
    count: int
    categories: tuple[str, ...]

    @property
    def message(self) -> str:
        quoted = [f"‘{c}’" for c in self.categories]
        if self.count == 1:
            what = f"maar één klantreactie (categorie {quoted[0]})"
        elif len(quoted) == 1:
            what = f"maar twee klantreacties, allebei in de categorie {quoted[0]}"
        else:
            what = f"maar twee klantreacties (categorieën {quoted[0]} en {quoted[1]})"
        return (
            f"{self.location} heeft in het verslag {what}. Met de locatie en de categorie "
            "kan een lezer de familie herkennen: houd de beschrijving algemeen."
        )


def small_number_warnings(reactions: Iterable[tuple[str, str]]) -> list[SmallNumberWarning]:
    """`reactions`: (location, category) per reaction in the report. Locations with one or
    two reactions, in name order."""
    per_location: dict[str, list[str]] = {}
    for location, category in reactions:
        per_location.setdefault(location, []).append(category)
    return [
        SmallNumberWarning(name, len(categories), tuple(dict.fromkeys(sorted(categories))))
        for name, categories in sorted(per_location.items())
        if len(categories) <= SMALL
    ]
