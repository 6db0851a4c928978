"""The order statistics and groupings the indicators use, as small pure functions.

Median: the middle value of the sorted list, or the mean of the two middle values when
the list has an even length (Python's `statistics.median`, the method the annual report
already uses for its median days, so the two never disagree). [3, 1, 2] → 2; [1, 2, 3, 4]
→ 2.5; [5] → 5; [] → None.

90th percentile: the *nearest-rank* method: sort the n values and take the value at rank
⌈0.9 · n⌉ (1-based). The result is always one of the observed values, a whole number of
days, and "90 % of the reactions took at most this many days" holds exactly.
[1 … 10] → rank 9 → 9; [1 … 11] → rank ⌈9.9⌉ = 10 → 10; [7] → 7; [] → None;
[2, 2, 2, 9] → rank ⌈3.6⌉ = 4 → 9.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence

from ...domain.judgment import Verdict


def median(values: Sequence[int]) -> float | None:
    """The median (see the module docstring), None for an empty list."""
    return float(statistics.median(values)) if values else None


def nearest_rank(values: Sequence[int], percent: float) -> int | None:
    """The `percent` percentile by nearest rank (module docstring), None for no values."""
    if not 0 < percent <= 100:
        raise ValueError(f"percent must lie in (0, 100], not {percent}")
    if not values:
        return None
    ordered = sorted(values)
    # round() first: 0.9 * 10 is 9.000000000000002 in floating point, not above rank 9.
    rank = math.ceil(round(percent * len(ordered) / 100, 9))
    return ordered[max(rank, 1) - 1]


def competition_ranks(counts: Sequence[int]) -> list[int]:
    """Rank of each count, highest first; tied counts share a rank and the next rank skips
    ("1, 1, 3"). The input order is kept."""
    ordered = sorted(counts, reverse=True)
    first_at: dict[int, int] = {}
    for position, count in enumerate(ordered, start=1):
        first_at.setdefault(count, position)
    return [first_at[c] for c in counts]


def case_verdict(verdicts: Iterable[Verdict]) -> Verdict | None:
    """One judgment for a whole reaction from the verdicts on its parts, as the Scottish
    Ombudsman counts complaints (upheld / partly upheld / not upheld):
    no parts → None (not judged); every part niet-ontvankelijk → niet-ontvankelijk;
    of the parts with a verdict on the merits (gegrond, deels gegrond, ongegrond): all
    gegrond → gegrond, all ongegrond → ongegrond, any other mix → deels gegrond; no part
    on the merits at all → geen oordeel."""
    parts = list(verdicts)
    if not parts:
        return None
    if all(v is Verdict.INADMISSIBLE for v in parts):
        return Verdict.INADMISSIBLE
    merits = {v for v in parts if v in (Verdict.UPHELD, Verdict.PARTLY_UPHELD, Verdict.REJECTED)}
    if not merits:
        return Verdict.NO_JUDGMENT
    if merits == {Verdict.UPHELD}:
        return Verdict.UPHELD
    if merits == {Verdict.REJECTED}:
        return Verdict.REJECTED
    return Verdict.PARTLY_UPHELD


def submitter_groups(submitters: Iterable[tuple[str, str, str]]) -> list[int]:
    """How many reactions each distinct submitter has, from (name, e-mail, postcode) per
    reaction. Two reactions are the same submitter when their normalised e-mail addresses
    are equal, or their normalised name *and* postcode are (so a parent who wrote once by
    e-mail and once by letter with the address is one person). A reaction with neither
    (anonymous, or a name without a postcode and without e-mail) cannot be told apart and
    is left out. Normalised: trimmed, case-folded, inner spaces collapsed (postcode: no
    spaces). Only sizes come back, never who."""
    parent: dict[int, int] = {}

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    first_by_key: dict[tuple[str, str], int] = {}
    for index, (name, email, postcode) in enumerate(submitters):
        keys = []
        mail = " ".join(email.split()).casefold()
        if mail:
            keys.append(("mail", mail))
        who = " ".join(name.split()).casefold()
        code = "".join(postcode.split()).casefold()
        if who and code:
            keys.append(("name", f"{who}|{code}"))
        if not keys:
            continue
        parent[index] = index
        for key in keys:
            other = first_by_key.setdefault(key, index)
            parent[find(other)] = find(index)
    sizes: dict[int, int] = {}
    for index in parent:
        root = find(index)
        sizes[root] = sizes.get(root, 0) + 1
    return list(sizes.values())
