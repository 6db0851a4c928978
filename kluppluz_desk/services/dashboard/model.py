"""The dashboard as plain, frozen data: sections of due items, workload, trend and the
annual report's status. Built by services.dashboard, shown by ui/dashboard, exported to CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ...domain.deadlines import describe_days_left
from ...domain.months import DUTCH_MONTHS


class SectionKey(StrEnum):
    """The dashboard's lists, in display order."""

    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    DIRECTOR = "director"
    SATISFACTION = "satisfaction"
    IMPROVEMENTS = "improvements"
    ESCALATIONS = "escalations"
    DISPUTE_WINDOW = "dispute_window"

    @property
    def label(self) -> str:
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    SectionKey.OVERDUE: "Te laat",
    SectionKey.TODAY: "Vandaag uiterlijk",
    SectionKey.WEEK: "Deze week (komende 7 dagen)",
    SectionKey.DIRECTOR: "Wacht op besluit directeur",
    SectionKey.SATISFACTION: "Tevredenheid nog verifiëren",
    SectionKey.IMPROVEMENTS: "Verbeteracties open",
    SectionKey.ESCALATIONS: "Escalaties lopend",
    SectionKey.DISPUTE_WINDOW: "Termijn Geschillencommissie (30 dagen)",
}

# Sections whose items are work that is late or due: these drive the start-up reminder.
URGENT_SECTIONS = (SectionKey.OVERDUE, SectionKey.TODAY)


@dataclass(frozen=True)
class DueItem:
    """One clock of one case: what is due, by when, for whom."""

    case_id: int
    reference: str
    location: str
    handler: str
    what: str  # Dutch, e.g. "Ontvangstbevestiging" or "Verbeteractie: Overdracht"
    kind: str  # Clock value, or "improvement", "director", "escalation"
    due_on: date | None
    days_left: int | None  # negative: days overdue; None: no due date
    remark: str = ""  # e.g. "incl. 5 dagen pauze, 14 dagen verlenging"

    @property
    def days_text(self) -> str:
        """Readable without colour: "vandaag", "nog 3 dagen", "2 dagen te laat"."""
        if self.due_on is None or self.days_left is None:
            return "geen datum"
        # describe_days_left only needs the difference; anchor it on an arbitrary day.
        anchor = date(2000, 1, 1)
        return describe_days_left(date.fromordinal(anchor.toordinal() + self.days_left), anchor)

    @property
    def is_overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


@dataclass(frozen=True)
class Section:
    key: SectionKey
    items: tuple[DueItem, ...]

    @property
    def label(self) -> str:
        return self.key.label

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class WorkloadRow:
    name: str  # handler or location name ("(geen behandelaar)" when none)
    open_cases: int
    overdue: int


@dataclass(frozen=True)
class MonthTrend:
    """One calendar month: received and closed cases, and the on-time shares of the
    cases received that month (None when nothing could be judged yet)."""

    year: int
    month: int
    received: int
    closed: int
    acknowledged_on_time: float | None  # 0..1
    acknowledgement_judged: int
    solution_on_time: float | None  # 0..1
    solution_judged: int

    @property
    def label(self) -> str:
        return f"{DUTCH_MONTHS[self.month - 1]} {self.year}"

    @property
    def short_label(self) -> str:
        return f"{DUTCH_MONTHS[self.month - 1][:3]} '{self.year % 100:02d}"


@dataclass(frozen=True)
class RegionDelivery:
    region: str
    ggd_name: str
    sent_on: date | None


REMINDER_FROM_MONTH = 4  # the dashboard reminds from 1 April


@dataclass(frozen=True)
class ReportStatus:
    """Where the annual report over `year` stands; it is due on `due_on` (1 June)."""

    year: int
    required: bool
    written_complaints: int
    disputes: int
    drafted: bool
    generated: bool
    regions: tuple[RegionDelivery, ...]
    management_on: date | None
    parent_committee_on: date | None
    due_on: date
    days_left: int  # negative: past 1 June

    @property
    def sent_to_all_regions(self) -> bool:
        return bool(self.regions) and all(r.sent_on is not None for r in self.regions)

    @property
    def regions_to_go(self) -> int:
        return sum(1 for r in self.regions if r.sent_on is None)

    @property
    def reminder(self) -> bool:
        """From 1 April until every GGD region has it: a reminder, for a year that owes the
        GGD a report (a year without written complaints or disputes owes none)."""
        from_day = date(self.due_on.year, REMINDER_FROM_MONTH, 1)
        started = self.days_left <= (self.due_on - from_day).days
        return self.required and started and not self.sent_to_all_regions

    @property
    def complete(self) -> bool:
        """Everything the law and the organisation ask for is done (or nothing was needed)."""
        if not self.required:
            return True
        return (
            self.generated
            and self.sent_to_all_regions
            and self.management_on is not None
            and self.parent_committee_on is not None
        )


@dataclass(frozen=True)
class Dashboard:
    today: date
    sections: tuple[Section, ...]
    by_handler: tuple[WorkloadRow, ...]
    by_location: tuple[WorkloadRow, ...]
    trend: tuple[MonthTrend, ...]
    report: ReportStatus

    def section(self, key: SectionKey) -> Section:
        for section in self.sections:
            if section.key is key:
                return section
        raise KeyError(key)

    @property
    def counters(self) -> dict[SectionKey, int]:
        return {s.key: s.count for s in self.sections}
