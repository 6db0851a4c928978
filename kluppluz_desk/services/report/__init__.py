"""The yearly public report: the figures of a year, the resumable draft of the wizard
(texts, organisation, distribution), the privacy review of every public text, and the PDF."""

from .annual import (
    TEXTS_REFERENCE,
    AppendixCase,
    PrivacyBlocked,
    ReportStopped,
    ReviewedHit,
    YearStatus,
    appendix_cases,
    build_report_data,
    describe_hit,
    field_label,
    generate_report,
    privacy_hits,
    privacy_review,
    render_report,
    report_pdf,
    report_years,
)
from .confidential import counts_confidential, set_counts_confidential
from .draft import (
    Distribution,
    DraftContent,
    LoadedDraft,
    accept_hit,
    load_draft,
    previous_organisation,
    record_distribution,
    save_draft,
)
from .figures import YearOverview, compute_figures, year_overview
from .small_numbers import small_numbers

__all__ = [
    "TEXTS_REFERENCE",
    "appendix_cases",
    "previous_organisation",
    "AppendixCase",
    "Distribution",
    "DraftContent",
    "LoadedDraft",
    "PrivacyBlocked",
    "ReportStopped",
    "ReviewedHit",
    "YearOverview",
    "YearStatus",
    "accept_hit",
    "build_report_data",
    "compute_figures",
    "counts_confidential",
    "set_counts_confidential",
    "describe_hit",
    "field_label",
    "generate_report",
    "load_draft",
    "privacy_hits",
    "privacy_review",
    "record_distribution",
    "render_report",
    "report_pdf",
    "report_years",
    "save_draft",
    "small_numbers",
    "year_overview",
]
