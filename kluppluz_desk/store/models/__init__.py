"""All models; importing this package registers every table on `Base.metadata`."""

from .access import CaseNamedStaff, DbLogin
from .base import Base
from .case import (
    Attachment,
    AuditEntry,
    Case,
    Escalation,
    Extension,
    ImprovementAction,
    Informed,
    JudgmentPart,
    Letter,
    Pause,
    TimelineNote,
)
from .master import (
    Category,
    ExternalBody,
    LetterTemplate,
    Location,
    Region,
    Service,
    Setting,
    Staff,
)
from .report import ReportDraft

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "CaseNamedStaff",
    "DbLogin",
    "Case",
    "Category",
    "Escalation",
    "Extension",
    "ExternalBody",
    "ImprovementAction",
    "JudgmentPart",
    "Informed",
    "Letter",
    "LetterTemplate",
    "Location",
    "Pause",
    "Region",
    "ReportDraft",
    "Service",
    "Setting",
    "Staff",
    "TimelineNote",
]
