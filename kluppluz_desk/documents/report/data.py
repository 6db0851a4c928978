"""Everything the annual report "Jaarverslag klantreacties <year>" needs, as plain frozen data.

The service gathers these figures from the database and maps every enum to its Dutch label
before building a `ReportData`, so the document layer never needs the vocabularies. Counts
by label are ordered tuples of `LabelCount`: the service decides the order (usually the
master-data sort order), the document keeps it.

Nothing here may identify a person: the appendix carries a reaction's category, public
summary and public measure only, never its reference number (the privacy guard in
`domain.privacy` checks those texts before the report is built).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .insight_data import InsightFigures
from .law_data import LawFigures

MONTHS_PER_YEAR = 12


@dataclass(frozen=True)
class LabelCount:
    """One row of a frequency table: a Dutch label and how often it occurred."""

    label: str
    count: int


@dataclass(frozen=True)
class OrganisationFigures:
    """The organisation's own figures of the year; None means "not known, leave it out"."""

    trajectories: int | None = None
    unique_children: int | None = None
    school_assessments: int | None = None

    @property
    def is_empty(self) -> bool:
        return (
            self.trajectories is None
            and self.unique_children is None
            and self.school_assessments is None
        )


@dataclass(frozen=True)
class ReportTexts:
    """The free texts K&V writes each year, in the light markup of the letters:
    blank lines separate paragraphs, **bold**, lines starting with "- " are bullets."""

    introduction: str = ""
    handling: str = ""
    external_bodies: str = ""
    insights: str = ""


@dataclass(frozen=True)
class ExternalBodyContact:
    """An external body parents can turn to, with its public contact details."""

    name: str
    website: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class TermFigures:
    """How often a term (acknowledgement, solution) was met, out of the reactions it applied to."""

    on_time: int = 0
    total: int = 0
    median_days: float | None = None
    term_days: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.on_time <= self.total:
            raise ValueError(f"on_time {self.on_time} must lie between 0 and total {self.total}")

    @property
    def late(self) -> int:
        return self.total - self.on_time

    @property
    def percentage(self) -> int | None:
        """Whole percentage met on time, or None when the term applied to nothing."""
        if self.total == 0:
            return None
        return round(100 * self.on_time / self.total)


@dataclass(frozen=True)
class DisputeFigures:
    """Disputes registered at the Geschillencommissie, with short anonymised outcomes."""

    count: int = 0
    outcomes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImprovementFigures:
    """Improvement actions started in the year."""

    count: int = 0
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportFigures:
    """The year's figures about reactions. `by_kind` covers every reaction once, so its sum
    is the year's total."""

    by_kind: tuple[LabelCount, ...] = ()
    by_category: tuple[LabelCount, ...] = ()
    by_location: tuple[LabelCount, ...] = ()
    by_region: tuple[LabelCount, ...] = ()
    by_channel: tuple[LabelCount, ...] = ()
    by_month: tuple[int, ...] = (0,) * MONTHS_PER_YEAR
    acknowledgements: TermFigures = field(default_factory=lambda: TermFigures(term_days=7))
    solutions: TermFigures = field(default_factory=lambda: TermFigures(term_days=21))
    satisfaction: tuple[LabelCount, ...] = ()
    escalations: tuple[LabelCount, ...] = ()
    disputes: DisputeFigures = field(default_factory=DisputeFigures)
    improvements: ImprovementFigures = field(default_factory=ImprovementFigures)
    law: LawFigures = field(default_factory=LawFigures)
    insight: InsightFigures = field(default_factory=InsightFigures)

    def __post_init__(self) -> None:
        if len(self.by_month) != MONTHS_PER_YEAR:
            raise ValueError(f"by_month needs 12 counts, got {len(self.by_month)}")

    @property
    def total(self) -> int:
        return sum(row.count for row in self.by_kind)


@dataclass(frozen=True)
class PreviousYearTotals:
    """Last year's headline figures, for the comparison table."""

    year: int
    total: int
    by_kind: tuple[LabelCount, ...] = ()
    acknowledgements: TermFigures | None = None
    solutions: TermFigures | None = None
    disputes: int | None = None


@dataclass(frozen=True)
class AppendixEntry:
    """One reaction as the public may read it."""

    category: str
    summary: str
    measure: str = ""


@dataclass(frozen=True)
class AppendixLocation:
    """The reactions of one location, in the order the service chose (date of receipt)."""

    location: str
    entries: tuple[AppendixEntry, ...] = ()


@dataclass(frozen=True)
class ReportData:
    """The complete input of `build_annual_report_pdf`."""

    year: int
    organisation_name: str
    texts: ReportTexts = field(default_factory=ReportTexts)
    figures: ReportFigures = field(default_factory=ReportFigures)
    external_bodies: tuple[ExternalBodyContact, ...] = ()
    appendix: tuple[AppendixLocation, ...] = ()
    # Counted but never described: one neutral line in the appendix (issue 12).
    confidential_reactions: int = 0
    organisation_figures: OrganisationFigures = field(default_factory=OrganisationFigures)
    previous_year: PreviousYearTotals | None = None
    legally_required: bool = True
    logo_png: bytes | None = None
    department: str = "Afdeling Kwaliteit & Veiligheid"

    @property
    def title(self) -> str:
        return f"Jaarverslag klantreacties {self.year}"
