"""Upkeep of the database: the retention rule that erases personal data of old finished
cases, and the check of schema, integrity, counts and deadlines (`kluppluz-desk check`)."""

from .check import CheckReport, format_check, run_check
from .retention import ERASED, RetentionResult, apply_retention

__all__ = [
    "ERASED",
    "CheckReport",
    "RetentionResult",
    "apply_retention",
    "format_check",
    "run_check",
]
