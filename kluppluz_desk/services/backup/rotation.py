"""Which backup copies to keep: the newest copy of each of the last 7 days that have one,
of the last 4 ISO weeks and of the last 12 months (like borg's and restic's --keep-daily /
--keep-weekly / --keep-monthly). Safety copies (before an upgrade or a restore) and copies
made by hand are kept for a year, so no copy outlives the oldest monthly one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime, timedelta

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
SAFETY_COPY_DAYS = 366


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def moments_to_keep(
    moments: Iterable[datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """The moments (copy times) whose copies stay; every other regular copy goes."""
    newest_first = sorted(set(moments), reverse=True)
    keep: set[datetime] = set()
    rules: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (daily, _day),
        (weekly, _week),
        (monthly, _month),
    )
    for count, period in rules:
        seen: set[Hashable] = set()
        for moment in newest_first:
            if len(seen) >= count:
                break
            key = period(moment)
            if key not in seen:
                seen.add(key)
                keep.add(moment)
    return keep


def safety_copy_expired(made_at: datetime, now: datetime) -> bool:
    return now - made_at > timedelta(days=SAFETY_COPY_DAYS)
