"""The Dutch month names, January first, as letters, reports, the dashboard and typed dates
write them."""

from __future__ import annotations

from typing import Final

DUTCH_MONTHS: Final = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
