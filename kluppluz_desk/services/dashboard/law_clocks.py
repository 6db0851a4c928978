"""Clocks the law adds to the dashboard besides the handling clocks: the Wkkgz notice.

Under the Wkkgz the decision term may be extended once, and only when the complainant is
told so in writing *before the first term ends*. That notice is a clock of its own: the
dashboard shows "Verlengingsbericht Wkkgz uiterlijk …" for a running Wkkgz case without an
extension whose first term ends today or within the coming week. Once that day has passed
the notice can no longer be given (only consent helps), so it is not shown as overdue: the
legal clock itself then is.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...domain.deadlines import DeadlineSettings
from ...domain.enums import CaseStatus
from ...domain.regimes import (
    Regime,
    extension_notice_due,
    extension_notice_label,
    first_term_end,
)
from .model import DueItem

NOTICE_KIND = "wkkgz_notice"
HORIZON_DAYS = 7


def wkkgz_notice_item(
    base: dict[str, Any],
    regime: Regime,
    received: date,
    paused: int,
    extended: int,
    status: CaseStatus,
    settings: DeadlineSettings,
    day: date,
) -> DueItem | None:
    """The notice clock of one case when it falls from `day` to a week later, else None.
    Its day is the unextended legal limit, so the dashboard's selection on next_due_on
    already holds every case whose notice falls inside that week."""
    notice = extension_notice_due(
        regime,
        first_term_ends=first_term_end(received, settings, regime, paused),
        extensions=extended,
        running=status is not CaseStatus.CLOSED,
    )
    if notice is None or not day <= notice <= day + timedelta(days=HORIZON_DAYS):
        return None
    return DueItem(
        **base,
        what=extension_notice_label(notice),
        kind=NOTICE_KIND,
        due_on=notice,
        days_left=(notice - day).days,
        remark="alleen nodig als de beslissing later komt: eenmalig, ten hoogste "
        f"{settings.wkkgz_extension_max_days} dagen",
    )
